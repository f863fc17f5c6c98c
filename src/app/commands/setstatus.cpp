// set-status: a lead's status, with the optimistic version check the window uses.
#include "commandline.h"
#include "conflictrepository.h"
#include "common.h"
#include "console.h"
#include "handlers.h"
#include "intakeservice.h"
#include "leadrepository.h"

#include <QCommandLineParser>

namespace CommandLine {

Syntax setStatusSyntax()
{
    return { { { QStringLiteral("confirm-conflict"),
                   tr("Mark a lead reached out although its possible conflict was not reviewed.") } },
        { { QStringLiteral("id"), tr("The lead's id.") },
            { QStringLiteral("status"),
                tr("The new status (%1), in any letter case.").arg(validStatuses()) } } };
}

int setStatus(Context& context)
{
    const QStringList& arguments = context.arguments;
    if (arguments.size() < 2)
        return usage(context, tr("set-status needs a lead id and a status, as in: "
                                 "leadintake set-status 12 REACHED_OUT"));
    int code = Success;
    if (tooManyArguments(context, 2, &code))
        return code;
    const std::optional<qint64> id = parseId(arguments.at(0));
    if (!id)
        return usage(context, badIdMessage(arguments.at(0)));
    const std::optional<LeadStatus> status = LeadStatusText::fromKey(arguments.at(1));
    if (!status)
        return usage(context, badStatusMessage(arguments.at(1)));

    std::optional<Database> database = openDatabase(context, Open::MustExistIfNamed, &code);
    if (!database)
        return code;
    LeadRepository repository(database->connection());
    const Result<Lead> lead = repository.lead(*id);
    if (!lead)
        return fail(context, lead.error());
    const QString key = LeadStatusText::key(*status);
    if (lead->status == *status) {
        context.console.out() << tr("Lead %1 is already %2.").arg(*id).arg(key) << '\n';
        return Success;
    }
    // Nobody calls a prospect the firm may act against without an attorney's review, or
    // without saying so (--confirm-conflict; the window asks the same question).
    if (*status == LeadStatus::ReachedOut && !context.parser.isSet(QStringLiteral("confirm-conflict"))) {
        const Result<bool> unreviewed = ConflictRepository(database->connection()).unreviewedConflict(*id);
        if (!unreviewed)
            return fail(context, unreviewed.error());
        if (*unreviewed) {
            context.console.error(tr("Lead %1 has a possible conflict nobody has reviewed (see: leadintake "
                                     "conflict-check). Record an outcome in the window, or run set-status again "
                                     "with --confirm-conflict.")
                                      .arg(*id));
            return PossibleConflict;
        }
    }
    const Result<int> changed = repository.setStatus(*id, *status, context.actor.name, lead->version, context.actor.id);
    if (!changed)
        return fail(context, changed.error());
    context.console.out() << tr("Lead %1 is now %2.").arg(*id).arg(key) << '\n';
    return Success;
}

} // namespace CommandLine
