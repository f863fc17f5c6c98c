#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

// Where one queued email stands. Failed and cancelled rows stay until someone retries them.
enum class OutboxState { Queued, Sending, Sent, Failed, Cancelled };

// Which email a row is: it picks the template and the recipient. A morning digest has no
// lead of its own: the leads it lists are in digest_leads (MorningDigest).
enum class OutboxKind { ProspectConfirmation, AttorneyNotification, Test, MorningDigest };

// One row of the outbox: the email's identity and its delivery state, not its bytes (the
// message is rendered from the lead and the templates when it is sent).
struct OutboxEntry
{
    qint64 id = 0;
    std::optional<qint64> leadId; // empty for test emails and morning digests
    OutboxKind kind = OutboxKind::Test;
    QString language = QStringLiteral("en"); // "en" or "es"
    QString recipientAddress; // empty: the firm's notification address at send time
    QString recipientName;
    QString messageId; // "<...@...>", fixed at enqueue
    OutboxState state = OutboxState::Queued;
    bool possibleDuplicate = false; // a send's final reply was lost: it may have arrived
    int attempts = 0;
    QDateTime nextAttemptAt; // UTC
    QString leaseOwner;
    QDateTime leaseUntil; // UTC; invalid when not leased
    QString lastError; // the stage, the server's words and advice
    QDateTime createdAt; // UTC
    QDateTime updatedAt; // UTC
    QDateTime sentAt; // UTC; invalid until sent
    QDateTime queuedAt; // UTC; start of the current delivery series (Retry now restarts it)

    static QString stateKey(OutboxState state); // "queued", ...
    static std::optional<OutboxState> stateFromKey(const QString& key);
    static QString kindKey(OutboxKind kind); // "prospect_confirmation", ...
    static std::optional<OutboxKind> kindFromKey(const QString& key);
};

// How many rows are in each state (for the status bar and the outbox page's filter).
struct OutboxCounts
{
    int queued = 0;
    int sending = 0;
    int sent = 0;
    int failed = 0;
    int cancelled = 0;
    int possibleDuplicates = 0; // failed rows flagged as possible duplicates (subset of failed)

    int of(OutboxState state) const;
    int pending() const { return queued + sending; }
};
