#pragma once

#include "auditverifier.h"
#include "error.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <functional>

// Moves a desk's SQLite database into the firm's PostgreSQL server (`leadintake migrate-to`,
// issue 10 item 7): every table the two schemas share, row for row, ids kept (the history,
// the outbox and the audit chain point at them).
//
// - The source is opened read-only (SQLITE_OPEN_READONLY, query_only) and read in one
//   snapshot for the whole run: it is never changed, not even migrated, so it must already
//   be at this build's latest SQLite schema.
// - Rows go in key order, in batches; each batch is one write transaction on the server
//   (the writers' advisory lock) that first reads the highest key already there. A run
//   killed at any point leaves whole batches only, and the next run continues after the
//   last one: every row is copied exactly once.
// - Before writing anything, the rows already on the server must be exactly the first rows
//   of the source (an earlier, interrupted run): anything else (leads this desk does not
//   have, a lead with the same id but other values) is refused and nothing is written.
// - At the end the identity sequences are set past the highest ids, and each table's row
//   count and checksum (SHA-256 over every row's canonical values in key order, computed by
//   the same C++ on both sides) are compared, then the audit chain is verified on the server.
// - The nickname table is not copied row for row: both schemas start it with the built-in
//   pairs, so only the firm's own pairs (the desk's rows that are not built in) are added,
//   and compared the same way (TableReport "nicknames", the last).
// Passwords are copied as the Argon2id hashes they are; `migrate-to` then gives each such
// account a one-time code (its login role on the server), see src/app/commands/migrateto.cpp.
class SqliteToServer
{
    Q_DECLARE_TR_FUNCTIONS(SqliteToServer)

public:
    struct TableReport
    {
        QString table;
        qint64 sourceRows = 0;
        qint64 alreadyOnServer = 0; // copied by an earlier, interrupted run
        qint64 copied = 0; // by this run
        qint64 serverRows = 0; // after the run
        QByteArray sourceChecksum; // SHA-256, 32 raw bytes
        QByteArray serverChecksum;
        bool matches() const { return sourceRows == serverRows && sourceChecksum == serverChecksum; }
    };

    struct Report
    {
        QList<TableReport> tables;
        qint64 rowsCopied = 0;
        qint64 msecs = 0;
        AuditVerifier::Report audit; // of the server, after the copy
    };

    // After each committed batch, and once more when a table is done (done = true).
    using Progress = std::function<void(const TableReport& table, bool done)>;

    // sourcePath: the desk's SQLite file. target: an open, migrated PostgreSQL connection
    // (Database::open of a postgresql:// URL).
    SqliteToServer(QString sourcePath, QSqlDatabase target);

    // The tables copied, in the order they are copied (parents before children).
    static QStringList tableNames();

    // Rows per batch (one server transaction each); resumes are also capped by bytes.
    void setBatchRows(int rows) { m_batchRows = qMax(1, rows); }

    // Errors: Invalid when the source or the server is not one this can copy (nothing was
    // written), Conflict when someone else wrote to a table while it was being copied,
    // Database/Io when reading or writing failed (whole batches stay; run again).
    Result<Report> run(const Progress& progress = {});

private:
    QString m_sourcePath;
    QSqlDatabase m_target;
    int m_batchRows = 1000;
};
