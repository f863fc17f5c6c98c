#pragma once

#include "error.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QSqlDatabase>
#include <QString>

#include <functional>

class Database;

// Backup and restore of a desk's SQLite database while other desks keep writing (issue 13,
// part 3). Both directions use SQLite's online backup API (sqlite3_backup_*) on the
// connection's own handle (QSqlDatabase::driver()->handle(): Debian's Qt SQLite plugin and
// this program link the same system libsqlite3, checked by sqliteLibraryMatches()).
//
// Why the backup API and not VACUUM INTO: both copy one read snapshot, so both are
// consistent; but only the backup API can also write *into* a live database (the restore),
// where every other connection sees the new content as an ordinary commit (data_version and
// the schema cookie change, so open desks reload instead of reading a swapped file). One
// mechanism both ways, and the backup step runs inside our own read transaction, so the
// row counts taken in that transaction are the copy's exact counts.
//
// Resumes are rows of the `resumes` table (BLOBs), so a copy of the database holds them;
// the files under ResumeCopies are throwaway copies for the PDF viewer and are not backed up.
class DatabaseBackup
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseBackup)

public:
    DatabaseBackup() = delete;

    using Counts = QList<QPair<QString, qint64>>; // table, rows; in table name order

    // What a check of a backup found (all of it passed, or the check returned an Error).
    struct Report
    {
        int schemaVersion = 0;
        Counts counts;
        qint64 auditRows = 0; // rows of the hash chains walked
        QString keptAs; // restore: where the replaced database was kept
        qint64 bytes = 0;
        // "schema 7; 3 tables ...": one line for people.
        QString summary() const;
    };

    // True when the SQLite library this program links is the one the Qt plugin runs
    // (same version string from both sides): the handle can then be used with it.
    static bool sqliteLibraryMatches(const QSqlDatabase& db, QString* why = nullptr);

    // Copies the database `source` is connected to into `file` (written under a temporary
    // name beside it, checked, then renamed over it; 0600). overwrite: replace an existing
    // regular file. The copy is a single self-contained file (rollback journal mode).
    static Result<Report> backup(const QSqlDatabase& source, const QString& file, bool overwrite);

    // Checks a backup file without changing it: a SQLite database that passes
    // integrity_check, with Lead Intake's tables, a schema no newer than this build's, and
    // intact audit chains. Error::Code::Invalid says what is wrong.
    static Result<Report> check(const QString& file);

    // Replaces the content of the live database `live` is connected to with the backup
    // `file`, after check(): the current content is first copied to
    // "<database>.replaced-YYYYMMDD-HHMMSS"; a backup of an older schema is brought up to
    // date on a temporary copy first. The copy goes *into* the live file through the backup
    // API, so other connections (other desks) see one commit and reload. On any error
    // before the copy into the live file, nothing was changed.
    static Result<Report> restore(const QSqlDatabase& live, const QString& livePath, const QString& file,
                                  const QDateTime& now = QDateTime::currentDateTime());

    // Rows per table (every table of the schema but SQLite's own), in one read.
    static Result<Counts> rowCounts(const QSqlDatabase& db);
    // A SHA-256 over every row of every table (by rowid), per table: for tests and checks
    // that two databases hold the same data.
    static Result<QList<QPair<QString, QByteArray>>> tableDigests(const QSqlDatabase& db);
    static QString countsText(const Counts& counts);

    // Opens a file (read-only by default) under a connection name of its own, returned; use
    // it with QSqlDatabase::database(name, false) and close it with closeFile(name) once
    // every QSqlDatabase and query on it is gone.
    static Result<QString> openFile(const QString& file, bool readOnly = true);
    static void closeFile(const QString& connectionName);

    // Tests only: called by restore() after the replaced database was copied and before the
    // backup goes into the live file (where another desk's save used to be lost).
    static void setRestoreHookForTests(std::function<void()> hook);

private:
    static Result<Report> checkOpen(const QSqlDatabase& db, const QString& file, qint64 bytes);
};
