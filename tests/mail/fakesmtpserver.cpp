#include "fakesmtpserver.h"

#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

FakeSmtpServer::FakeSmtpServer(const QStringList& script, QObject* parent)
    : QObject(parent)
    , m_server(new QTcpServer(this))
    , m_dripTimer(new QTimer(this))
    , m_slowTimer(new QTimer(this))
    , m_script(script)
{
    m_slowTimer->setInterval(10);
    connect(m_slowTimer, &QTimer::timeout, this, &FakeSmtpServer::slowRead);
    m_dripTimer->setInterval(0); // one byte per event-loop pass: separate writes, separate reads
    connect(m_dripTimer, &QTimer::timeout, this, &FakeSmtpServer::drip);
    connect(m_server, &QTcpServer::newConnection, this, &FakeSmtpServer::onNewConnection);
    if (!m_server->listen(QHostAddress::LocalHost, 0))
        m_errors.append(QStringLiteral("listen failed: ") + m_server->errorString());
}

FakeSmtpServer::~FakeSmtpServer() = default;

quint16 FakeSmtpServer::port() const
{
    return m_server->serverPort();
}

void FakeSmtpServer::onNewConnection()
{
    if (m_socket)
        return; // one at a time; the next is taken when this one closes
    m_socket = m_server->nextPendingConnection();
    if (!m_socket)
        return;
    ++m_connections;
    m_in.clear();
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    connect(m_socket, &QTcpSocket::readyRead, this, &FakeSmtpServer::onReadyRead);
    connect(m_socket, &QTcpSocket::disconnected, this, [this, s = m_socket] {
        if (m_socket == s) {
            m_socket = nullptr;
            if (m_server->hasPendingConnections())
                onNewConnection();
        }
        s->deleteLater();
    });
    process();
}

void FakeSmtpServer::slowRead()
{
    if (!m_socket)
        return;
    const QByteArray bytes = m_socket->read(16 * 1024);
    m_received += bytes;
    m_in += bytes;
    process();
}

void FakeSmtpServer::onReadyRead()
{
    if (m_slowRead || (m_stalled && m_socket->readBufferSize() > 0))
        return; // leave it to the slow timer, or let the data back up
    const QByteArray bytes = m_socket->readAll();
    m_received += bytes;
    m_in += bytes;
    process();
}

bool FakeSmtpServer::takeLine(QByteArray* line)
{
    const qsizetype eol = m_in.indexOf("\r\n");
    if (eol < 0)
        return false;
    *line = m_in.left(eol);
    m_in.remove(0, eol + 2);
    return true;
}

void FakeSmtpServer::flushOut()
{
    if (m_out.isEmpty() || !m_socket)
        return;
    if (m_byteByByte) {
        m_drip += m_out;
        if (!m_dripTimer->isActive())
            m_dripTimer->start();
    } else {
        m_socket->write(m_out);
        m_socket->flush();
    }
    m_out.clear();
}

void FakeSmtpServer::drip()
{
    if (!m_socket || m_drip.isEmpty()) {
        m_dripTimer->stop();
        m_drip.clear();
        process();
        return;
    }
    m_socket->write(m_drip.left(1));
    m_socket->flush();
    m_drip.remove(0, 1);
}

void FakeSmtpServer::process()
{
    while (m_socket && !m_stalled) {
        if (m_step >= m_script.size()) {
            flushOut();
            QByteArray line;
            while (takeLine(&line)) {
                if (line != "QUIT")
                    m_errors.append(QStringLiteral("unexpected after script: ") + QString::fromUtf8(line));
            }
            return;
        }
        const QString step = m_script.at(m_step);
        if (step.startsWith(QLatin1String("S: "))) {
            m_out += step.mid(3).toUtf8() + "\r\n";
            ++m_step;
            continue;
        }
        flushOut();
        if (!m_drip.isEmpty())
            return; // resume when the drip has gone out
        if (step.startsWith(QLatin1String("C: "))) {
            QByteArray line;
            if (!takeLine(&line))
                return;
            QString expected = step.mid(3);
            const QString got = QString::fromUtf8(line);
            const bool ok = expected.endsWith(u'*') ? got.startsWith(expected.chopped(1)) : got == expected;
            if (!ok) {
                m_errors.append(QStringLiteral("step %1: expected \"%2\", got \"%3\"").arg(m_step).arg(expected, got));
                m_socket->abort();
                m_stalled = true;
                return;
            }
            ++m_step;
        } else if (step == QLatin1String("D")) {
            qsizetype end = m_in.startsWith(".\r\n") ? 0 : m_in.indexOf("\r\n.\r\n");
            if (end < 0)
                return;
            end += m_in.startsWith(".\r\n") ? 3 : 5;
            m_bodies.append(m_in.left(end));
            m_in.remove(0, end);
            ++m_step;
        } else if (step == QLatin1String("X: close")) {
            ++m_step;
            QTcpSocket* s = m_socket;
            m_socket = nullptr;
            s->disconnect(this);
            s->disconnectFromHost();
            connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
            if (m_server->hasPendingConnections())
                onNewConnection();
            return;
        } else if (step == QLatin1String("X: stop-reading")) {
            m_socket->setReadBufferSize(1);
            m_stalled = true;
            return;
        } else if (step == QLatin1String("X: slow-read")) {
            m_socket->setReadBufferSize(16 * 1024);
            m_slowRead = true;
            m_slowTimer->start();
            ++m_step;
        } else if (step == QLatin1String("X: stall")) {
            m_stalled = true;
            return;
        } else {
            m_errors.append(QStringLiteral("bad script step: ") + step);
            m_stalled = true;
            return;
        }
    }
}
