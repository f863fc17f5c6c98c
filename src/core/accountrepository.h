#pragma once

#include "error.h"
#include "signinthrottle.h"
#include "user.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QSqlDatabase>

#include <functional>

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
    // Stores a new hash and clears the throttle; kind is "password_reset" or
    // "password_rehashed".
    VoidResult setPasswordHash(qint64 id, const QByteArray& passwordHash, const QString& kind,
                               const Actor& actor);
    VoidResult storeThrottle(qint64 id, const SignInThrottle::State& state);

    VoidResult log(const QString& kind, std::optional<qint64> userId, const Actor& actor,
                   const QString& detail = {});
    // Newest first; userId 0 means every account.
    Result<QList<AccountLogEntry>> logEntries(qint64 userId = 0, int limit = 500) const;

    QSqlDatabase database() const { return m_db; }
    qint64 nowMs() const;

private:
    VoidResult logIn(const QString& kind, std::optional<qint64> userId, const Actor& actor,
                     const QString& detail);

    QSqlDatabase m_db;
    Clock m_clock;
};
