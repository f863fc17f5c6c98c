// send-outbox: send the queued emails that are due, once, and exit.
#include "commandline.h"
#include "common.h"
#include "console.h"
#include "firmsettings.h"
#include "handlers.h"
#include "outboxdispatcher.h"
#include "outboxrepository.h"
#include "smtpsettings.h"
#include "smtpsupport.h"

#include <QCommandLineParser>
#include <QEventLoop>

namespace CommandLine {

namespace {

// "No email is due." and, when some wait for a later try, how many and when the next is.
QString nothingDue(const OutboxRepository& outbox)
{
    QString text = tr("No email is due.");
    const Result<OutboxCounts> counts = outbox.counts();
    const Result<std::optional<QDateTime>> next = outbox.nextDueAt();
    if (!counts || !next)
        return text;
    const int waiting = counts->pending();
    if (waiting == 0 || !next->has_value())
        return text + QLatin1Char(' ') + tr("None is waiting.");
    const QDateTime when = **next;
    const qint64 seconds = std::max<qint64>(0, QDateTime::currentDateTimeUtc().secsTo(when));
    const int minutes = int((seconds + 59) / 60);
    // No %n plurals: the English plural forms live in a translation file made by lupdate.
    return text + QLatin1Char(' ')
        + tr("Waiting for a later try: %1; the next try is at %2 (in %3 min).")
              .arg(waiting)
              .arg(when.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")))
              .arg(minutes)
        + QLatin1Char(' ') + tr("Add --now to try them now.");
}

} // namespace

Syntax sendOutboxSyntax()
{
    QList<QCommandLineOption> options { { QStringLiteral("now"),
        tr("Also send the emails that wait for a later try (ignore the backoff).") } };
    return { options + smtpOptions(), {} };
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
    // The emails say the firm's name ("Thank you for contacting %1"): without one they
    // would read "Thank you for contacting ." Nothing is sent and no row changes.
    const Result<QVariant> firmName = FirmSettings(database->connection()).value(FirmSettings::Key::FirmName);
    if (!firmName)
        return fail(context, firmName.error());
    if (firmName->toString().trimmed().isEmpty()) {
        context.console.error(tr("Nothing was sent: no firm name is set, and every email names the firm. Set it "
                                 "with: leadintake config-set firm.name \"Smith & Partners\" (or in Settings)."));
        return MailNotSent;
    }
    SmtpConfig config;
    if (!smtpConfig(context, database->connection(), &config, &code))
        return code;

    Console& console = context.console;
    OutboxRepository outbox(database->connection());
    // Without a server there is nothing to hurry: the rows keep their times.
    if (context.parser.isSet(QStringLiteral("now")) && SmtpSettings::missing(config).isEmpty()) {
        if (const Result<int> moved = outbox.makeWaitingDueNow(); !moved)
            return fail(context, moved.error());
    }
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
        console.out() << nothingDue(outbox) << '\n';
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
