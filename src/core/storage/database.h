#pragma once

#include "databasetarget.h"
#include "error.h"
#include "sqldialect.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

// One open connection to the lead database, configured and migrated: a SQLite file on this
// desk or the firm's PostgreSQL server (DatabaseTarget). Each thread or process that touches
// the database opens its own Database.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    // The migrations compiled in (resources/sql/<backend>/NNNN.sql), in the order they run,
    // each in its own transaction; the highest is the schema this build writes. The two
    // backends number their own: PostgreSQL's 1 is SQLite's 7 written for the server.
    static QList<int> schemaVersions(SqlDialect::Backend backend = SqlDialect::Backend::Sqlite);
    static int latestSchemaVersion(SqlDialect::Backend backend = SqlDialect::Backend::Sqlite);

    Database() = default;
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;
    Database(Database&& other) noexcept;
    Database& operator=(Database&& other) noexcept;

    // Opens (creating the file and its folder if needed) and migrates to the latest schema.
    // target: a file path or a postgresql:// URL (DatabaseTarget::parse).
    static Result<Database> open(const QString& target);
    // Opens without migrating beyond targetVersion (for upgrade tests and tools).
    static Result<Database> open(const QString& target, int targetVersion);
    // targetVersion < 0: the latest of the target's backend.
    static Result<Database> open(const DatabaseTarget& target, int targetVersion = -1);
    // Another connection to the same database (a worker thread's, the outbox's).
    Result<Database> openAnother() const;
    // Office mode, when the server cannot be reached as a desk starts: the connection set up
    // but not open, so that the desk still starts and keeps walk-ins in its journal
    // (IntakeJournal); DataVersionWatcher opens it once the server answers. Server only.
    static Result<Database> unopened(const DatabaseTarget& target);

    bool isOpen() const { return !m_connectionName.isEmpty(); }
    QSqlDatabase connection() const;
    // The SQLite file, or the server's URL without a password: for messages and titles.
    QString path() const { return m_target.isServer() ? m_target.displayText() : m_target.path(); }
    const DatabaseTarget& target() const { return m_target; }
    SqlDialect dialect() const { return SqlDialect(m_target.isServer() ? SqlDialect::Backend::PostgreSql
                                                                       : SqlDialect::Backend::Sqlite); }
    int schemaVersion() const;

    // Runs every pending migration up to targetVersion (< 0: the latest).
    VoidResult migrate(int targetVersion = -1);

    static QString defaultPath();

private:
    static Result<Database> openSqlite(const DatabaseTarget& target, int targetVersion);
    static Result<Database> openServer(const DatabaseTarget& target, int targetVersion);
    void close();

    QString m_connectionName;
    DatabaseTarget m_target;
};

// A write transaction that takes the database's write lock up front (SQLite: BEGIN
// IMMEDIATE; PostgreSQL: the writers' advisory lock, SqlDialect::beginWrite()), so two
// writers queue on the busy timeout instead of failing mid-way with "database is locked".
// Rolls back unless commit() succeeded.
class WriteTransaction
{
public:
    explicit WriteTransaction(const QSqlDatabase& db);
    ~WriteTransaction();
    WriteTransaction(const WriteTransaction&) = delete;
    WriteTransaction& operator=(const WriteTransaction&) = delete;

    const Error* error() const { return m_active || m_error.message.isEmpty() ? nullptr : &m_error; }
    bool isActive() const { return m_active; }
    VoidResult commit();

private:
    QSqlDatabase m_db;
    bool m_active = false;
    Error m_error;
};
