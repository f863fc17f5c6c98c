#pragma once

#include "databasebackup.h"
#include "databasetarget.h"
#include "error.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

// Backup and restore in office mode (PostgreSQL): PostgreSQL's own pg_dump (custom format)
// and pg_restore, with the same checks as a desk's SQLite backup (DatabaseBackup).
// - backup: our own REPEATABLE READ transaction exports its snapshot; pg_dump --snapshot
//   dumps exactly that snapshot, so the row counts and the audit chain walked in it are the
//   dump's. The dump is then read back (pg_restore --list parses it; its data is streamed
//   and counted per table) before it is renamed into place, 0600.
// - restore: the file is checked first (parses, is Lead Intake's, schema not newer); the
//   current database is dumped to "<database>.replaced-YYYYMMDD-HHMMSS.dump" beside the
//   backup; pg_restore --clean --single-transaction replaces it in one transaction; then the
//   counts are compared and the audit chains walked, and the desks are told (NOTIFY).
// The tools are found like the tests' server: LEADINTAKE_PG_BINDIR, else the newest
// /usr/lib/postgresql/N/bin, else PATH. The password never goes in their arguments.
class ServerBackup
{
    Q_DECLARE_TR_FUNCTIONS(ServerBackup)

public:
    ServerBackup() = delete;

    using Report = DatabaseBackup::Report;

    static QString toolPath(const QString& tool);

    static Result<Report> backup(const QSqlDatabase& db, const DatabaseTarget& target, const QString& file,
                                 bool overwrite);
    // Reads the dump through pg_restore without touching any database.
    static Result<Report> check(const QString& file);
    static Result<Report> restore(const QSqlDatabase& db, const DatabaseTarget& target, const QString& file,
                                  const QDateTime& now = QDateTime::currentDateTime());

private:
    // Runs a tool with the target's password in its environment; *output gets its
    // standard output when given. An error carries the tool's own words.
    static VoidResult run(const QString& tool, const QStringList& arguments, const DatabaseTarget* target,
                          QByteArray* output = nullptr, int timeoutMs = 3600 * 1000);
};
