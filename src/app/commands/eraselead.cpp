// erase-lead ID --reason TEXT: a lead's personal data removed for good, a tombstone kept.
#include "commandline.h"
#include "common.h"
#include "console.h"
#include "handlers.h"
#include "leaderaser.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace CommandLine {


Syntax eraseLeadSyntax()
{
    return { { { QStringLiteral("reason"),
                 tr("Why the lead is erased (kept in its history; required)."), QStringLiteral("text") } },
        { { QStringLiteral("id"), tr("The lead's id.") } } };
}

namespace {

void printErased(Context& context, const LeadEraser::Outcome& outcome, bool server)
{
    context.console.out() << QCoreApplication::translate("CommandLine", "Lead %1 erased: names, email, resume and %n history detail(s) removed; "
                                "%2 pending email(s) cancelled.", nullptr, outcome.detailsBlanked)
                                 .arg(outcome.leadId)
                                 .arg(outcome.emailsCancelled)
                          << '\n';
    if (!outcome.physicallyRemoved)
        context.console.out() << (server ? tr("The server keeps the old row versions until VACUUM runs "
                                              "(this account may not run it; see README, Erasure).")
                                         : tr("Another desk is reading the database: the erased pages "
                                              "leave its write-ahead log at the next checkpoint."))
                              << '\n';
}

} // namespace

int eraseLead(Context& context)
{
    if (context.arguments.isEmpty())
        return usage(context, tr("erase-lead needs a lead id and a reason, as in: "
                                 "leadintake erase-lead 12 --reason \"asked to be forgotten\""));
    int code = Success;
    if (tooManyArguments(context, 1, &code))
        return code;
    const std::optional<qint64> id = parseId(context.arguments.at(0));
    if (!id)
        return usage(context, badIdMessage(context.arguments.at(0)));
    const QString reason = context.parser.value(QStringLiteral("reason")).trimmed();
    if (reason.isEmpty())
        return usage(context, tr("erase-lead needs --reason TEXT (kept in the lead's history); "
                                 "nothing was erased."));
    std::optional<Database> database = openDatabase(context, Open::MustExist, &code);
    if (!database)
        return code;
    LeadEraser eraser(database->connection());
    // The dispatcher has checked the role (an administrator, or the operating system user
    // of a database without accounts).
    const Result<LeadEraser::Outcome> erased = eraser.erase(*id, reason, context.actor, Role::Admin);
    if (!erased)
        return fail(context, erased.error());
    printErased(context, *erased, database->target().isServer());
    return Success;
}

} // namespace CommandLine
