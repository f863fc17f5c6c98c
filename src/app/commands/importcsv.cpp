// import-csv: leads from a spreadsheet's CSV file, checked with the intake rules, in
// batches that an interrupted run resumes (CsvImporter).
#include "commandline.h"
#include "common.h"
#include "console.h"
#include "csvimporter.h"
#include "handlers.h"
#include "texttable.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace CommandLine {

namespace {

constexpr int kRejectsShown = 10; // on the terminal; the rejects file has them all

QString defaultRejectsPath(const QString& csv)
{
    const QFileInfo info(csv);
    return info.dir().filePath(info.completeBaseName() + QStringLiteral("-rejects.csv"));
}

} // namespace

Syntax importCsvSyntax()
{
    return { { { QStringLiteral("dry-run"),
                   tr("Check every row and report what would be added, updated, skipped and "
                      "rejected; change nothing.") },
                 { QStringLiteral("mapping"),
                     tr("Which column holds which field, where the headers are not recognised: "
                        "first_name=Vorname,last_name=Nachname,email=E-Mail. Fields: first_name, "
                        "last_name, email (required), created, status, resume, language."),
                     tr("field=column,...") },
                 { QStringLiteral("duplicates"),
                     tr("A row whose email already belongs to a lead: skip it (default), keep it "
                        "(import it anyway), or update (give the existing lead what it lacks: "
                        "its resume)."),
                     tr("skip|keep|update"), QStringLiteral("skip") },
                 { QStringLiteral("rejects"),
                     tr("Where to write the rejected rows (row, field, reason) as CSV (default: "
                        "NAME-rejects.csv beside the file, when a row is rejected)."),
                     tr("file") },
                 { QStringLiteral("separator"),
                     tr("The field separator: , ; or tab (default: guessed from the header)."),
                     tr("char") },
                 { QStringLiteral("encoding"),
                     tr("The file's encoding: utf-8, utf-16le, utf-16be or windows-1252 "
                        "(default: from its byte order mark, else UTF-8 when valid, else "
                        "Windows-1252)."),
                     tr("name") },
                 { QStringLiteral("batch-size"),
                     tr("Rows per transaction (default 500)."), tr("n"), QStringLiteral("500") } },
        { { QStringLiteral("file"), tr("The CSV file; resume paths in it are relative to its folder.") } } };
}

int importCsv(Context& context)
{
    const QCommandLineParser& parser = context.parser;
    Console& console = context.console;
    if (context.arguments.isEmpty())
        return usage(context, tr("import-csv needs a CSV file, as in: leadintake import-csv leads.csv"));
    int code = Success;
    if (tooManyArguments(context, 1, &code))
        return code;
    const QString path = context.arguments.constFirst();

    CsvImporter::Options options;
    options.dryRun = parser.isSet(QStringLiteral("dry-run"));
    options.actor = context.actor.name;
    options.actorId = context.actor.id;
    const std::optional<CsvImporter::Duplicates> rule
        = CsvImporter::duplicatesFromKey(parser.value(QStringLiteral("duplicates")));
    if (!rule)
        return usage(context, tr("--duplicates takes skip, keep or update, not \"%1\".")
                                  .arg(parser.value(QStringLiteral("duplicates"))));
    options.duplicates = *rule;
    if (parser.isSet(QStringLiteral("separator"))) {
        options.separator = CsvReader::separatorFromName(parser.value(QStringLiteral("separator")));
        if (!options.separator)
            return usage(context, tr("--separator takes , ; or tab, not \"%1\".")
                                      .arg(parser.value(QStringLiteral("separator"))));
    }
    if (parser.isSet(QStringLiteral("encoding"))) {
        options.encoding = CsvReader::encodingFromName(parser.value(QStringLiteral("encoding")));
        if (!options.encoding)
            return usage(context, tr("--encoding takes utf-8, utf-16le, utf-16be or windows-1252, not \"%1\".")
                                      .arg(parser.value(QStringLiteral("encoding"))));
    }
    bool sizeOk = false;
    options.batchSize = parser.value(QStringLiteral("batch-size")).toInt(&sizeOk);
    if (!sizeOk || options.batchSize < 1 || options.batchSize > 100000)
        return usage(context, tr("--batch-size takes a number from 1 to 100000."));

    // The header decides the mapping; read it before touching the database.
    const Result<CsvImporter::Preview> head = CsvImporter::preview(path, 0, options.encoding, options.separator);
    if (!head)
        return fail(context, head.error());
    CsvImporter::Mapping mapping = CsvImporter::guessMapping(head->header);
    if (parser.isSet(QStringLiteral("mapping"))) {
        const Result<CsvImporter::Mapping> given
            = CsvImporter::applyMappingText(parser.value(QStringLiteral("mapping")), head->header, mapping);
        if (!given)
            return usage(context, given.error().message);
        mapping = *given;
    }
    if (const QString missing = CsvImporter::missingFields(mapping); !missing.isEmpty())
        return usage(context, missing + QLatin1Char(' ')
                                  + tr("The file's columns are: %1. Name them with --mapping.")
                                        .arg(TextTable::terminalSafe(head->header.join(QStringLiteral(", ")))));
    options.mapping = mapping;
    const QString rejectsPath = parser.isSet(QStringLiteral("rejects"))
        ? parser.value(QStringLiteral("rejects"))
        : defaultRejectsPath(path);

    std::optional<Database> database = openDatabase(context, Open::MustExistIfNamed, &code);
    if (!database)
        return code;
    const CsvImporter importer(database->connection());
    const CsvImporter::Report report = importer.run(path, options);

    for (int i = 0; i < report.rejects.size() && i < kRejectsShown; ++i) {
        const CsvImporter::Reject& reject = report.rejects.at(i);
        console.error(tr("Row %1, %2: %3")
                          .arg(reject.row)
                          .arg(TextTable::terminalSafe(reject.field), TextTable::terminalSafe(reject.reason)));
    }
    if (report.rejects.size() > kRejectsShown)
        console.error(QCoreApplication::translate("CommandLine", "… and %n more.", nullptr,
                                                  int(report.rejects.size() - kRejectsShown)));
    if (!report.rejects.isEmpty()) {
        if (const VoidResult written = CsvImporter::writeRejects(rejectsPath, report.rejects); !written)
            console.error(written.error().message);
        else
            console.error(tr("Rejected rows written to %1.").arg(QDir::toNativeSeparators(rejectsPath)));
    }
    console.out() << CsvImporter::summary(report) << '\n';
    if (report.error) {
        console.error(report.error->message);
        if (!options.dryRun && report.added + report.updated > 0)
            console.error(tr("The rows before it were imported; run the same command again to "
                             "import the rest (no row is imported twice)."));
        return exitCodeFor(*report.error) == Usage ? Usage : Failure;
    }
    return report.rejected > 0 ? RowsRejected : Success;
}

} // namespace CommandLine
