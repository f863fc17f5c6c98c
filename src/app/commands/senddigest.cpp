// send-digest [--at ISO-DATETIME] [--language en|es]: queue today's morning digests of
// overdue leads (MorningDigest) if they are due and no desk queued them yet, and exit.
// send-outbox (or a desk's window) sends them. --at is the clock, for scripts and tests.
#include "commandline.h"
#include "common.h"
#include "console.h"
#include "handlers.h"
#include "morningdigest.h"
#include "texttable.h"

#include <QCommandLineParser>

namespace CommandLine {

Syntax sendDigestSyntax()
{
    return { { { QStringLiteral("at"),
                   tr("Act as if it were this moment (ISO 8601, such as 2026-12-01T08:30:00-05:00; "
                      "without an offset: this computer's time). Default: now."),
                   tr("ISO-DATETIME") },
                 { QStringLiteral("language"), tr("The language of the emails: en (the default) or es."),
                   tr("LANGUAGE"), QStringLiteral("en") } },
             {} };
}

int sendDigest(Context& context)
{
    int code = Success;
    if (tooManyArguments(context, 0, &code))
        return code;
    QDateTime at = QDateTime::currentDateTimeUtc();
    if (context.parser.isSet(QStringLiteral("at"))) {
        const QString text = context.parser.value(QStringLiteral("at")).trimmed();
        at = QDateTime::fromString(text, Qt::ISODateWithMs);
        if (!at.isValid())
            return usage(context, tr("--at must be a date and time such as 2026-12-01T08:30:00 or "
                                     "2026-12-01T08:30:00-05:00, not \"%1\".").arg(text));
    }
    const QString language = context.parser.value(QStringLiteral("language")).trimmed().toLower();
    if (language != QLatin1String("en") && language != QLatin1String("es"))
        return usage(context, tr("--language must be en or es, not \"%1\".").arg(language));

    std::optional<Database> database = openDatabase(context, Open::MustExistIfNamed, &code);
    if (!database)
        return code;
    MorningDigest digest(database->connection(), [at] { return at; });
    digest.setLanguage(language);
    const Result<MorningDigest::Outcome> ran = digest.runIfDue();
    if (!ran)
        return fail(context, ran.error());
    Console& console = context.console;
    const QString due = ran->dueAt.toString(QStringLiteral("yyyy-MM-dd HH:mm t"));
    switch (ran->status) {
    case MorningDigest::Status::Off:
        console.out() << tr("The morning digest is off (digest.daily is false); nothing was queued.") << '\n';
        return Success;
    case MorningDigest::Status::NotBusinessDay:
        console.out() << tr("%1 is not a business day for the firm (response.weekend); nothing was queued.")
                             .arg(ran->day.toString(Qt::ISODate))
                      << '\n';
        return Success;
    case MorningDigest::Status::NotYet:
        console.out() << tr("Today's digest is due at %1; nothing was queued yet.").arg(due) << '\n';
        return Success;
    case MorningDigest::Status::Ran:
        break;
    }
    for (const MorningDigest::Queued& queued : ran->queued) {
        const QString who = queued.accountId == MorningDigest::kFirmRecipient
            ? tr("the firm's notification address")
            : TextTable::terminalSafe(queued.recipientName);
        console.out() << tr("Queued email %1: the digest for %2, %3 overdue leads (%4 listed).")
                             .arg(queued.outboxId)
                             .arg(who)
                             .arg(queued.overdue)
                             .arg(queued.listed)
                      << '\n';
    }
    for (const QString& skipped : ran->skipped)
        console.out() << TextTable::terminalSafe(skipped) << '\n';
    if (ran->queued.isEmpty())
        console.out() << (ran->alreadySent > 0
                              ? tr("Today's digests (%1) were already queued; nothing more to send.").arg(ran->alreadySent)
                              : tr("No overdue leads to send today (%1).").arg(ran->day.toString(Qt::ISODate)))
                      << '\n';
    else
        console.out() << tr("send-outbox (or an open window) sends them.") << '\n';
    return Success;
}

} // namespace CommandLine
