// outbox list: where each queued email stands: state, attempts, next try, last error.
// Never a body: the outbox holds none, and the table shows no template text either.
#include "commandline.h"
#include "common.h"
#include "console.h"
#include "handlers.h"
#include "outboxrepository.h"
#include "texttable.h"

#include <QCommandLineParser>
#include <QSqlDatabase>

#include <algorithm>

namespace CommandLine {

namespace {

constexpr int kPageSize = 500;
constexpr int kMaxRecipientWidth = 32;

QString localTime(const QDateTime& utc)
{
    return utc.isValid() ? utc.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) : QString();
}

QStringList row(const OutboxEntry& entry, const QDateTime& now)
{
    QString state = OutboxEntry::stateKey(entry.state);
    if (entry.possibleDuplicate)
        state += QLatin1Char(' ') + tr("(possible duplicate)");
    QString next;
    if (entry.state == OutboxState::Queued)
        next = entry.nextAttemptAt <= now ? tr("now") : localTime(entry.nextAttemptAt);
    else if (entry.state == OutboxState::Sending)
        next = tr("sending");
    return { QString::number(entry.id), OutboxEntry::kindKey(entry.kind),
        entry.leadId ? QString::number(*entry.leadId) : QStringLiteral("-"),
        TextTable::terminalSafe(entry.recipientAddress.isEmpty() ? tr("(firm)") : entry.recipientAddress), state,
        QString::number(entry.attempts), next, TextTable::terminalSafe(entry.lastError) };
}

} // namespace

Syntax outboxListSyntax()
{
    QStringList states;
    for (const OutboxState state :
         { OutboxState::Queued, OutboxState::Sending, OutboxState::Sent, OutboxState::Failed, OutboxState::Cancelled })
        states.append(OutboxEntry::stateKey(state));
    return { { { QStringLiteral("state"), tr("Only emails in this state (%1).").arg(states.join(QStringLiteral(", "))),
                 tr("state") },
                 { QStringLiteral("limit"), tr("At most this many emails, newest first."), tr("n") } },
        {} };
}

int outboxList(Context& context)
{
    const QCommandLineParser& parser = context.parser;
    int code = Success;
    if (tooManyArguments(context, 0, &code))
        return code;
    std::optional<OutboxState> state;
    if (parser.isSet(QStringLiteral("state"))) {
        state = OutboxEntry::stateFromKey(parser.value(QStringLiteral("state")).trimmed().toLower());
        if (!state)
            return usage(context, tr("Unknown state \"%1\".").arg(parser.value(QStringLiteral("state"))));
    }
    qint64 limit = -1;
    if (parser.isSet(QStringLiteral("limit"))) {
        bool ok = false;
        limit = parser.value(QStringLiteral("limit")).toLongLong(&ok);
        if (!ok || limit < 1)
            return usage(context, tr("--limit needs a whole number of at least 1, not \"%1\".")
                                      .arg(parser.value(QStringLiteral("limit"))));
    }
    std::optional<Database> database = openDatabase(context, Open::MustExistIfNamed, &code);
    if (!database)
        return code;
    const OutboxRepository outbox(database->connection());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<QStringList> rows;
    // One read transaction: the pages come from one snapshot.
    QSqlDatabase connection = database->connection();
    const bool snapshot = connection.transaction();
    for (int offset = 0;; offset += kPageSize) {
        const int wanted = limit < 0 ? kPageSize : int(std::min<qint64>(kPageSize, limit - rows.size()));
        if (wanted <= 0)
            break;
        const Result<QList<OutboxEntry>> page = outbox.page(state, offset, wanted);
        if (!page) {
            if (snapshot)
                connection.rollback();
            return fail(context, page.error());
        }
        for (const OutboxEntry& entry : *page)
            rows.append(row(entry, now));
        if (page->size() < wanted)
            break;
    }
    if (snapshot)
        connection.rollback();
    if (rows.isEmpty()) {
        context.console.error(tr("No emails match."));
        return Success;
    }
    TextTable table({ { tr("ID"), 0, true }, { tr("Kind") }, { tr("Lead"), 0, true },
        { tr("To"), kMaxRecipientWidth }, { tr("State") }, { tr("Attempts"), 0, true }, { tr("Next try") },
        { tr("Last error") } });
    table.fit(rows);
    QTextStream& out = context.console.out();
    out << table.headerLine() << '\n';
    for (const QStringList& cells : std::as_const(rows))
        out << table.line(cells) << '\n';
    return Success;
}

} // namespace CommandLine
