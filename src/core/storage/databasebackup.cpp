#include "databasebackup.h"

#include "auditverifier.h"
#include "database.h"
#include "filetarget.h"
#include "logging.h"
#include "privatefiles.h"
#include "sqldialect.h"

#include <QAtomicInteger>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <cerrno>
#include <cstdio>
#include <cstring>

#include <sqlite3.h>

namespace {

QString tr(const char* text)
{
    return DatabaseBackup::tr(text);
}

// The connection's own sqlite3 handle (Qt's QSQLITE driver hands it out as "sqlite3*").
sqlite3* handleOf(const QSqlDatabase& db)
{
    if (!db.isValid() || !db.driver())
        return nullptr;
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3* const*>(handle.constData());
}

QString sqliteMessage(sqlite3* db, int rc)
{
    return db ? QString::fromUtf8(sqlite3_errmsg(db)) : QString::fromUtf8(sqlite3_errstr(rc));
}

// A name beside `file` that nobody else uses, hidden, for a file written then renamed.
QString temporaryBeside(const QString& file, const QString& what)
{
    const QFileInfo info(file);
    return info.absoluteDir().filePath(QStringLiteral(".%1.%2-%3")
                                           .arg(info.fileName(), what)
                                           .arg(QRandomGenerator::global()->generate64(), 16, 16,
                                               QLatin1Char('0')));
}

void removeWithCompanions(const QString& path)
{
    for (const QString& suffix : { QString(), QStringLiteral("-journal"), QStringLiteral("-wal"),
                                   QStringLiteral("-shm") })
        QFile::remove(path + suffix);
}

// A raw sqlite3 connection, closed when it goes.
class RawConnection
{
public:
    RawConnection() = default;
    ~RawConnection()
    {
        if (m_db)
            sqlite3_close_v2(m_db);
    }
    RawConnection(const RawConnection&) = delete;
    RawConnection& operator=(const RawConnection&) = delete;

    VoidResult open(const QString& path, bool readOnly)
    {
        const int flags = readOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE;
        const int rc = sqlite3_open_v2(QFile::encodeName(path).constData(), &m_db, flags, nullptr);
        if (rc != SQLITE_OK)
            return Error { Error::Code::Io,
                           tr("Cannot open %1: %2").arg(QDir::toNativeSeparators(path), sqliteMessage(m_db, rc)) };
        sqlite3_busy_timeout(m_db, 10000);
        return Done {};
    }
    sqlite3* handle() const { return m_db; }

private:
    sqlite3* m_db = nullptr;
};

// One step of a copy (pages < 0: all that remain; 0: only take the destination's write
// lock). Another desk's write transaction on the destination: wait for it (the
// destination's busy timeout waits already; this covers a lock that outlives it briefly).
int stepWaiting(sqlite3_backup* backup, int pages)
{
    int rc = SQLITE_OK;
    for (int attempt = 0; attempt < 50; ++attempt) {
        rc = sqlite3_backup_step(backup, pages);
        if (rc != SQLITE_BUSY && rc != SQLITE_LOCKED)
            break;
        sqlite3_sleep(200);
    }
    return rc;
}

// Copies every page of src's main database into dest's, in one step: one read snapshot of
// the source (the caller's read transaction, if it has one open), one write transaction on
// the destination (so a failure leaves the destination as it was).
VoidResult copyPages(sqlite3* dest, sqlite3* src)
{
    sqlite3_backup* backup = sqlite3_backup_init(dest, "main", src, "main");
    if (!backup)
        return Error { Error::Code::Database, DatabaseBackup::tr("Cannot start the copy: %1").arg(sqliteMessage(dest, 0)) };
    const int rc = stepWaiting(backup, -1);
    const int finished = sqlite3_backup_finish(backup);
    if (rc != SQLITE_DONE)
        return Error { Error::Code::Database,
                       DatabaseBackup::tr("Copying the database failed: %1").arg(QString::fromUtf8(sqlite3_errstr(rc))) };
    if (finished != SQLITE_OK)
        return Error { Error::Code::Database, DatabaseBackup::tr("Copying the database failed: %1").arg(sqliteMessage(dest, finished)) };
    return Done {};
}

VoidResult exec(sqlite3* db, const char* sql)
{
    char* message = nullptr;
    const int rc = sqlite3_exec(db, sql, nullptr, nullptr, &message);
    if (rc == SQLITE_OK)
        return Done {};
    const QString text = message ? QString::fromUtf8(message) : QString::fromUtf8(sqlite3_errstr(rc));
    sqlite3_free(message);
    return Error { Error::Code::Database, text };
}

Error sqlError(const QString& what, const QSqlError& error)
{
    return Error { Error::Code::Database, what + QStringLiteral(": ") + error.text() };
}

QStringList tableNames(const QSqlDatabase& db, QString* problem)
{
    QSqlQuery query(db);
    const bool postgres = SqlDialect(db).isPostgres();
    const QString sql = postgres
        ? QStringLiteral("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' "
                         "AND table_type = 'BASE TABLE' ORDER BY table_name")
        : QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' "
                         "ESCAPE '\\' ORDER BY name");
    QStringList names;
    if (!query.exec(sql)) {
        *problem = query.lastError().text();
        return {};
    }
    while (query.next())
        names.append(query.value(0).toString());
    return names;
}

QString quoted(const QString& name)
{
    return QLatin1Char('"') + QString(name).replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
}

QAtomicInteger<quint64> fileConnections;

std::function<void()>& restoreHook()
{
    static std::function<void()> hook;
    return hook;
}

} // namespace

QString DatabaseBackup::Report::summary() const
{
    qint64 rows = 0;
    for (const auto& [table, count] : counts)
        rows += count;
    return tr("schema %1, %2 tables, %3 rows, audit chains intact (%4 rows)")
        .arg(schemaVersion)
        .arg(counts.size())
        .arg(rows)
        .arg(auditRows);
}

bool DatabaseBackup::sqliteLibraryMatches(const QSqlDatabase& db, QString* why)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT sqlite_version()")) || !query.next()) {
        if (why)
            *why = query.lastError().text();
        return false;
    }
    const QString plugin = query.value(0).toString();
    const QString linked = QString::fromLatin1(sqlite3_libversion());
    if (plugin != linked || !handleOf(db)) {
        if (why)
            *why = tr("Qt's SQLite plugin runs SQLite %1, this program links %2").arg(plugin, linked);
        return false;
    }
    return true;
}

Result<QString> DatabaseBackup::openFile(const QString& file, bool readOnly)
{
    const QString name = QStringLiteral("leadintake-backupfile-%1").arg(fileConnections.fetchAndAddRelaxed(1));
    QString problem;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(file);
        db.setConnectOptions(readOnly ? QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=10000")
                                      : QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
        if (!db.open())
            problem = db.lastError().text();
    }
    if (!problem.isEmpty()) {
        closeFile(name);
        return Error { Error::Code::Invalid,
                       tr("Cannot open %1: %2").arg(QDir::toNativeSeparators(file), problem) };
    }
    return name;
}

void DatabaseBackup::setRestoreHookForTests(std::function<void()> hook)
{
    restoreHook() = std::move(hook);
}

void DatabaseBackup::closeFile(const QString& connectionName)
{
    {
        QSqlDatabase db = QSqlDatabase::database(connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(connectionName);
}

QString DatabaseBackup::countsText(const Counts& counts)
{
    QStringList parts;
    for (const auto& [table, count] : counts)
        parts.append(QStringLiteral("%1 %2").arg(table).arg(count));
    return parts.join(QStringLiteral(", "));
}

Result<DatabaseBackup::Counts> DatabaseBackup::rowCounts(const QSqlDatabase& db)
{
    QString problem;
    const QStringList tables = tableNames(db, &problem);
    if (!problem.isEmpty())
        return Error { Error::Code::Database, tr("Cannot list the tables: %1").arg(problem) };
    Counts counts;
    QSqlQuery query(db);
    for (const QString& table : tables) {
        if (!query.exec(QStringLiteral("SELECT count(*) FROM %1").arg(quoted(table))) || !query.next())
            return sqlError(tr("Cannot count the rows of %1").arg(table), query.lastError());
        counts.append({ table, query.value(0).toLongLong() });
    }
    query.finish();
    return counts;
}

Result<QList<QPair<QString, QByteArray>>> DatabaseBackup::tableDigests(const QSqlDatabase& db)
{
    QString problem;
    const QStringList tables = tableNames(db, &problem);
    if (!problem.isEmpty())
        return Error { Error::Code::Database, tr("Cannot list the tables: %1").arg(problem) };
    QList<QPair<QString, QByteArray>> digests;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    for (const QString& table : tables) {
        // Every column in order, whatever the table's key (FTS shadow tables have none).
        if (!query.exec(QStringLiteral("SELECT * FROM %1 LIMIT 0").arg(quoted(table))))
            return sqlError(tr("Cannot read %1").arg(table), query.lastError());
        const int columns = query.record().count();
        QStringList order;
        for (int i = 1; i <= columns; ++i)
            order.append(QString::number(i));
        // SQLite: rowid order where the table has one (no sort); else every column in order.
        const bool byRowid = !SqlDialect(db).isPostgres()
            && query.exec(QStringLiteral("SELECT * FROM %1 ORDER BY rowid").arg(quoted(table)));
        if (!byRowid
            && !query.exec(QStringLiteral("SELECT * FROM %1 ORDER BY %2").arg(quoted(table), order.join(QLatin1Char(',')))))
            return sqlError(tr("Cannot read %1").arg(table), query.lastError());
        QCryptographicHash hash(QCryptographicHash::Sha256);
        while (query.next()) {
            for (int i = 0; i < columns; ++i) {
                const QVariant value = query.value(i);
                // Type, length and bytes: NULL, '' and 0 stay apart.
                const QByteArray bytes = value.isNull() ? QByteArray()
                    : value.typeId() == QMetaType::QByteArray ? value.toByteArray()
                                                              : value.toString().toUtf8();
                const QByteArray prefix = QByteArray::number(value.isNull() ? -1 : value.typeId()) + ':'
                    + QByteArray::number(bytes.size()) + ':';
                hash.addData(prefix);
                hash.addData(bytes);
            }
            hash.addData(QByteArrayView("\n"));
        }
        digests.append({ table, hash.result().toHex() });
    }
    query.finish();
    return digests;
}

Result<DatabaseBackup::Report> DatabaseBackup::check(const QString& file)
{
    const QFileInfo info(file);
    if (!info.exists())
        return Error { Error::Code::Invalid, tr("There is no file %1.").arg(QDir::toNativeSeparators(file)) };
    if (!info.isFile())
        return Error { Error::Code::Invalid, tr("%1 is not a file.").arg(QDir::toNativeSeparators(file)) };
    const Result<QString> opened = openFile(info.absoluteFilePath());
    if (!opened)
        return opened.error();
    Result<Report> result = checkOpen(QSqlDatabase::database(*opened, false), file, info.size());
    closeFile(*opened);
    return result;
}

Result<DatabaseBackup::Report> DatabaseBackup::checkOpen(const QSqlDatabase& db, const QString& file, qint64 bytes)
{
    const QString shown = QDir::toNativeSeparators(file);
    Report report;
    report.bytes = bytes;
    {
        QSqlQuery query(db);
        if (!query.exec(QStringLiteral("PRAGMA integrity_check"))) // a file that is not SQLite fails here
            return Result<Report>(Error { Error::Code::Invalid, tr("%1 is not a Lead Intake backup (%2).")
                                                          .arg(shown, query.lastError().databaseText()) });
        QStringList problems;
        while (query.next())
            problems.append(query.value(0).toString());
        if (problems != QStringList { QStringLiteral("ok") })
            return Result<Report>(Error { Error::Code::Invalid,
                                tr("%1 is damaged: the integrity check found %2 problem(s), the first: %3")
                                    .arg(shown)
                                    .arg(problems.size())
                                    .arg(problems.value(0)) });
        if (!query.exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name IN "
                                       "('leads', 'lead_events', 'resumes', 'settings')"))
            || !query.next())
            return Result<Report>(sqlError(tr("Cannot read %1").arg(shown), query.lastError()));
        const bool ours = query.value(0).toInt() == 4;
        if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
            return Result<Report>(sqlError(tr("Cannot read %1").arg(shown), query.lastError()));
        report.schemaVersion = query.value(0).toInt();
        if (!ours || report.schemaVersion < 1)
            return Result<Report>(Error { Error::Code::Invalid,
                                tr("%1 is a SQLite database but not a Lead Intake one (its leads, history, "
                                   "resumes and settings tables are missing).")
                                    .arg(shown) });
    }
    const int latest = Database::latestSchemaVersion(SqlDialect::Backend::Sqlite);
    if (report.schemaVersion > latest)
        return Result<Report>(Error { Error::Code::Invalid,
                            tr("%1 was written by a newer Lead Intake (schema %2; this version knows up to "
                               "%3). Restore it with that version.")
                                .arg(shown)
                                .arg(report.schemaVersion)
                                .arg(latest) });
    Result<Counts> counts = rowCounts(db);
    if (!counts)
        return Result<Report>(counts.error());
    report.counts = counts.value();
    // An older schema's chains are checked once it is brought up to date (restore does).
    if (report.schemaVersion == latest) {
        const Result<AuditVerifier::Report> audit = AuditVerifier(db).verify();
        if (!audit)
            return Result<Report>(audit.error());
        if (!audit->intact())
            return Result<Report>(Error { Error::Code::Invalid,
                                tr("%1: the recorded history in it was changed (%2).").arg(shown, audit->summary()) });
        report.auditRows = audit->rowsChecked;
    }
    return Result<Report>(report);
}

Result<DatabaseBackup::Report> DatabaseBackup::backup(const QSqlDatabase& source, const QString& file,
                                                      bool overwrite)
{
    sqlite3* src = handleOf(source);
    if (!src)
        return Error { Error::Code::Invalid, tr("This database is not a SQLite file.") };
    const QString target = QFileInfo(file).absoluteFilePath();
    if (const VoidResult writable = FileTarget::checkWritableTarget(target, overwrite); !writable)
        return writable.error();
    if (!QFileInfo(QFileInfo(target).absolutePath()).isDir())
        return Error { Error::Code::Io, tr("The folder %1 does not exist.")
                                            .arg(QDir::toNativeSeparators(QFileInfo(target).absolutePath())) };
    const QString temporary = temporaryBeside(target, QStringLiteral("partial"));
    if (const QString problem = PrivateFiles::createFile(temporary); !problem.isEmpty())
        return Error { Error::Code::Io,
                       tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(temporary), problem) };
    const auto failed = [&temporary](Error error) -> Result<Report> {
        removeWithCompanions(temporary);
        return error;
    };

    Counts counts;
    {
        RawConnection dest;
        if (const VoidResult opened = dest.open(temporary, false); !opened)
            return failed(opened.error());
        // One read transaction of our own: the counts and the pages come from the same
        // snapshot, while the other desks keep committing (WAL: readers never block writers).
        QSqlQuery query(source);
        if (!query.exec(QStringLiteral("BEGIN")))
            return failed(sqlError(tr("Cannot start reading the database"), query.lastError()));
        Result<Counts> before = rowCounts(source);
        VoidResult copied = before ? copyPages(dest.handle(), src) : VoidResult(before.error());
        query.exec(QStringLiteral("COMMIT"));
        query.finish();
        if (!copied)
            return failed(copied.error());
        counts = before.value();
        // One self-contained file: the copy keeps no -wal beside it.
        if (const VoidResult mode = exec(dest.handle(), "PRAGMA journal_mode=DELETE"); !mode)
            return failed(mode.error());
    }
    Result<Report> checked = check(temporary);
    if (!checked)
        return failed(Error { Error::Code::Database,
                              tr("The copy failed its check; no backup was written: %1").arg(checked.error().message) });
    if (checked->counts != counts)
        return failed(Error { Error::Code::Database,
                              tr("The copy's row counts (%1) differ from the database's (%2); no backup was "
                                 "written.")
                                  .arg(countsText(checked->counts), countsText(counts)) });
    if (std::rename(QFile::encodeName(temporary).constData(), QFile::encodeName(target).constData()) != 0)
        return failed(Error { Error::Code::Io, tr("Cannot rename the copy to %1: %2")
                                                   .arg(QDir::toNativeSeparators(target),
                                                       QString::fromLocal8Bit(std::strerror(errno))) });
    qCInfo(lcDb).noquote() << "backup written:" << target << checked->summary();
    return checked;
}

Result<DatabaseBackup::Report> DatabaseBackup::restore(const QSqlDatabase& live, const QString& livePath,
                                                       const QString& file, const QDateTime& now)
{
    sqlite3* dest = handleOf(live);
    if (!dest)
        return Error { Error::Code::Invalid, tr("This database is not a SQLite file.") };
    const QString shown = QDir::toNativeSeparators(file);
    Result<Report> checked = check(file);
    if (!checked)
        return checked.error();

    // A copy to work on beside the live file: brought up to this build's schema, then its
    // audit chains walked, before anything live is touched.
    const QString working = temporaryBeside(livePath, QStringLiteral("restore"));
    if (const QString problem = PrivateFiles::createFile(working); !problem.isEmpty())
        return Error { Error::Code::Io,
                       tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(working), problem) };
    const auto failed = [&working](Error error) -> Result<Report> {
        removeWithCompanions(working);
        return error;
    };
    {
        RawConnection from;
        RawConnection to;
        if (const VoidResult opened = from.open(QFileInfo(file).absoluteFilePath(), true); !opened)
            return failed(opened.error());
        if (const VoidResult opened = to.open(working, false); !opened)
            return failed(opened.error());
        if (const VoidResult copied = copyPages(to.handle(), from.handle()); !copied)
            return failed(copied.error());
    }
    Report report;
    {
        Result<Database> upgraded = Database::open(working);
        if (!upgraded)
            return failed(Error { Error::Code::Invalid,
                                  tr("%1 cannot be brought up to date: %2").arg(shown, upgraded.error().message) });
        const Result<AuditVerifier::Report> audit = AuditVerifier(upgraded->connection()).verify();
        if (!audit)
            return failed(audit.error());
        if (!audit->intact())
            return failed(Error { Error::Code::Invalid,
                                  tr("%1: the recorded history in it was changed (%2).").arg(shown, audit->summary()) });
        Result<Counts> counts = rowCounts(upgraded->connection());
        if (!counts)
            return failed(counts.error());
        report.schemaVersion = upgraded->schemaVersion();
        report.counts = counts.value();
        report.auditRows = audit->rowsChecked;
        report.bytes = checked->bytes;
        QSqlQuery(upgraded->connection()).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    }

    // The copy into the live file is started first: its first step takes the live file's
    // write lock, held until the copy ends. What it replaces is copied while it is held, so
    // no desk can commit in between (a desk saving then waits, and its lead lands in the
    // restored database); before, such a lead ended up in neither file.
    RawConnection from;
    if (const VoidResult opened = from.open(working, true); !opened)
        return failed(opened.error());
    sqlite3_backup* into = sqlite3_backup_init(dest, "main", from.handle(), "main");
    if (!into)
        return failed(Error { Error::Code::Database, tr("Cannot start the copy: %1").arg(sqliteMessage(dest, 0)) });
    const auto abandon = [&](Error error) -> Result<Report> {
        sqlite3_backup_finish(into); // rolls back the live file's write transaction: unchanged
        return failed(std::move(error));
    };
    if (const int rc = stepWaiting(into, 0); rc != SQLITE_OK)
        return abandon(Error { Error::Code::Database,
                               tr("The database is busy (%1); nothing was restored.").arg(QString::fromUtf8(sqlite3_errstr(rc))) });

    // What is replaced is kept, checked like any backup, read through a connection of its
    // own (WAL: it reads the last commit while the write lock is held).
    // Two restores within a second keep both replaced files.
    const QString stamp = livePath + QStringLiteral(".replaced-") + now.toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString kept = stamp;
    for (int n = 2; QFileInfo::exists(kept) || QFileInfo(kept).isSymLink(); ++n)
        kept = stamp + QStringLiteral("-%1").arg(n);
    Result<Report> keptReport = Error { Error::Code::Io, QString() };
    if (const Result<QString> reader = openFile(livePath); !reader) {
        keptReport = reader.error();
    } else {
        keptReport = backup(QSqlDatabase::database(*reader, false), kept, false);
        closeFile(*reader);
    }
    if (!keptReport)
        return abandon(Error { keptReport.error().code,
                               tr("The current database could not be kept, so nothing was restored: %1")
                                   .arg(keptReport.error().message) });
    report.keptAs = kept;
    if (restoreHook())
        restoreHook()();

    // Into the live file, as one write transaction of this connection: the other desks'
    // connections see a commit (data_version and the schema cookie change) and reload.
    const int rc = stepWaiting(into, -1);
    const int finished = sqlite3_backup_finish(into);
    if (rc != SQLITE_DONE || finished != SQLITE_OK)
        return failed(Error { Error::Code::Database,
                              tr("Copying the database failed: %1").arg(QString::fromUtf8(sqlite3_errstr(rc != SQLITE_DONE ? rc : finished)))
                                  + QLatin1Char(' ') + tr("Nothing was restored; the database is as it was.") });
    removeWithCompanions(working);
    QSqlQuery query(live);
    if (!query.exec(QStringLiteral("PRAGMA quick_check")) || !query.next()
        || query.value(0).toString() != QLatin1String("ok"))
        return Error { Error::Code::Database,
                       tr("The restored database fails its check (%1); the replaced one is kept as %2.")
                           .arg(query.value(0).toString(), QDir::toNativeSeparators(kept)) };
    query.finish();
    qCInfo(lcDb).noquote() << "restored" << livePath << "from" << file << report.summary();
    return report;
}
