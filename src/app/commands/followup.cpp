// follow-up: a lead's "call back on" date (issue 12, part 2), set or cleared with the
// optimistic version check the window uses; the history records it.
#include "commandline.h"
#include "common.h"
#include "console.h"
#include "handlers.h"
#include "leadrepository.h"

#include <QCommandLineParser>
#include <QLocale>

namespace CommandLine {

Syntax followUpSyntax()
{
    return { { { QStringLiteral("clear"), tr("Remove the lead's call-back date.") } },
        { { QStringLiteral("id"), tr("The lead's id.") },
            { QStringLiteral("date"), tr("The day to call back, as YYYY-MM-DD (not with --clear).") } } };
}

int followUp(Context& context)
{
    const QStringList& arguments = context.arguments;
    const bool clear = context.parser.isSet(QStringLiteral("clear"));
    const int wanted = clear ? 1 : 2;
    if (arguments.size() < wanted)
        return usage(context, clear ? tr("follow-up --clear needs a lead id, as in: leadintake follow-up 12 --clear")
                                    : tr("follow-up needs a lead id and a date, as in: "
                                         "leadintake follow-up 12 2026-12-07 (or --clear)"));
    int code = Success;
    if (tooManyArguments(context, wanted, &code))
        return code;
    const std::optional<qint64> id = parseId(arguments.at(0));
    if (!id)
        return usage(context, badIdMessage(arguments.at(0)));
    std::optional<QDate> date;
    if (!clear) {
        // Only the unambiguous ISO form: 03/04 means different days in different offices.
        const QDate parsed = QDate::fromString(arguments.at(1), QStringLiteral("yyyy-MM-dd"));
        if (!parsed.isValid())
            return usage(context, tr("\"%1\" is not a date; write it as YYYY-MM-DD, as in 2026-12-07.")
                                      .arg(arguments.at(1)));
        date = parsed;
    }

    std::optional<Database> database = openDatabase(context, Open::MustExistIfNamed, &code);
    if (!database)
        return code;
    LeadRepository repository(database->connection());
    const Result<Lead> lead = repository.lead(*id);
    if (!lead)
        return fail(context, lead.error());
    const Result<int> changed = repository.setFollowUp(*id, date, context.actor.name, lead->version, context.actor.id);
    if (!changed)
        return fail(context, changed.error());
    if (date)
        context.console.out() << tr("Lead %1: call back on %2.").arg(*id).arg(date->toString(Qt::ISODate)) << '\n';
    else
        context.console.out() << tr("Lead %1 has no call-back date.").arg(*id) << '\n';
    return Success;
}

} // namespace CommandLine
