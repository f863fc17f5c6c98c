// list-leads: an aligned table, or CSV; streamed from one read snapshot.
#include "commandline.h"
#include "common.h"
#include "console.h"
#include "csvwriter.h"
#include "firmsettings.h"
#include "handlers.h"
#include "leadrepository.h"
#include "texttable.h"

#include <QCommandLineParser>
#include <QSqlDatabase>

namespace CommandLine {

namespace {

// Rows held back to size the table's columns: memory stays flat (a few MB) whatever the
// table's size, everything after them is written as it comes.
constexpr int kPageSize = 10000;

// The widest a column may grow before values are shortened with "…".
constexpr int kMaxNameWidth = 24;
constexpr int kMaxEmailWidth = 40;

QStringList tableRow(const Lead& lead)
{
    return { QString::number(lead.id), TextTable::terminalSafe(lead.firstName),
        TextTable::terminalSafe(lead.lastName), TextTable::terminalSafe(lead.email),
        LeadStatusText::key(lead.status),
        lead.createdAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
        TextTable::terminalSafe(lead.attorneyName) };
}

TextTable leadTable()
{
    return TextTable({ { tr("ID"), 0, true }, { tr("First name"), kMaxNameWidth },
        { tr("Last name"), kMaxNameWidth }, { tr("Email"), kMaxEmailWidth }, { tr("Status") },
        { tr("Created") }, { tr("Attorney"), kMaxNameWidth } });
}

int stream(Context& context, const LeadRepository& repository, const LeadQuery& query,
    qint64 limit, bool csv)
{
    QTextStream& out = context.console.out();
    if (csv)
        out << CsvWriter::record({ QStringLiteral("id"), QStringLiteral("first_name"),
            QStringLiteral("last_name"), QStringLiteral("email"), QStringLiteral("status"),
            QStringLiteral("created_at"), QStringLiteral("attorney"), QStringLiteral("source") });
    // The table's column widths come from the first kPageSize rows, held back until then.
    TextTable table = leadTable();
    QList<QStringList> head;
    bool headWritten = csv;
    const auto flushHead = [&] {
        if (headWritten)
            return;
        headWritten = true;
        if (head.isEmpty())
            return;
        table.fit(head);
        out << table.headerLine() << '\n';
        for (const QStringList& row : std::as_const(head))
            out << table.line(row) << '\n';
        head.clear();
    };
    const Result<qint64> visited = repository.forEach(query, limit, [&](const Lead& lead) {
        if (csv) {
            out << CsvWriter::record({ QString::number(lead.id), lead.firstName, lead.lastName,
                lead.email, LeadStatusText::key(lead.status),
                lead.createdAt.toUTC().toString(Qt::ISODate), lead.attorneyName, lead.source });
        } else if (!headWritten) {
            head.append(tableRow(lead));
            if (head.size() >= kPageSize)
                flushHead();
        } else {
            out << table.line(tableRow(lead)) << '\n';
        }
        return out.status() == QTextStream::Ok;
    });
    if (!visited)
        return fail(context, visited.error());
    flushHead();
    if (!csv && visited.value() == 0)
        context.console.error(tr("No leads match."));
    return Success;
}

} // namespace

Syntax listLeadsSyntax()
{
    return { { { QStringLiteral("csv"),
                   tr("Print CSV (RFC 4180, UTF-8, header row, times in UTC) instead of a table.") },
                 { QStringLiteral("search"),
                     tr("Only leads whose names or email start with these words."), tr("text") },
                 { QStringLiteral("status"),
                     tr("Only leads with this status (%1).").arg(validStatuses()), tr("status") },
                 { QStringLiteral("attorney"), tr("Only leads this account is responsible for."),
                     tr("username") },
                 { QStringLiteral("overdue"),
                     tr("Only leads past the firm's response target or their call-back date "
                        "(response.target_business_days).") },
                 { QStringLiteral("limit"), tr("At most this many leads, newest first."), tr("n") } },
        {} };
}

int listLeads(Context& context)
{
    const QCommandLineParser& parser = context.parser;
    int code = Success;
    if (tooManyArguments(context, 0, &code))
        return code;

    LeadQuery query;
    query.search = parser.value(QStringLiteral("search"));
    if (parser.isSet(QStringLiteral("status"))) {
        query.status = LeadStatusText::fromKey(parser.value(QStringLiteral("status")));
        if (!query.status)
            return usage(context, badStatusMessage(parser.value(QStringLiteral("status"))));
    }
    qint64 limit = -1;
    if (parser.isSet(QStringLiteral("limit"))) {
        bool ok = false;
        limit = parser.value(QStringLiteral("limit")).toLongLong(&ok);
        if (!ok || limit < 1)
            return usage(context, tr("--limit needs a whole number of at least 1, not \"%1\".")
                                      .arg(parser.value(QStringLiteral("limit"))));
    }

    std::optional<Database> database = openDatabase(context, Open::MustExistIfNamed, &code);
    if (!database)
        return code;
    if (parser.isSet(QStringLiteral("attorney"))) {
        const std::optional<UserAccount> attorney = attorneyNamed(
            context, database->connection(), parser.value(QStringLiteral("attorney")), false, &code);
        if (!attorney)
            return code;
        query.attorneyId = attorney->id;
    }
    if (parser.isSet(QStringLiteral("overdue")))
        query.overdue = ResponseTarget::fromSettings(FirmSettings(database->connection()))
                            .overdueCondition(QDateTime::currentDateTimeUtc());
    const LeadRepository repository(database->connection());
    // One read transaction: every row comes from the same snapshot, so leads saved or
    // changed by another desk meanwhile neither repeat nor go missing.
    QSqlDatabase connection = database->connection();
    const bool snapshot = connection.transaction();
    code = stream(context, repository, query, limit, parser.isSet(QStringLiteral("csv")));
    if (snapshot)
        connection.rollback();
    return code;
}

} // namespace CommandLine
