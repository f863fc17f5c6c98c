#pragma once

#include "dotstuffer.h"
#include "outgoingmail.h"
#include "smtpcapabilities.h"
#include "smtpconfig.h"
#include "smtpfailure.h"
#include "smtpreplyparser.h"

#include <QAbstractSocket>
#include <QList>
#include <QObject>
#include <QSslError>
#include <QStringList>
#include <optional>

class QSslSocket;
class QTimer;

// Sends prepared messages over one SMTP session on QSslSocket, fully asynchronously,
// and reports each message's outcome by signal. Knows nothing of leads or storage.
class SmtpClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SmtpClient)

public:
    explicit SmtpClient(const SmtpConfig& config, QObject* parent = nullptr);
    ~SmtpClient() override;

    const SmtpConfig& config() const { return m_config; }
    // Takes effect for the next session.
    void setConfig(const SmtpConfig& config) { m_config = config; }

    // Queues messages; opens a session if none is running. Each one ends in exactly one
    // messageSent or messageFailed; finished() follows when the queue is empty.
    void sendMessages(const QList<OutgoingMail>& mails);
    bool isBusy() const { return m_state != State::Idle; }

    // Emits each command and reply (never credentials, never message content) once, as
    // protocolTrace. Without it they go to leadintake.smtp's debug level, off by default.
    void setTraceEnabled(bool enabled) { m_trace = enabled; }
    bool isTraceEnabled() const { return m_trace; }

    // Size of the body pieces handed to the socket (default 64 KiB).
    void setWriteChunkSize(qsizetype bytes) { m_chunkSize = qMax<qsizetype>(1, bytes); }

Q_SIGNALS:
    void messageSent(const QString& id);
    void messageFailed(const QString& id, const SmtpFailure& failure);
    // A recipient the server refused while others of the same message were accepted.
    void recipientRefused(const QString& id, const QString& recipient, const SmtpFailure& failure);
    void protocolTrace(const QString& line);
    void finished();

private:
    enum class State {
        Idle,
        Connecting,
        Greeting,
        Ehlo,
        Helo,
        StartTls,
        TlsHandshake,
        Auth,
        AuthLoginUser,
        AuthLoginPassword,
        AuthXoauth2Error,
        MailFrom,
        RcptTo,
        Data,
        Body,
        Rset,
        Quit,
    };

    void openSession();
    void closeSocket();
    void onConnected();
    void onEncrypted();
    void onReadyRead();
    void onBytesWritten();
    void onSocketError(QAbstractSocket::SocketError error);
    void onSslErrors(const QList<QSslError>& errors);
    void onTimeout();
    void watchDrain();
    qint64 unsentInKernel() const;
    bool bodyReachedServer() const;

    void handleReply(const SmtpReply& reply);
    void sendCommand(const QByteArray& command, const QByteArray& traceText = {});
    void sendEhlo();
    void afterEhlo();
    void nextAuthMechanism();
    void handleAuthReply(const SmtpReply& reply);
    void sessionReady();
    void startNextMessage();
    void sendNextRcpt();
    void startBody();
    void pumpBody();
    void finishCurrent(const std::optional<SmtpFailure>& failure);
    void failSession(const SmtpFailure& failure);
    void connectionLost(const QString& reason);
    void endSession();
    void armTimer(int ms);
    SmtpFailure::Stage currentStage() const;
    QByteArray heloName() const;
    void trace(const QString& line);
    bool tracing() const;
    // A plaintext connection to a port that speaks TLS from the first byte.
    SmtpFailure implicitTlsPortFailure(bool sawTlsRecord) const;
    static bool looksLikeTlsRecord(const QByteArray& bytes);

    SmtpConfig m_config;
    State m_state = State::Idle;
    QSslSocket* m_socket = nullptr;
    QTimer* m_timer = nullptr;
    SmtpReplyParser m_parser;
    SmtpCapabilities m_caps;
    bool m_encrypted = false;
    bool m_authenticated = false;
    bool m_sessionReady = false;
    bool m_transactionOpen = false; // MAIL sent since the last RSET/end of data
    bool m_reconnectUsed = false;
    bool m_trace = false;
    QString m_tlsErrors;

    QStringList m_authMechanisms; // still to try, in order
    QString m_authMechanism; // the one in progress
    std::optional<SmtpReply> m_lastAuthFailure;

    QList<OutgoingMail> m_queue;
    std::optional<OutgoingMail> m_current;
    bool m_needsSmtpUtf8 = false;
    qsizetype m_rcptIndex = 0;
    qsizetype m_rcptAccepted = 0;
    std::optional<SmtpFailure> m_lastRcptFailure;
    bool m_rcptAllTemporary = true;

    DotStuffer m_stuffer;
    qsizetype m_bodyOffset = 0;
    bool m_finalDotQueued = false;
    bool m_awaitingFinalReply = false; // the whole stream left this host
    qint64 m_lastUnsent = -1;
    QTimer* m_drainTimer = nullptr;
    qsizetype m_chunkSize = 64 * 1024;
};
