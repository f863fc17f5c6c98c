#include "outboxdispatcher.h"

#include "oauthprovider.h"
#include "oauthtokensource.h"
#include "outboxcomposer.h"
#include "outboxrepository.h"
#include "smtpclient.h"
#include "smtplogging.h"
#include "smtpsettings.h"

#include <QCoreApplication>
#include <QTimer>
#include <QUuid>

OutboxDispatcher::OutboxDispatcher(QSqlDatabase db, QObject* parent)
    : QObject(parent)
    , m_db(std::move(db))
    , m_owner(QStringLiteral("%1/%2").arg(QCoreApplication::applicationPid())
                  .arg(QUuid::createUuid().toString(QUuid::WithoutBraces)))
    , m_pollTimer(new QTimer(this))
    , m_leaseTimer(new QTimer(this))
{
    qRegisterMetaType<OutboxDispatcher::Summary>();
    m_pollTimer->setSingleShot(true);
    connect(m_pollTimer, &QTimer::timeout, this, &OutboxDispatcher::wake);
    connect(m_leaseTimer, &QTimer::timeout, this, &OutboxDispatcher::renewLeases);
}

OutboxDispatcher::~OutboxDispatcher() = default;

void OutboxDispatcher::setConfig(const SmtpConfig& config)
{
    m_config = config;
}

void OutboxDispatcher::setClock(Clock clock)
{
    m_clock = std::move(clock);
}

void OutboxDispatcher::setPollInterval(int ms)
{
    m_pollMs = qMax(10, ms);
}

QDateTime OutboxDispatcher::now() const
{
    return m_clock ? m_clock() : QDateTime::currentDateTimeUtc();
}

void OutboxDispatcher::start()
{
    m_running = true;
    m_pollTimer->start(m_pollMs);
    wake();
}

void OutboxDispatcher::stop()
{
    m_running = false;
    m_pollTimer->stop();
}

bool OutboxDispatcher::isRunning() const
{
    return m_running;
}

void OutboxDispatcher::wake()
{
    if (m_wakeQueued)
        return;
    m_wakeQueued = true;
    QTimer::singleShot(0, this, [this] {
        m_wakeQueued = false;
        drain();
    });
}

VoidResult OutboxDispatcher::retryNow(qint64 outboxId)
{
    const VoidResult done = OutboxRepository(m_db, m_clock).retryNow(outboxId);
    if (done) {
        Q_EMIT stateChanged();
        wake();
    }
    return done;
}

VoidResult OutboxDispatcher::cancel(qint64 outboxId)
{
    const VoidResult done = OutboxRepository(m_db, m_clock).cancel(outboxId);
    if (done)
        Q_EMIT stateChanged();
    return done;
}

void OutboxDispatcher::drain()
{
    if (m_busy) {
        m_wakeAgain = true;
        return;
    }
    m_busy = true;
    m_summary = {};
    claimAndSend();
}

void OutboxDispatcher::setProblem(const QString& message)
{
    if (message == m_problem)
        return;
    m_problem = message;
    if (message.isEmpty())
        Q_EMIT problemCleared();
    else
        Q_EMIT problem(message);
}

void OutboxDispatcher::claimAndSend()
{
    OutboxRepository outbox(m_db, m_clock);
    if (const QString missing = SmtpSettings::missing(m_config); !missing.isEmpty()) {
        const Result<std::optional<QDateTime>> due = outbox.nextDueAt();
        if (due && due->has_value() && **due <= now()) {
            m_summary.notConfigured = true;
            setProblem(missing);
        }
        finishDrain();
        return;
    }

    const Result<QList<OutboxEntry>> claimed = outbox.claimDue(m_owner, m_batchSize, m_leaseMs);
    if (!claimed) {
        setProblem(claimed.error().message);
        finishDrain();
        return;
    }
    if (claimed->isEmpty()) {
        finishDrain();
        return;
    }
    Q_EMIT stateChanged();

    const OutboxComposer composer(m_db);
    QList<OutgoingMail> mails;
    m_inFlight.clear();
    m_sessionProblem.clear();
    m_lastBatchFull = claimed->size() >= m_batchSize;
    for (const OutboxEntry& entry : *claimed) {
        OutgoingMail mail;
        OutboxComposer::Problem problem;
        if (!composer.compose(entry, m_config, &mail, &problem)) {
            qCInfo(lcSmtp) << "email" << entry.id << "cannot be composed:" << problem.message;
            if (problem.configuration) {
                setProblem(problem.message);
                recordTemporary(entry, problem.message);
            } else {
                if (const VoidResult marked = outbox.markFailed(entry.id, m_owner, problem.message); !marked)
                    qCWarning(lcSmtp) << "email" << entry.id << marked.error().message;
                ++m_summary.failed;
            }
            continue;
        }
        m_inFlight.insert(entry.id, entry);
        mails.append(std::move(mail));
    }
    if (mails.isEmpty()) {
        Q_EMIT stateChanged();
        onSessionFinished();
        return;
    }

    m_pendingMails = mails;
    m_authRetry.clear();
    m_authRetried = false;
    if (!m_config.oauthProvider.isEmpty()) {
        sendWithToken(false);
        return;
    }
    startSession(mails);
}

void OutboxDispatcher::sendWithToken(bool forceRefresh)
{
    const std::optional<OAuthProvider::Id> provider = OAuthProvider::fromName(m_config.oauthProvider);
    if (!m_tokenSource || !provider) {
        keepQueued(OAuthProvider::signInAgainMessage(provider.value_or(OAuthProvider::Id::Microsoft)));
        return;
    }
    QPointer<OutboxDispatcher> self(this);
    m_tokenSource->token(forceRefresh, [self](const OAuthTokenSource::Token& token) {
        if (!self)
            return;
        if (!token.ok()) {
            self->keepQueued(token.error);
            return;
        }
        self->m_config.oauthToken = token.accessToken;
        self->startSession(self->m_pendingMails);
    });
}

void OutboxDispatcher::keepQueued(const QString& problem)
{
    setProblem(problem);
    const QList<OutboxEntry> entries = m_inFlight.values();
    m_inFlight.clear();
    m_pendingMails.clear();
    for (const OutboxEntry& entry : entries)
        recordTemporary(entry, problem);
    Q_EMIT stateChanged();
    // Nothing else can go out without a token: do not claim the next batch now.
    m_lastBatchFull = false;
    onSessionFinished();
}

void OutboxDispatcher::startSession(const QList<OutgoingMail>& mails)
{
    if (!m_client) {
        m_client = new SmtpClient(m_config, this);
        connect(m_client, &SmtpClient::messageSent, this, &OutboxDispatcher::onMessageSent);
        connect(m_client, &SmtpClient::messageFailed, this, &OutboxDispatcher::onMessageFailed);
        connect(m_client, &SmtpClient::finished, this, &OutboxDispatcher::onSessionFinished);
    }
    m_client->setConfig(m_config);
    m_config.oauthToken.clear(); // kept by the client for this session only
    m_leaseTimer->start(int(qBound(qint64(1000), m_leaseMs / 3, qint64(60 * 60 * 1000))));
    qCInfo(lcSmtp) << "sending" << mails.size() << "emails as" << m_owner;
    m_client->sendMessages(mails);
}

void OutboxDispatcher::renewLeases()
{
    if (m_inFlight.isEmpty())
        return;
    OutboxRepository outbox(m_db, m_clock);
    if (const VoidResult renewed = outbox.renewLease(m_owner, m_inFlight.keys(), m_leaseMs); !renewed)
        qCWarning(lcSmtp) << "renewing the send lease failed:" << renewed.error().message;
}

void OutboxDispatcher::onMessageSent(const QString& id)
{
    const qint64 rowId = id.toLongLong();
    if (!m_inFlight.contains(rowId))
        return;
    const bool possiblyTwice = m_inFlight.value(rowId).possibleDuplicate;
    m_inFlight.remove(rowId);
    OutboxRepository outbox(m_db, m_clock);
    if (const VoidResult marked = outbox.markSent(rowId, m_owner); !marked)
        qCWarning(lcSmtp) << "email" << rowId << "was sent but recording it failed:" << marked.error().message;
    ++m_summary.sent;
    if (possiblyTwice) {
        ++m_summary.possibleDuplicates;
        qCInfo(lcSmtp) << "email" << rowId << "sent; it may have arrived twice";
    }
    setProblem(QString());
    Q_EMIT stateChanged();
}

bool OutboxDispatcher::isSessionStage(SmtpFailure::Stage stage)
{
    using Stage = SmtpFailure::Stage;
    return stage == Stage::Connect || stage == Stage::Greeting || stage == Stage::Ehlo
        || stage == Stage::StartTls || stage == Stage::Auth;
}

QString OutboxDispatcher::describe(const SmtpFailure& failure)
{
    // The server's words are in the message when it replied; say the stage otherwise.
    if (failure.replyCode != 0)
        return failure.toString();
    return SmtpFailure::stageName(failure.stage) + QStringLiteral(": ") + failure.toString();
}

void OutboxDispatcher::recordTemporary(const OutboxEntry& entry, const QString& error)
{
    OutboxRepository outbox(m_db, m_clock);
    const QDateTime at = now();
    const std::optional<QDateTime> next = m_backoff.nextAttempt(entry.attempts, entry.queuedAt, at);
    VoidResult marked = Done {};
    if (next) {
        marked = outbox.markRetry(entry.id, m_owner, *next, error);
        ++m_summary.retried;
        qCInfo(lcSmtp) << "email" << entry.id << "retry at" << next->toString(Qt::ISODate);
    } else {
        const qint64 hours = entry.queuedAt.isValid() ? entry.queuedAt.secsTo(at) / 3600 : 0;
        marked = outbox.markFailed(entry.id, m_owner,
                                   tr("Gave up after %n attempt(s) over %1 hours. Last error: %2", nullptr,
                                      entry.attempts)
                                       .arg(hours)
                                       .arg(error));
        ++m_summary.failed;
        qCInfo(lcSmtp) << "email" << entry.id << "given up after" << entry.attempts << "attempts";
    }
    if (!marked)
        qCWarning(lcSmtp) << "email" << entry.id << marked.error().message;
}

void OutboxDispatcher::recordLostReply(const OutboxEntry& entry, const QString& error)
{
    // The server may have accepted the message before the reply was lost. Resending risks
    // a second copy (the same Message-ID lets receivers drop it); not resending risks
    // losing the email for good, which is worse for a law firm's lead.
    OutboxRepository outbox(m_db, m_clock);
    const QDateTime at = now();
    const std::optional<QDateTime> next = m_backoff.nextAttempt(entry.attempts, entry.queuedAt, at);
    VoidResult marked = Done {};
    if (next) {
        marked = outbox.markResend(entry.id, m_owner, *next,
                                   tr("The server's final reply was lost: %1 It will be sent again "
                                      "(same Message-ID) and may arrive twice.")
                                       .arg(error));
        ++m_summary.retried;
        qCInfo(lcSmtp) << "email" << entry.id << "reply lost; resend at" << next->toString(Qt::ISODate);
    } else {
        marked = outbox.markPossibleDuplicate(
            entry.id, m_owner,
            tr("Possible duplicate: %1 Gave up after %n attempt(s); use Retry to send it again "
               "anyway.", nullptr, entry.attempts)
                .arg(error));
        ++m_summary.failed;
        qCInfo(lcSmtp) << "email" << entry.id << "reply lost; given up after" << entry.attempts << "attempts";
    }
    if (!marked)
        qCWarning(lcSmtp) << "email" << entry.id << marked.error().message;
}

void OutboxDispatcher::onMessageFailed(const QString& id, const SmtpFailure& failure)
{
    const qint64 rowId = id.toLongLong();
    const auto it = m_inFlight.constFind(rowId);
    if (it == m_inFlight.constEnd())
        return;
    const OutboxEntry entry = *it;
    OutboxRepository outbox(m_db, m_clock);
    const QString text = describe(failure);
    qCInfo(lcSmtp) << "email" << rowId << "not sent:" << SmtpFailure::stageName(failure.stage)
                      << failure.replyCode;

    if (failure.stage == SmtpFailure::Stage::Auth && !m_config.oauthProvider.isEmpty() && !m_authRetried
        && (failure.replyCode == 535 || failure.replyCode == 334)) {
        // The access token was refused (revoked early, or the clock is off): renew it once
        // and try this email again when the session has ended.
        m_authRetry.append(rowId);
        return;
    }
    m_inFlight.remove(rowId);
    if (isSessionStage(failure.stage)) {
        // Not this email's fault (the server is unreachable, or the sign-in is wrong):
        // keep it queued and tell the desk what to fix.
        const QString host = m_config.host;
        QString problemText;
        if (failure.stage == SmtpFailure::Stage::Connect)
            problemText = tr("Cannot reach %1: %2").arg(host, failure.toString());
        else if (failure.stage == SmtpFailure::Stage::Auth)
            problemText = tr("Signing in to %1 failed: %2").arg(host, failure.toString());
        else
            problemText = tr("Sending through %1 failed: %2").arg(host, failure.toString());
        setProblem(problemText);
        recordTemporary(entry, text);
    } else if (failure.kind == SmtpFailure::Kind::UnknownOutcome) {
        recordLostReply(entry, text);
    } else if (failure.kind == SmtpFailure::Kind::Temporary) {
        recordTemporary(entry, text);
    } else {
        if (const VoidResult marked = outbox.markFailed(rowId, m_owner, text); !marked)
            qCWarning(lcSmtp) << "email" << rowId << marked.error().message;
        ++m_summary.failed;
    }
    Q_EMIT stateChanged();
}

void OutboxDispatcher::onSessionFinished()
{
    if (!m_authRetry.isEmpty()) {
        m_authRetried = true;
        QList<OutgoingMail> again;
        for (const OutgoingMail& mail : std::as_const(m_pendingMails)) {
            if (m_authRetry.contains(mail.id.toLongLong()))
                again.append(mail);
        }
        m_authRetry.clear();
        m_pendingMails = again;
        qCInfo(lcSmtp) << "XOAUTH2 refused: renewing the token and trying" << again.size() << "emails again";
        sendWithToken(true);
        return;
    }
    m_pendingMails.clear();
    m_leaseTimer->stop();
    // Every message ends in exactly one result signal; anything left is a bug, not a send.
    const QList<OutboxEntry> left = m_inFlight.values();
    m_inFlight.clear();
    for (const OutboxEntry& entry : left)
        recordTemporary(entry, tr("The session ended without a result for this email."));
    if (!left.isEmpty())
        Q_EMIT stateChanged();
    // A full batch may have left more due rows: go on; otherwise this drain is done.
    if (m_lastBatchFull)
        QTimer::singleShot(0, this, &OutboxDispatcher::claimAndSend);
    else
        finishDrain();
}

void OutboxDispatcher::finishDrain()
{
    m_busy = false;
    Q_EMIT drained(m_summary);
    scheduleNext();
    if (m_wakeAgain) {
        m_wakeAgain = false;
        wake();
    }
}

void OutboxDispatcher::scheduleNext()
{
    if (!m_running)
        return;
    // Wake when the next retry is due, but at least every poll interval: other desks
    // queue mail too, and the clock may jump.
    int interval = m_pollMs;
    const Result<std::optional<QDateTime>> due = OutboxRepository(m_db, m_clock).nextDueAt();
    if (due && due->has_value())
        interval = int(qBound(qint64(10), now().msecsTo(**due) + 50, qint64(m_pollMs)));
    m_pollTimer->start(interval);
}
