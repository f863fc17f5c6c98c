// outbox cancel ID: a queued or failed email will not be sent.
#include "commandline.h"
#include "common.h"
#include "console.h"
#include "handlers.h"
#include "outboxrepository.h"

namespace CommandLine {

Syntax outboxCancelSyntax()
{
    return { {}, { { QStringLiteral("id"), tr("The email's id (see outbox list).") } } };
}

int outboxCancel(Context& context)
{
    if (context.arguments.isEmpty())
        return usage(context, tr("outbox cancel needs an email id, as in: leadintake outbox cancel 7"));
    int code = Success;
    if (tooManyArguments(context, 1, &code))
        return code;
    const std::optional<qint64> id = parseId(context.arguments.at(0));
    if (!id)
        return usage(context, badEmailIdMessage(context.arguments.at(0)));
    std::optional<Database> database = openDatabase(context, Open::MustExistIfNamed, &code);
    if (!database)
        return code;
    OutboxRepository outbox(database->connection());
    if (const VoidResult done = outbox.cancel(*id); !done)
        return fail(context, done.error());
    context.console.out() << tr("Email %1 cancelled; it will not be sent.").arg(*id) << '\n';
    return Success;
}

} // namespace CommandLine
