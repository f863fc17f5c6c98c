#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QStringList>

class QTcpServer;
class QTcpSocket;
class QTimer;

// A scripted SMTP peer for fault injection, on 127.0.0.1 port 0. Script lines:
//   "S: text"   send text + CRLF (consecutive S lines go out in one write)
//   "C: text"   expect this client line ("*" at the end: prefix match)
//   "D"         expect a DATA stream up to and including CRLF.CRLF (kept in bodies())
//   "X: close"  close the connection; later steps apply to the next connection
//   "X: stall"  stop answering (the script counts as done)
//   "X: stop-reading"  stall and stop reading too, so the client's writes back up
//   "X: slow-read"     from now on read 16 KiB every 10 ms (a slow link)
class FakeSmtpServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FakeSmtpServer)

public:
    explicit FakeSmtpServer(const QStringList& script, QObject* parent = nullptr);
    ~FakeSmtpServer() override;

    quint16 port() const;
    // Send every reply one byte at a time, each in its own write on its own event-loop pass.
    void setByteByByte(bool on) { m_byteByByte = on; }

    bool scriptDone() const { return m_step >= m_script.size() || m_stalled; }
    QStringList errors() const { return m_errors; }
    QByteArray received() const { return m_received; }
    QList<QByteArray> bodies() const { return m_bodies; }
    int connectionCount() const { return m_connections; }

private:
    void onNewConnection();
    void onReadyRead();
    void process();
    void flushOut();
    void drip();
    void slowRead();
    bool takeLine(QByteArray* line);

    QTcpServer* m_server = nullptr;
    QTcpSocket* m_socket = nullptr;
    QTimer* m_dripTimer = nullptr;
    QTimer* m_slowTimer = nullptr;
    QStringList m_script;
    qsizetype m_step = 0;
    bool m_byteByByte = false;
    bool m_stalled = false;
    bool m_slowRead = false;
    int m_connections = 0;
    QByteArray m_in;
    QByteArray m_out;
    QByteArray m_drip;
    QByteArray m_received;
    QList<QByteArray> m_bodies;
    QStringList m_errors;
};
