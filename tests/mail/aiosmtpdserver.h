#pragma once

#include <QJsonObject>
#include <QProcess>
#include <QString>
#include <QStringList>

// Runs tests/mail/smtp_fixture.py (a real aiosmtpd under Debian's /usr/bin/python3) for a
// test: start on a free port, stop when the test is done, and check what arrived.
class AiosmtpdServer
{
public:
    AiosmtpdServer() = default;
    ~AiosmtpdServer();
    AiosmtpdServer(const AiosmtpdServer&) = delete;
    AiosmtpdServer& operator=(const AiosmtpdServer&) = delete;

    // Empty when python3-aiosmtpd and openssl are usable; else why not (for QSKIP).
    static QString unavailableReason();
    // A throwaway certificate for localhost/127.0.0.1 in dir (cert.pem, key.pem).
    static bool makeCertificate(const QString& dir, QString* cert, QString* key);

    // extra: e.g. {"--mode", "plain", "--auth", "none"}.
    bool start(const QString& outDir, const QStringList& extra);
    void stop();
    quint16 port() const { return m_port; }
    // With --oauth-client-id: the port of the fixture's OAuth 2.0 server (oauth_server.py).
    quint16 oauthPort() const { return m_oauthPort; }

    // The fixture's check mode: {"messages": [...]}; *exitCode 0 when every message is clean.
    static QJsonObject check(const QString& outDir, const QString& attachment, int* exitCode);
    static QString fixturePath();

private:
    QProcess m_process;
    quint16 m_port = 0;
    quint16 m_oauthPort = 0;
};
