#pragma once

#include "error.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

#include <optional>
#include <utility>

// The hash chain that makes the lead history (lead_events) and the account log
// (account_log) tamper-evident (schema 7). Both tables are append-only (triggers refuse
// UPDATE and DELETE); each row also carries, in its `hash` column, the lowercase hex
// SHA-256 of this canonical encoding (version 1), byte by byte:
//
//   "leadintake-audit-v1"  0x00  table name (ASCII)  0x00
//   previous row's hash: 32 raw bytes (32 zero bytes for the table's first row)
//   then each column of the row, in this order:
//     lead_events: id, lead_id, kind, from_status, to_status, detail, actor, actor_id, at
//     account_log: id, kind, user_id, actor_id, actor, detail, at
//   each column encoded by its declared type:
//     NULL              0x00
//     INTEGER (ids, at) 0x01, then the value as 8 bytes, big-endian two's complement
//     TEXT              0x02, then the UTF-8 length as 4 bytes big-endian, then the UTF-8 bytes
//
// "Previous" means the row with the next lower id in the same table; rows are appended
// with id = highest id + 1 inside a write transaction, so the chain is the id order. A row
// edited, inserted out of turn or removed breaks the link at it or at the row after it.
// It is evidence, not a seal: whoever can write the file can recompute every hash, and
// removing the newest rows leaves no gap. AuditVerifier walks the chain.
class AuditChain
{
    Q_DECLARE_TR_FUNCTIONS(AuditChain)

public:
    enum class Table { LeadEvents, AccountLog };
    static constexpr Table kTables[] = { Table::LeadEvents, Table::AccountLog };
    static constexpr int kFirstSchema = 7; // the schema that added the chain

    static QString tableName(Table table);
    // The chained columns after id, in the encoding's order (what append() takes).
    static QStringList columns(Table table);

    // The hash (32 raw bytes) of one row: `values` holds id followed by columns(table).
    // previousHash is the row before's 32 raw bytes, or empty for the first row.
    static QByteArray rowHash(Table table, const QByteArray& previousHash, const QVariantList& values);

    // Appends a row (values in columns(table) order) with the next id and its hash. Must run
    // inside a WriteTransaction (SQLite's BEGIN IMMEDIATE; on PostgreSQL the writers'
    // advisory lock), so that no other connection or desk appends between reading the last
    // hash and inserting. Returns the new id.
    static Result<qint64> append(const QSqlDatabase& db, Table table, const QVariantList& values);

    // append() for many rows in one write transaction (an import batch): the insert is
    // prepared once and the last row's id and hash are remembered between rows, so each row
    // costs one INSERT. Only valid while the transaction lasts (no other writer can append
    // meanwhile): call reset() at the start of each transaction.
    class Appender
    {
    public:
        Appender(const QSqlDatabase& db, Table table);
        void reset() { m_last.reset(); }
        Result<qint64> append(const QVariantList& values);

    private:
        QSqlDatabase m_db;
        Table m_table;
        QSqlQuery m_insert;
        bool m_prepared = false;
        std::optional<std::pair<qint64, QByteArray>> m_last; // id and raw hash of the last row
    };

    // Schema 7's C++ step: hashes every row, in id order, of both tables (rows written
    // before the chain existed). Runs inside the migration's transaction. SQLite only (it
    // lifts the guard triggers through sqlite_master): every PostgreSQL schema is chained
    // from its first row, and Database::migrate() runs C++ steps for SQLite only.
    static VoidResult sealExisting(const QSqlDatabase& db);
};
