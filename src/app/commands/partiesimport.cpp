// parties import: the firm's parties from a CSV file (header row: name, email, role, matter,
// notes). Good rows are added in one transaction; each bad row is reported with its line.
#include "commandline.h"
#include "common.h"
#include "console.h"
#include "handlers.h"
#include "partyrepository.h"

#include <QCoreApplication>
#include <QFile>

namespace CommandLine {

Syntax partiesImportSyntax()
{
    return { {}, { { QStringLiteral("file"), tr("A CSV file (UTF-8) whose header row names the columns name, "
                                                "email, role (adverse, client or related), matter and notes.") } } };
}

int partiesImport(Context& context)
{
    int code = Success;
    if (context.arguments.isEmpty())
        return usage(context, tr("parties import needs a CSV file, as in: leadintake parties import parties.csv"));
    if (tooManyArguments(context, 1, &code))
        return code;
    QFile file(context.arguments.at(0));
    if (!file.open(QIODevice::ReadOnly))
        return fail(context, { Error::Code::Io, tr("Cannot read %1: %2").arg(file.fileName(), file.errorString()) });
    const QByteArray csv = file.readAll();
    std::optional<Database> database = openDatabase(context, Open::MustExistIfNamed, &code);
    if (!database)
        return code;
    PartyRepository parties(database->connection());
    const Result<PartyRepository::ImportReport> report = parties.importCsv(csv, context.actor.name);
    if (!report)
        return fail(context, report.error());
    for (const QString& problem : report->problems)
        context.console.error(tr("Skipped %1").arg(problem));
    context.console.out() << QCoreApplication::translate("CommandLine", "Added %n party(ies).", nullptr, report->added) << '\n';
    return report->problems.isEmpty() ? Success : Usage;
}

} // namespace CommandLine
