#pragma once

#include "accountrepository.h"
#include "error.h"
#include "passwordhasher.h"
#include "user.h"

#include <QCoreApplication>

class ServerLogin;

// Accounts' rules on top of AccountRepository: sign-in with throttling and hash upgrades,
// the first administrator, and the administrators' changes (add, disable, reset password,
// change role, edit the name and email), each recorded in the account log. Passwords arrive as UTF-8 bytes and are
// wiped here once used.
class AccountService
{
    Q_DECLARE_TR_FUNCTIONS(AccountService)

public:
    AccountService(AccountRepository& repository, const PasswordHasher& hasher);

    struct NewAccount
    {
        QString username;
        QString displayName;
        QString email;
        Role role = Role::Attorney;
    };

    // Why a display name or an email address is refused for an account, or an empty string:
    // the name is required (one line, at most 100 characters); the address is optional (a
    // receptionist may have none) but, when given, an address the notifications can reach.
    static QString checkProfile(const QString& displayName, const QString& email);

    // True while no account exists: the first start's setup must run.
    bool needsSetup() const;

    // The account when the password is right. Wrong passwords, unknown names and disabled
    // accounts all read "wrong user name or password" and take as long (an unknown name is
    // checked against a dummy hash); a throttled attempt, for an account or for a name that
    // is none, is refused without checking the password ("try again in N seconds"). The
    // throttle is read and counted in one write transaction, so parallel guesses from many
    // processes are throttled as if they came one by one. `desk` names where the attempt
    // came from in the log.
    Result<UserAccount> signIn(const QString& username, QByteArray password, const QString& desk);
    // Logs the sign-out, then (office mode) connects as the desk's own login again.
    void recordSignOut(const UserAccount& user, bool automatic);

    // Office mode: accounts that are login roles of the server sign in by connecting as them
    // (ServerLogin); the server checks the password and throttles wrong ones (auth_delay).
    // Not owned. Null (the default): every account signs in against its Argon2 hash.
    void setServerLogin(ServerLogin* login) { m_serverLogin = login; }
    ServerLogin* serverLogin() const { return m_serverLogin; }

    // The signed-in account (office mode) replaces its password, e.g. the one-time code it
    // was given: the verifier goes to the server, which changes the account's login role.
    VoidResult changeOwnPassword(const UserAccount& user, QByteArray password);

    // A one-time code for an account (office mode: accounts moved in by migrate-to, or an
    // administrator's reset): its holder signs in with it once and must then choose a
    // password. Returns the code, to be handed to the person (never logged).
    Result<QString> issueOneTimeCode(qint64 id, const Actor& actor);
    // "XXXX-XXXX-XXXX-XXXX" from 32 letters and digits that are never confused (80 bits).
    static QString makeOneTimeCode();

    // Only while no account exists: the first administrator (who is also an attorney).
    Result<qint64> createFirstAdmin(const NewAccount& account, QByteArray password,
                                    const Actor& actor);
    // By an administrator (actor.id) or the command line (no id).
    Result<qint64> addUser(const NewAccount& account, QByteArray password, const Actor& actor);
    VoidResult resetPassword(qint64 id, QByteArray password, const Actor& actor);
    VoidResult setRole(qint64 id, Role role, const Actor& actor);
    VoidResult setDisabled(qint64 id, bool disabled, const Actor& actor);
    // A new full name and email address, checked as at creation (checkProfile: the name
    // required, the address optional but reachable). Nothing to change: nothing logged.
    VoidResult setProfile(qint64 id, const QString& displayName, const QString& email, const Actor& actor);

    AccountRepository& repository() const { return m_repository; }
    const PasswordHasher& hasher() const { return m_hasher; }

private:
    VoidResult checkActorIsAdmin(const Actor& actor) const;
    // An error when target is the only active administrator: an account that stops being
    // one (role change, disabling) would leave the firm without anyone to manage accounts.
    VoidResult checkNotLastAdmin(const UserAccount& target) const;
    Result<QByteArray> hashNew(QByteArray& password) const;
    Result<UserAccount> signInByServer(const QString& username, QByteArray password, const QString& desk);
    // What an unknown name's password is checked against (see signIn).
    QByteArray dummyHash() const;

    AccountRepository& m_repository;
    const PasswordHasher& m_hasher;
    mutable QByteArray m_dummyHash;
    ServerLogin* m_serverLogin = nullptr;
};
