// Conformance against a real SMTP server (Debian's python3-aiosmtpd, see SMTP.md):
// TLS modes, AUTH mechanisms, SMTPUTF8, SIZE, and what actually arrives, checked by
// Python's email package.
#include "mailmessage.h"
#include "smtpclient.h"
#include "smtptestutil.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString kPython = QStringLiteral("/usr/bin/python3");
const QString kFixture = QStringLiteral(LEADINTAKE_SMTP_FIXTURE);
const QString kUser = QStringLiteral("clerk@lawfirm.example");
const QString kPassword = QStringLiteral("s3cret-Pässword");
const QString kToken = QStringLiteral("ya29.fake-oauth-token");


} // namespace

class TstSmtpClientAiosmtpd final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void delivery_data();
    void delivery();
    void untrustedCertificateIsRefused();

private:
    bool startServer(QProcess& server, const QString& outDir, const QStringList& extra, quint16* port);
    QJsonObject runChecker(const QString& outDir, const QString& attachment, int* exitCode);

    QTemporaryDir m_dir;
    QString m_cert;
    QString m_key;
};

void TstSmtpClientAiosmtpd::initTestCase()
{
    QVERIFY(m_dir.isValid());
    if (!QFile::exists(kPython))
        QSKIP("/usr/bin/python3 is missing");
    QProcess probe;
    probe.start(kPython, { QStringLiteral("-c"), QStringLiteral("import aiosmtpd") });
    QTRY_COMPARE_WITH_TIMEOUT(probe.state(), QProcess::NotRunning, 30000);
    if (probe.exitCode() != 0)
        QSKIP("python3-aiosmtpd is not installed");

    m_cert = m_dir.filePath(QStringLiteral("cert.pem"));
    m_key = m_dir.filePath(QStringLiteral("key.pem"));
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"),
                  { QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                    QStringLiteral("-nodes"), QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
                    QStringLiteral("/CN=localhost"), QStringLiteral("-addext"),
                    QStringLiteral("subjectAltName=DNS:localhost,IP:127.0.0.1"), QStringLiteral("-keyout"), m_key,
                    QStringLiteral("-out"), m_cert });
    QTRY_COMPARE_WITH_TIMEOUT(openssl.state(), QProcess::NotRunning, 60000);
    QCOMPARE(openssl.exitCode(), 0);
    QVERIFY(QFile::exists(m_cert));
}

bool TstSmtpClientAiosmtpd::startServer(QProcess& server, const QString& outDir, const QStringList& extra,
                                        quint16* port)
{
    server.setProcessChannelMode(QProcess::SeparateChannels);
    server.start(kPython, QStringList{ kFixture, QStringLiteral("serve"), QStringLiteral("--outdir"), outDir,
                                       QStringLiteral("--cert"), m_cert, QStringLiteral("--key"), m_key,
                                       QStringLiteral("--user"), kUser, QStringLiteral("--password"), kPassword,
                                       QStringLiteral("--token"), kToken }
                              + extra);
    (void)QTest::qWaitFor([&] { return server.canReadLine() || server.state() == QProcess::NotRunning; }, 30000);
    bool ok = false;
    *port = quint16(server.readLine().trimmed().toUInt(&ok));
    if (!ok)
        qWarning() << "fixture failed:" << server.readAllStandardError();
    return ok && *port != 0;
}

QJsonObject TstSmtpClientAiosmtpd::runChecker(const QString& outDir, const QString& attachment, int* exitCode)
{
    QProcess checker;
    QStringList args{ kFixture, QStringLiteral("check"), QStringLiteral("--outdir"), outDir };
    if (!attachment.isEmpty())
        args << QStringLiteral("--attachment") << attachment;
    checker.start(kPython, args);
    (void)QTest::qWaitFor([&] { return checker.state() == QProcess::NotRunning; }, 60000);
    *exitCode = checker.exitStatus() == QProcess::NormalExit ? checker.exitCode() : -1;
    const QByteArray err = checker.readAllStandardError();
    if (!err.isEmpty())
        qWarning().noquote() << "checker:" << QString::fromUtf8(err);
    return QJsonDocument::fromJson(checker.readAllStandardOutput()).object();
}

void TstSmtpClientAiosmtpd::delivery_data()
{
    QTest::addColumn<QStringList>("serverArgs");
    QTest::addColumn<QString>("security"); // starttls | implicit
    QTest::addColumn<QString>("credentials"); // password | wrong-password | token | bad-token | none
    QTest::addColumn<QString>("fromName");
    QTest::addColumn<QString>("toName");
    QTest::addColumn<QString>("recipient");
    QTest::addColumn<QString>("subject");
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<int>("pdfSize");
    QTest::addColumn<QString>("expected"); // "sent" or "failed:<id>:<Stage>:<Kind>[:code]"
    QTest::addColumn<QString>("adviceContains");

    auto a = [](const char* s) { return QString::fromUtf8(s); };
    const QString to = QStringLiteral("prospect@example.org");
    const QString sent = QStringLiteral("sent");
    const QStringList starttlsAny{ a("--mode"), a("starttls"), a("--auth"), a("any") };

    auto row = [&](const char* name, const QStringList& server, const QString& security, const QString& creds,
                   const QString& fromName, const QString& toName, const QString& rcpt, const QString& subject,
                   const QString& file, int size, const QString& expected, const QString& advice = {}) {
        QTest::newRow(name) << server << security << creds << fromName << toName << rcpt << subject << file << size
                            << expected << advice;
    };

    row("STARTTLS required + AUTH PLAIN", starttlsAny, a("starttls"), a("password"), a("Front Desk"), a("Jane Doe"), to,
        a("Your intake at Smith & Partners"), a("resume.pdf"), 20000, sent);
    row("implicit TLS + AUTH", { a("--mode"), a("implicit"), a("--auth"), a("any") }, a("implicit"), a("password"),
        a("Front Desk"), a("Jane Doe"), to, a("Implicit TLS"), a("resume.pdf"), 20000, sent);
    row("AUTH PLAIN only", { a("--mode"), a("starttls"), a("--auth"), a("plain") }, a("starttls"), a("password"),
        a("Desk"), a("Jane"), to, a("Plain only"), a("cv.pdf"), 3000, sent);
    row("AUTH LOGIN only", { a("--mode"), a("starttls"), a("--auth"), a("login") }, a("starttls"), a("password"),
        a("Desk"), a("Jane"), to, a("Login only"), a("cv.pdf"), 3000, sent);
    row("XOAUTH2 token", { a("--mode"), a("implicit"), a("--auth"), a("xoauth2") }, a("implicit"), a("token"), a("Desk"),
        a("Jane"), to, a("OAuth"), a("cv.pdf"), 3000, sent);
    row("XOAUTH2 bad token: 334 JSON, empty line, 535", { a("--mode"), a("implicit"), a("--auth"), a("xoauth2") },
        a("implicit"), a("bad-token"), a("Desk"), a("Jane"), to, a("OAuth"), a("cv.pdf"), 3000,
        a("failed:m1:Auth:Permanent:535"), a("user name or password"));
    row("wrong password: 535 with advice", starttlsAny, a("starttls"), a("wrong-password"), a("Desk"), a("Jane"), to,
        a("Nope"), a("cv.pdf"), 3000, a("failed:m1:Auth:Permanent:535"), a("user name or password"));
    row("SMTPUTF8 on: non-ASCII local part", starttlsAny + QStringList{ a("--smtputf8"), a("on") }, a("starttls"),
        a("password"), a("Desk"), a("José"), a("josé.garcía@example.org"), a("UTF-8 envelope"), a("cv.pdf"), 3000,
        sent);
    row("SMTPUTF8 off: non-ASCII local part refused", starttlsAny + QStringList{ a("--smtputf8"), a("off") },
        a("starttls"), a("password"), a("Desk"), a("José"), a("josé.garcía@example.org"), a("UTF-8 envelope"),
        a("cv.pdf"), 3000, a("failed:m1:Local:Permanent"));
    row("SIZE limit exceeded: refused before DATA", starttlsAny + QStringList{ a("--size-limit"), a("10000") },
        a("starttls"), a("password"), a("Desk"), a("Jane"), to, a("Too big"), a("big.pdf"), 50000,
        a("failed:m1:Local:Permanent"));
    row("accents", starttlsAny, a("starttls"), a("password"), a("Réception Müller-Lüdenscheidt"), a("Zoë Ångström"),
        to, a("Votre dossier — reçu à l'accueil, merci"), a("Lebenslauf Jürgen Größe.pdf"), 3000, sent);
    row("CJK", starttlsAny, a("starttls"), a("password"), a("山田法律事務所 受付"), a("田中 太郎"), to,
        a("ご相談の受付が完了しました。担当弁護士から折り返しご連絡いたします。よろしくお願いいたします。"),
        a("履歴書_田中太郎_2026年版.pdf"), 3000, sent);
    row("emoji", starttlsAny, a("starttls"), a("password"), a("Front Desk 👩‍⚖️"), a("Sam 🙂"), to,
        a("Thanks! 🎉👍🏽 We got your résumé 📄 and will call you ☎️ soon 🙏🙏🙏🙏🙏🙏🙏🙏🙏🙏🙏🙏"), a("cv 📄.pdf"), 3000,
        sent);
    row("RTL", starttlsAny, a("starttls"), a("password"), a("مكتب المحاماة"), a("שרה כהן"), to,
        a("تم استلام طلبك بنجاح — נקבל אותך בקרוב"), a("קורות חיים.pdf"), 3000, sent);
    row("CR/LF injection in names, subject, file name", starttlsAny, a("starttls"), a("password"),
        a("Desk\r\nBcc: victim@example.net"), a("Jane\nX-Evil: 1"), to, a("Hello\r\nBcc: victim@example.net\r\n\r\nbody"),
        a("cv\r\nContent-Type: text/html.pdf"), 3000, sent);
    row("long ASCII subject and specials in names", starttlsAny, a("starttls"), a("password"),
        a("Smith, Jones & Partners (Intake) \"Front\" Desk"), a("Doe, Jane Q."), to,
        QString(a("Long subject ")).repeated(30) + a("end"), QString(a("a-very-long-file-name-")).repeated(12) + a(".pdf"), 3000,
        sent);
    row("5 MiB PDF arrives byte-identical", starttlsAny, a("starttls"), a("password"), a("Desk"), a("Jane"), to,
        a("Big resume"), a("resume-5MiB.pdf"), 5 * 1024 * 1024, sent);
}

void TstSmtpClientAiosmtpd::delivery()
{
    QFETCH(QStringList, serverArgs);
    QFETCH(QString, security);
    QFETCH(QString, credentials);
    QFETCH(QString, fromName);
    QFETCH(QString, toName);
    QFETCH(QString, recipient);
    QFETCH(QString, subject);
    QFETCH(QString, fileName);
    QFETCH(int, pdfSize);
    QFETCH(QString, expected);
    QFETCH(QString, adviceContains);

    QTemporaryDir outDir;
    QVERIFY(outDir.isValid());
    QProcess server;
    quint16 port = 0;
    QVERIFY(startServer(server, outDir.path(), serverArgs, &port));
    auto stop = qScopeGuard([&] {
        server.closeWriteChannel();
        if (!QTest::qWaitFor([&] { return server.state() == QProcess::NotRunning; }, 10000))
            server.kill();
    });

    const QByteArray pdf = TestSupport::makePdf(QStringLiteral("Resume of the prospect"), pdfSize);
    const QString pdfPath = TestSupport::writeFile(outDir, QStringLiteral("source.pdf"), pdf);
    QDir().mkpath(outDir.path());

    MailMessage message;
    message.from = { fromName, QStringLiteral("intake@lawfirm.example") };
    message.to = { { toName, recipient } };
    message.subject = subject;
    message.textBody = QStringLiteral("Dear prospect,\n.this line starts with a dot\nTrailing space \n")
        + QString(300, u'x') + QStringLiteral("\nÜmlaute und ☎️ im Text.\n");
    message.htmlBody = QStringLiteral("<p>Dear prospect,</p><p>Ümlaute ☎️</p>");
    message.attachments = { { fileName, QByteArrayLiteral("application/pdf"), pdf } };

    SmtpConfig config;
    config.host = QStringLiteral("localhost");
    config.port = port;
    config.security = security == QLatin1String("implicit") ? SmtpConfig::Security::ImplicitTls
                                                              : SmtpConfig::Security::StartTls;
    config.caFile = m_cert;
    config.heloName = QStringLiteral("desk1.lawfirm.example");
    config.connectTimeoutMs = 10000;
    config.commandTimeoutMs = 20000;
    config.dataIdleTimeoutMs = 20000;
    if (credentials == QLatin1String("password")) {
        config.username = kUser;
        config.password = kPassword;
    } else if (credentials == QLatin1String("wrong-password")) {
        config.username = kUser;
        config.password = QStringLiteral("not-the-password");
    } else if (credentials == QLatin1String("token")) {
        config.username = kUser;
        config.oauthToken = kToken;
    } else if (credentials == QLatin1String("bad-token")) {
        config.username = kUser;
        config.oauthToken = QStringLiteral("expired-token");
    }

    SmtpClient client(config);
    client.setTraceEnabled(true);
    QStringList trace;
    connect(&client, &SmtpClient::protocolTrace, this, [&](const QString& l) { trace.append(l); });
    QStringList results;
    QString advice;
    connect(&client, &SmtpClient::messageSent, this, [&](const QString&) { results.append(QStringLiteral("sent")); });
    connect(&client, &SmtpClient::messageFailed, this, [&](const QString& id, const SmtpFailure& f) {
        results.append(SmtpTestUtil::describeFailure(id, f));
        advice = f.advice;
    });
    QSignalSpy finished(&client, &SmtpClient::finished);

    client.sendMessages({ { QStringLiteral("m1"), message.from.address, message.recipients(), message.toMime() } });
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
    QCOMPARE(results, QStringList{ expected });
    if (!adviceContains.isEmpty())
        QVERIFY2(advice.contains(adviceContains), qPrintable(advice));

    // The trace shows the dialogue but never credentials or content.
    const QString all = trace.join(u'\n');
    QVERIFY(all.contains(QLatin1String("C: EHLO desk1.lawfirm.example")));
    QVERIFY(!all.contains(kPassword));
    QVERIFY(!all.contains(QString::fromLatin1(kPassword.toUtf8().toBase64())));
    QVERIFY(!all.contains(kToken));
    QVERIFY(!all.contains(QLatin1String("Dear prospect")));
    if (credentials != QLatin1String("none") && !expected.contains(QLatin1String("Local")))
        QVERIFY(all.contains(QLatin1String("<credentials hidden>")));
    // The mechanism follows the server's post-TLS list (XOAUTH2 > PLAIN > LOGIN), one attempt.
    const QString serverAuth = serverArgs.value(serverArgs.indexOf(QStringLiteral("--auth")) + 1);
    const QString authLine = serverAuth == QLatin1String("login")       ? QStringLiteral("C: AUTH LOGIN")
        : serverAuth == QLatin1String("xoauth2") ? QStringLiteral("C: AUTH XOAUTH2 <credentials hidden>")
                                                 : QStringLiteral("C: AUTH PLAIN <credentials hidden>");
    QVERIFY2(all.contains(authLine), qPrintable(all));
    QCOMPARE(trace.filter(QRegularExpression(QStringLiteral("^C: AUTH "))).size(), 1);
    const int starttls = trace.indexOf(QStringLiteral("C: STARTTLS"));
    QCOMPARE(starttls >= 0, security == QLatin1String("starttls"));
    if (starttls >= 0) // capabilities are asked for again once encrypted, before AUTH
        QVERIFY(trace.indexOf(QRegularExpression(QStringLiteral("C: EHLO .*")), starttls) > starttls);
    if (credentials == QLatin1String("bad-token"))
        QVERIFY(all.contains(QLatin1String("C: <empty line>")));

    int exitCode = -1;
    const QJsonObject report = runChecker(outDir.path(), pdfPath, &exitCode);
    const QJsonArray messages = report.value(QLatin1String("messages")).toArray();
    if (expected != QLatin1String("sent")) {
        QCOMPARE(messages.size(), 0); // nothing reached the server
        return;
    }
    QCOMPARE(messages.size(), 1);
    const QJsonObject m = messages.at(0).toObject();
    QVERIFY2(exitCode == 0, QJsonDocument(m.value(QLatin1String("problems")).toArray()).toJson().constData());
    QCOMPARE(m.value(QLatin1String("problems")).toArray().size(), 0);

    // Decoded by Python as a reader would: injected line breaks became spaces.
    auto neutral = [](QString s) { return s.replace(u'\r', u' ').replace(u'\n', u' ').trimmed(); };
    QCOMPARE(m.value(QLatin1String("subject")).toString(), neutral(subject));
    QCOMPARE(m.value(QLatin1String("from_name")).toString(), neutral(fromName));
    QCOMPARE(m.value(QLatin1String("to_name")).toString(), neutral(toName));
    QCOMPARE(m.value(QLatin1String("from_address")).toString(), QStringLiteral("intake@lawfirm.example"));
    QVERIFY(m.value(QLatin1String("message_id")).toString().endsWith(QLatin1String("@lawfirm.example>")));
    QString text = m.value(QLatin1String("text")).toString();
    text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    QVERIFY2(text.contains(QLatin1String("\n.this line starts with a dot\nTrailing space \n")), qPrintable(text));
    QVERIFY(text.contains(QString(300, u'x') + QStringLiteral("\nÜmlaute und ☎️ im Text.")));

    const QJsonArray attachments = m.value(QLatin1String("attachments")).toArray();
    QCOMPARE(attachments.size(), 1);
    const QJsonObject att = attachments.at(0).toObject();
    QCOMPARE(att.value(QLatin1String("filename")).toString(), neutral(fileName));
    QCOMPARE(att.value(QLatin1String("content_type")).toString(), QStringLiteral("application/pdf"));
    QCOMPARE(att.value(QLatin1String("size")).toInteger(), qint64(pdf.size()));
    QVERIFY(att.value(QLatin1String("matches_source")).toBool());

    const QJsonObject envelope = m.value(QLatin1String("envelope")).toObject();
    QCOMPARE(envelope.value(QLatin1String("rcpt_tos")).toArray().at(0).toString(), recipient);
}

void TstSmtpClientAiosmtpd::untrustedCertificateIsRefused()
{
    // Without the CA file the self-signed certificate must fail verification: no
    // "ignore errors" path exists, so nothing is sent.
    QTemporaryDir outDir;
    QProcess server;
    quint16 port = 0;
    QVERIFY(startServer(server, outDir.path(), { QStringLiteral("--mode"), QStringLiteral("implicit") }, &port));
    auto stop = qScopeGuard([&] {
        server.closeWriteChannel();
        if (!QTest::qWaitFor([&] { return server.state() == QProcess::NotRunning; }, 10000))
            server.kill();
    });
    SmtpConfig config;
    config.host = QStringLiteral("localhost");
    config.port = port;
    config.security = SmtpConfig::Security::ImplicitTls;
    config.username = kUser;
    config.password = kPassword;
    SmtpClient client(config);
    QStringList results;
    connect(&client, &SmtpClient::messageFailed, this,
            [&](const QString& id, const SmtpFailure& f) { results.append(SmtpTestUtil::describeFailure(id, f)); });
    QSignalSpy finished(&client, &SmtpClient::finished);
    client.sendMessages({ { QStringLiteral("m1"), QStringLiteral("intake@lawfirm.example"),
                            { QStringLiteral("prospect@example.org") }, QByteArrayLiteral("Subject: x\r\n\r\ny\r\n") } });
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
    QCOMPARE(results, QStringList{ QStringLiteral("failed:m1:Connect:Permanent") });
    int exitCode = -1;
    QCOMPARE(runChecker(outDir.path(), QString(), &exitCode).value(QLatin1String("messages")).toArray().size(), 0);
}

QTEST_GUILESS_MAIN(TstSmtpClientAiosmtpd)
#include "tst_smtpclient_aiosmtpd.moc"
