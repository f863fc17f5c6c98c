#include "morningdigest.h"

#include "database.h"
#include "firmsettings.h"
#include "lead.h"
#include "logging.h"
#include "outboxrepository.h"
#include "responsetarget.h"
#include "user.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

#include <algorithm>

namespace {

Error sqlError(const QString& what, const QSqlQuery& query)
{
    qCWarning(lcDb) << what << query.lastError().text();
    return Error { Error::Code::Database, what + QStringLiteral(": ") + query.lastError().text() };
}

QDate dateOf(const QVariant& value)
{
    if (value.isNull())
        return {};
    // SQLite keeps YYYY-MM-DD text, PostgreSQL a date: both read back as ISO text.
    return QDate::fromString(value.toString().left(10), Qt::ISODate);
}

} // namespace

MorningDigest::MorningDigest(QSqlDatabase db, Clock clock)
    : m_db(std::move(db))
    , m_clock(std::move(clock))
{
}

QDateTime MorningDigest::now() const
{
    return m_clock ? m_clock() : QDateTime::currentDateTimeUtc();
}

Result<QList<MorningDigest::Recipient>> MorningDigest::recipients(const QDateTime& now) const
{
    const ResponseTarget target = ResponseTarget::fromSettings(FirmSettings(m_db));
    const ResponseTarget::SqlCondition overdue = target.overdueCondition(now);
    // The condition names the leads' columns without an alias: filter them first, then
    // join the accounts (which have a created_at of their own).
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT l.id, l.created_at, l.follow_up_on, l.status, u.id, u.username, u.email, "
                                 "u.display_name, u.role, u.disabled FROM (SELECT id, attorney_id, created_at, "
                                 "follow_up_on, status FROM leads WHERE erased_at IS NULL AND %1) AS l "
                                 "LEFT JOIN users u ON u.id = l.attorney_id")
                      .arg(overdue.where));
    for (const QVariant& value : overdue.values)
        query.addBindValue(value);
    if (!query.exec())
        return sqlError(tr("Reading the overdue leads failed"), query);
    QHash<qint64, Recipient> byAccount;
    while (query.next()) {
        ::Lead lead;
        lead.id = query.value(0).toLongLong();
        lead.createdAt = QDateTime::fromMSecsSinceEpoch(query.value(1).toLongLong(), QTimeZone::utc());
        lead.followUpOn = dateOf(query.value(2));
        lead.status = LeadStatusText::fromKey(query.value(3).toString()).value_or(LeadStatus::Pending);
        // Leads of a disabled account (or of no account that may be responsible) reach
        // nobody's desk: the firm's address gets them with the unassigned ones.
        const std::optional<Role> role = RoleText::fromKey(query.value(8).toString());
        const bool responsible = !query.value(4).isNull() && !query.value(9).toBool() && role
            && *role != Role::Receptionist;
        const qint64 account = responsible ? query.value(4).toLongLong() : kFirmRecipient;
        Recipient& recipient = byAccount[account];
        if (recipient.leads.isEmpty()) {
            recipient.accountId = account;
            if (responsible) {
                recipient.username = query.value(5).toString();
                recipient.address = query.value(6).toString().trimmed();
                recipient.name = query.value(7).toString().trimmed();
            }
        }
        QDateTime due = target.dueAt(lead);
        if (!due.isValid()) // cannot happen for a row the condition chose; list it first
            due = lead.createdAt;
        recipient.leads.append({ lead.id, due.toUTC() });
    }
    QList<Recipient> list = byAccount.values();
    for (Recipient& recipient : list) {
        std::sort(recipient.leads.begin(), recipient.leads.end(), [](const Lead& a, const Lead& b) {
            return a.dueAt != b.dueAt ? a.dueAt < b.dueAt : a.id < b.id;
        });
    }
    std::sort(list.begin(), list.end(),
              [](const Recipient& a, const Recipient& b) { return a.accountId < b.accountId; });
    return list;
}

Result<QList<qint64>> MorningDigest::servedOn(const QDate& day) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT account_id FROM digest_sent WHERE day = ?"));
    query.addBindValue(day.toString(Qt::ISODate));
    if (!query.exec())
        return sqlError(tr("Reading today's digests failed"), query);
    QList<qint64> served;
    while (query.next())
        served.append(query.value(0).toLongLong());
    return served;
}

Result<MorningDigest::Outcome> MorningDigest::runIfDue()
{
    Outcome outcome;
    const QDateTime at = now();
    const FirmSettings settings(m_db);
    if (!settings.flag(FirmSettings::Key::DigestDaily)) {
        outcome.status = Status::Off;
        return outcome;
    }
    const ResponseTarget target = ResponseTarget::fromSettings(settings);
    const QDateTime local = at.toTimeZone(target.rule().zone);
    outcome.day = local.date();
    QTime time = QTime::fromString(settings.text(FirmSettings::Key::DigestTime), QStringLiteral("HH:mm"));
    if (!time.isValid())
        time = QTime(8, 0);
    outcome.dueAt = QDateTime(outcome.day, time, target.rule().zone);
    if (!target.isBusinessDay(outcome.day)) {
        outcome.status = Status::NotBusinessDay;
        return outcome;
    }
    if (local.time() < time) {
        outcome.status = Status::NotYet;
        return outcome;
    }
    outcome.status = Status::Ran;

    // First without the write lock: most checks of the day find every digest queued.
    const QString day = outcome.day.toString(Qt::ISODate);
    // (Those who cannot get one, without an address, do not count: they would take the
    // write lock at every check of the day.)
    const bool firmAddress = !settings.text(FirmSettings::Key::NotificationAddress).trimmed().isEmpty();
    const auto pending = [&](const QList<Recipient>& all, const QList<qint64>& served) {
        QList<Recipient> left;
        for (const Recipient& recipient : all) {
            const bool reachable = recipient.accountId == kFirmRecipient ? firmAddress : !recipient.address.isEmpty();
            if (reachable && !served.contains(recipient.accountId))
                left.append(recipient);
        }
        return left;
    };
    {
        const Result<QList<Recipient>> all = recipients(at);
        if (!all)
            return all.error();
        const Result<QList<qint64>> served = servedOn(outcome.day);
        if (!served)
            return served.error();
        if (pending(*all, *served).isEmpty()) {
            outcome.alreadySent = int(served->size());
            return outcome;
        }
    }

    WriteTransaction transaction(m_db);
    if (const Error* error = transaction.error())
        return *error;
    // Again under the lock: the leads as they are now, and whichever desk came first.
    const Result<QList<Recipient>> all = recipients(at);
    if (!all)
        return all.error();
    const FirmSettings firm(m_db);
    OutboxRepository outbox(m_db);
    QSqlQuery query(m_db);
    for (const Recipient& recipient : *all) {
        OutboxRepository::NewMail mail;
        mail.kind = OutboxKind::MorningDigest;
        mail.language = m_language == QLatin1String("es") ? m_language : QStringLiteral("en");
        if (recipient.accountId == kFirmRecipient) {
            mail.recipientAddress = firm.text(FirmSettings::Key::NotificationAddress).trimmed();
            mail.recipientName = firm.text(FirmSettings::Key::NotificationName).trimmed();
            if (mail.recipientAddress.isEmpty()) {
                outcome.skipped.append(tr("Overdue leads with no attorney: %1. No digest for them: no notification "
                                          "address is set (firm.notification_address).")
                                           .arg(recipient.leads.size()));
                continue;
            }
        } else {
            mail.recipientAddress = recipient.address;
            mail.recipientName = recipient.name;
            if (mail.recipientAddress.isEmpty()) {
                qCInfo(lcDb) << "morning digest: account" << recipient.accountId << "has"
                             << recipient.leads.size() << "overdue leads and no email address";
                outcome.skipped.append(tr("Overdue leads of %1: %2. No digest: the account has no email address.")
                                           .arg(recipient.username)
                                           .arg(recipient.leads.size()));
                continue;
            }
        }
        const int listed = int(std::min<qsizetype>(recipient.leads.size(), kMaxListed));
        // The claim: inserted only where no desk has one for this recipient and day.
        query.prepare(QStringLiteral("INSERT INTO digest_sent (account_id, day, sent_at, unlisted) VALUES (?, ?, ?, ?) "
                                     "ON CONFLICT (account_id, day) DO NOTHING"));
        query.addBindValue(recipient.accountId);
        query.addBindValue(day);
        query.addBindValue(at.toMSecsSinceEpoch());
        query.addBindValue(int(recipient.leads.size()) - listed);
        if (!query.exec())
            return sqlError(tr("Recording the morning digest failed"), query);
        if (query.numRowsAffected() < 1) {
            ++outcome.alreadySent;
            continue;
        }
        const Result<qint64> queued = outbox.enqueueInTransaction(mail);
        if (!queued)
            return queued.error();
        query.prepare(QStringLiteral("UPDATE digest_sent SET outbox_id = ? WHERE account_id = ? AND day = ?"));
        query.addBindValue(*queued);
        query.addBindValue(recipient.accountId);
        query.addBindValue(day);
        if (!query.exec())
            return sqlError(tr("Recording the morning digest failed"), query);
        query.prepare(QStringLiteral("INSERT INTO digest_leads (outbox_id, ordinal, lead_id, due_at) VALUES (?, ?, ?, ?)"));
        for (int i = 0; i < listed; ++i) {
            query.addBindValue(*queued);
            query.addBindValue(i);
            query.addBindValue(recipient.leads.at(i).id);
            query.addBindValue(recipient.leads.at(i).dueAt.toMSecsSinceEpoch());
            if (!query.exec())
                return sqlError(tr("Recording the morning digest failed"), query);
        }
        outcome.queued.append({ recipient.accountId, recipient.name, *queued, listed, int(recipient.leads.size()) });
    }
    query.finish();
    if (const VoidResult committed = transaction.commit(); !committed)
        return committed.error();
    for (const Queued& queued : std::as_const(outcome.queued))
        qCInfo(lcDb) << "morning digest" << day << "queued for account" << queued.accountId << "as email"
                     << queued.outboxId << ":" << queued.overdue << "overdue leads";
    return outcome;
}

Result<MorningDigest::Contents> MorningDigest::contents(const QSqlDatabase& db, qint64 outboxId)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT account_id, day, sent_at, unlisted FROM digest_sent WHERE outbox_id = ?"));
    query.addBindValue(outboxId);
    if (!query.exec())
        return sqlError(tr("Reading the morning digest failed"), query);
    if (!query.next())
        return Error { Error::Code::NotFound, tr("Email %1 is no morning digest.").arg(outboxId) };
    Contents contents;
    contents.accountId = query.value(0).toLongLong();
    contents.day = dateOf(query.value(1));
    contents.asOf = QDateTime::fromMSecsSinceEpoch(query.value(2).toLongLong(), QTimeZone::utc());
    contents.unlisted = query.value(3).toInt();
    query.finish();
    // An erased lead keeps its row ("(erased)"): it is left out, never named.
    query.prepare(QStringLiteral("SELECT d.lead_id, d.due_at, l.first_name, l.last_name, l.follow_up_on "
                                 "FROM digest_leads d JOIN leads l ON l.id = d.lead_id "
                                 "WHERE d.outbox_id = ? AND l.erased_at IS NULL ORDER BY d.ordinal"));
    query.addBindValue(outboxId);
    if (!query.exec())
        return sqlError(tr("Reading the morning digest failed"), query);
    while (query.next()) {
        Item item;
        item.leadId = query.value(0).toLongLong();
        item.dueAt = QDateTime::fromMSecsSinceEpoch(query.value(1).toLongLong(), QTimeZone::utc());
        item.name = query.value(2).toString() + QLatin1Char(' ') + query.value(3).toString();
        item.followUpOn = dateOf(query.value(4));
        contents.items.append(item);
    }
    return contents;
}
