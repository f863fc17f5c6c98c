#include "dailybackup.h"

#include "database.h"
#include "databasebackup.h"
#include "firmsettings.h"
#include "logging.h"
#include "privatefiles.h"
#include "sqldialect.h"

#include <QDir>
#include <QFile>

bool DailyBackup::isDue(const QDateTime& now, const QDateTime& lastDone, const QTime& at)
{
    const QDateTime dueToday(now.date(), at.isValid() ? at : QTime(12, 0));
    return now >= dueToday && (!lastDone.isValid() || lastDone < dueToday);
}

QDateTime DailyBackup::lastDone(const QSqlDatabase& db)
{
    const QDateTime stored = QDateTime::fromString(FirmSettings(db).text(FirmSettings::Key::BackupLastDone),
                                                   Qt::ISODate);
    return stored.isValid() ? stored.toLocalTime() : QDateTime();
}

int DailyBackup::prune(const QString& folder, int keep)
{
    QDir dir(folder);
    QStringList files = dir.entryList({ filePrefix() + QStringLiteral("*.sqlite") }, QDir::Files, QDir::Name);
    int removed = 0;
    // The names carry the date and time, so name order is age order.
    while (files.size() > std::max(keep, 1)) {
        if (QFile::remove(dir.filePath(files.takeFirst())))
            ++removed;
    }
    return removed;
}

Result<std::optional<QString>> DailyBackup::runIfDue(const QSqlDatabase& db, const QDateTime& now)
{
    if (SqlDialect(db).isPostgres())
        return std::optional<QString>();
    FirmSettings settings(db);
    const QString folder = settings.text(FirmSettings::Key::BackupFolder);
    if (!settings.flag(FirmSettings::Key::BackupDaily) || folder.isEmpty())
        return std::optional<QString>();
    const QTime at = QTime::fromString(settings.text(FirmSettings::Key::BackupTime), QStringLiteral("HH:mm"));
    if (!isDue(now, lastDone(db), at))
        return std::optional<QString>();
    {
        // The claim: one desk at a time reads and writes it.
        WriteTransaction transaction(db);
        if (const Error* error = transaction.error())
            return *error;
        if (!isDue(now, lastDone(db), at))
            return std::optional<QString>();
        const QDateTime claimed = QDateTime::fromString(settings.text(FirmSettings::Key::BackupClaimed), Qt::ISODate);
        if (claimed.isValid() && claimed.secsTo(now) < kClaimMinutes * 60 && claimed.secsTo(now) >= 0)
            return std::optional<QString>();
        if (const VoidResult saved = settings.setValue(FirmSettings::Key::BackupClaimed,
                                                       now.toUTC().toString(Qt::ISODate));
            !saved)
            return saved.error();
        if (const VoidResult committed = transaction.commit(); !committed)
            return committed.error();
    }
    if (const QString problem = PrivateFiles::makeFolder(folder); !problem.isEmpty())
        return Error { Error::Code::Io,
                       tr("Cannot create the backup folder %1: %2").arg(QDir::toNativeSeparators(folder), problem) };
    const QString file = QDir(folder).filePath(filePrefix() + now.toString(QStringLiteral("yyyyMMdd-HHmmss"))
                                               + QStringLiteral(".sqlite"));
    const Result<DatabaseBackup::Report> written = DatabaseBackup::backup(db, file, false);
    if (!written)
        return written.error();
    if (const VoidResult saved = settings.setValue(FirmSettings::Key::BackupLastDone,
                                                   now.toUTC().toString(Qt::ISODate));
        !saved)
        return saved.error();
    prune(folder, settings.number(FirmSettings::Key::BackupKeep));
    qCInfo(lcDb).noquote() << "daily backup written:" << file;
    return std::optional<QString>(file);
}
