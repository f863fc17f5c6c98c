#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <limits>

// What differs between SQLite and PostgreSQL outside the migration scripts, in one place.
// Repositories keep one SQL text wherever both accept it (row values, ON CONFLICT,
// RETURNING, LIMIT/OFFSET, subqueries with an alias) and ask here for the rest.
class SqlDialect
{
public:
    enum class Backend { Sqlite, PostgreSql };

    explicit SqlDialect(const QSqlDatabase& db);
    explicit SqlDialect(Backend backend)
        : m_backend(backend)
    {
    }

    Backend backend() const { return m_backend; }
    bool isPostgres() const { return m_backend == Backend::PostgreSql; }

    // A name column as it sorts for people: SQLite's NOCASE; on PostgreSQL the column
    // itself carries the ICU root collation (Álvarez next to Alvarez), so it is bare.
    QString caseInsensitive(const QString& column) const;

    // "No limit" for a bound LIMIT (SQLite takes -1, PostgreSQL refuses negatives).
    static qint64 noLimit() { return std::numeric_limits<qint64>::max(); }

    // The statements that open a write transaction that has the database to itself until
    // it ends: SQLite's BEGIN IMMEDIATE; on PostgreSQL BEGIN plus a transaction-scoped
    // advisory lock that every Lead Intake writer takes, so the invariants SQLite's single
    // writer gave (the audit chain's next id, the sign-in throttle's counters) hold across
    // desks. Waiting is bounded like SQLite's busy timeout.
    QStringList beginWrite() const;
    // A read that sees one snapshot across several statements (a count and its rows).
    QString beginSnapshotRead() const;

    // The advisory lock key every writer takes on PostgreSQL ("LEAD").
    static constexpr qint64 kWriteLockKey = 0x4C454144;
    // The NOTIFY channel the PostgreSQL schema's triggers signal on commit; the payload
    // names the table (leads, lead_events, outbox, settings, users).
    static QString changeChannel() { return QStringLiteral("leadintake_changed"); }

private:
    Backend m_backend;
};
