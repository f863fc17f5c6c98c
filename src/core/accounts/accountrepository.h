#pragma once

#include "error.h"
#include "signinthrottle.h"
#include "user.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QSqlDatabase>

#include <functional>
#include <optional>

// All SQL about accounts: the users table, their throttling state and the append-only
// account log. Knows nothing of passwords beyond the hash text it stores.
class AccountRepository
{
    Q_DECLARE_TR_FUNCTIONS(AccountRepository)

public:
    using Clock = std::function<QDateTime()>;

    explicit AccountRepository(QSqlDatabase db, Clock clock = {});

    // The case-folded form that makes user names unique ("Ana" and "ana" are one account).
    static QString usernameKey(const QString& username);
    // Why a user name is refused, or an empty string (letters, digits, . _ - @, 2–64).
    static QString checkUsername(const QString& username);

    Result<int> count() const;
    Result<QList<UserAccount>> list() const;
    Result<UserAccount> user(qint64 id) const;
    // NotFound when no account has that name (in any letter case).
    Result<UserAccount> userByName(const QString& username) const;
    Result<QByteArray> passwordHash(qint64 id) const;
    // The name shown for an account, or an empty string.
    QString displayName(qint64 id) const;
    // Active administrators other than `except`.
    Result<int> activeAdminCount(qint64 except = 0) const;

    // Stores the account and its "account_created" log row in one transaction.
    Result<qint64> create(const UserAccount& account, const QByteArray& passwordHash,
                          const Actor& actor);
    VoidResult setRole(qint64 id, Role role, const Actor& actor);
    VoidResult setDisabled(qint64 id, bool disabled, const Actor& actor);
    // A new full name and email address (already checked), and a "profile_changed" log row
    // whose detail names the changed fields ("display_name", "email"), in one transaction. A
    // new name follows into leads.attorney_name (trigger leads_attorney_renamed).
    VoidResult setProfile(qint64 id, const QString& displayName, const QString& email, const QString& changed,
                          const Actor& actor);
    // Stores a new hash and clears the throttle; kind is "password_reset" or
    // "password_rehashed".
    VoidResult setPasswordHash(qint64 id, const QByteArray& passwordHash, const QString& kind,
                               const Actor& actor);
    VoidResult storeThrottle(qint64 id, const SignInThrottle::State& state);

    // Reads an account's throttle state and stores what `change` makes of it (nothing when
    // it returns no state) in one WriteTransaction (SQLite's BEGIN IMMEDIATE; PostgreSQL's
    // writers' advisory lock), so that sign-ins on other desks or processes queue instead of
    // all reading the same old count (tst_accounts_pg, parallelGuessesAreThrottled). Returns
    // the state as it was read.
    using ThrottleChange = std::function<std::optional<SignInThrottle::State>(const SignInThrottle::State&)>;
    Result<SignInThrottle::State> updateThrottle(qint64 id, const ThrottleChange& change);
    // The same for a user name that is no account (table sign_in_name_throttle, keyed by
    // nameHash(), never by the name). Forgets names whose wait has run out.
    Result<SignInThrottle::State> updateNameThrottle(const QString& username, const ThrottleChange& change);
    static constexpr qint64 kForgetNamesAfterMs = 24 * 60 * 60 * 1000;
    // SHA-256 (hex) of usernameKey(username).
    static QString nameHash(const QString& username);

    VoidResult log(const QString& kind, std::optional<qint64> userId, const Actor& actor,
                   const QString& detail = {});
    // Newest first; userId 0 means every account.
    Result<QList<AccountLogEntry>> logEntries(qint64 userId = 0, int limit = 500) const;

    QSqlDatabase database() const { return m_db; }
    qint64 nowMs() const;

    // Office mode (PostgreSQL schema 3), through the schema's functions:
    // a sign-in the server refused, recorded by a desk nobody signed in to (the name is
    // only used to find the account, never stored);
    void logRefusedServerSignIn(const QString& username, const QString& desk);
    // whether the connection's own login still holds a one-time code;
    Result<bool> mustChangeOwnPassword() const;
    // the connection's own login takes this SCRAM verifier as its password (logged).
    VoidResult setOwnServerPassword(const QByteArray& verifier);

private:
    VoidResult logIn(const QString& kind, std::optional<qint64> userId, const Actor& actor,
                     const QString& detail);

    QSqlDatabase m_db;
    Clock m_clock;
};
