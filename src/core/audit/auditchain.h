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
// Version 2 (lead_events from SQLite schema 11 / PostgreSQL schema 7 on; account_log stays
// at version 1): the same, starting "leadintake-audit-v2", except that detail is encoded as
//     NULL 0x00, else 0x03 then the 32 raw bytes of SHA-256(UTF-8 of detail)
// so that erasing a lead can blank a row's detail and keep only its digest (the column
// detail_sha256, hex) without changing the row's hash: the chain still verifies, and the
// erasure itself is a new row (kind 'erased', the tombstone), never a gap. The migration to
// version 2 re-seals the rows once their version-1 chain has been checked intact.
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

    enum class Encoding { V1, V2 };
    static constexpr int kDigestSchemaSqlite = 11; // lead_events hashed with Encoding::V2
    static constexpr int kDigestSchemaPostgres = 7;

    static QString tableName(Table table);
    // The chained columns after id, in the encoding's order (what append() takes).
    static QStringList columns(Table table);

    // The hash (32 raw bytes) of one row: `values` holds id followed by columns(table).
    // previousHash is the row before's 32 raw bytes, or empty for the first row.
    // encoding: V2 applies to lead_events only. blankedDigest: an erased row's stored digest
    // (32 raw bytes), which stands for its (now NULL) detail.
    static QByteArray rowHash(Table table, const QByteArray& previousHash, const QVariantList& values,
                              Encoding encoding = Encoding::V2, const QByteArray& blankedDigest = {});
    // SHA-256 (32 raw bytes) of a detail's UTF-8: what version 2 hashes and erasure keeps.
    static QByteArray detailDigest(const QString& detail);
    // The encoding lead_events rows get in this database (by its schema version).
    static Result<Encoding> leadEventsEncoding(const QSqlDatabase& db);

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

    // SQLite schema 11's and PostgreSQL schema 7's C++ step: checks lead_events' version-1
    // chain and re-hashes every row with version 2, in id order, inside the migration's
    // transaction. A broken version-1 chain stops the upgrade (re-sealing it would launder
    // the tampering): the error names the row, and the database stays as it was.
    static VoidResult resealWithDigests(const QSqlDatabase& db);
};
