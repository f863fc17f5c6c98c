#pragma once

#include "error.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

// One open connection to the lead database, configured and migrated.
// Each thread or process that touches the database opens its own Database.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    // The migrations compiled in (resources/sql/sqlite/NNNN.sql), in the order they run,
    // each in its own transaction; the highest is the schema this build writes.
    static QList<int> schemaVersions();
    static int latestSchemaVersion();

    Database() = default;
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;
    Database(Database&& other) noexcept;
    Database& operator=(Database&& other) noexcept;

    // Opens (creating the file and its folder if needed) and migrates to the latest schema.
    static Result<Database> open(const QString& path);
    // Opens without migrating beyond targetVersion (for upgrade tests and tools).
    static Result<Database> open(const QString& path, int targetVersion);

    bool isOpen() const { return !m_connectionName.isEmpty(); }
    QSqlDatabase connection() const;
    QString path() const { return m_path; }
    int schemaVersion() const;

    // Runs every pending migration up to targetVersion.
    VoidResult migrate(int targetVersion = latestSchemaVersion());

    static QString defaultPath();

private:
    void close();

    QString m_connectionName;
    QString m_path;
};

// A write transaction that takes SQLite's write lock up front (BEGIN IMMEDIATE), so two
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
