#pragma once

#include "error.h"
#include "outboxentry.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>

#include <functional>
#include <optional>

// All SQL about the outbox: enqueue (inside the lead's own transaction), claim due rows
// with a lease so that two desks never send the same row, record each outcome, and the
// reads the outbox page, the status bar and the lead's detail pane need.
class OutboxRepository
{
    Q_DECLARE_TR_FUNCTIONS(OutboxRepository)

public:
    using Clock = std::function<QDateTime()>;

    // A new email to queue. An empty recipientAddress on an attorney notification means
    // "the firm's notification address when it is sent".
    struct NewMail
    {
        OutboxKind kind = OutboxKind::Test;
        std::optional<qint64> leadId;
        QString language = QStringLiteral("en");
        QString recipientAddress;
        QString recipientName;
    };

    explicit OutboxRepository(QSqlDatabase db, Clock clock = {});

    // Inserts the row inside a transaction the caller holds open (no BEGIN/COMMIT here),
    // due at once. Returns the new row's id.
    Result<qint64> enqueueInTransaction(const NewMail& mail);
    // The same in a transaction of its own (test emails, tools).
    Result<qint64> enqueue(const NewMail& mail);

    // Takes up to `limit` rows that are queued and due, or 'sending' with an expired lease
    // (their sender died), marks them 'sending' for `owner` until now + lease, counts the
    // attempt, and returns them oldest first; each due row goes to one caller only, however
    // many desks claim at once. SQLite: one BEGIN IMMEDIATE transaction; PostgreSQL: one
    // UPDATE with FOR UPDATE SKIP LOCKED. A row taken over from an expired lease is flagged
    // possible_duplicate: its sender may have delivered it before dying.
    Result<QList<OutboxEntry>> claimDue(const QString& owner, int limit, qint64 leaseMs);
    // Extends the lease of rows this owner still holds (a long session).
    VoidResult renewLease(const QString& owner, const QList<qint64>& ids, qint64 leaseMs);

    // Outcomes of a send. Each applies only while `owner` still holds the row's lease;
    // otherwise Error::Code::Conflict and nothing changes.
    VoidResult markSent(qint64 id, const QString& owner);
    VoidResult markRetry(qint64 id, const QString& owner, const QDateTime& nextAttemptAt,
                         const QString& error);
    VoidResult markFailed(qint64 id, const QString& owner, const QString& error);
    // The final reply was lost and the backoff gave up: failed, flagged possible_duplicate.
    VoidResult markPossibleDuplicate(qint64 id, const QString& owner, const QString& error);
    // The final reply was lost: queued again for `nextAttemptAt` (the same Message-ID, so
    // receivers can de-duplicate) and flagged possible_duplicate, as every MTA does.
    VoidResult markResend(qint64 id, const QString& owner, const QDateTime& nextAttemptAt,
                          const QString& error);

    // A person's actions (outbox page). retryNow: a failed, cancelled or waiting row is
    // queued and due now (a possible duplicate is then sent again on purpose). cancel: a
    // queued or failed row will not be sent. A row being sent cannot be changed.
    VoidResult retryNow(qint64 id);
    VoidResult cancel(qint64 id);

    // The command line's "outbox retry --all": every failed or waiting row (not cancelled
    // ones, not one being sent) starts a fresh delivery series, due now. Returns how many.
    Result<int> retryAllNow();
    // "send-outbox --now": queued rows that wait for their backoff become due now; their
    // attempts and delivery series are kept. Returns how many were moved forward.
    Result<int> makeWaitingDueNow();

    Result<OutboxEntry> entry(qint64 id) const;
    // Newest first; no filter = every state.
    Result<QList<OutboxEntry>> page(std::optional<OutboxState> state, int offset, int limit) const;
    Result<int> count(std::optional<OutboxState> state) const;
    Result<OutboxCounts> counts() const;
    // The lead's emails, oldest first (the detail pane's delivery state).
    Result<QList<OutboxEntry>> deliveryFor(qint64 leadId) const;
    // When the earliest queued row is due (for the dispatcher's timer); nullopt: none.
    Result<std::optional<QDateTime>> nextDueAt() const;

    // "<random@domain>" for a new row.
    static QString makeMessageId(const QString& domain);

    QSqlDatabase database() const { return m_db; }

private:
    qint64 nowMs() const;
    Result<QList<OutboxEntry>> claimDueSkippingLocked(const QString& owner, int limit, qint64 leaseMs);
    VoidResult finish(qint64 id, const QString& owner, const QString& sql,
                      const QVariantList& values);

    QSqlDatabase m_db;
    Clock m_clock;
};
