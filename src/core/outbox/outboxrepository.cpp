#include "outboxrepository.h"

#include "database.h"
#include "firmsettings.h"
#include "logging.h"
#include "sqldialect.h"

#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <algorithm>
#include <utility>

namespace {

Error sqlError(const QString& what, const QSqlQuery& query)
{
    qCWarning(lcDb) << what << query.lastError().text();
    return Error { Error::Code::Database, what + QStringLiteral(": ") + query.lastError().text() };
}

QDateTime fromMs(const QVariant& value)
{
    if (value.isNull())
        return {};
    return QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

const QString kColumns = QStringLiteral(
    "id, lead_id, kind, language, recipient_address, recipient_name, message_id, state, "
    "possible_duplicate, attempts, next_attempt_at, lease_owner, lease_until, last_error, "
    "created_at, updated_at, sent_at, queued_at");

OutboxEntry entryFromQuery(const QSqlQuery& query)
{
    OutboxEntry entry;
    entry.id = query.value(0).toLongLong();
    if (!query.value(1).isNull())
        entry.leadId = query.value(1).toLongLong();
    entry.kind = OutboxEntry::kindFromKey(query.value(2).toString()).value_or(OutboxKind::Test);
    entry.language = query.value(3).toString();
    entry.recipientAddress = query.value(4).toString();
    entry.recipientName = query.value(5).toString();
    entry.messageId = query.value(6).toString();
    entry.state = OutboxEntry::stateFromKey(query.value(7).toString()).value_or(OutboxState::Failed);
    entry.possibleDuplicate = query.value(8).toInt() != 0;
    entry.attempts = query.value(9).toInt();
    entry.nextAttemptAt = fromMs(query.value(10));
    entry.leaseOwner = query.value(11).toString();
    entry.leaseUntil = fromMs(query.value(12));
    entry.lastError = query.value(13).toString();
    entry.createdAt = fromMs(query.value(14));
    entry.updatedAt = fromMs(query.value(15));
    entry.sentAt = fromMs(query.value(16));
    entry.queuedAt = fromMs(query.value(17));
    return entry;
}

Error leaseLost(qint64 id)
{
    return Error { Error::Code::Conflict,
                   OutboxRepository::tr("Email %1 is no longer held by this sender (its lease expired and another "
                      "desk took it over); its state was not changed.")
                       .arg(id) };
}

} // namespace

OutboxRepository::OutboxRepository(QSqlDatabase db, Clock clock)
    : m_db(std::move(db))
    , m_clock(std::move(clock))
{
}

qint64 OutboxRepository::nowMs() const
{
    return (m_clock ? m_clock() : QDateTime::currentDateTimeUtc()).toMSecsSinceEpoch();
}

QString OutboxRepository::makeMessageId(const QString& domain)
{
    QString host = domain.trimmed().toLower();
    // Only what a dot-atom allows: the id is a header value.
    host.removeIf([](QChar ch) {
        return !(ch.isLetterOrNumber() && ch.unicode() < 128) && ch != QLatin1Char('.')
            && ch != QLatin1Char('-');
    });
    if (host.isEmpty())
        host = QStringLiteral("leadintake.invalid");
    const QString random = QUuid::createUuid().toString(QUuid::Id128);
    return QStringLiteral("<%1.%2@%3>")
        .arg(QString::number(QDateTime::currentMSecsSinceEpoch(), 36), random, host);
}

Result<qint64> OutboxRepository::enqueueInTransaction(const NewMail& mail)
{
    const qint64 now = nowMs();
    // The id's domain is the sender's: recipients' servers expect it to be ours.
    const FirmSettings settings(m_db);
    QString sender = settings.text(FirmSettings::Key::SenderAddress);
    if (sender.isEmpty())
        sender = settings.text(FirmSettings::Key::SmtpUsername);
    const qsizetype at = sender.lastIndexOf(QLatin1Char('@'));
    const QString messageId = makeMessageId(at >= 0 ? sender.mid(at + 1) : QString());

    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "INSERT INTO outbox (lead_id, kind, language, recipient_address, recipient_name, "
        "message_id, state, attempts, next_attempt_at, queued_at, created_at, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?, 'queued', 0, ?, ?, ?, ?) RETURNING id"));
    query.addBindValue(mail.leadId ? QVariant(*mail.leadId) : QVariant(QMetaType(QMetaType::LongLong)));
    query.addBindValue(OutboxEntry::kindKey(mail.kind));
    query.addBindValue(mail.language);
    // Never NULL: the columns are NOT NULL and an unset QString binds as NULL.
    query.addBindValue(QString(QLatin1String("") + mail.recipientAddress.trimmed()));
    query.addBindValue(QString(QLatin1String("") + mail.recipientName.trimmed()));
    query.addBindValue(messageId);
    query.addBindValue(now);
    query.addBindValue(now);
    query.addBindValue(now);
    query.addBindValue(now);
    if (!query.exec() || !query.next())
        return sqlError(tr("Queuing the email failed; nothing was saved"), query);
    const qint64 id = query.value(0).toLongLong();
    query.finish();
    qCInfo(lcDb) << "queued email" << id << OutboxEntry::kindKey(mail.kind) << "lead"
                 << mail.leadId.value_or(0);
    return id;
}

Result<qint64> OutboxRepository::enqueue(const NewMail& mail)
{
    WriteTransaction transaction(m_db);
    if (const Error* error = transaction.error())
        return *error;
    const Result<qint64> id = enqueueInTransaction(mail);
    if (!id)
        return id;
    if (const VoidResult committed = transaction.commit(); !committed)
        return committed.error();
    return id;
}

Result<QList<OutboxEntry>> OutboxRepository::claimDue(const QString& owner, int limit,
                                                      qint64 leaseMs)
{
    if (SqlDialect(m_db).isPostgres())
        return claimDueSkippingLocked(owner, limit, leaseMs);
    WriteTransaction transaction(m_db);
    if (const Error* error = transaction.error())
        return *error;
    const qint64 now = nowMs();
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT id FROM outbox WHERE (state = 'queued' AND next_attempt_at <= ?) "
                                 "OR (state = 'sending' AND lease_until < ?) "
                                 "ORDER BY next_attempt_at, id LIMIT ?"));
    query.addBindValue(now);
    query.addBindValue(now);
    query.addBindValue(limit);
    if (!query.exec())
        return sqlError(tr("Reading the outbox failed"), query);
    QList<qint64> ids;
    while (query.next())
        ids.append(query.value(0).toLongLong());
    query.finish();

    QList<OutboxEntry> claimed;
    for (const qint64 id : std::as_const(ids)) {
        query.prepare(QStringLiteral(
            "UPDATE outbox SET state = 'sending', lease_owner = ?, lease_until = ?, "
            "attempts = attempts + 1, updated_at = ?, "
            // Still 'sending' means its sender died mid-send: the email may have arrived.
            "possible_duplicate = CASE WHEN state = 'sending' THEN 1 ELSE possible_duplicate END "
            "WHERE id = ?"));
        query.addBindValue(owner);
        query.addBindValue(now + leaseMs);
        query.addBindValue(now);
        query.addBindValue(id);
        if (!query.exec())
            return sqlError(tr("Claiming an email to send failed"), query);
        query.prepare(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM outbox WHERE id = ?"));
        query.addBindValue(id);
        if (!query.exec() || !query.next())
            return sqlError(tr("Reading the outbox failed"), query);
        claimed.append(entryFromQuery(query));
        query.finish();
    }
    if (const VoidResult committed = transaction.commit(); !committed)
        return committed.error();
    if (!claimed.isEmpty())
        qCInfo(lcDb) << "claimed" << claimed.size() << "emails for" << owner;
    return claimed;
}

// PostgreSQL: one statement, outside the writers' advisory lock, so that desks sending at
// once do not queue behind each other or behind intake. FOR UPDATE SKIP LOCKED hands each
// due row to exactly one claimer: a row another desk is claiming right now is skipped, and
// one it claimed and committed meanwhile no longer matches when re-checked. Every other
// outbox write changes a row only while it is in the state it expects (a lease held,
// 'queued' or 'failed'), so it waits on a claim's row lock and then leaves a claimed row be.
Result<QList<OutboxEntry>> OutboxRepository::claimDueSkippingLocked(const QString& owner, int limit,
                                                                    qint64 leaseMs)
{
    const qint64 now = nowMs();
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "UPDATE outbox SET state = 'sending', lease_owner = ?, lease_until = ?, "
        "attempts = attempts + 1, updated_at = ?, "
        // Still 'sending' means its sender died mid-send: the email may have arrived.
        "possible_duplicate = CASE WHEN state = 'sending' THEN 1 ELSE possible_duplicate END "
        "WHERE id IN (SELECT id FROM outbox WHERE (state = 'queued' AND next_attempt_at <= ?) "
        "OR (state = 'sending' AND lease_until < ?) "
        "ORDER BY next_attempt_at, id LIMIT ? FOR UPDATE SKIP LOCKED) RETURNING ")
                  + kColumns);
    query.addBindValue(owner);
    query.addBindValue(now + leaseMs);
    query.addBindValue(now);
    query.addBindValue(now);
    query.addBindValue(now);
    query.addBindValue(limit);
    if (!query.exec())
        return sqlError(tr("Claiming an email to send failed"), query);
    QList<OutboxEntry> claimed;
    while (query.next())
        claimed.append(entryFromQuery(query));
    query.finish();
    // RETURNING has no order: the same as SQLite's, oldest due first.
    std::sort(claimed.begin(), claimed.end(), [](const OutboxEntry& a, const OutboxEntry& b) {
        return std::pair(a.nextAttemptAt.toMSecsSinceEpoch(), a.id)
            < std::pair(b.nextAttemptAt.toMSecsSinceEpoch(), b.id);
    });
    if (!claimed.isEmpty())
        qCInfo(lcDb) << "claimed" << claimed.size() << "emails for" << owner;
    return claimed;
}

VoidResult OutboxRepository::renewLease(const QString& owner, const QList<qint64>& ids,
                                        qint64 leaseMs)
{
    WriteTransaction transaction(m_db);
    if (const Error* error = transaction.error())
        return *error;
    const qint64 now = nowMs();
    QSqlQuery query(m_db);
    for (const qint64 id : ids) {
        query.prepare(QStringLiteral("UPDATE outbox SET lease_until = ? WHERE id = ? AND "
                                     "state = 'sending' AND lease_owner = ?"));
        query.addBindValue(now + leaseMs);
        query.addBindValue(id);
        query.addBindValue(owner);
        if (!query.exec())
            return sqlError(tr("Extending the send lease failed"), query);
    }
    query.finish();
    return transaction.commit();
}

VoidResult OutboxRepository::finish(qint64 id, const QString& owner, const QString& sql,
                                    const QVariantList& values)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("UPDATE outbox SET ") + sql
                  + QStringLiteral(", lease_owner = NULL, lease_until = NULL, updated_at = ? "
                                   "WHERE id = ? AND state = 'sending' AND lease_owner = ?"));
    for (const QVariant& value : values)
        query.addBindValue(value);
    query.addBindValue(nowMs());
    query.addBindValue(id);
    query.addBindValue(owner);
    if (!query.exec())
        return sqlError(tr("Recording the email's outcome failed"), query);
    if (query.numRowsAffected() != 1)
        return leaseLost(id);
    return Done {};
}

VoidResult OutboxRepository::markSent(qint64 id, const QString& owner)
{
    const VoidResult done = finish(id, owner, QStringLiteral("state = 'sent', sent_at = ?, last_error = NULL"),
                                   { nowMs() });
    if (done)
        qCInfo(lcDb) << "email" << id << "sent";
    return done;
}

VoidResult OutboxRepository::markRetry(qint64 id, const QString& owner,
                                       const QDateTime& nextAttemptAt, const QString& error)
{
    return finish(id, owner, QStringLiteral("state = 'queued', next_attempt_at = ?, last_error = ?"),
                  { nextAttemptAt.toMSecsSinceEpoch(), error });
}

VoidResult OutboxRepository::markFailed(qint64 id, const QString& owner, const QString& error)
{
    return finish(id, owner, QStringLiteral("state = 'failed', last_error = ?"), { error });
}

VoidResult OutboxRepository::markPossibleDuplicate(qint64 id, const QString& owner,
                                                   const QString& error)
{
    return finish(id, owner,
                  QStringLiteral("state = 'failed', possible_duplicate = 1, last_error = ?"),
                  { error });
}

VoidResult OutboxRepository::markResend(qint64 id, const QString& owner,
                                        const QDateTime& nextAttemptAt, const QString& error)
{
    return finish(id, owner,
                  QStringLiteral("state = 'queued', possible_duplicate = 1, next_attempt_at = ?, "
                                 "last_error = ?"),
                  { nextAttemptAt.toMSecsSinceEpoch(), error });
}

VoidResult OutboxRepository::retryNow(qint64 id)
{
    const qint64 now = nowMs();
    QSqlQuery query(m_db);
    // A fresh delivery series: attempts and the backoff's give-up clock restart. One
    // statement that changes the row only while no desk is sending it: on PostgreSQL a
    // claim does not take the writers' lock (claimDueSkippingLocked).
    query.prepare(QStringLiteral("UPDATE outbox SET state = 'queued', next_attempt_at = ?, "
                                 "attempts = 0, queued_at = ?, updated_at = ? "
                                 "WHERE id = ? AND state IN ('queued', 'failed', 'cancelled')"));
    query.addBindValue(now);
    query.addBindValue(now);
    query.addBindValue(now);
    query.addBindValue(id);
    if (!query.exec())
        return sqlError(tr("Queuing the email again failed"), query);
    if (query.numRowsAffected() == 1) {
        qCInfo(lcDb) << "email" << id << "queued again by hand";
        return Done {};
    }
    query.finish();
    const Result<OutboxEntry> current = entry(id);
    if (!current)
        return current.error();
    if (current->state == OutboxState::Sent)
        return Error { Error::Code::Invalid, tr("Email %1 was already sent.").arg(id) };
    return Error { Error::Code::Conflict, tr("Email %1 is being sent right now.").arg(id) };
}

VoidResult OutboxRepository::cancel(qint64 id)
{
    const qint64 now = nowMs();
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("UPDATE outbox SET state = 'cancelled', updated_at = ? "
                                 "WHERE id = ? AND state IN ('queued', 'failed')"));
    query.addBindValue(now);
    query.addBindValue(id);
    if (!query.exec())
        return sqlError(tr("Cancelling the email failed"), query);
    if (query.numRowsAffected() == 1) {
        qCInfo(lcDb) << "email" << id << "cancelled";
        return Done {};
    }
    query.finish();
    const Result<OutboxEntry> current = entry(id);
    if (!current)
        return current.error();
    switch (current->state) {
    case OutboxState::Sending:
        return Error { Error::Code::Conflict, tr("Email %1 is being sent right now.").arg(id) };
    case OutboxState::Sent:
        return Error { Error::Code::Invalid, tr("Email %1 was already sent.").arg(id) };
    case OutboxState::Cancelled:
    case OutboxState::Queued:
    case OutboxState::Failed:
        break;
    }
    return Done {};
}

Result<int> OutboxRepository::retryAllNow()
{
    const qint64 now = nowMs();
    QSqlQuery query(m_db);
    // One statement, so a row a sender claims meanwhile ('sending') is never touched.
    query.prepare(QStringLiteral("UPDATE outbox SET state = 'queued', next_attempt_at = ?, attempts = 0, "
                                 "queued_at = ?, updated_at = ? WHERE state IN ('queued', 'failed')"));
    query.addBindValue(now);
    query.addBindValue(now);
    query.addBindValue(now);
    if (!query.exec())
        return sqlError(tr("Queuing the emails again failed"), query);
    const int changed = query.numRowsAffected();
    qCInfo(lcDb) << changed << "emails queued again by hand";
    return changed;
}

Result<int> OutboxRepository::makeWaitingDueNow()
{
    const qint64 now = nowMs();
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("UPDATE outbox SET next_attempt_at = ?, updated_at = ? "
                                 "WHERE state = 'queued' AND next_attempt_at > ?"));
    query.addBindValue(now);
    query.addBindValue(now);
    query.addBindValue(now);
    if (!query.exec())
        return sqlError(tr("Moving the waiting emails forward failed"), query);
    const int changed = query.numRowsAffected();
    if (changed > 0)
        qCInfo(lcDb) << changed << "waiting emails made due now";
    return changed;
}

Result<OutboxEntry> OutboxRepository::entry(qint64 id) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM outbox WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec())
        return sqlError(tr("Reading the outbox failed"), query);
    if (!query.next())
        return Error { Error::Code::NotFound, tr("Email %1 does not exist.").arg(id) };
    return entryFromQuery(query);
}

Result<QList<OutboxEntry>> OutboxRepository::page(std::optional<OutboxState> state, int offset,
                                                  int limit) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM outbox")
                  + (state ? QStringLiteral(" WHERE state = ?") : QString())
                  + QStringLiteral(" ORDER BY created_at DESC, id DESC LIMIT ? OFFSET ?"));
    if (state)
        query.addBindValue(OutboxEntry::stateKey(*state));
    query.addBindValue(limit);
    query.addBindValue(offset);
    if (!query.exec())
        return sqlError(tr("Reading the outbox failed"), query);
    QList<OutboxEntry> entries;
    while (query.next())
        entries.append(entryFromQuery(query));
    return entries;
}

Result<int> OutboxRepository::count(std::optional<OutboxState> state) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT count(*) FROM outbox")
                  + (state ? QStringLiteral(" WHERE state = ?") : QString()));
    if (state)
        query.addBindValue(OutboxEntry::stateKey(*state));
    if (!query.exec() || !query.next())
        return sqlError(tr("Counting emails failed"), query);
    return query.value(0).toInt();
}

Result<OutboxCounts> OutboxRepository::counts() const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT state, count(*), sum(possible_duplicate) FROM outbox "
                                   "GROUP BY state")))
        return sqlError(tr("Counting emails failed"), query);
    OutboxCounts counts;
    while (query.next()) {
        const int n = query.value(1).toInt();
        switch (OutboxEntry::stateFromKey(query.value(0).toString()).value_or(OutboxState::Failed)) {
        case OutboxState::Queued:
            counts.queued = n;
            break;
        case OutboxState::Sending:
            counts.sending = n;
            break;
        case OutboxState::Sent:
            counts.sent = n;
            break;
        case OutboxState::Failed:
            counts.failed = n;
            counts.possibleDuplicates = query.value(2).toInt();
            break;
        case OutboxState::Cancelled:
            counts.cancelled = n;
            break;
        }
    }
    return counts;
}

Result<QList<OutboxEntry>> OutboxRepository::deliveryFor(qint64 leadId) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT ") + kColumns
                  + QStringLiteral(" FROM outbox WHERE lead_id = ? ORDER BY created_at, id"));
    query.addBindValue(leadId);
    if (!query.exec())
        return sqlError(tr("Reading the lead's emails failed"), query);
    QList<OutboxEntry> entries;
    while (query.next())
        entries.append(entryFromQuery(query));
    return entries;
}

Result<std::optional<QDateTime>> OutboxRepository::nextDueAt() const
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral(
            "SELECT min(t) FROM (SELECT min(next_attempt_at) AS t FROM outbox WHERE state = 'queued' "
            "UNION ALL SELECT min(lease_until) FROM outbox WHERE state = 'sending') AS due"))
        || !query.next())
        return sqlError(tr("Reading the outbox failed"), query);
    if (query.value(0).isNull())
        return std::optional<QDateTime>();
    return std::optional<QDateTime>(fromMs(query.value(0)));
}
