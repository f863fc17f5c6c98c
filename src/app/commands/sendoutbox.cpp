// send-outbox: send the queued emails that are due, once, and exit.
#include "commandline.h"
#include "common.h"
#include "console.h"
#include "handlers.h"
#include "outboxdispatcher.h"
#include "outboxrepository.h"
#include "smtpsupport.h"

#include <QEventLoop>

namespace CommandLine {

Syntax sendOutboxSyntax()
{
    return { smtpOptions(), {} };
}

int sendOutbox(Context& context)
{
    int code = Success;
    if (tooManyArguments(context, 0, &code))
        return code;
    const QDateTime started = QDateTime::currentDateTimeUtc().addSecs(-1);
    std::optional<Database> database = openDatabase(context, Open::MustExistIfNamed, &code);
    if (!database)
        return code;
    SmtpConfig config;
    if (!smtpConfig(context, database->connection(), &config, &code))
        return code;

    Console& console = context.console;
    OutboxDispatcher dispatcher(database->connection());
    dispatcher.setConfig(config);
    QStringList problems;
    QObject::connect(&dispatcher, &OutboxDispatcher::problem, &dispatcher,
        [&problems](const QString& message) {
            if (!problems.contains(message))
                problems.append(message);
        });
    QEventLoop loop;
    QObject::connect(&dispatcher, &OutboxDispatcher::drained, &loop, &QEventLoop::quit);
    dispatcher.wake();
    loop.exec();

    const OutboxDispatcher::Summary summary = dispatcher.lastSummary();
    for (const QString& problem : std::as_const(problems))
        console.error(problem);
    if (summary.notConfigured) {
        console.error(tr("Nothing was sent: email is not configured. Set smtp.host (config-set or "
                         "--smtp-host) and the password ($LEADINTAKE_SMTP_PASSWORD or "
                         "--smtp-password-file)."));
        return MailNotSent;
    }
    if (summary.attempted() == 0) {
        console.out() << tr("No email is due.") << '\n';
        return Success;
    }
    console.out() << tr("Sent %1, to retry later %2, failed %3, possible duplicates %4.")
                         .arg(summary.sent)
                         .arg(summary.retried)
                         .arg(summary.failed)
                         .arg(summary.possibleDuplicates)
                  << '\n';
    // Which rows did not go out and why (the server's words; never a body).
    if (!summary.allDelivered()) {
        const OutboxRepository outbox(database->connection());
        for (const OutboxState state : { OutboxState::Failed, OutboxState::Queued }) {
            const Result<QList<OutboxEntry>> rows = outbox.page(state, 0, 50);
            if (!rows)
                continue;
            for (const OutboxEntry& entry : *rows) {
                if (entry.lastError.isEmpty() || entry.updatedAt < started)
                    continue;
                console.error(tr("email %1 (%2, lead %3): %4: %5")
                                  .arg(entry.id)
                                  .arg(OutboxEntry::kindKey(entry.kind))
                                  .arg(entry.leadId.value_or(0))
                                  .arg(OutboxEntry::stateKey(entry.state), entry.lastError));
            }
        }
    }
    return summary.allDelivered() ? Success : MailNotSent;
}

} // namespace CommandLine
