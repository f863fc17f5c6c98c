#pragma once

#include "error.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>

class QSqlDatabase;

// Where the leads live: a SQLite file on this desk (a path), or the firm's PostgreSQL server
// (a postgresql:// URL, libpq's own form). Parsed once from --database or the first-start
// dialog; the layers above core never ask which one it is.
//
// libpq conventions keep working: anything the URL leaves out comes from PGHOST, PGPORT,
// PGUSER, PGSERVICE / pg_service.conf, ~/.pgpass, PGSSLROOTCERT... A password written in the
// URL is used for the connection only: displayText() and every message leave it out.
class DatabaseTarget
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseTarget)

public:
    enum class Backend { Sqlite, PostgreSql };

    DatabaseTarget() = default;
    static DatabaseTarget sqliteFile(const QString& path);
    // A path, or a postgresql:// (or postgres://) URL. Errors say which part is wrong.
    static Result<DatabaseTarget> parse(const QString& text);
    // True when text names a server rather than a file (before parsing it).
    static bool looksLikeServer(const QString& text);

    Backend backend() const { return m_backend; }
    bool isServer() const { return m_backend == Backend::PostgreSql; }

    // SQLite: the file's absolute path.
    QString path() const { return m_path; }

    // PostgreSQL: each part as given (empty when libpq is to find it).
    QString host() const { return m_host; }
    int port() const { return m_port; }
    QString databaseName() const { return m_databaseName; }
    QString userName() const { return m_userName; }
    bool hasPassword() const { return !m_password.isEmpty(); }
    // Connection keywords from the URL's query (sslmode, sslrootcert, connect_timeout,
    // service, keepalives...), in order.
    const QList<QPair<QString, QString>>& options() const { return m_options; }
    QString option(const QString& keyword) const;

    // The same server, signed in as another role (the office-mode sign-in), or with
    // another database name (server-init's maintenance connection).
    DatabaseTarget withUser(const QString& user, const QString& password) const;
    DatabaseTarget withDatabaseName(const QString& name) const;

    // For people and logs: the path, or the URL without any password.
    QString displayText() const;

    // Sets driver, host, port, database, user, password and connect options on a
    // QSqlDatabase made with the right driver (QSQLITE or QPSQL) by the caller.
    void configure(QSqlDatabase& db) const;
    // "QSQLITE" or "QPSQL".
    QString driverName() const;

    // PostgreSQL, for libpq's own tools (pg_dump, pg_restore): a keyword=value connection
    // string with the same parts and TLS default as configure(), without the password; the
    // password (if the URL had one) goes in the tool's environment (PGPASSWORD), never in
    // its arguments, which every local account can read.
    QString libpqConnectionString() const;
    QString password() const { return m_password; }

    // The libpq keywords we pass through from a URL's query; anything else is refused so
    // that a typo is not silently ignored.
    static const QStringList& knownKeywords();

private:
    Backend m_backend = Backend::Sqlite;
    QString m_path;
    QString m_host;
    int m_port = -1;
    QString m_databaseName;
    QString m_userName;
    QString m_password;
    QList<QPair<QString, QString>> m_options;
};
