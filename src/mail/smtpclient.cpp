#include "smtpclient.h"

#include "mailencoding.h"
#include "smtplogging.h"

#include <QHostAddress>
#include <QSslCipher>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTimer>
#include <QUrl>

#ifdef Q_OS_LINUX
#include <linux/sockios.h>
#include <sys/ioctl.h>
#endif

namespace {

constexpr int kQuitGraceMs = 2000;

QByteArray base64(const QByteArray& bytes)
{
    return bytes.toBase64();
}

} // namespace

SmtpClient::SmtpClient(const SmtpConfig& config, QObject* parent)
    : QObject(parent)
    , m_config(config)
    , m_timer(new QTimer(this))
    , m_drainTimer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &SmtpClient::onTimeout);
    m_drainTimer->setSingleShot(true);
    connect(m_drainTimer, &QTimer::timeout, this, &SmtpClient::watchDrain);
}

SmtpClient::~SmtpClient()
{
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
}

void SmtpClient::sendMessages(const QList<OutgoingMail>& mails)
{
    if (mails.isEmpty())
        return;
    m_queue += mails;
    if (m_state == State::Idle) {
        m_reconnectUsed = false;
        openSession();
    }
}

bool SmtpClient::tracing() const
{
    return m_trace || lcSmtp().isDebugEnabled();
}

void SmtpClient::trace(const QString& line)
{
    // One destination per line: --trace's signal, or the category when someone enabled
    // its debug level. Logging it as well as emitting it printed every line twice.
    if (m_trace)
        Q_EMIT protocolTrace(line);
    else if (lcSmtp().isDebugEnabled())
        qCDebug(lcSmtp).noquote() << line;
}

void SmtpClient::armTimer(int ms)
{
    m_timer->start(qMax(1, ms));
}

void SmtpClient::openSession()
{
    closeSocket();
    m_parser.reset();
    m_caps = {};
    m_encrypted = false;
    m_authenticated = false;
    m_sessionReady = false;
    m_transactionOpen = false;
    m_tlsErrors.clear();

    m_socket = new QSslSocket(this);
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    ssl.setPeerVerifyMode(QSslSocket::VerifyPeer);
    ssl.setProtocol(QSsl::SecureProtocols);
    if (!m_config.caFile.isEmpty() && !ssl.addCaCertificates(m_config.caFile)) {
        m_state = State::Connecting;
        failSession(SmtpFailure::local(SmtpFailure::Stage::Connect, SmtpFailure::Kind::Permanent,
                                       tr("The CA certificate file %1 could not be read.").arg(m_config.caFile)));
        return;
    }
    m_socket->setSslConfiguration(ssl);
    m_socket->setPeerVerifyName(m_config.host);

    connect(m_socket, &QSslSocket::connected, this, &SmtpClient::onConnected);
    connect(m_socket, &QSslSocket::encrypted, this, &SmtpClient::onEncrypted);
    connect(m_socket, &QSslSocket::readyRead, this, &SmtpClient::onReadyRead);
    connect(m_socket, &QSslSocket::bytesWritten, this, &SmtpClient::onBytesWritten);
    connect(m_socket, &QSslSocket::encryptedBytesWritten, this, &SmtpClient::onBytesWritten);
    connect(m_socket, &QSslSocket::errorOccurred, this, &SmtpClient::onSocketError);
    connect(m_socket, &QSslSocket::sslErrors, this, &SmtpClient::onSslErrors);
    connect(m_socket, &QSslSocket::disconnected, this,
            [this] { connectionLost(tr("the server closed the connection")); });

    m_state = State::Connecting;
    armTimer(m_config.connectTimeoutMs);
    qCDebug(lcSmtp) << "connecting to" << m_config.host << m_config.port;
    if (m_config.security == SmtpConfig::Security::ImplicitTls)
        m_socket->connectToHostEncrypted(m_config.host, m_config.port, m_config.host);
    else
        m_socket->connectToHost(m_config.host, m_config.port);
}

void SmtpClient::closeSocket()
{
    m_timer->stop();
    m_drainTimer->stop();
    if (!m_socket)
        return;
    QSslSocket* socket = m_socket;
    m_socket = nullptr;
    socket->disconnect(this);
    if (socket->state() != QAbstractSocket::UnconnectedState)
        socket->abort();
    socket->deleteLater();
}

void SmtpClient::onConnected()
{
    if (m_state != State::Connecting || m_config.security == SmtpConfig::Security::ImplicitTls)
        return; // implicit TLS waits for encrypted()
    m_state = State::Greeting;
    armTimer(m_config.greetingTimeoutMs);
}

SmtpFailure SmtpClient::implicitTlsPortFailure(bool sawTlsRecord) const
{
    const QString what = sawTlsRecord
        ? tr("The server answered with TLS data instead of an SMTP greeting.")
        : tr("The server sent no greeting within %n second(s).", nullptr,
             qMax(1, (m_config.greetingTimeoutMs + 500) / 1000));
    // TLS bytes prove the mode is wrong; silence could also be a hung server, worth a retry.
    SmtpFailure failure = SmtpFailure::local(SmtpFailure::Stage::Greeting,
                                             sawTlsRecord ? SmtpFailure::Kind::Permanent
                                                          : SmtpFailure::Kind::Temporary,
                                             what);
    failure.advice = tr("Port %1 of %2 probably expects implicit TLS: choose \"TLS from the start\" as "
                        "the security (smtp.security implicit; usually port 465), or use the server's "
                        "STARTTLS port (usually 587).")
                         .arg(m_config.port)
                         .arg(m_config.host);
    return failure;
}

bool SmtpClient::looksLikeTlsRecord(const QByteArray& bytes)
{
    // A TLS record starts with its content type (0x14–0x17: change cipher spec, alert,
    // handshake, application data) and the major version 3; no SMTP reply starts so.
    if (bytes.isEmpty())
        return false;
    const auto type = static_cast<unsigned char>(bytes.at(0));
    if (type < 0x14 || type > 0x17)
        return false;
    return bytes.size() < 2 || bytes.at(1) == 0x03;
}

void SmtpClient::onEncrypted()
{
    m_encrypted = true;
    if (m_state == State::Connecting) {
        m_state = State::Greeting;
        armTimer(m_config.commandTimeoutMs);
    } else if (m_state == State::TlsHandshake) {
        trace(QStringLiteral("-- TLS established (%1)").arg(m_socket->sessionCipher().name()));
        m_caps = {}; // what was said before TLS is not to be trusted
        sendEhlo();
    }
}

void SmtpClient::onReadyRead()
{
    QSslSocket* socket = m_socket;
    if (!socket)
        return;
    const QByteArray bytes = socket->readAll();
    if (m_state == State::Greeting && !m_encrypted && !m_parser.hasBufferedData()
        && looksLikeTlsRecord(bytes)) {
        closeSocket(); // not even a QUIT in the clear to a port that speaks TLS
        failSession(implicitTlsPortFailure(true));
        return;
    }
    if (m_state == State::Greeting && !bytes.isEmpty())
        armTimer(m_config.commandTimeoutMs); // a greeting is under way, however slowly
    m_parser.feed(bytes);
    while (m_socket == socket && m_state != State::Idle) {
        std::optional<SmtpReply> reply = m_parser.next();
        if (!reply) {
            if (m_parser.status() != SmtpReplyParser::Status::Ok) {
                failSession(SmtpFailure::local(currentStage(), SmtpFailure::Kind::Temporary,
                                               tr("The server sent a malformed or oversized reply.")));
            }
            return;
        }
        if (tracing()) {
            for (qsizetype i = 0; i < reply->lines.size(); ++i) {
                trace(QLatin1String("S: ") + QString::number(reply->code)
                      + QLatin1Char(i + 1 < reply->lines.size() ? '-' : ' ')
                      + QString::fromUtf8(reply->lines.at(i)));
            }
        }
        handleReply(*reply);
    }
}

void SmtpClient::sendCommand(const QByteArray& command, const QByteArray& traceText)
{
    if (!m_socket)
        return;
    trace(QLatin1String("C: ") + QString::fromUtf8(traceText.isEmpty() ? command : traceText));
    m_socket->write(command + "\r\n");
    armTimer(m_config.commandTimeoutMs);
}

QByteArray SmtpClient::heloName() const
{
    QString name = MailEncoding::neutralise(m_config.heloName).trimmed();
    name.replace(u' ', u'-');
    if (!name.isEmpty())
        return QUrl::toAce(name).isEmpty() ? name.toLatin1() : QUrl::toAce(name);
    const QHostAddress local = m_socket ? m_socket->localAddress() : QHostAddress();
    bool isV4 = false;
    const quint32 v4 = local.toIPv4Address(&isV4);
    if (isV4)
        return '[' + QHostAddress(v4).toString().toLatin1() + ']';
    if (local.protocol() == QAbstractSocket::IPv6Protocol)
        return "[IPv6:" + local.toString().toLatin1() + ']';
    return QByteArrayLiteral("[127.0.0.1]");
}

void SmtpClient::sendEhlo()
{
    m_state = State::Ehlo;
    sendCommand("EHLO " + heloName());
}

SmtpFailure::Stage SmtpClient::currentStage() const
{
    using Stage = SmtpFailure::Stage;
    switch (m_state) {
    case State::Idle:
    case State::Connecting: return Stage::Connect;
    case State::Greeting: return Stage::Greeting;
    case State::Ehlo:
    case State::Helo: return Stage::Ehlo;
    case State::StartTls:
    case State::TlsHandshake: return Stage::StartTls;
    case State::Auth:
    case State::AuthLoginUser:
    case State::AuthLoginPassword:
    case State::AuthXoauth2Error: return Stage::Auth;
    case State::MailFrom: return Stage::MailFrom;
    case State::RcptTo: return Stage::RcptTo;
    case State::Data: return Stage::Data;
    case State::Body: return Stage::Body;
    case State::Rset:
    case State::Quit: return Stage::Rset;
    }
    return Stage::Connect;
}

void SmtpClient::handleReply(const SmtpReply& reply)
{
    using Stage = SmtpFailure::Stage;
    using Kind = SmtpFailure::Kind;

    if (reply.code == 421 && m_state != State::Quit) {
        // The session is dead: this and every remaining message is a temporary failure.
        SmtpFailure f = SmtpFailure::fromReply(currentStage(), reply);
        f.kind = Kind::Temporary;
        failSession(f);
        return;
    }

    switch (m_state) {
    case State::Idle:
    case State::Connecting:
    case State::TlsHandshake:
        qCInfo(lcSmtp) << "unexpected reply" << reply.code << "ignored";
        return;
    case State::Greeting:
        if (reply.code == 220)
            sendEhlo();
        else
            failSession(SmtpFailure::fromReply(Stage::Greeting, reply));
        return;
    case State::Ehlo:
        if (reply.code == 250) {
            m_caps = SmtpCapabilities::fromEhlo(reply);
            afterEhlo();
        } else if (reply.code == 500 || reply.code == 502) {
            if (m_config.security == SmtpConfig::Security::StartTls && !m_encrypted) {
                // HELO cannot negotiate STARTTLS: never fall back around the requirement.
                SmtpFailure f = SmtpFailure::fromReply(Stage::StartTls, reply);
                f.kind = Kind::Permanent;
                f.message = tr("The server does not understand EHLO, so it cannot offer STARTTLS; "
                               "nothing was sent over the unencrypted connection.");
                failSession(f);
                return;
            }
            m_state = State::Helo;
            sendCommand("HELO " + heloName());
        } else {
            failSession(SmtpFailure::fromReply(Stage::Ehlo, reply));
        }
        return;
    case State::Helo:
        if (reply.code == 250) {
            m_caps = {};
            afterEhlo();
        } else {
            failSession(SmtpFailure::fromReply(Stage::Ehlo, reply));
        }
        return;
    case State::StartTls:
        if (reply.code != 220) {
            SmtpFailure f = SmtpFailure::fromReply(Stage::StartTls, reply);
            f.message = tr("The server refused STARTTLS (%1 %2); nothing was sent over the "
                           "unencrypted connection.")
                            .arg(QString::number(reply.code), f.serverText);
            failSession(f);
            return;
        }
        if (m_parser.hasBufferedData() || m_socket->bytesAvailable() > 0) {
            // Anything after the 220 came before TLS and could be an injected reply.
            failSession(SmtpFailure::local(
                Stage::StartTls, Kind::Permanent,
                tr("The server sent unexpected data right after accepting STARTTLS (possible "
                   "response injection); the connection was closed.")));
            return;
        }
        m_state = State::TlsHandshake;
        m_parser.reset();
        armTimer(m_config.connectTimeoutMs);
        m_socket->startClientEncryption();
        return;
    case State::Auth:
    case State::AuthLoginUser:
    case State::AuthLoginPassword:
    case State::AuthXoauth2Error:
        handleAuthReply(reply);
        return;
    case State::MailFrom:
        if (reply.code == 250) {
            m_rcptIndex = 0;
            m_rcptAccepted = 0;
            m_rcptAllTemporary = true;
            m_lastRcptFailure.reset();
            m_state = State::RcptTo;
            sendNextRcpt();
        } else {
            finishCurrent(SmtpFailure::fromReply(Stage::MailFrom, reply));
        }
        return;
    case State::RcptTo:
        if (reply.code == 250 || reply.code == 251) {
            ++m_rcptAccepted;
        } else {
            const SmtpFailure f = SmtpFailure::fromReply(Stage::RcptTo, reply);
            if (!f.isTemporary())
                m_rcptAllTemporary = false;
            m_lastRcptFailure = f;
            Q_EMIT recipientRefused(m_current->id, m_current->recipients.value(m_rcptIndex), f);
            if (!m_socket)
                return;
        }
        ++m_rcptIndex;
        sendNextRcpt();
        return;
    case State::Data:
        if (reply.code == 354)
            startBody();
        else
            finishCurrent(SmtpFailure::fromReply(Stage::Data, reply));
        return;
    case State::Body:
        if (!m_finalDotQueued) {
            // A reply in the middle of the body: the server gave up on the message.
            SmtpFailure f = SmtpFailure::fromReply(Stage::Body, reply);
            if (reply.isPositive())
                f.kind = Kind::Temporary;
            failSession(f); // the stream is out of step: this session cannot continue
            return;
        }
        m_transactionOpen = false;
        if (reply.code == 250)
            finishCurrent(std::nullopt);
        else
            finishCurrent(SmtpFailure::fromReply(Stage::Body, reply));
        return;
    case State::Rset:
        if (reply.code == 250) {
            m_transactionOpen = false;
            startNextMessage();
        } else {
            failSession(SmtpFailure::fromReply(Stage::Rset, reply));
        }
        return;
    case State::Quit:
        endSession();
        return;
    }
}

void SmtpClient::afterEhlo()
{
    using Stage = SmtpFailure::Stage;
    using Kind = SmtpFailure::Kind;

    if (m_config.security == SmtpConfig::Security::StartTls && !m_encrypted) {
        if (!m_caps.startTls) {
            failSession(SmtpFailure::local(
                Stage::StartTls, Kind::Permanent,
                tr("The server does not offer STARTTLS, which the settings require; nothing was "
                   "sent over the unencrypted connection.")));
            return;
        }
        m_state = State::StartTls;
        sendCommand("STARTTLS");
        return;
    }

    if (!m_config.hasCredentials()) {
        sessionReady();
        return;
    }
    if (!m_encrypted) {
        failSession(SmtpFailure::local(
            Stage::Auth, Kind::Permanent,
            tr("A user name or token is configured but the connection is not encrypted; "
               "credentials are never sent in plaintext. Use implicit TLS or STARTTLS, or remove "
               "the credentials for a local relay.")));
        return;
    }
    if (m_caps.authMechanisms.isEmpty()) {
        failSession(SmtpFailure::local(Stage::Auth, Kind::Permanent,
                                       tr("The server does not offer authentication (AUTH).")));
        return;
    }
    m_authMechanisms.clear();
    if (!m_config.oauthToken.isEmpty()) {
        if (m_caps.authMechanisms.contains(QLatin1String("XOAUTH2")))
            m_authMechanisms.append(QStringLiteral("XOAUTH2"));
    } else {
        for (const QLatin1String m : { QLatin1String("PLAIN"), QLatin1String("LOGIN") }) {
            if (m_caps.authMechanisms.contains(m))
                m_authMechanisms.append(m);
        }
    }
    if (m_authMechanisms.isEmpty()) {
        failSession(SmtpFailure::local(
            Stage::Auth, Kind::Permanent,
            tr("The server offers no authentication method this program supports (it offers: %1).")
                .arg(m_caps.authMechanisms.join(u' '))));
        return;
    }
    m_lastAuthFailure.reset();
    nextAuthMechanism();
}

void SmtpClient::nextAuthMechanism()
{
    if (m_authMechanisms.isEmpty()) {
        if (m_lastAuthFailure)
            failSession(SmtpFailure::fromReply(SmtpFailure::Stage::Auth, *m_lastAuthFailure));
        else
            failSession(SmtpFailure::local(SmtpFailure::Stage::Auth, SmtpFailure::Kind::Permanent,
                                           tr("Authentication failed.")));
        return;
    }
    m_authMechanism = m_authMechanisms.takeFirst();
    m_state = State::Auth;
    const QByteArray user = m_config.username.toUtf8();
    if (m_authMechanism == QLatin1String("XOAUTH2")) {
        const QByteArray blob = "user=" + user + "\x01" "auth=Bearer " + m_config.oauthToken.toUtf8() + "\x01\x01";
        sendCommand("AUTH XOAUTH2 " + base64(blob), "AUTH XOAUTH2 <credentials hidden>");
    } else if (m_authMechanism == QLatin1String("PLAIN")) {
        QByteArray blob;
        blob += '\0';
        blob += user;
        blob += '\0';
        blob += m_config.password.toUtf8();
        sendCommand("AUTH PLAIN " + base64(blob), "AUTH PLAIN <credentials hidden>");
    } else {
        sendCommand("AUTH LOGIN");
    }
}

void SmtpClient::handleAuthReply(const SmtpReply& reply)
{
    if (reply.code == 235) {
        m_authenticated = true;
        sessionReady();
        return;
    }
    if (m_state == State::AuthXoauth2Error) {
        failSession(SmtpFailure::fromReply(SmtpFailure::Stage::Auth, reply));
        return;
    }
    if (reply.code == 334) {
        if (m_authMechanism == QLatin1String("LOGIN") && m_state == State::Auth) {
            m_state = State::AuthLoginUser;
            sendCommand(base64(m_config.username.toUtf8()), "<credentials hidden>");
        } else if (m_authMechanism == QLatin1String("LOGIN") && m_state == State::AuthLoginUser) {
            m_state = State::AuthLoginPassword;
            sendCommand(base64(m_config.password.toUtf8()), "<credentials hidden>");
        } else if (m_authMechanism == QLatin1String("XOAUTH2") && m_state == State::Auth) {
            // The 334 carries a JSON error; an empty line asks for the final 535.
            qCDebug(lcSmtp) << "XOAUTH2 error:" << QByteArray::fromBase64(reply.lines.value(0));
            m_state = State::AuthXoauth2Error;
            sendCommand(QByteArray(), "<empty line>");
        } else {
            failSession(SmtpFailure::local(SmtpFailure::Stage::Auth, SmtpFailure::Kind::Permanent,
                                           tr("The server sent an unexpected authentication challenge.")));
        }
        return;
    }
    if (reply.code == 504 || reply.code == 534) {
        m_lastAuthFailure = reply;
        nextAuthMechanism();
        return;
    }
    failSession(SmtpFailure::fromReply(SmtpFailure::Stage::Auth, reply));
}

void SmtpClient::sessionReady()
{
    m_sessionReady = true;
    startNextMessage();
}

void SmtpClient::startNextMessage()
{
    using Stage = SmtpFailure::Stage;
    using Kind = SmtpFailure::Kind;

    while (!m_queue.isEmpty()) {
        m_current = m_queue.takeFirst();
        const OutgoingMail& mail = *m_current;

        QString problem;
        QStringList addresses{ mail.from };
        addresses += mail.recipients;
        if (mail.recipients.isEmpty())
            problem = tr("The message has no recipients.");
        m_needsSmtpUtf8 = false;
        for (const QString& address : std::as_const(addresses)) {
            if (!problem.isEmpty())
                break;
            const QString why = MailEncoding::envelopeAddressProblem(address);
            if (!why.isEmpty())
                problem = tr("Refused address \"%1\": %2").arg(MailEncoding::neutralise(address), why);
            if (MailEncoding::hasNonAsciiLocalPart(address))
                m_needsSmtpUtf8 = true;
        }
        if (problem.isEmpty() && m_needsSmtpUtf8 && !m_caps.smtpUtf8) {
            problem = tr("An address has non-ASCII characters before the @, and this server does "
                         "not support international addresses (SMTPUTF8).");
        }
        if (problem.isEmpty() && m_caps.sizeLimit > 0 && mail.mime.size() > m_caps.sizeLimit) {
            problem = tr("The message is %1 bytes but the server accepts at most %2 bytes.")
                          .arg(mail.mime.size())
                          .arg(m_caps.sizeLimit);
        }
        if (!problem.isEmpty()) {
            const QString id = mail.id;
            m_current.reset();
            Q_EMIT messageFailed(id, SmtpFailure::local(Stage::Local, Kind::Permanent, problem));
            if (!m_socket || m_state == State::Idle)
                return;
            continue;
        }

        QByteArray command = "MAIL FROM:<" + MailEncoding::encodeAddress(mail.from) + '>';
        if (m_caps.hasSize)
            command += " SIZE=" + QByteArray::number(mail.mime.size());
        if (m_needsSmtpUtf8)
            command += " SMTPUTF8";
        m_state = State::MailFrom;
        m_transactionOpen = true;
        sendCommand(command);
        return;
    }

    m_state = State::Quit;
    sendCommand("QUIT");
    armTimer(kQuitGraceMs);
}

void SmtpClient::sendNextRcpt()
{
    if (m_rcptIndex < m_current->recipients.size()) {
        sendCommand("RCPT TO:<" + MailEncoding::encodeAddress(m_current->recipients.at(m_rcptIndex)) + '>');
        return;
    }
    if (m_rcptAccepted == 0) {
        SmtpFailure f = m_lastRcptFailure.value_or(SmtpFailure());
        f.kind = m_rcptAllTemporary ? SmtpFailure::Kind::Temporary : SmtpFailure::Kind::Permanent;
        finishCurrent(f);
        return;
    }
    m_state = State::Data;
    sendCommand("DATA");
}

void SmtpClient::startBody()
{
    m_state = State::Body;
    m_stuffer.reset();
    m_bodyOffset = 0;
    m_finalDotQueued = false;
    m_awaitingFinalReply = false;
    m_lastUnsent = -1;
    trace(QStringLiteral("C: <message, %1 bytes>").arg(m_current->mime.size()));
    armTimer(m_config.dataIdleTimeoutMs);
    pumpBody();
}

void SmtpClient::pumpBody()
{
    if (!m_socket || m_state != State::Body || !m_current)
        return;
    const QByteArray& mime = m_current->mime;
    // A few chunks in flight at most: memory stays flat whatever the message size.
    while (!m_finalDotQueued
           && m_socket->bytesToWrite() + m_socket->encryptedBytesToWrite() < 4 * m_chunkSize) {
        const qsizetype n = qMin(m_chunkSize, mime.size() - m_bodyOffset);
        QByteArray out = m_stuffer.process(QByteArrayView(mime).sliced(m_bodyOffset, n));
        m_bodyOffset += n;
        if (m_bodyOffset >= mime.size()) {
            out += m_stuffer.finish();
            m_finalDotQueued = true;
        }
        m_socket->write(out);
    }
}

void SmtpClient::onBytesWritten()
{
    if (m_state != State::Body || !m_socket || m_awaitingFinalReply)
        return;
    const qint64 pending = m_socket->bytesToWrite() + m_socket->encryptedBytesToWrite();
    armTimer(m_config.dataIdleTimeoutMs); // progress: the idle clock starts again
    if (m_finalDotQueued && pending == 0)
        watchDrain();
    else
        pumpBody();
}

qint64 SmtpClient::unsentInKernel() const
{
#ifdef Q_OS_LINUX
    int unsent = 0;
    if (m_socket && m_socket->socketDescriptor() >= 0
        && ::ioctl(int(m_socket->socketDescriptor()), SIOCOUTQ, &unsent) == 0)
        return unsent;
#endif
    return 0; // unknown: treat the stream as gone
}

void SmtpClient::watchDrain()
{
    // Everything is in the kernel's send queue; on a slow link that queue can hold
    // megabytes. It shrinking is progress too, and only once the peer has acknowledged
    // all of it does the wait for the reply to "." begin.
    if (m_state != State::Body || !m_socket)
        return;
    const qint64 unsent = unsentInKernel();
    if (unsent <= 0) {
        m_awaitingFinalReply = true;
        armTimer(m_config.commandTimeoutMs);
        return;
    }
    if (unsent != m_lastUnsent) {
        m_lastUnsent = unsent;
        armTimer(m_config.dataIdleTimeoutMs);
    }
    m_drainTimer->start(qBound(10, m_config.dataIdleTimeoutMs / 10, 200));
}

bool SmtpClient::bodyReachedServer() const
{
    return m_state == State::Body && m_finalDotQueued && m_socket
        && (m_awaitingFinalReply
            || (m_socket->bytesToWrite() + m_socket->encryptedBytesToWrite() == 0 && unsentInKernel() <= 0));
}

void SmtpClient::finishCurrent(const std::optional<SmtpFailure>& failure)
{
    if (!m_current)
        return;
    const QString id = m_current->id;
    m_current.reset();
    if (failure) {
        qCInfo(lcSmtp) << "message" << id << "failed:" << failure->message;
        Q_EMIT messageFailed(id, *failure);
    } else {
        qCInfo(lcSmtp) << "message" << id << "sent";
        Q_EMIT messageSent(id);
    }
    if (!m_socket || m_state == State::Idle)
        return;
    if (m_queue.isEmpty()) {
        startNextMessage(); // sends QUIT
        return;
    }
    // Several messages share the session; RSET gives each a clean transaction.
    m_state = State::Rset;
    sendCommand("RSET");
}

void SmtpClient::failSession(const SmtpFailure& failure)
{
    QList<std::pair<QString, SmtpFailure>> results;
    if (m_current)
        results.append({ m_current->id, failure });
    SmtpFailure rest = failure;
    if (rest.kind == SmtpFailure::Kind::UnknownOutcome) {
        rest.kind = SmtpFailure::Kind::Temporary;
        rest.message = tr("Not sent: the session ended before this message's turn.");
        rest.advice.clear();
    }
    for (const OutgoingMail& mail : std::as_const(m_queue))
        results.append({ mail.id, rest });
    m_current.reset();
    m_queue.clear();

    qCInfo(lcSmtp).noquote() << "session failed:" << failure.toString();
    const bool polite = m_socket && m_state != State::Connecting && m_state != State::TlsHandshake
        && m_socket->state() == QAbstractSocket::ConnectedState
        && failure.kind != SmtpFailure::Kind::UnknownOutcome
        && m_state != State::StartTls;
    if (polite) {
        // Say goodbye but do not wait for the answer.
        QSslSocket* socket = m_socket;
        m_socket = nullptr;
        m_timer->stop();
        socket->disconnect(this);
        trace(QStringLiteral("C: QUIT"));
        socket->write("QUIT\r\n");
        socket->disconnectFromHost();
        connect(socket, &QAbstractSocket::disconnected, socket, &QObject::deleteLater);
        QTimer::singleShot(kQuitGraceMs, socket, &QObject::deleteLater);
    } else {
        closeSocket();
    }
    m_state = State::Idle;

    for (const auto& [id, f] : std::as_const(results))
        Q_EMIT messageFailed(id, f);
    if (m_state == State::Idle && !m_queue.isEmpty())
        openSession(); // messages queued from a slot while we were reporting
    else if (m_state == State::Idle)
        Q_EMIT finished();
}

void SmtpClient::endSession()
{
    closeSocket();
    m_state = State::Idle;
    if (!m_queue.isEmpty()) {
        m_reconnectUsed = false;
        openSession();
        return;
    }
    Q_EMIT finished();
}

void SmtpClient::connectionLost(const QString& reason)
{
    using Stage = SmtpFailure::Stage;
    using Kind = SmtpFailure::Kind;
    if (m_state == State::Idle)
        return;
    if (m_state == State::Quit) {
        endSession(); // the server closing first after QUIT is fine
        return;
    }
    if (bodyReachedServer()) {
        failSession(SmtpFailure::local(
            Stage::Body, Kind::UnknownOutcome,
            tr("The connection was lost after the end of the message was sent, before the "
               "server confirmed it (%1).")
                .arg(reason)));
        return;
    }
    const bool betweenMessages = m_state == State::Rset
        || (m_state == State::MailFrom && m_current);
    if (betweenMessages && m_sessionReady && !m_reconnectUsed) {
        // A session the server closed while idle is re-opened once.
        m_reconnectUsed = true;
        if (m_current) {
            m_queue.prepend(*m_current);
            m_current.reset();
        }
        qCInfo(lcSmtp) << "server closed the idle session; reconnecting once";
        trace(QStringLiteral("-- connection closed by server; reconnecting"));
        openSession();
        return;
    }
    Kind kind = Kind::Temporary;
    QString message = tr("The connection to the server was lost during %1 (%2).")
                          .arg(SmtpFailure::stageName(currentStage()), reason);
    if (!m_tlsErrors.isEmpty()) {
        kind = Kind::Permanent;
        message = tr("The server's certificate could not be verified for %1: %2")
                      .arg(m_config.host, m_tlsErrors);
    }
    SmtpFailure f = SmtpFailure::local(currentStage(), kind, message);
    if (!m_tlsErrors.isEmpty())
        f.advice = tr("Check the server name, or add the server's CA certificate in the mail settings.");
    failSession(f);
}

void SmtpClient::onSocketError(QAbstractSocket::SocketError error)
{
    if (!m_socket)
        return;
    const QString reason = m_socket->errorString();
    qCDebug(lcSmtp) << "socket error" << error << reason;
    connectionLost(reason);
}

void SmtpClient::onSslErrors(const QList<QSslError>& errors)
{
    QStringList texts;
    for (const QSslError& e : errors)
        texts.append(e.errorString());
    m_tlsErrors = texts.join(QLatin1String("; "));
    qCInfo(lcSmtp).noquote() << "TLS verification failed:" << m_tlsErrors;
    // Deliberately not ignored: there is no "ignore errors" switch.
}

void SmtpClient::onTimeout()
{
    using Kind = SmtpFailure::Kind;
    if (m_state == State::Idle)
        return;
    if (m_state == State::Quit) {
        endSession();
        return;
    }
    if (m_state == State::Greeting && !m_encrypted && !m_parser.hasBufferedData()) {
        closeSocket();
        failSession(implicitTlsPortFailure(false));
        return;
    }
    if (bodyReachedServer()) {
        failSession(SmtpFailure::local(
            SmtpFailure::Stage::Body, Kind::UnknownOutcome,
            tr("The server did not confirm the message within %1 ms after it was sent.")
                .arg(m_config.commandTimeoutMs)));
        return;
    }
    const int ms = m_state == State::Body ? m_config.dataIdleTimeoutMs
        : (m_state == State::Connecting || m_state == State::TlsHandshake) ? m_config.connectTimeoutMs
                                                                            : m_config.commandTimeoutMs;
    failSession(SmtpFailure::local(currentStage(), Kind::Temporary,
                                   tr("No progress from the server for %1 ms during %2.")
                                       .arg(ms)
                                       .arg(SmtpFailure::stageName(currentStage()))));
}
