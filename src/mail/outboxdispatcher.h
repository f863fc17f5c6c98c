#pragma once

#include "backoff.h"
#include "error.h"
#include "oauthtokensource.h"
#include "outboxentry.h"
#include "outgoingmail.h"
#include "smtpconfig.h"
#include "smtpfailure.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSqlDatabase>

#include <functional>


class QTimer;
class SmtpClient;

// Drains the outbox: wakes on a timer and on wake(), claims due rows with a lease,
// renders each from the database, sends them over one SMTP session and records each
// outcome (sent; 4xx or network trouble → retry with backoff; 5xx → failed with the
// server's words; final reply lost → resent with backoff under the same Message-ID and
// flagged as possibly delivered twice, as every MTA does: a lost email is worse than a
// duplicate the receiver can recognise). Never blocks: all network work is asynchronous
// on the thread it lives in.
class OutboxDispatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OutboxDispatcher)

public:
    using Clock = std::function<QDateTime()>;

    // What one drain() did, from its first claim until nothing more was due.
    struct Summary
    {
        int sent = 0;
        int retried = 0; // scheduled for a later attempt (a lost final reply included)
        int failed = 0; // permanent failures and give-ups
        // Of `sent`: possibly delivered twice — resent after a lost final reply, or taken
        // over from a sender that died mid-send (its lease expired while 'sending').
        int possibleDuplicates = 0;
        bool notConfigured = false; // due mail waited because email is not set up

        int attempted() const { return sent + retried + failed; }
        bool allDelivered() const { return retried == 0 && failed == 0 && !notConfigured; }
    };

    // `db` is this thread's connection to the lead database.
    explicit OutboxDispatcher(QSqlDatabase db, QObject* parent = nullptr);
    ~OutboxDispatcher() override;

    // The SMTP server and its credentials (the password included), passed in by the
    // owner: the dispatcher reads no global settings. Takes effect for the next session.
    void setConfig(const SmtpConfig& config);
    const SmtpConfig& config() const { return m_config; }
    // With config().oauthProvider set, the XOAUTH2 token comes from here before each
    // session (renewed when it is about to expire), and a session refused at AUTH is retried
    // once with a renewed token. Not owned; none means "not signed in".
    void setTokenSource(OAuthTokenSource* source) { m_tokenSource = source; }
    OAuthTokenSource* tokenSource() const { return m_tokenSource; }

    void setClock(Clock clock); // default: the system's UTC time
    void setBackoff(const Backoff& backoff) { m_backoff = backoff; }
    void setLeaseDuration(qint64 ms) { m_leaseMs = ms; }
    void setBatchSize(int rows) { m_batchSize = qMax(1, rows); }
    // How often the timer looks for due rows (retries, other desks' mail). Default 30 s.
    void setPollInterval(int ms);
    // The lease owner written to claimed rows; default: a fresh unique id per dispatcher.
    void setOwnerId(const QString& owner) { m_owner = owner; }
    QString ownerId() const { return m_owner; }

    // Starts the polling timer and drains at once; stop() stops polling (a session under
    // way finishes and records its outcomes).
    void start();
    void stop();
    bool isRunning() const;
    bool isBusy() const { return m_busy; }

    // A person's actions on the outbox page: queue a failed, cancelled or waiting email to
    // go now (a possible duplicate is then sent again on purpose) and wake; or cancel one.
    // Both emit stateChanged() when they change a row.
    VoidResult retryNow(qint64 outboxId);
    VoidResult cancel(qint64 outboxId);

    const Summary& lastSummary() const { return m_summary; }
    // The current problem ("Email is not configured", "Cannot reach smtp.example.com…"),
    // empty when the last attempt worked.
    QString currentProblem() const { return m_problem; }

public Q_SLOTS:
    // Drain soon (call after queuing mail). Coalesces: a drain under way runs once more.
    void wake();

Q_SIGNALS:
    // Some rows changed state: refresh counts, the outbox page and the detail pane.
    void stateChanged();
    // Something stops mail from going out, in words for the desk.
    void problem(const QString& message);
    // The problem reported by problem() is gone (a message went out).
    void problemCleared();
    // A drain finished: nothing more is due right now.
    void drained(const OutboxDispatcher::Summary& summary);

private:
    void drain();
    void claimAndSend();
    void onMessageSent(const QString& id);
    void onMessageFailed(const QString& id, const SmtpFailure& failure);
    void onSessionFinished();
    // OAuth: get a token (renewed when forceRefresh), then send m_pendingMails.
    void sendWithToken(bool forceRefresh);
    void startSession(const QList<OutgoingMail>& mails);
    // The token could not be had: every email in flight stays queued (with backoff).
    void keepQueued(const QString& problem);
    void renewLeases();
    void finishDrain();
    void scheduleNext();
    void setProblem(const QString& message);
    void recordTemporary(const OutboxEntry& entry, const QString& error);
    void recordLostReply(const OutboxEntry& entry, const QString& error);
    static bool isSessionStage(SmtpFailure::Stage stage);
    static QString describe(const SmtpFailure& failure);
    QDateTime now() const;

    QSqlDatabase m_db;
    SmtpConfig m_config;
    Clock m_clock;
    Backoff m_backoff;
    qint64 m_leaseMs = 10 * 60 * 1000;
    int m_batchSize = 20;
    int m_pollMs = 30 * 1000;
    QString m_owner;

    QTimer* m_pollTimer = nullptr;
    QTimer* m_leaseTimer = nullptr;
    SmtpClient* m_client = nullptr;
    bool m_busy = false;
    bool m_running = false;
    bool m_wakeAgain = false;
    bool m_wakeQueued = false;
    bool m_lastBatchFull = false;
    QHash<qint64, OutboxEntry> m_inFlight;
    QPointer<OAuthTokenSource> m_tokenSource;
    QList<OutgoingMail> m_pendingMails; // this session's mails, for the one retry after AUTH
    QList<qint64> m_authRetry; // refused at AUTH with XOAUTH2: retried once with a new token
    bool m_authRetried = false;
    Summary m_summary;
    QString m_problem;
    QString m_sessionProblem;
};

Q_DECLARE_METATYPE(OutboxDispatcher::Summary)
