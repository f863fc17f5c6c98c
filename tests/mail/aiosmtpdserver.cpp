#include "aiosmtpdserver.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QTest>

namespace {
const QString kPython = QStringLiteral("/usr/bin/python3");
}

AiosmtpdServer::~AiosmtpdServer()
{
    stop();
}

QString AiosmtpdServer::fixturePath()
{
    return QStringLiteral(LEADINTAKE_SMTP_FIXTURE);
}

QString AiosmtpdServer::unavailableReason()
{
    if (!QFile::exists(kPython))
        return QStringLiteral("/usr/bin/python3 is missing");
    QProcess probe;
    probe.start(kPython, { QStringLiteral("-c"), QStringLiteral("import aiosmtpd") });
    if (!probe.waitForFinished(30000) || probe.exitCode() != 0)
        return QStringLiteral("python3-aiosmtpd is not installed");
    return {};
}

bool AiosmtpdServer::makeCertificate(const QString& dir, QString* cert, QString* key)
{
    *cert = QDir(dir).filePath(QStringLiteral("cert.pem"));
    *key = QDir(dir).filePath(QStringLiteral("key.pem"));
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"),
                  { QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                    QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-days"),
                    QStringLiteral("2"), QStringLiteral("-subj"), QStringLiteral("/CN=localhost"),
                    QStringLiteral("-addext"), QStringLiteral("subjectAltName=DNS:localhost,IP:127.0.0.1"),
                    QStringLiteral("-keyout"), *key, QStringLiteral("-out"), *cert });
    return openssl.waitForFinished(60000) && openssl.exitCode() == 0 && QFile::exists(*cert);
}

bool AiosmtpdServer::start(const QString& outDir, const QStringList& extra)
{
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    m_process.start(kPython, QStringList { fixturePath(), QStringLiteral("serve"),
                                           QStringLiteral("--outdir"), outDir } + extra);
    (void)QTest::qWaitFor([this] { return m_process.canReadLine() || m_process.state() == QProcess::NotRunning; },
                          30000);
    bool ok = false;
    m_port = quint16(m_process.readLine().trimmed().toUInt(&ok));
    if (!ok || m_port == 0) {
        qWarning() << "fixture failed:" << m_process.readAllStandardError();
        return false;
    }
    if (extra.contains(QStringLiteral("--oauth-client-id"))) {
        (void)QTest::qWaitFor([this] { return m_process.canReadLine() || m_process.state() == QProcess::NotRunning; },
                              30000);
        const QByteArray line = m_process.readLine().trimmed();
        if (!line.startsWith("oauth "))
            return false;
        m_oauthPort = quint16(line.mid(6).toUInt());
    }
    return true;
}

void AiosmtpdServer::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.closeWriteChannel();
    if (!m_process.waitForFinished(10000)) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

QJsonObject AiosmtpdServer::check(const QString& outDir, const QString& attachment, int* exitCode)
{
    QProcess checker;
    QStringList args { fixturePath(), QStringLiteral("check"), QStringLiteral("--outdir"), outDir };
    if (!attachment.isEmpty())
        args << QStringLiteral("--attachment") << attachment;
    checker.start(kPython, args);
    checker.waitForFinished(60000);
    *exitCode = checker.exitStatus() == QProcess::NormalExit ? checker.exitCode() : -1;
    const QByteArray err = checker.readAllStandardError();
    if (!err.isEmpty())
        qWarning().noquote() << "checker:" << QString::fromUtf8(err);
    return QJsonDocument::fromJson(checker.readAllStandardOutput()).object();
}
