// retention list / retention apply --reason TEXT: the leads due for erasure under the firm's
// retention setting (retention.erase_after_months), and erasing them once an admin says so.
// Nothing is ever erased on a timer: apply is the confirmation.
#include "commandline.h"
#include "common.h"
#include "console.h"
#include "firmsettings.h"
#include "handlers.h"
#include "leaderaser.h"
#include "texttable.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace CommandLine {


namespace {

// The setting, or an explanation printed and nullopt when retention is off.
std::optional<int> retentionMonths(Context& context, const Database& database)
{
    const int months = FirmSettings(database.connection()).number(FirmSettings::Key::RetentionMonths);
    if (months > 0)
        return months;
    context.console.out() << tr("Retention is off (retention.erase_after_months is 0); no lead is due. "
                                "Turn it on with: leadintake config-set retention.erase_after_months 24")
                          << '\n';
    return std::nullopt;
}

QString utcText(const QDateTime& at)
{
    return at.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")) + QStringLiteral(" UTC");
}

} // namespace

Syntax retentionListSyntax()
{
    return {};
}

int retentionList(Context& context)
{
    int code = Success;
    if (tooManyArguments(context, 0, &code))
        return code;
    std::optional<Database> database = openDatabase(context, Open::MustExist, &code);
    if (!database)
        return code;
    const std::optional<int> months = retentionMonths(context, *database);
    if (!months)
        return Success;
    const Result<QList<LeadEraser::Due>> due = LeadEraser(database->connection()).due(*months);
    if (!due)
        return fail(context, due.error());
    if (due->isEmpty()) {
        context.console.out() << QCoreApplication::translate("CommandLine", "No lead is due: every lead had activity in the last %n month(s).", nullptr, *months)
                              << '\n';
        return Success;
    }
    TextTable table({ { tr("ID"), 0, true }, { tr("Name"), 40 }, { tr("Last activity") } });
    QList<QStringList> rows;
    for (const LeadEraser::Due& lead : *due)
        rows.append({ QString::number(lead.id), TextTable::terminalSafe(lead.name), utcText(lead.lastActivity) });
    table.fit(rows);
    context.console.out() << table.headerLine() << '\n';
    for (const QStringList& row : std::as_const(rows))
        context.console.out() << table.line(row) << '\n';
    context.console.out() << QCoreApplication::translate("CommandLine", "%n lead(s) due for erasure (no activity for %1 months). Erase them with: "
                                "leadintake retention apply --reason TEXT", nullptr, int(due->size()))
                                 .arg(*months)
                          << '\n';
    return Success;
}

Syntax retentionApplySyntax()
{
    return { { { QStringLiteral("reason"),
                 tr("Why they are erased, kept in each lead's history (required), such as "
                    "\"retention period of the firm\"."),
                 QStringLiteral("text") } },
        {} };
}

int retentionApply(Context& context)
{
    int code = Success;
    if (tooManyArguments(context, 0, &code))
        return code;
    const QString reason = context.parser.value(QStringLiteral("reason")).trimmed();
    if (reason.isEmpty())
        return usage(context, tr("retention apply needs --reason TEXT (kept in each lead's history); "
                                 "nothing was erased."));
    std::optional<Database> database = openDatabase(context, Open::MustExist, &code);
    if (!database)
        return code;
    const std::optional<int> months = retentionMonths(context, *database);
    if (!months)
        return Success;
    LeadEraser eraser(database->connection());
    const Result<QList<LeadEraser::Due>> due = eraser.due(*months);
    if (!due)
        return fail(context, due.error());
    int erased = 0;
    for (const LeadEraser::Due& lead : *due) {
        const Result<LeadEraser::Outcome> outcome = eraser.erase(lead.id, reason, context.actor, Role::Admin);
        if (!outcome) {
            context.console.error(tr("Lead %1 was not erased: %2").arg(lead.id).arg(outcome.error().message));
            code = exitCodeFor(outcome.error());
            continue;
        }
        // The id and the date only: the name is what was just erased.
        context.console.out() << tr("Erased lead %1 (last activity %2).").arg(lead.id).arg(utcText(lead.lastActivity))
                              << '\n';
        ++erased;
    }
    context.console.out() << QCoreApplication::translate("CommandLine", "%n lead(s) erased.", nullptr, erased) << '\n';
    return code;
}

} // namespace CommandLine
