// restore: replaces the database with a backup, only after the backup checks out; the
// replaced database is kept beside it.
#include "commandline.h"
#include "common.h"
#include "console.h"
#include "databasebackup.h"
#include "handlers.h"
#include "serverbackup.h"

#include <QDir>

namespace CommandLine {

Syntax restoreSyntax()
{
    return { {},
        { { QStringLiteral("file"), tr("The backup to restore (made by leadintake backup).") } } };
}

int restore(Context& context)
{
    if (context.arguments.isEmpty() || context.arguments.constFirst().isEmpty())
        return usage(context, tr("restore needs a backup file, as in: leadintake restore leads-backup.sqlite"));
    int code = Success;
    if (tooManyArguments(context, 1, &code))
        return code;
    const QString file = context.arguments.constFirst();
    const Result<DatabaseTarget> named = DatabaseTarget::parse(databaseText(context));
    if (!named)
        return usage(context, named.error().message);
    // Checked before the live database is even opened: a bad file changes nothing.
    const Result<DatabaseBackup::Report> checked = named->isServer() ? ServerBackup::check(file)
                                                                     : DatabaseBackup::check(file);
    if (!checked)
        return fail(context, Error { checked.error().code,
                                     checked.error().message + QLatin1Char(' ') + tr("Nothing was changed.") });
    // pg_restore drops and makes the tables again: it runs as the database owner's login.
    const std::optional<Database> database = openAsTheUrlsLogin(context, *named, &code);
    if (!database)
        return code;
    const Result<DatabaseBackup::Report> report = named->isServer()
        ? ServerBackup::restore(database->connection(), *named, file)
        : DatabaseBackup::restore(database->connection(), database->path(), file);
    if (!report)
        return fail(context, report.error());
    QTextStream& out = context.console.out();
    out << tr("Restored from %1: %2").arg(QDir::toNativeSeparators(file), report->summary()) << '\n';
    out << tr("The replaced database is kept as %1.").arg(QDir::toNativeSeparators(report->keptAs)) << '\n';
    out << tr("Open desks reload by themselves.") << '\n';
    return Success;
}

} // namespace CommandLine
