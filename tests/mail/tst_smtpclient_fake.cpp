// Scripted fault injection: one data row per protocol path (see SMTP.md "Protocol").
#include "fakesmtpserver.h"
#include "smtpclient.h"
#include "smtptestutil.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

namespace {

using Script = QStringList;

Script greet()
{
    return { QStringLiteral("S: 220 fake.example ESMTP ready") };
}

Script ehlo(const QStringList& caps = {})
{
    Script s{ QStringLiteral("C: EHLO *"), QStringLiteral("S: 250-fake.example hello") };
    for (const QString& c : caps)
        s.append(QStringLiteral("S: 250-") + c);
    s.append(QStringLiteral("S: 250 ENHANCEDSTATUSCODES"));
    return s;
}

Script send(const QString& dataReply = QStringLiteral("250 2.0.0 queued"),
            const QString& rcpt = QStringLiteral("to@example.org"))
{
    return { QStringLiteral("C: MAIL FROM:<from@example.com>*"), QStringLiteral("S: 250 2.1.0 ok"),
             QStringLiteral("C: RCPT TO:<") + rcpt + u'>', QStringLiteral("S: 250 2.1.5 ok"),
             QStringLiteral("C: DATA"), QStringLiteral("S: 354 go ahead"),
             QStringLiteral("D"), QStringLiteral("S: ") + dataReply };
}

Script quit()
{
    return { QStringLiteral("C: QUIT"), QStringLiteral("S: 221 2.0.0 bye"), QStringLiteral("X: close") };
}

Script line(const char* text)
{
    return { QString::fromUtf8(text) };
}

const QByteArray kSimpleBody = QByteArrayLiteral("Subject: test\r\n\r\nHello.\r\n");

} // namespace

class TstSmtpClientFake final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void protocol_data();
    void protocol();
    void traceHidesNothingItShouldNot();
    void plaintextAtAnImplicitTlsPort_data();
    void plaintextAtAnImplicitTlsPort();
    void slowGreetingIsNotMistakenForTls();
};

void TstSmtpClientFake::protocol_data()
{
    QTest::addColumn<Script>("script");
    QTest::addColumn<QString>("security"); // plain | starttls
    QTest::addColumn<QString>("username");
    QTest::addColumn<int>("messages");
    QTest::addColumn<QStringList>("recipients");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("byteByByte");
    QTest::addColumn<int>("chunkSize");
    QTest::addColumn<QStringList>("expected"); // results in signal order
    QTest::addColumn<QStringList>("mustNotSend");
    QTest::addColumn<QByteArray>("expectedStream"); // empty: not checked
    QTest::addColumn<int>("expectedConnections");

    const QStringList one{ QStringLiteral("to@example.org") };
    const QString plain = QStringLiteral("plain");
    const QString starttls = QStringLiteral("starttls");
    const QString none;
    auto row = [&](const char* name, const Script& script, const QStringList& expected,
                   const QStringList& mustNot = {}, int messages = 1, const QString& security = QStringLiteral("plain"),
                   const QStringList& rcpts = QStringList{ QStringLiteral("to@example.org") },
                   int connections = 1) {
        QTest::newRow(name) << script << security << QString() << messages << rcpts << kSimpleBody << false
                            << 65536 << expected << mustNot << QByteArray() << connections;
    };
    const QString sent1 = QStringLiteral("sent:m1");
    const QString sent2 = QStringLiteral("sent:m2");
    auto f = [](const char* text) { return QString::fromLatin1(text); };

    row("happy path", greet() + ehlo({ f("PIPELINING"), f("8BITMIME") }) + send() + quit(), { sent1 },
        { f("AUTH"), f("STARTTLS") });
    QTest::newRow("replies split byte by byte")
        << (greet() + ehlo({ f("SIZE 1000000") }) + send() + quit()) << plain << QString() << 1 << one
        << kSimpleBody << true << 65536 << QStringList{ sent1 } << QStringList() << QByteArray() << 1;
    row("multi-line greeting",
        line("S: 220-fake.example ESMTP") + line("S: 220-this server is fictional") + line("S: 220 ready")
            + ehlo() + send() + quit(),
        { sent1 });
    row("capabilities case-insensitive, SIZE announced",
        greet() + line("C: EHLO *") + line("S: 250-fake") + line("S: 250-size 1000000") + line("S: 250-auth=login plain")
            + line("S: 250 pipelining") + line("C: MAIL FROM:<from@example.com> SIZE=*") + line("S: 250 ok")
            + line("C: RCPT TO:<to@example.org>") + line("S: 250 ok") + line("C: DATA") + line("S: 354 go")
            + line("D") + line("S: 250 ok") + quit(),
        { sent1 });
    row("two messages on one session, RSET between",
        greet() + ehlo() + send() + line("C: RSET") + line("S: 250 ok") + send() + quit(), { sent1, sent2 }, {}, 2);

    row("greeting 554 fails all", greet().isEmpty() ? Script() : line("S: 554 5.3.2 no service for you"),
        { f("failed:m1:Greeting:Permanent:554"), f("failed:m2:Greeting:Permanent:554") }, { f("EHLO") }, 2);
    row("greeting 421 is temporary", line("S: 421 4.3.2 busy"), { f("failed:m1:Greeting:Temporary:421") });
    row("EHLO 550", greet() + line("C: EHLO *") + line("S: 550 5.7.1 go away"), { f("failed:m1:Ehlo:Permanent:550") },
        { f("MAIL") });
    row("EHLO 502 falls back to HELO", greet() + line("C: EHLO *") + line("S: 502 5.5.1 what") + line("C: HELO *")
            + line("S: 250 hi") + send() + quit(),
        { sent1 });
    row("EHLO 502 with STARTTLS required: no HELO", greet() + line("C: EHLO *") + line("S: 502 5.5.1 what"),
        { f("failed:m1:StartTls:Permanent:502") }, { f("HELO"), f("MAIL") }, 1, starttls);
    row("MAIL FROM 451", greet() + ehlo() + line("C: MAIL FROM:*") + line("S: 451 4.3.0 try later") + quit(),
        { f("failed:m1:MailFrom:Temporary:451") }, { f("DATA") });
    row("MAIL FROM 550 then next message sent",
        greet() + ehlo() + line("C: MAIL FROM:*") + line("S: 550 5.7.1 sender refused") + line("C: RSET")
            + line("S: 250 ok") + send() + quit(),
        { f("failed:m1:MailFrom:Permanent:550"), sent2 }, {}, 2);
    row("all RCPT refused: RSET, no DATA, next message sent",
        greet() + ehlo() + line("C: MAIL FROM:*") + line("S: 250 ok") + line("C: RCPT TO:<to@example.org>")
            + line("S: 550 5.1.1 no such user") + line("C: RSET") + line("S: 250 ok") + send() + quit(),
        { f("failed:m1:RcptTo:Permanent:550"), sent2 }, {}, 2);
    row("one of two RCPT refused: still sent",
        greet() + ehlo() + line("C: MAIL FROM:*") + line("S: 250 ok") + line("C: RCPT TO:<a@example.org>")
            + line("S: 550 5.1.1 no such user") + line("C: RCPT TO:<b@example.org>") + line("S: 250 ok")
            + line("C: DATA") + line("S: 354 go") + line("D") + line("S: 250 ok") + quit(),
        { sent1 }, {}, 1, plain, { f("a@example.org"), f("b@example.org") });
    row("RCPT 450 all temporary", greet() + ehlo() + line("C: MAIL FROM:*") + line("S: 250 ok")
            + line("C: RCPT TO:*") + line("S: 450 4.2.1 mailbox busy") + quit(),
        { f("failed:m1:RcptTo:Temporary:450") }, { f("DATA") });
    row("DATA 554", greet() + ehlo() + line("C: MAIL FROM:*") + line("S: 250 ok") + line("C: RCPT TO:*")
            + line("S: 250 ok") + line("C: DATA") + line("S: 554 5.5.0 no data for you") + quit(),
        { f("failed:m1:Data:Permanent:554") });
    row("DATA 451", greet() + ehlo() + line("C: MAIL FROM:*") + line("S: 250 ok") + line("C: RCPT TO:*")
            + line("S: 250 ok") + line("C: DATA") + line("S: 451 4.3.0 later") + quit(),
        { f("failed:m1:Data:Temporary:451") });
    row("end of data 552", greet() + ehlo() + send(f("552 5.3.4 too big")) + quit(), { f("failed:m1:Body:Permanent:552") });
    row("end of data 451", greet() + ehlo() + send(f("451 4.7.1 greylisted")) + quit(), { f("failed:m1:Body:Temporary:451") });
    row("421 at RCPT: session dead, all remaining temporary",
        greet() + ehlo() + line("C: MAIL FROM:*") + line("S: 250 ok") + line("C: RCPT TO:*")
            + line("S: 421 4.4.2 closing") + line("X: close"),
        { f("failed:m1:RcptTo:Temporary:421"), f("failed:m2:RcptTo:Temporary:421") }, {}, 2);

    row("stall at greeting", line("X: stall"), { f("failed:m1:Greeting:Temporary") });
    row("stall at EHLO", greet() + line("C: EHLO *") + line("X: stall"), { f("failed:m1:Ehlo:Temporary") });
    row("stall at MAIL", greet() + ehlo() + line("C: MAIL FROM:*") + line("X: stall"), { f("failed:m1:MailFrom:Temporary") });
    row("stall at RCPT", greet() + ehlo() + line("C: MAIL FROM:*") + line("S: 250 ok") + line("C: RCPT TO:*")
            + line("X: stall"),
        { f("failed:m1:RcptTo:Temporary") });
    row("stall at DATA", greet() + ehlo() + line("C: MAIL FROM:*") + line("S: 250 ok") + line("C: RCPT TO:*")
            + line("S: 250 ok") + line("C: DATA") + line("X: stall"),
        { f("failed:m1:Data:Temporary") });
    row("stall after final dot: outcome unknown",
        greet() + ehlo() + line("C: MAIL FROM:*") + line("S: 250 ok") + line("C: RCPT TO:*") + line("S: 250 ok")
            + line("C: DATA") + line("S: 354 go") + line("D") + line("X: stall"),
        { f("failed:m1:Body:UnknownOutcome") });
    row("drop after final dot: outcome unknown, rest temporary",
        greet() + ehlo() + line("C: MAIL FROM:*") + line("S: 250 ok") + line("C: RCPT TO:*") + line("S: 250 ok")
            + line("C: DATA") + line("S: 354 go") + line("D") + line("X: close"),
        { f("failed:m1:Body:UnknownOutcome"), f("failed:m2:Body:Temporary") }, {}, 2);
    row("drop before greeting", line("X: close"), { f("failed:m1:Greeting:Temporary") });
    row("malformed reply", line("S: hello there"), { f("failed:m1:Greeting:Temporary") });
    row("over-long reply line", Script{ QStringLiteral("S: 220 ") + QString(5000, u'x') },
        { f("failed:m1:Greeting:Temporary") }, { f("EHLO") });

    row("STARTTLS missing in EHLO: abort, nothing sent", greet() + ehlo({ f("AUTH PLAIN LOGIN") }),
        { f("failed:m1:StartTls:Permanent") }, { f("STARTTLS"), f("AUTH"), f("MAIL") }, 1, starttls);
    row("STARTTLS refused 454", greet() + ehlo({ f("STARTTLS") }) + line("C: STARTTLS") + line("S: 454 4.7.0 TLS not available"),
        { f("failed:m1:StartTls:Temporary:454") }, { f("MAIL"), f("AUTH") }, 1, starttls);
    row("bytes injected after STARTTLS 220",
        greet() + ehlo({ f("STARTTLS") }) + line("C: STARTTLS") + line("S: 220 2.0.0 go ahead")
            + line("S: 250 2.0.0 injected"),
        { f("failed:m1:StartTls:Permanent") }, { f("MAIL"), f("AUTH") }, 1, starttls);
    row("STARTTLS handshake fails", greet() + ehlo({ f("STARTTLS") }) + line("C: STARTTLS") + line("S: 220 go ahead")
            + line("X: close"),
        { f("failed:m1:StartTls:Temporary") }, { f("MAIL"), f("AUTH") }, 1, starttls);

    row("server closed idle session: reconnect once",
        greet() + ehlo() + send() + line("X: close") + greet() + ehlo() + send() + quit(), { sent1, sent2 }, {}, 2, plain,
        one, 2);
    row("closed again after reconnect: not retried twice",
        greet() + ehlo() + send() + line("X: close") + greet() + ehlo() + line("C: MAIL FROM:*") + line("X: close"),
        { sent1, f("failed:m2:MailFrom:Temporary") }, {}, 2, plain, one, 2);
    row("server closes first at QUIT", greet() + ehlo() + send() + line("C: QUIT") + line("X: close"), { sent1 });

    row("SIZE exceeded: refused before MAIL", greet() + ehlo({ f("SIZE 10") }) + quit(),
        { f("failed:m1:Local:Permanent") }, { f("MAIL") });
    row("CR LF in recipient refused", greet() + ehlo() + quit(), { f("failed:m1:Local:Permanent") },
        { f("RCPT"), f("evil") }, 1, plain, { f("victim@example.org>\r\nRCPT TO:<evil@example.net") });
    row("angle bracket in recipient refused", greet() + ehlo() + quit(), { f("failed:m1:Local:Permanent") },
        { f("RCPT") }, 1, plain, { f("a>b@example.org") });
    row("non-ASCII local part without SMTPUTF8", greet() + ehlo() + quit(), { f("failed:m1:Local:Permanent") },
        { f("MAIL") }, 1, plain, { QStringLiteral("józef@example.org") });
    row("non-ASCII local part with SMTPUTF8",
        greet() + ehlo({ f("SMTPUTF8") }) + line("C: MAIL FROM:<from@example.com> SMTPUTF8")
            + send().mid(1).replaceInStrings(QStringLiteral("to@example.org"), QStringLiteral("józef@example.org"))
            + quit(),
        { sent1 }, {}, 1, plain, { QStringLiteral("józef@example.org") });
    row("IDN domain sent as punycode", greet() + ehlo() + send(f("250 ok"), f("anna@xn--bcher-kva.example")) + quit(),
        { sent1 }, {}, 1, plain, { QStringLiteral("anna@bücher.example") });

    QTest::newRow("AUTH refused over plaintext")
        << (greet() + ehlo({ f("AUTH PLAIN LOGIN") })) << plain << f("user") << 1 << one << kSimpleBody << false
        << 65536 << QStringList{ f("failed:m1:Auth:Permanent") } << QStringList{ f("AUTH"), f("MAIL") }
        << QByteArray() << 1;

    // DATA's idle timer: progress (bytesWritten) keeps a slow upload alive; a stalled
    // reader fails it. Timeouts are 300 ms; the slow upload takes several seconds.
    QByteArray big;
    const QByteArray bigLine = QByteArray(75, 'A') + "\r\n";
    while (big.size() < 6 * 1024 * 1024)
        big += bigLine;
    Script slowScript = greet() + ehlo() + line("C: MAIL FROM:*") + line("S: 250 ok") + line("C: RCPT TO:*")
        + line("S: 250 ok") + line("C: DATA") + line("S: 354 go") + line("X: slow-read") + line("D")
        + line("S: 250 ok") + quit();
    QTest::newRow("slow reader: 6 MiB body succeeds, idle timer resets on progress")
        << slowScript << plain << QString() << 1 << one << big << false << 65536 << QStringList{ sent1 }
        << QStringList() << QByteArray() << 1;
    QByteArray huge = big;
    while (huge.size() < 48 * 1024 * 1024)
        huge += big;
    QTest::newRow("reader stops mid-body: idle timeout, not sent")
        << (greet() + ehlo() + line("C: MAIL FROM:*") + line("S: 250 ok") + line("C: RCPT TO:*") + line("S: 250 ok")
            + line("C: DATA") + line("S: 354 go") + line("X: stop-reading"))
        << plain << QString() << 1 << one << huge << false << 65536 << QStringList{ f("failed:m1:Body:Temporary") }
        << QStringList() << QByteArray() << 1;

    const QByteArray dotty = QByteArrayLiteral(".first line starts with a dot\r\n..two\r\nmid.dle\r\n.\r\nbare\nlf\r\n.end");
    const QByteArray stuffed =
        QByteArrayLiteral("..first line starts with a dot\r\n...two\r\nmid.dle\r\n..\r\nbare\r\nlf\r\n..end\r\n.\r\n");
    for (const int chunk : { 1, 2, 3, 7, 64 }) {
        QTest::addRow("dot-stuffing across %d-byte chunks", chunk)
            << (greet() + ehlo() + send() + quit()) << plain << QString() << 1 << one << dotty << false << chunk
            << QStringList{ sent1 } << QStringList() << stuffed << 1;
    }
}

void TstSmtpClientFake::protocol()
{
    QFETCH(Script, script);
    QFETCH(QString, security);
    QFETCH(QString, username);
    QFETCH(int, messages);
    QFETCH(QStringList, recipients);
    QFETCH(QByteArray, body);
    QFETCH(bool, byteByByte);
    QFETCH(int, chunkSize);
    QFETCH(QStringList, expected);
    QFETCH(QStringList, mustNotSend);
    QFETCH(QByteArray, expectedStream);
    QFETCH(int, expectedConnections);

    FakeSmtpServer server(script);
    server.setByteByByte(byteByByte);
    QVERIFY(server.port() != 0);

    SmtpConfig config;
    config.host = QStringLiteral("127.0.0.1");
    config.port = server.port();
    config.security = security == QLatin1String("starttls") ? SmtpConfig::Security::StartTls
                                                             : SmtpConfig::Security::Plain;
    config.username = username;
    config.password = username.isEmpty() ? QString() : QStringLiteral("secret");
    config.heloName = QStringLiteral("desk.example");
    config.connectTimeoutMs = 2000;
    config.greetingTimeoutMs = 300;
    config.commandTimeoutMs = 300;
    config.dataIdleTimeoutMs = 300;

    SmtpClient client(config);
    client.setWriteChunkSize(chunkSize);
    QStringList results;
    connect(&client, &SmtpClient::messageSent, this, [&](const QString& id) { results.append(QStringLiteral("sent:") + id); });
    connect(&client, &SmtpClient::messageFailed, this, [&](const QString& id, const SmtpFailure& failure) {
        results.append(SmtpTestUtil::describeFailure(id, failure));
        QVERIFY2(!failure.message.isEmpty(), "every failure explains itself");
    });
    QSignalSpy finishedSpy(&client, &SmtpClient::finished);

    QList<OutgoingMail> mails;
    for (int i = 1; i <= messages; ++i)
        mails.append({ QStringLiteral("m%1").arg(i), QStringLiteral("from@example.com"), recipients, body });
    client.sendMessages(mails);

    QTRY_COMPARE_WITH_TIMEOUT(finishedSpy.count(), 1, 15000);
    QCOMPARE(results, expected);
    QVERIFY(!client.isBusy());
    QTRY_VERIFY2(server.scriptDone(), qPrintable(server.errors().join(u'\n')));
    QCOMPARE(server.errors(), QStringList());
    QCOMPARE(server.connectionCount(), expectedConnections);
    for (const QString& forbidden : mustNotSend) {
        QVERIFY2(!server.received().contains(forbidden.toUtf8()),
                 qPrintable(QStringLiteral("client sent \"%1\"").arg(forbidden)));
    }
    if (!expectedStream.isEmpty()) {
        QCOMPARE(server.bodies().size(), 1);
        QCOMPARE(server.bodies().constFirst(), expectedStream);
    }
    // Nothing more arrives after finished().
    QTest::qWait(0);
    QCOMPARE(finishedSpy.count(), 1);
}

void TstSmtpClientFake::traceHidesNothingItShouldNot()
{
    // Trace shows commands and replies, never message content.
    FakeSmtpServer server(greet() + ehlo() + send() + quit());
    SmtpConfig config;
    config.host = QStringLiteral("127.0.0.1");
    config.port = server.port();
    config.security = SmtpConfig::Security::Plain;
    config.commandTimeoutMs = 2000;
    SmtpClient client(config);
    client.setTraceEnabled(true);
    QStringList trace;
    connect(&client, &SmtpClient::protocolTrace, this, [&](const QString& l) { trace.append(l); });
    QSignalSpy sent(&client, &SmtpClient::messageSent);
    QSignalSpy finished(&client, &SmtpClient::finished);
    client.sendMessages({ { QStringLiteral("t1"), QStringLiteral("from@example.com"),
                            { QStringLiteral("to@example.org") },
                            QByteArrayLiteral("Subject: confidential-subject\r\n\r\nconfidential-body\r\n") } });
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(sent.count(), 1);
    const QString all = trace.join(u'\n');
    QVERIFY(all.contains(QLatin1String("C: MAIL FROM:<from@example.com>")));
    QVERIFY(all.contains(QLatin1String("S: 250 2.0.0 queued")));
    QVERIFY(!all.contains(QLatin1String("confidential")));
}

namespace {

// Like a server on an implicit-TLS port: accepts, then says nothing until it gets a TLS
// ClientHello; or, given `bytes`, writes them at once (a TLS record).
class TlsPortImpostor final : public QObject
{
public:
    explicit TlsPortImpostor(const QByteArray& bytes)
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        connect(&m_server, &QTcpServer::newConnection, this, [this, bytes] {
            while (QTcpSocket* socket = m_server.nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] { m_received += socket->readAll(); });
                if (!bytes.isEmpty())
                    socket->write(bytes);
            }
        });
    }
    quint16 port() const { return m_server.serverPort(); }
    QByteArray received() const { return m_received; }

private:
    QTcpServer m_server;
    QByteArray m_received;
};

} // namespace

void TstSmtpClientFake::plaintextAtAnImplicitTlsPort_data()
{
    QTest::addColumn<QString>("security");
    QTest::addColumn<QByteArray>("serverBytes");
    QTest::addColumn<int>("greetingTimeoutMs"); // 0: the default
    QTest::addColumn<QString>("kind");
    QTest::addColumn<int>("atMostMs");

    const QByteArray handshake = QByteArray::fromHex("160303002a020000260303") + QByteArray(39, '\x01');
    const QByteArray alert = QByteArray::fromHex("15030300020228");
    QTest::newRow("STARTTLS, server silent (waits for a ClientHello)")
        << QStringLiteral("starttls") << QByteArray() << 400 << QStringLiteral("Temporary") << 3000;
    QTest::newRow("STARTTLS, server silent, default greeting timeout of 5 s")
        << QStringLiteral("starttls") << QByteArray() << 0 << QStringLiteral("Temporary") << 8000;
    QTest::newRow("STARTTLS, server sends a TLS handshake record")
        << QStringLiteral("starttls") << handshake << 60000 << QStringLiteral("Permanent") << 3000;
    QTest::newRow("STARTTLS, server sends a TLS alert")
        << QStringLiteral("starttls") << alert << 60000 << QStringLiteral("Permanent") << 3000;
    QTest::newRow("plain relay setting, server sends a TLS record")
        << QStringLiteral("plain") << handshake << 60000 << QStringLiteral("Permanent") << 3000;
}

void TstSmtpClientFake::plaintextAtAnImplicitTlsPort()
{
    QFETCH(QString, security);
    QFETCH(QByteArray, serverBytes);
    QFETCH(int, greetingTimeoutMs);
    QFETCH(QString, kind);
    QFETCH(int, atMostMs);

    TlsPortImpostor server(serverBytes);
    SmtpConfig config;
    config.host = QStringLiteral("127.0.0.1");
    config.port = server.port();
    config.security = security == QLatin1String("starttls") ? SmtpConfig::Security::StartTls
                                                             : SmtpConfig::Security::Plain;
    config.commandTimeoutMs = 60000; // the old wait: the greeting must not use it
    if (greetingTimeoutMs > 0)
        config.greetingTimeoutMs = greetingTimeoutMs;
    else
        QCOMPARE(config.greetingTimeoutMs, 5000);
    SmtpClient client(config);
    std::optional<SmtpFailure> failure;
    connect(&client, &SmtpClient::messageFailed, this,
            [&](const QString&, const SmtpFailure& f) { failure = f; });
    QSignalSpy finished(&client, &SmtpClient::finished);
    QElapsedTimer clock;
    clock.start();
    client.sendMessages({ { QStringLiteral("m1"), QStringLiteral("from@example.com"),
                            { QStringLiteral("to@example.org") }, kSimpleBody } });
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, atMostMs + 2000);
    const qint64 elapsed = clock.elapsed();
    QVERIFY2(elapsed <= atMostMs, qPrintable(QStringLiteral("took %1 ms").arg(elapsed)));
    if (serverBytes.isEmpty())
        QVERIFY2(elapsed >= config.greetingTimeoutMs * 9 / 10, // coarse timers may fire 5 % early
                 qPrintable(QStringLiteral("took %1 ms").arg(elapsed)));
    QVERIFY(failure);
    QCOMPARE(SmtpTestUtil::stageName(failure->stage), QStringLiteral("Greeting"));
    QCOMPARE(SmtpTestUtil::kindName(failure->kind), kind);
    const QString text = failure->toString();
    QVERIFY2(text.contains(QLatin1String("expects implicit TLS")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("TLS from the start")), qPrintable(text));
    // Nothing was said in the clear to a port that expected a ClientHello.
    QCOMPARE(server.received(), QByteArray());
}

void TstSmtpClientFake::slowGreetingIsNotMistakenForTls()
{
    // A greeting that starts in time but ends late is still a greeting.
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    QByteArray received;
    connect(&server, &QTcpServer::newConnection, this, [&] {
        QTcpSocket* socket = server.nextPendingConnection();
        socket->write("220-fake.example ESMTP\r\n");
        QTimer::singleShot(600, socket, [socket] { socket->write("220 ready\r\n"); });
        connect(socket, &QTcpSocket::readyRead, socket, [socket, &received] {
            received += socket->readAll();
            if (received.endsWith("QUIT\r\n"))
                socket->write("221 bye\r\n");
            else if (received.endsWith("\r\n") && !received.contains("QUIT"))
                socket->write("502 5.5.1 no\r\n");
        });
    });
    SmtpConfig config;
    config.host = QStringLiteral("127.0.0.1");
    config.port = server.serverPort();
    config.security = SmtpConfig::Security::Plain;
    config.greetingTimeoutMs = 300;
    config.commandTimeoutMs = 3000;
    SmtpClient client(config);
    std::optional<SmtpFailure> failure;
    connect(&client, &SmtpClient::messageFailed, this,
            [&](const QString&, const SmtpFailure& f) { failure = f; });
    QSignalSpy finished(&client, &SmtpClient::finished);
    client.sendMessages({ { QStringLiteral("m1"), QStringLiteral("from@example.com"),
                            { QStringLiteral("to@example.org") }, kSimpleBody } });
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
    // The greeting was taken (EHLO went out); the 502s fail the message later, not the greeting.
    QVERIFY2(received.startsWith("EHLO "), received.constData());
    QVERIFY(failure);
    QVERIFY(failure->stage != SmtpFailure::Stage::Greeting);
}

QTEST_GUILESS_MAIN(TstSmtpClientFake)
#include "tst_smtpclient_fake.moc"
