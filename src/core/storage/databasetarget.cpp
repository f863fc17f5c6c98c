#include "databasetarget.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QUrl>
#include <QUrlQuery>

namespace {

// libpq's quoting for a conninfo value: 'value' with \ and ' escaped.
QString quoted(const QString& value)
{
    QString escaped = value;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    escaped.replace(QLatin1Char('\''), QStringLiteral("\\'"));
    return QLatin1Char('\'') + escaped + QLatin1Char('\'');
}

} // namespace

const QStringList& DatabaseTarget::knownKeywords()
{
    static const QStringList keywords {
        QStringLiteral("sslmode"), QStringLiteral("sslrootcert"), QStringLiteral("sslcert"),
        QStringLiteral("sslkey"), QStringLiteral("sslcrl"), QStringLiteral("sslcrldir"),
        QStringLiteral("sslsni"), QStringLiteral("ssl_min_protocol_version"),
        QStringLiteral("channel_binding"), QStringLiteral("connect_timeout"),
        QStringLiteral("keepalives"), QStringLiteral("keepalives_idle"),
        QStringLiteral("keepalives_interval"), QStringLiteral("keepalives_count"),
        QStringLiteral("tcp_user_timeout"), QStringLiteral("service"), QStringLiteral("passfile"),
        QStringLiteral("application_name"), QStringLiteral("target_session_attrs"),
        QStringLiteral("hostaddr"), QStringLiteral("gssencmode"), QStringLiteral("krbsrvname"),
        QStringLiteral("host"), QStringLiteral("port"), QStringLiteral("dbname"), QStringLiteral("user"),
    };
    return keywords;
}

DatabaseTarget DatabaseTarget::sqliteFile(const QString& path)
{
    DatabaseTarget target;
    target.m_backend = Backend::Sqlite;
    target.m_path = QFileInfo(path).absoluteFilePath();
    return target;
}

bool DatabaseTarget::looksLikeServer(const QString& text)
{
    const QString trimmed = text.trimmed();
    return trimmed.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive)
        || trimmed.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
}

Result<DatabaseTarget> DatabaseTarget::parse(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return Error { Error::Code::Invalid, tr("Give a database file path or a postgresql:// URL.") };
    if (!looksLikeServer(trimmed)) {
        if (trimmed.contains(QLatin1String("://")))
            return Error { Error::Code::Invalid,
                           tr("\"%1\" is neither a file path nor a postgresql:// URL.")
                               .arg(trimmed.section(QLatin1String("://"), 0, 0)) };
        return sqliteFile(trimmed);
    }

    const QUrl url(trimmed, QUrl::StrictMode);
    if (!url.isValid())
        return Error { Error::Code::Invalid,
                       tr("The server address is not a valid postgresql:// URL: %1")
                           .arg(url.errorString().remove(QUrl(trimmed).password())) };
    DatabaseTarget target;
    target.m_backend = Backend::PostgreSql;
    target.m_host = url.host(QUrl::FullyDecoded);
    target.m_port = url.port(-1);
    target.m_userName = url.userName(QUrl::FullyDecoded);
    target.m_password = url.password(QUrl::FullyDecoded);
    QString path = url.path(QUrl::FullyDecoded);
    if (path.startsWith(QLatin1Char('/')))
        path.remove(0, 1);
    if (path.contains(QLatin1Char('/')))
        return Error { Error::Code::Invalid,
                       tr("A server address names one database: \"%1\" has a slash.").arg(path) };
    target.m_databaseName = path;
    const QUrlQuery query(url);
    const auto items = query.queryItems(QUrl::FullyDecoded);
    for (const auto& [key, value] : items) {
        if (!knownKeywords().contains(key))
            return Error { Error::Code::Invalid,
                           tr("\"%1\" is not a connection setting Lead Intake knows (for example "
                              "sslmode, sslrootcert, connect_timeout, service).")
                               .arg(key) };
        if (value.contains(QLatin1Char(';')))
            return Error { Error::Code::Invalid,
                           tr("The connection setting %1 may not contain a semicolon.").arg(key) };
        if (key == QLatin1String("host"))
            target.m_host = value;
        else if (key == QLatin1String("port")) {
            bool ok = false;
            target.m_port = value.toInt(&ok);
            if (!ok || target.m_port <= 0 || target.m_port > 65535)
                return Error { Error::Code::Invalid, tr("The port must be a number from 1 to 65535.") };
        } else if (key == QLatin1String("dbname"))
            target.m_databaseName = value;
        else if (key == QLatin1String("user"))
            target.m_userName = value;
        else
            target.m_options.append({ key, value });
    }
    return target;
}

QString DatabaseTarget::option(const QString& keyword) const
{
    for (const auto& [key, value] : m_options) {
        if (key == keyword)
            return value;
    }
    return {};
}

DatabaseTarget DatabaseTarget::withUser(const QString& user, const QString& password) const
{
    DatabaseTarget target = *this;
    target.m_userName = user;
    target.m_password = password;
    return target;
}

DatabaseTarget DatabaseTarget::withDatabaseName(const QString& name) const
{
    DatabaseTarget target = *this;
    target.m_databaseName = name;
    return target;
}

QString DatabaseTarget::displayText() const
{
    if (m_backend == Backend::Sqlite)
        return QDir::toNativeSeparators(m_path);
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setHost(m_host);
    if (m_port > 0)
        url.setPort(m_port);
    url.setUserName(m_userName);
    if (!m_databaseName.isEmpty())
        url.setPath(QLatin1Char('/') + m_databaseName);
    QUrlQuery query;
    for (const auto& [key, value] : m_options)
        query.addQueryItem(key, value);
    url.setQuery(query);
    return url.toString(QUrl::RemovePassword);
}

QString DatabaseTarget::driverName() const
{
    return m_backend == Backend::Sqlite ? QStringLiteral("QSQLITE") : QStringLiteral("QPSQL");
}

QString DatabaseTarget::libpqConnectionString() const
{
    const auto value = [](const QString& text) -> QString {
        QString escaped = text;
        escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\")).replace(QLatin1Char('\''), QStringLiteral("\\'"));
        return QLatin1Char('\'') + escaped + QLatin1Char('\'');
    };
    QStringList parts;
    if (!m_host.isEmpty())
        parts.append(QStringLiteral("host=") + value(m_host));
    if (m_port > 0)
        parts.append(QStringLiteral("port=%1").arg(m_port));
    if (!m_databaseName.isEmpty())
        parts.append(QStringLiteral("dbname=") + value(m_databaseName));
    if (!m_userName.isEmpty())
        parts.append(QStringLiteral("user=") + value(m_userName));
    bool sslmode = false;
    for (const auto& [keyword, text] : m_options) {
        sslmode = sslmode || keyword == QLatin1String("sslmode");
        parts.append(keyword + QLatin1Char('=') + value(text));
    }
    // The same default as configure(): TLS with the server's name checked.
    if (!sslmode && !qEnvironmentVariableIsSet("PGSSLMODE") && !qEnvironmentVariableIsSet("PGSERVICE"))
        parts.append(QStringLiteral("sslmode='verify-full'"));
    return parts.join(QLatin1Char(' '));
}

void DatabaseTarget::configure(QSqlDatabase& db) const
{
    if (m_backend == Backend::Sqlite) {
        db.setDatabaseName(m_path);
        // Wait for another desk's write instead of failing at once.
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
        return;
    }
    db.setHostName(m_host);
    if (m_port > 0)
        db.setPort(m_port);
    db.setDatabaseName(m_databaseName);
    db.setUserName(m_userName);
    db.setPassword(m_password);

    QList<QPair<QString, QString>> options = m_options;
    const auto given = [&options](const char* keyword) {
        for (const auto& option : std::as_const(options)) {
            if (option.first == QLatin1String(keyword))
                return true;
        }
        return false;
    };
    const auto byEnvironmentOrService = [&given](const char* variable) {
        return given("service") || qEnvironmentVariableIsSet("PGSERVICE")
            || qEnvironmentVariableIsSet(variable);
    };
    // Leads and resumes cross the office network: TLS with the server's name checked,
    // unless IT chose otherwise in the URL, the environment or a pg_service.conf entry.
    // (libpq ignores sslmode on a local Unix socket.)
    if (!given("sslmode") && !byEnvironmentOrService("PGSSLMODE"))
        options.append({ QStringLiteral("sslmode"), QStringLiteral("verify-full") });
    // A desk waits at most this long for an unreachable server before it says so.
    if (!given("connect_timeout") && !byEnvironmentOrService("PGCONNECT_TIMEOUT"))
        options.append({ QStringLiteral("connect_timeout"), QStringLiteral("10") });
    // A dropped network is noticed within about a minute, not the system's two hours.
    if (!given("keepalives_idle"))
        options.append({ QStringLiteral("keepalives_idle"), QStringLiteral("30") });
    if (!given("keepalives_interval"))
        options.append({ QStringLiteral("keepalives_interval"), QStringLiteral("10") });
    if (!given("keepalives_count"))
        options.append({ QStringLiteral("keepalives_count"), QStringLiteral("3") });
    if (!given("application_name") && !byEnvironmentOrService("PGAPPNAME"))
        options.append({ QStringLiteral("application_name"), QStringLiteral("leadintake") });
    QStringList parts;
    for (const auto& [key, value] : std::as_const(options))
        parts.append(key + QLatin1Char('=') + quoted(value));
    db.setConnectOptions(parts.join(QLatin1Char(';')));
}
