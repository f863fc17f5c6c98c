#include "serverbackup.h"

#include "auditverifier.h"
#include "database.h"
#include "filetarget.h"
#include "logging.h"
#include "privatefiles.h"
#include "sqldialect.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>

namespace {

DatabaseBackup::Counts sorted(DatabaseBackup::Counts counts)
{
    std::sort(counts.begin(), counts.end());
    return counts;
}

QString temporaryBeside(const QString& file)
{
    const QFileInfo info(file);
    return info.absoluteDir().filePath(QStringLiteral(".%1.partial-%2")
                                           .arg(info.fileName())
                                           .arg(QRandomGenerator::global()->generate64(), 16, 16,
                                               QLatin1Char('0')));
}

Error sqlError(const QString& what, const QSqlError& error)
{
    return Error { Error::Code::Database, what + QStringLiteral(": ") + error.text() };
}

// "COPY public.lead_events (id, ...) FROM stdin;" -> "lead_events"
QString copiedTable(const QByteArray& line)
{
    QByteArray name = line.mid(5, line.indexOf(" (") - 5);
    if (name.startsWith("public."))
        name = name.mid(7);
    if (name.startsWith('"') && name.endsWith('"'))
        name = name.mid(1, name.size() - 2);
    return QString::fromUtf8(name);
}

} // namespace

QString ServerBackup::toolPath(const QString& tool)
{
    const QString fromEnv = qEnvironmentVariable("LEADINTAKE_PG_BINDIR");
    if (!fromEnv.isEmpty())
        return QDir(fromEnv).filePath(tool);
    // Debian's layout: a pg_dump no older than the server (15 for the office's server).
    QStringList versions = QDir(QStringLiteral("/usr/lib/postgresql")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    std::sort(versions.begin(), versions.end(), [](const QString& a, const QString& b) { return a.toInt() > b.toInt(); });
    for (const QString& version : std::as_const(versions)) {
        const QString path = QStringLiteral("/usr/lib/postgresql/%1/bin/%2").arg(version, tool);
        if (QFileInfo(path).isExecutable())
            return path;
    }
    return QStandardPaths::findExecutable(tool);
}

VoidResult ServerBackup::run(const QString& tool, const QStringList& arguments, const DatabaseTarget* target,
                             QByteArray* output, int timeoutMs)
{
    const QString path = toolPath(tool);
    if (path.isEmpty() || !QFileInfo(path).isExecutable())
        return Error { Error::Code::Io, tr("%1 is not installed (Debian package postgresql-client).").arg(tool) };
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    if (target && target->hasPassword())
        environment.insert(QStringLiteral("PGPASSWORD"), target->password());
    process.setProcessEnvironment(environment);
    process.setProcessChannelMode(output ? QProcess::SeparateChannels : QProcess::MergedChannels);
    process.start(path, arguments);
    if (!process.waitForStarted())
        return Error { Error::Code::Io, tr("Cannot run %1: %2").arg(path, process.errorString()) };
    QByteArray collected;
    while (process.state() != QProcess::NotRunning) {
        process.waitForReadyRead(std::min(timeoutMs, 1000));
        collected += process.readAllStandardOutput();
    }
    collected += process.readAllStandardOutput();
    const QByteArray errors = output ? process.readAllStandardError() : QByteArray();
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        const QByteArray words = (output ? errors : collected).trimmed();
        return Error { Error::Code::Database,
                       tr("%1 failed: %2").arg(tool, QString::fromLocal8Bit(words.left(2000))) };
    }
    if (output)
        *output = collected;
    return Done {};
}

Result<ServerBackup::Report> ServerBackup::check(const QString& file)
{
    const QFileInfo info(file);
    const QString shown = QDir::toNativeSeparators(file);
    if (!info.isFile())
        return Error { Error::Code::Invalid, tr("There is no file %1.").arg(shown) };
    QByteArray list;
    if (const VoidResult listed = run(QStringLiteral("pg_restore"), { QStringLiteral("--list"), info.absoluteFilePath() },
                                      nullptr, &list);
        !listed)
        return Error { Error::Code::Invalid,
                       tr("%1 is not a readable PostgreSQL backup (%2).").arg(shown, listed.error().message) };
    for (const char* table : { "leads", "lead_events", "resumes", "settings", "schema_migrations" }) {
        if (!list.contains(QByteArray(QByteArray("TABLE DATA public ") + table + ' ')))
            return Error { Error::Code::Invalid,
                           tr("%1 is a PostgreSQL backup but not of a Lead Intake database.").arg(shown) };
    }
    // Every row of the data, read back: a truncated or damaged dump fails here.
    QByteArray data;
    if (const VoidResult read = run(QStringLiteral("pg_restore"),
                                    { QStringLiteral("--data-only"), QStringLiteral("--file=-"), info.absoluteFilePath() },
                                    nullptr, &data);
        !read)
        return Error { Error::Code::Invalid, tr("%1 is damaged (%2).").arg(shown, read.error().message) };
    Report report;
    report.bytes = info.size();
    QString table;
    qint64 rows = 0;
    qsizetype start = 0;
    while (start < data.size()) {
        qsizetype end = data.indexOf('\n', start);
        if (end < 0)
            end = data.size();
        const QByteArray line = data.mid(start, end - start);
        start = end + 1;
        if (table.isEmpty()) {
            if (line.startsWith("COPY ")) {
                table = copiedTable(line);
                rows = 0;
            }
            continue;
        }
        if (line == "\\.") {
            report.counts.append({ table, rows });
            table.clear();
            continue;
        }
        ++rows;
        if (table == QLatin1String("schema_migrations"))
            report.schemaVersion = std::max(report.schemaVersion, line.left(line.indexOf('\t')).toInt());
    }
    report.counts = sorted(report.counts);
    const int latest = Database::latestSchemaVersion(SqlDialect::Backend::PostgreSql);
    if (report.schemaVersion > latest)
        return Error { Error::Code::Invalid,
                       tr("%1 was written by a newer Lead Intake (schema %2; this version knows up to %3). "
                          "Restore it with that version.")
                           .arg(shown)
                           .arg(report.schemaVersion)
                           .arg(latest) };
    if (report.schemaVersion < 1)
        return Error { Error::Code::Invalid, tr("%1 has no schema version.").arg(shown) };
    return report;
}

Result<ServerBackup::Report> ServerBackup::backup(const QSqlDatabase& db, const DatabaseTarget& target,
                                                  const QString& file, bool overwrite)
{
    const QString path = QFileInfo(file).absoluteFilePath();
    if (const VoidResult writable = FileTarget::checkWritableTarget(path, overwrite); !writable)
        return writable.error();
    const QString temporary = temporaryBeside(path);
    if (const QString problem = PrivateFiles::createFile(temporary); !problem.isEmpty())
        return Error { Error::Code::Io, tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(temporary), problem) };
    const auto failed = [&temporary](Error error) -> Result<Report> {
        QFile::remove(temporary);
        return error;
    };

    DatabaseBackup::Counts counts;
    qint64 auditRows = 0;
    {
        // The dump is of this transaction's snapshot: its counts and chains are the dump's.
        QSqlQuery query(db);
        if (!query.exec(QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY"))
            || !query.exec(QStringLiteral("SELECT pg_export_snapshot()")) || !query.next())
            return failed(sqlError(tr("Cannot start reading the database"), query.lastError()));
        const QString snapshot = query.value(0).toString();
        query.finish();
        const auto rollback = [&db] { QSqlQuery(db).exec(QStringLiteral("ROLLBACK")); };
        Result<DatabaseBackup::Counts> before = DatabaseBackup::rowCounts(db);
        if (!before) {
            rollback();
            return failed(before.error());
        }
        const Result<AuditVerifier::Report> audit = AuditVerifier(db).verify();
        if (!audit || !audit->intact()) {
            rollback();
            return failed(audit ? Error { Error::Code::Database,
                                          tr("The recorded history was changed (%1); no backup was written.")
                                              .arg(audit->summary()) }
                                : audit.error());
        }
        auditRows = audit->rowsChecked;
        const VoidResult dumped = run(QStringLiteral("pg_dump"),
                                      { QStringLiteral("--format=custom"), QStringLiteral("--snapshot=") + snapshot,
                                        QStringLiteral("--file=") + temporary,
                                        QStringLiteral("--dbname=") + target.libpqConnectionString() },
                                      &target);
        rollback();
        if (!dumped)
            return failed(dumped.error());
        counts = sorted(before.value());
    }
    Result<Report> checked = check(temporary);
    if (!checked)
        return failed(Error { Error::Code::Database,
                              tr("The dump failed its check; no backup was written: %1").arg(checked.error().message) });
    if (checked->counts != counts)
        return failed(Error { Error::Code::Database,
                              tr("The dump's row counts (%1) differ from the database's (%2); no backup was written.")
                                  .arg(DatabaseBackup::countsText(checked->counts), DatabaseBackup::countsText(counts)) });
    if (std::rename(QFile::encodeName(temporary).constData(), QFile::encodeName(path).constData()) != 0)
        return failed(Error { Error::Code::Io, tr("Cannot rename the dump to %1: %2")
                                                   .arg(QDir::toNativeSeparators(path),
                                                       QString::fromLocal8Bit(std::strerror(errno))) });
    Report report = checked.value();
    report.auditRows = auditRows;
    qCInfo(lcDb).noquote() << "backup written:" << path << report.summary();
    return report;
}

Result<ServerBackup::Report> ServerBackup::restore(const QSqlDatabase& db, const DatabaseTarget& target,
                                                   const QString& file, const QDateTime& now)
{
    Result<Report> checked = check(file);
    if (!checked)
        return checked.error();
    const QString stamp = QFileInfo(file).absoluteDir().filePath(
        QStringLiteral("%1.replaced-%2")
            .arg(target.databaseName().isEmpty() ? QStringLiteral("leadintake") : target.databaseName(),
                now.toString(QStringLiteral("yyyyMMdd-HHmmss"))));
    QString kept = stamp + QStringLiteral(".dump");
    for (int n = 2; QFileInfo::exists(kept); ++n)
        kept = stamp + QStringLiteral("-%1.dump").arg(n);
    Result<Report> keptReport = backup(db, target, kept, false);
    if (!keptReport)
        return Error { keptReport.error().code,
                       tr("The current database could not be kept, so nothing was restored: %1")
                           .arg(keptReport.error().message) };
    // The extensions stay as they are (dropping them needs a superuser, and they are the
    // same ones): everything else is dropped and made again, in one transaction.
    QByteArray list;
    if (const VoidResult listed = run(QStringLiteral("pg_restore"), { QStringLiteral("--list"), QFileInfo(file).absoluteFilePath() },
                                      nullptr, &list);
        !listed)
        return listed.error();
    QByteArray keptList;
    for (const QByteArray& line : list.split('\n')) {
        if (!line.contains(" EXTENSION ") && !line.contains(" COMMENT - EXTENSION "))
            keptList += line + '\n';
    }
    const QString listFile = QFileInfo(kept).absoluteDir().filePath(QStringLiteral(".restore-list-%1").arg(QRandomGenerator::global()->generate64(), 16, 16, QLatin1Char('0')));
    {
        QFile out(listFile);
        if (!out.open(QIODevice::WriteOnly) || out.write(keptList) != keptList.size())
            return Error { Error::Code::Io, tr("Cannot write %1: %2").arg(listFile, out.errorString()) };
    }
    const VoidResult restored = run(QStringLiteral("pg_restore"),
                                    { QStringLiteral("--clean"), QStringLiteral("--if-exists"),
                                      QStringLiteral("--single-transaction"), QStringLiteral("--exit-on-error"),
                                      QStringLiteral("--use-list=") + listFile,
                                      QStringLiteral("--dbname=") + target.libpqConnectionString(),
                                      QFileInfo(file).absoluteFilePath() },
                                    &target);
    QFile::remove(listFile);
    if (!restored)
        return Error { restored.error().code,
                       tr("%1 Nothing was restored (one transaction); the database is as it was.")
                           .arg(restored.error().message) };
    Report report = checked.value();
    report.keptAs = kept;
    Result<DatabaseBackup::Counts> after = DatabaseBackup::rowCounts(db);
    if (!after)
        return after.error();
    const Result<AuditVerifier::Report> audit = AuditVerifier(db).verify();
    if (sorted(after.value()) != report.counts || !audit || !audit->intact())
        return Error { Error::Code::Database,
                       tr("The restored database does not match the backup (%1); the replaced one is kept as %2.")
                           .arg(audit && audit->intact() ? DatabaseBackup::countsText(sorted(after.value()))
                                                         : (audit ? audit->summary() : audit.error().message),
                               QDir::toNativeSeparators(kept)) };
    report.auditRows = audit->rowsChecked;
    // The schema's triggers were made after the data went in: tell the desks once.
    QSqlQuery(db).exec(QStringLiteral("NOTIFY ") + SqlDialect(db).changeChannel());
    qCInfo(lcDb).noquote() << "restored" << target.displayText() << "from" << file << report.summary();
    return report;
}
