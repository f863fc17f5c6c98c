// outbox retry ID|--all: queue a failed, cancelled or waiting email again, due now.
#include "commandline.h"
#include "common.h"
#include "console.h"
#include "handlers.h"
#include "outboxrepository.h"

#include <QCommandLineParser>

namespace CommandLine {

Syntax outboxRetrySyntax()
{
    return { { { QStringLiteral("all"), tr("Every failed or waiting email (not cancelled ones).") } },
        { { QStringLiteral("id"), tr("The email's id (see outbox list)."), QStringLiteral("[id]") } } };
}

int outboxRetry(Context& context)
{
    const bool all = context.parser.isSet(QStringLiteral("all"));
    if (all == !context.arguments.isEmpty())
        return usage(context, tr("outbox retry needs an email id or --all, as in: leadintake outbox retry 7"));
    int code = Success;
    if (tooManyArguments(context, 1, &code))
        return code;
    std::optional<qint64> id;
    if (!all) {
        id = parseId(context.arguments.at(0));
        if (!id)
            return usage(context, badEmailIdMessage(context.arguments.at(0)));
    }
    std::optional<Database> database = openDatabase(context, Open::MustExistIfNamed, &code);
    if (!database)
        return code;
    OutboxRepository outbox(database->connection());
    if (all) {
        const Result<int> queued = outbox.retryAllNow();
        if (!queued)
            return fail(context, queued.error());
        context.console.out() << tr("Queued again: %1. They go out at the next send (send-outbox or the window).")
                                     .arg(*queued)
                              << '\n';
        return Success;
    }
    if (const VoidResult done = outbox.retryNow(*id); !done)
        return fail(context, done.error());
    context.console.out() << tr("Email %1 queued again; it goes out at the next send (send-outbox or the window).")
                                 .arg(*id)
                          << '\n';
    return Success;
}

} // namespace CommandLine
