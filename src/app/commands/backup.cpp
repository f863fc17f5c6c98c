// backup: a checked copy of the live database (SQLite: the online backup API; office mode:
// pg_dump), written under a temporary name and renamed into place.
#include "commandline.h"
#include "common.h"
#include "console.h"
#include "databasebackup.h"
#include "firmsettings.h"
#include "handlers.h"
#include "serverbackup.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QDir>

namespace CommandLine {

Syntax backupSyntax()
{
    return { { { QStringLiteral("force"), tr("Replace FILE if it exists.") } },
        { { QStringLiteral("file"), tr("Where to write the backup (SQLite: a database file; office mode: a "
                                       "pg_dump custom-format file).") } } };
}

int backup(Context& context)
{
    if (context.arguments.isEmpty() || context.arguments.constFirst().isEmpty())
        return usage(context, tr("backup needs a file, as in: leadintake backup leads-backup.sqlite"));
    int code = Success;
    if (tooManyArguments(context, 1, &code))
        return code;
    const QString file = context.arguments.constFirst();
    const bool overwrite = context.parser.isSet(QStringLiteral("force"));
    if (!overwrite && QFileInfo::exists(file))
        return usage(context, tr("%1 already exists; nothing was written. Add --force to replace it.").arg(file));

    const Result<DatabaseTarget> named = DatabaseTarget::parse(databaseText(context));
    if (!named)
        return usage(context, named.error().message);
    // pg_dump reads every table: it runs as the --database URL's login (IT's).
    const std::optional<Database> database = openAsTheUrlsLogin(context, *named, &code);
    if (!database)
        return code;
    const Result<DatabaseBackup::Report> report = named->isServer()
        ? ServerBackup::backup(database->connection(), *named, file, overwrite)
        : DatabaseBackup::backup(database->connection(), file, overwrite);
    if (!report)
        return fail(context, report.error());
    // The window's "last backup" line counts this one too.
    if (!named->isServer())
        FirmSettings(database->connection()).setValue(FirmSettings::Key::BackupLastDone,
                                                      QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    QTextStream& out = context.console.out();
    out << tr("Backup written to %1 (%2 bytes): %3")
               .arg(QDir::toNativeSeparators(QFileInfo(file).absoluteFilePath()))
               .arg(report->bytes)
               .arg(report->summary())
        << '\n';
    out << tr("Rows: %1").arg(DatabaseBackup::countsText(report->counts)) << '\n';
    return Success;
}

} // namespace CommandLine
