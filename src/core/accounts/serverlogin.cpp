#include "serverlogin.h"

#include "accountlogging.h"
#include "accountrepository.h"
#include "serverroles.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

namespace {

Error queryError(const QString& what, const QSqlQuery& query)
{
    qCWarning(lcAccounts) << what << query.lastError().text();
    return Error { Error::Code::Database, what + QStringLiteral(": ") + query.lastError().text() };
}

// The server refused these credentials (as opposed to not answering). libpq's words are in
// the server's language; the checks below are only a first guess, see signIn().
bool refusedCredentials(const QString& message)
{
    return message.contains(QLatin1String("authentication failed"))
        || message.contains(QLatin1String("not permitted to log in"))
        || message.contains(QLatin1String("does not exist"));
}

} // namespace

ServerLogin::ServerLogin(QSqlDatabase desk)
    : m_desk(std::move(desk))
    , m_deskUser(m_desk.userName())
    , m_deskPassword(m_desk.password())
{
}

Result<bool> ServerLogin::signsIn(const QString& username) const
{
    if (m_desk.driverName() != QLatin1String("QPSQL"))
        return false;
    QSqlQuery query(m_desk);
    query.setForwardOnly(true);
    // Where the connection may read password hashes it reads the account's; a login that may
    // not (the desk's) has nothing to check a password against but the server. (Two
    // statements: the server checks a statement's rights before running any of it.)
    if (!query.exec(QStringLiteral("SELECT has_column_privilege('users', 'password_hash', 'SELECT')"))
        || !query.next())
        return queryError(tr("Reading how accounts sign in failed"), query);
    if (!query.value(0).toBool())
        return true;
    query.prepare(QStringLiteral("SELECT password_hash IN ('server-login', 'server-login-code') FROM users "
                                 "WHERE username_key = ?"));
    query.addBindValue(AccountRepository::usernameKey(username));
    if (!query.exec())
        return queryError(tr("Reading how accounts sign in failed"), query);
    return query.next() && query.value(0).toBool();
}

Result<QString> ServerLogin::loginRole(const QString& username) const
{
    QSqlQuery query(m_desk);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT leadintake_login_role(?)"));
    query.addBindValue(AccountRepository::usernameKey(username));
    if (!query.exec() || !query.next())
        return queryError(tr("Reading the account's login failed"), query);
    return query.value(0).toString();
}

VoidResult ServerLogin::reopenAs(QSqlDatabase db, const QString& user, const QString& password)
{
    db.close();
    db.setUserName(user);
    db.setPassword(password);
    if (!db.open())
        return Error { Error::Code::Database, db.lastError().text() };
    QSqlQuery query(db);
    // As Database::openServer(): our statements never need the server's notices.
    if (!query.exec(QStringLiteral("SET client_min_messages TO warning")))
        return queryError(tr("Configuring the connection failed"), query);
    return Done {};
}

VoidResult ServerLogin::signIn(const QString& username, QByteArray password)
{
    const Result<QString> role = loginRole(username);
    if (!role) {
        PasswordHasher::wipe(password);
        return role.error();
    }
    QString secret = QString::fromUtf8(password);
    PasswordHasher::wipe(password);

    // A connection of its own first: a wrong password must not cost the desk its connection.
    QString refusal;
    {
        const QString name = QStringLiteral("leadintake-sign-in-%1").arg(quintptr(QThread::currentThreadId()));
        {
            QSqlDatabase check = QSqlDatabase::cloneDatabase(m_desk, name);
            check.setUserName(*role);
            check.setPassword(secret);
            if (!check.open()) {
                refusal = check.lastError().text();
                if (refusal.trimmed().isEmpty())
                    refusal = QStringLiteral("the server did not answer");
            }
            check.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
    if (!refusal.isEmpty()) {
        PasswordHasher::wipe(secret);
        // The server answered the desk's own login just now: then it was these credentials
        // it refused (whatever language its message is in).
        QSqlQuery alive(m_desk);
        const bool reachable = alive.exec(QStringLiteral("SELECT 1"));
        if (refusedCredentials(refusal) || reachable) {
            qCInfo(lcAccounts).noquote() << "the server refused a sign-in:" << refusal.trimmed();
            return Error { Error::Code::Invalid, tr("Wrong user name or password.") };
        }
        return Error { Error::Code::Database,
                       tr("Cannot reach the office server to sign in: %1").arg(refusal.trimmed()) };
    }
    const VoidResult switched = switchAll(*role, secret);
    PasswordHasher::wipe(secret);
    if (!switched) {
        // Back to the desk's login; the watcher keeps trying if even that fails.
        switchAll(m_deskUser, m_deskPassword);
        m_role.clear();
        return switched.error();
    }
    m_role = *role;
    qCInfo(lcAccounts).noquote() << "connected as the login" << m_role;
    return Done {};
}

VoidResult ServerLogin::signOut()
{
    if (m_role.isEmpty())
        return Done {};
    m_role.clear();
    qCInfo(lcAccounts) << "connected as the desk's login again";
    return switchAll(m_deskUser, m_deskPassword);
}

void ServerLogin::passwordChanged(const QByteArray& password)
{
    if (!m_role.isEmpty())
        m_desk.setPassword(QString::fromUtf8(password));
}

VoidResult ServerLogin::switchAll(const QString& user, const QString& password)
{
    if (const VoidResult reopened = reopenAs(m_desk, user, password); !reopened)
        return Error { Error::Code::Database,
                       tr("Cannot connect to the office server: %1").arg(reopened.error().message) };
    return Done {};
}

Result<QByteArray> ServerLogin::Hasher::hash(const QByteArray& password) const
{
    return ServerRoles::scramVerifier(QString::fromUtf8(password));
}

bool ServerLogin::Hasher::verify(const QByteArray&, const QByteArray&) const
{
    return false; // the server checks passwords, when the desk connects as the account
}

bool ServerLogin::Hasher::needsRehash(const QByteArray&) const
{
    return false;
}
