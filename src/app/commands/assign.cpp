// assign: a lead's responsible attorney, with the optimistic version check the window uses;
// the new attorney is told through the outbox and the history records it.
#include "attorneyassignment.h"
#include "commandline.h"
#include "common.h"
#include "console.h"
#include "handlers.h"
#include "leadrepository.h"
#include "texttable.h"

namespace CommandLine {

Syntax assignSyntax()
{
    return { {},
        { { QStringLiteral("id"), tr("The lead's id.") },
            { QStringLiteral("username"),
                tr("The user name of the attorney (or administrator) to make responsible.") } } };
}

int assign(Context& context)
{
    const QStringList& arguments = context.arguments;
    if (arguments.size() < 2)
        return usage(context, tr("assign needs a lead id and a user name, as in: leadintake assign 12 ana"));
    int code = Success;
    if (tooManyArguments(context, 2, &code))
        return code;
    const std::optional<qint64> id = parseId(arguments.at(0));
    if (!id)
        return usage(context, badIdMessage(arguments.at(0)));

    std::optional<Database> database = openDatabase(context, Open::MustExistIfNamed, &code);
    if (!database)
        return code;
    const std::optional<UserAccount> attorney = attorneyNamed(context, database->connection(), arguments.at(1), true, &code);
    if (!attorney)
        return code;
    LeadRepository repository(database->connection());
    const Result<Lead> lead = repository.lead(*id);
    if (!lead)
        return fail(context, lead.error());
    const QString name = TextTable::terminalSafe(attorney->displayName);
    if (lead->attorneyId == attorney->id) {
        context.console.out() << tr("%1 is already responsible for lead %2.").arg(name).arg(*id) << '\n';
        return Success;
    }
    const Result<int> assigned = AttorneyAssignment::reassign(repository, *id, attorney->id, context.actor.name,
                                                              lead->version, context.actor.id);
    if (!assigned)
        return fail(context, assigned.error());
    context.console.out() << (attorney->email.trimmed().isEmpty()
                                  ? tr("Lead %1 is now %2's (no email was queued: %2 has no email address).")
                                  : tr("Lead %1 is now %2's; an email telling them is queued."))
                                 .arg(*id)
                                 .arg(name)
                          << '\n';
    return Success;
}

} // namespace CommandLine
