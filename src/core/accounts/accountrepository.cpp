#include "accountrepository.h"

#include "accountlogging.h"
#include "auditchain.h"
#include "database.h"
#include "sqldialect.h"

#include <QCryptographicHash>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace {

Error sqlError(const QString& what, const QSqlQuery& query)
{
    qCWarning(lcAccounts) << what << query.lastError().text();
    return Error { Error::Code::Database, what + QStringLiteral(": ") + query.lastError().text() };
}

const QString kUserColumns = QStringLiteral(
    "id, username, display_name, email, role, disabled, failed_attempts, last_failed_at, "
    "locked_until, created_at");

UserAccount userFromQuery(const QSqlQuery& query)
{
    UserAccount user;
    user.id = query.value(0).toLongLong();
    user.username = query.value(1).toString();
    user.displayName = query.value(2).toString();
    user.email = query.value(3).toString();
    user.role = RoleText::fromKey(query.value(4).toString()).value_or(Role::Receptionist);
    user.disabled = query.value(5).toInt() != 0;
    user.failedAttempts = query.value(6).toInt();
    user.lastFailedAtMs = query.value(7).toLongLong();
    user.lockedUntilMs = query.value(8).toLongLong();
    user.createdAt = QDateTime::fromMSecsSinceEpoch(query.value(9).toLongLong(), Qt::UTC);
    return user;
}

QVariant optionalId(std::optional<qint64> id)
{
    return id ? QVariant(*id) : QVariant(QMetaType(QMetaType::LongLong));
}

} // namespace

AccountRepository::AccountRepository(QSqlDatabase db, Clock clock)
    : m_db(std::move(db))
    , m_clock(std::move(clock))
{
}

qint64 AccountRepository::nowMs() const
{
    return (m_clock ? m_clock() : QDateTime::currentDateTimeUtc()).toMSecsSinceEpoch();
}

QString AccountRepository::usernameKey(const QString& username)
{
    return username.trimmed().toCaseFolded();
}

QString AccountRepository::checkUsername(const QString& username)
{
    static const QRegularExpression allowed(QStringLiteral("^[\\w.@-]{2,64}$"),
                                            QRegularExpression::UseUnicodePropertiesOption);
    const QString trimmed = username.trimmed();
    if (trimmed.isEmpty())
        return tr("Enter a user name.");
    if (!allowed.match(trimmed).hasMatch())
        return tr("A user name has 2 to 64 letters, digits, dots, dashes, underscores or @, "
                  "and no spaces.");
    return {};
}

Result<int> AccountRepository::count() const
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT count(*) FROM users")) || !query.next())
        return sqlError(tr("Reading the accounts failed"), query);
    return query.value(0).toInt();
}

Result<QList<UserAccount>> AccountRepository::list() const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT ") + kUserColumns
                    + QStringLiteral(" FROM users ORDER BY disabled, ")
                    + SqlDialect(m_db).caseInsensitive(QStringLiteral("display_name"))
                    + QStringLiteral(", id")))
        return sqlError(tr("Reading the accounts failed"), query);
    QList<UserAccount> users;
    while (query.next())
        users.append(userFromQuery(query));
    return users;
}

Result<UserAccount> AccountRepository::user(qint64 id) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT ") + kUserColumns + QStringLiteral(" FROM users WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec())
        return sqlError(tr("Reading the account failed"), query);
    if (!query.next())
        return Error { Error::Code::NotFound, tr("Account %1 does not exist.").arg(id) };
    return userFromQuery(query);
}

Result<UserAccount> AccountRepository::userByName(const QString& username) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT ") + kUserColumns
                  + QStringLiteral(" FROM users WHERE username_key = ?"));
    query.addBindValue(usernameKey(username));
    if (!query.exec())
        return sqlError(tr("Reading the account failed"), query);
    if (!query.next())
        return Error { Error::Code::NotFound, tr("There is no account named “%1”.").arg(username.trimmed()) };
    return userFromQuery(query);
}

Result<QByteArray> AccountRepository::passwordHash(qint64 id) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT password_hash FROM users WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec())
        return sqlError(tr("Reading the account failed"), query);
    if (!query.next())
        return Error { Error::Code::NotFound, tr("Account %1 does not exist.").arg(id) };
    return query.value(0).toString().toLatin1();
}

QString AccountRepository::displayName(qint64 id) const
{
    const Result<UserAccount> account = user(id);
    return account ? account->displayName : QString();
}

Result<int> AccountRepository::activeAdminCount(qint64 except) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "SELECT count(*) FROM users WHERE role = 'admin' AND disabled = 0 AND id <> ?"));
    query.addBindValue(except);
    if (!query.exec() || !query.next())
        return sqlError(tr("Reading the accounts failed"), query);
    return query.value(0).toInt();
}

Result<qint64> AccountRepository::create(const UserAccount& account, const QByteArray& passwordHash,
                                         const Actor& actor)
{
    if (const QString problem = checkUsername(account.username); !problem.isEmpty())
        return Error { Error::Code::Invalid, problem };
    if (account.displayName.trimmed().isEmpty())
        return Error { Error::Code::Invalid, tr("Enter the person's name as it should appear in "
                                                "the history.") };
    WriteTransaction transaction(m_db);
    if (const Error* error = transaction.error())
        return *error;
    {
        QSqlQuery exists(m_db);
        exists.prepare(QStringLiteral("SELECT 1 FROM users WHERE username_key = ?"));
        exists.addBindValue(usernameKey(account.username));
        if (!exists.exec())
            return sqlError(tr("Reading the accounts failed"), exists);
        if (exists.next())
            return Error { Error::Code::Conflict,
                           tr("The user name “%1” is taken; choose another.").arg(account.username.trimmed()) };
    }
    const qint64 now = nowMs();
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "INSERT INTO users (username, username_key, display_name, email, role, password_hash, "
        "disabled, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, 0, ?, ?) RETURNING id"));
    query.addBindValue(account.username.trimmed());
    query.addBindValue(usernameKey(account.username));
    query.addBindValue(account.displayName.trimmed());
    query.addBindValue(account.email.trimmed().isEmpty() ? QStringLiteral("") : account.email.trimmed());
    query.addBindValue(RoleText::key(account.role));
    query.addBindValue(QString::fromLatin1(passwordHash));
    query.addBindValue(now);
    query.addBindValue(now);
    if (!query.exec() || !query.next())
        return sqlError(tr("Saving the account failed"), query);
    const qint64 id = query.value(0).toLongLong();
    query.finish();
    if (const VoidResult logged = logIn(QStringLiteral("account_created"), id, actor,
                                        RoleText::key(account.role));
        !logged)
        return logged.error();
    if (const VoidResult committed = transaction.commit(); !committed)
        return committed.error();
    qCInfo(lcAccounts) << "account" << id << "created";
    return id;
}

VoidResult AccountRepository::setRole(qint64 id, Role role, const Actor& actor)
{
    WriteTransaction transaction(m_db);
    if (const Error* error = transaction.error())
        return *error;
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("UPDATE users SET role = ?, updated_at = ? WHERE id = ?"));
    query.addBindValue(RoleText::key(role));
    query.addBindValue(nowMs());
    query.addBindValue(id);
    if (!query.exec())
        return sqlError(tr("Changing the role failed"), query);
    if (query.numRowsAffected() != 1)
        return Error { Error::Code::NotFound, tr("Account %1 does not exist.").arg(id) };
    query.finish();
    if (const VoidResult logged = logIn(QStringLiteral("role_changed"), id, actor, RoleText::key(role)); !logged)
        return logged.error();
    return transaction.commit();
}

VoidResult AccountRepository::setDisabled(qint64 id, bool disabled, const Actor& actor)
{
    WriteTransaction transaction(m_db);
    if (const Error* error = transaction.error())
        return *error;
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("UPDATE users SET disabled = ?, updated_at = ? WHERE id = ?"));
    query.addBindValue(disabled ? 1 : 0);
    query.addBindValue(nowMs());
    query.addBindValue(id);
    if (!query.exec())
        return sqlError(tr("Changing the account failed"), query);
    if (query.numRowsAffected() != 1)
        return Error { Error::Code::NotFound, tr("Account %1 does not exist.").arg(id) };
    query.finish();
    if (const VoidResult logged
        = logIn(disabled ? QStringLiteral("disabled") : QStringLiteral("enabled"), id, actor, {});
        !logged)
        return logged.error();
    return transaction.commit();
}

VoidResult AccountRepository::setProfile(qint64 id, const QString& displayName, const QString& email,
                                         const QString& changed, const Actor& actor)
{
    WriteTransaction transaction(m_db);
    if (const Error* error = transaction.error())
        return *error;
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("UPDATE users SET display_name = ?, email = ?, updated_at = ? WHERE id = ?"));
    query.addBindValue(displayName.trimmed());
    query.addBindValue(email.trimmed().isEmpty() ? QStringLiteral("") : email.trimmed());
    query.addBindValue(nowMs());
    query.addBindValue(id);
    if (!query.exec())
        return sqlError(tr("Changing the account failed"), query);
    if (query.numRowsAffected() != 1)
        return Error { Error::Code::NotFound, tr("Account %1 does not exist.").arg(id) };
    query.finish();
    if (const VoidResult logged = logIn(QStringLiteral("profile_changed"), id, actor, changed); !logged)
        return logged.error();
    return transaction.commit();
}

VoidResult AccountRepository::setPasswordHash(qint64 id, const QByteArray& passwordHash,
                                              const QString& kind, const Actor& actor)
{
    WriteTransaction transaction(m_db);
    if (const Error* error = transaction.error())
        return *error;
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "UPDATE users SET password_hash = ?, failed_attempts = 0, last_failed_at = NULL, "
        "locked_until = NULL, updated_at = ? WHERE id = ?"));
    query.addBindValue(QString::fromLatin1(passwordHash));
    query.addBindValue(nowMs());
    query.addBindValue(id);
    if (!query.exec())
        return sqlError(tr("Saving the password failed"), query);
    if (query.numRowsAffected() != 1)
        return Error { Error::Code::NotFound, tr("Account %1 does not exist.").arg(id) };
    query.finish();
    if (const VoidResult logged = logIn(kind, id, actor, {}); !logged)
        return logged.error();
    return transaction.commit();
}

Result<SignInThrottle::State> AccountRepository::updateThrottle(qint64 id, const ThrottleChange& change)
{
    WriteTransaction transaction(m_db);
    if (const Error* error = transaction.error())
        return *error;
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "SELECT failed_attempts, last_failed_at, locked_until FROM users WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec())
        return sqlError(tr("Reading the sign-in state failed"), query);
    if (!query.next())
        return Error { Error::Code::NotFound, tr("Account %1 does not exist.").arg(id) };
    const SignInThrottle::State before { query.value(0).toInt(), query.value(1).toLongLong(),
                                         query.value(2).toLongLong() };
    query.finish();
    if (const std::optional<SignInThrottle::State> after = change(before)) {
        if (const VoidResult stored = storeThrottle(id, *after); !stored)
            return stored.error();
    }
    if (const VoidResult committed = transaction.commit(); !committed)
        return committed.error();
    return before;
}

QString AccountRepository::nameHash(const QString& username)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(usernameKey(username).toUtf8(), QCryptographicHash::Sha256).toHex());
}

Result<SignInThrottle::State> AccountRepository::updateNameThrottle(const QString& username,
                                                                    const ThrottleChange& change)
{
    const QString key = nameHash(username);
    const qint64 now = nowMs();
    WriteTransaction transaction(m_db);
    if (const Error* error = transaction.error())
        return *error;
    QSqlQuery query(m_db);
    // Forgotten: names whose lockout has run out (the same as no row) and names nobody
    // tried for a day, so that guessing random names cannot grow the table for ever.
    query.prepare(QStringLiteral(
        "DELETE FROM sign_in_name_throttle WHERE (failed_attempts = 0 AND coalesce(locked_until, 0) <= ?) "
        "OR coalesce(last_failed_at, 0) <= ?"));
    query.addBindValue(now);
    query.addBindValue(now - kForgetNamesAfterMs);
    if (!query.exec())
        return sqlError(tr("Saving the sign-in state failed"), query);
    query.prepare(QStringLiteral("SELECT failed_attempts, last_failed_at, locked_until "
                                 "FROM sign_in_name_throttle WHERE name_hash = ?"));
    query.addBindValue(key);
    if (!query.exec())
        return sqlError(tr("Reading the sign-in state failed"), query);
    SignInThrottle::State before;
    if (query.next())
        before = { query.value(0).toInt(), query.value(1).toLongLong(), query.value(2).toLongLong() };
    query.finish();
    if (const std::optional<SignInThrottle::State> after = change(before)) {
        query.prepare(QStringLiteral(
            "INSERT INTO sign_in_name_throttle (name_hash, failed_attempts, last_failed_at, "
            "locked_until) VALUES (?, ?, ?, ?) ON CONFLICT (name_hash) DO UPDATE SET "
            "failed_attempts = excluded.failed_attempts, last_failed_at = excluded.last_failed_at, "
            "locked_until = excluded.locked_until"));
        query.addBindValue(key);
        query.addBindValue(after->failures);
        query.addBindValue(after->lastFailureMs > 0 ? QVariant(after->lastFailureMs)
                                                    : QVariant(QMetaType(QMetaType::LongLong)));
        query.addBindValue(after->lockedUntilMs > 0 ? QVariant(after->lockedUntilMs)
                                                    : QVariant(QMetaType(QMetaType::LongLong)));
        if (!query.exec())
            return sqlError(tr("Saving the sign-in state failed"), query);
    }
    if (const VoidResult committed = transaction.commit(); !committed)
        return committed.error();
    return before;
}

VoidResult AccountRepository::storeThrottle(qint64 id, const SignInThrottle::State& state)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("UPDATE users SET failed_attempts = ?, last_failed_at = ?, "
                                 "locked_until = ? WHERE id = ?"));
    query.addBindValue(state.failures);
    query.addBindValue(state.lastFailureMs > 0 ? QVariant(state.lastFailureMs)
                                               : QVariant(QMetaType(QMetaType::LongLong)));
    query.addBindValue(state.lockedUntilMs > 0 ? QVariant(state.lockedUntilMs)
                                               : QVariant(QMetaType(QMetaType::LongLong)));
    query.addBindValue(id);
    if (!query.exec())
        return sqlError(tr("Saving the sign-in state failed"), query);
    return Done {};
}

VoidResult AccountRepository::log(const QString& kind, std::optional<qint64> userId,
                                  const Actor& actor, const QString& detail)
{
    // Its own write transaction: the chain's next link is read and written as one.
    WriteTransaction transaction(m_db);
    if (const Error* error = transaction.error())
        return *error;
    if (const VoidResult logged = logIn(kind, userId, actor, detail); !logged)
        return logged.error();
    return transaction.commit();
}

VoidResult AccountRepository::logIn(const QString& kind, std::optional<qint64> userId,
                                    const Actor& actor, const QString& detail)
{
    const Result<qint64> appended = AuditChain::append(
        m_db, AuditChain::Table::AccountLog,
        { kind, optionalId(userId), optionalId(actor.id),
          actor.name.isEmpty() ? QStringLiteral("?") : actor.name,
          detail.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(detail), nowMs() });
    if (!appended) {
        qCWarning(lcAccounts) << "writing the account log failed:" << appended.error().message;
        return Error { appended.error().code,
                       tr("Writing the account log failed") + QStringLiteral(": ")
                           + appended.error().message };
    }
    qCInfo(lcAccounts) << "account log" << kind << "account" << userId.value_or(0) << "by"
                       << actor.id.value_or(0);
    return Done {};
}

Result<QList<AccountLogEntry>> AccountRepository::logEntries(qint64 userId, int limit) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT id, kind, user_id, actor_id, actor, detail, at FROM account_log")
                  + (userId > 0 ? QStringLiteral(" WHERE user_id = ?") : QString())
                  + QStringLiteral(" ORDER BY at DESC, id DESC LIMIT ?"));
    if (userId > 0)
        query.addBindValue(userId);
    query.addBindValue(limit);
    if (!query.exec())
        return sqlError(tr("Reading the account log failed"), query);
    QList<AccountLogEntry> entries;
    while (query.next()) {
        AccountLogEntry entry;
        entry.id = query.value(0).toLongLong();
        entry.kind = query.value(1).toString();
        if (!query.value(2).isNull())
            entry.userId = query.value(2).toLongLong();
        if (!query.value(3).isNull())
            entry.actorId = query.value(3).toLongLong();
        entry.actor = query.value(4).toString();
        entry.detail = query.value(5).toString();
        entry.at = QDateTime::fromMSecsSinceEpoch(query.value(6).toLongLong(), Qt::UTC);
        entries.append(entry);
    }
    return entries;
}

void AccountRepository::logRefusedServerSignIn(const QString& username, const QString& desk)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT leadintake_sign_in_failed(?, ?)"));
    query.addBindValue(usernameKey(username));
    query.addBindValue(desk);
    if (!query.exec())
        qCWarning(lcAccounts) << "recording a refused sign-in failed:" << query.lastError().text();
}

Result<bool> AccountRepository::mustChangeOwnPassword() const
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT leadintake_must_change_password()")) || !query.next())
        return sqlError(tr("Reading the account failed"), query);
    return query.value(0).toBool();
}

VoidResult AccountRepository::setOwnServerPassword(const QByteArray& verifier)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT leadintake_set_own_password(?)"));
    query.addBindValue(QString::fromLatin1(verifier));
    if (!query.exec())
        return sqlError(tr("Saving the password failed"), query);
    return Done {};
}
