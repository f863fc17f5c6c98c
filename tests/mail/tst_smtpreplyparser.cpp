// The reply parser and capability parsing, fed at every possible split point.
#include "dotstuffer.h"
#include "smtpcapabilities.h"
#include "smtpreplyparser.h"

#include <QTest>

class TstSmtpReplyParser final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void replies_data();
    void replies();
    void limits();
    void capabilities();
    void dotStuffingAtEverySplit();
};

void TstSmtpReplyParser::replies_data()
{
    QTest::addColumn<QByteArray>("stream");
    QTest::addColumn<QList<int>>("codes");
    QTest::addColumn<QStringList>("enhanced");
    QTest::addColumn<QList<int>>("lineCounts");

    QTest::newRow("single") << QByteArray("250 2.1.0 ok\r\n") << QList<int>{ 250 } << QStringList{ QStringLiteral("2.1.0") }
                            << QList<int>{ 1 };
    QTest::newRow("multi-line greeting") << QByteArray("220-a\r\n220-b\r\n220 c\r\n") << QList<int>{ 220 }
                                         << QStringList{ QString() } << QList<int>{ 3 };
    QTest::newRow("merged replies") << QByteArray("250 ok\r\n354 go\r\n550 5.1.1 no\r\n") << QList<int>{ 250, 354, 550 }
                                    << QStringList{ QString(), QString(), QStringLiteral("5.1.1") } << QList<int>{ 1, 1, 1 };
    QTest::newRow("bare LF endings and code only") << QByteArray("250-x\n250\n") << QList<int>{ 250 }
                                                   << QStringList{ QString() } << QList<int>{ 2 };
    QTest::newRow("enhanced code class must match") << QByteArray("535 2.7.8 odd\r\n") << QList<int>{ 535 }
                                                    << QStringList{ QString() } << QList<int>{ 1 };
    // Found by fuzz_smtpreply: a line of exactly kMaxLine octets was refused as too long
    // when a read ended between its CR and its LF (the CR counted towards the line).
    QTest::newRow("line at the limit, any split")
        << QByteArray("250 " + QByteArray(SmtpReplyParser::kMaxLine - 4, 'x') + "\r\n250 next\r\n")
        << QList<int>{ 250, 250 } << QStringList{ QString(), QString() } << QList<int>{ 1, 1 };
}

void TstSmtpReplyParser::replies()
{
    QFETCH(QByteArray, stream);
    QFETCH(QList<int>, codes);
    QFETCH(QStringList, enhanced);
    QFETCH(QList<int>, lineCounts);

    // Every way of cutting the stream in two, plus byte by byte.
    for (qsizetype cut = 0; cut <= stream.size() + 1; ++cut) {
        SmtpReplyParser parser;
        QList<SmtpReply> got;
        auto drain = [&] {
            while (auto r = parser.next())
                got.append(*r);
        };
        if (cut <= stream.size()) {
            parser.feed(stream.left(cut));
            drain();
            parser.feed(stream.mid(cut));
            drain();
        } else {
            for (const char c : stream) {
                parser.feed(QByteArray(1, c));
                drain();
            }
        }
        QCOMPARE(parser.status(), SmtpReplyParser::Status::Ok);
        QCOMPARE(got.size(), codes.size());
        for (qsizetype i = 0; i < got.size(); ++i) {
            QCOMPARE(got.at(i).code, codes.at(i));
            QCOMPARE(got.at(i).enhancedCode, enhanced.at(i));
            QCOMPARE(got.at(i).lines.size(), lineCounts.at(i));
        }
        QVERIFY(!parser.hasBufferedData());
    }
}

void TstSmtpReplyParser::limits()
{
    SmtpReplyParser longLine;
    longLine.feed(QByteArray(SmtpReplyParser::kMaxLine + 10, '2'));
    QVERIFY(!longLine.next());
    QCOMPARE(longLine.status(), SmtpReplyParser::Status::LineTooLong);

    SmtpReplyParser longReply;
    const QByteArray line = "250-" + QByteArray(1000, 'x') + "\r\n";
    for (int i = 0; i < 70; ++i)
        longReply.feed(line);
    QVERIFY(!longReply.next());
    QCOMPARE(longReply.status(), SmtpReplyParser::Status::ReplyTooLong);

    SmtpReplyParser mixed;
    mixed.feed("250-a\r\n251 b\r\n");
    QVERIFY(!mixed.next());
    QCOMPARE(mixed.status(), SmtpReplyParser::Status::Malformed);

    SmtpReplyParser garbage;
    garbage.feed("hello\r\n");
    QVERIFY(!garbage.next());
    QCOMPARE(garbage.status(), SmtpReplyParser::Status::Malformed);

    SmtpReplyParser buffered; // what STARTTLS's injection check relies on
    buffered.feed("220 go\r\n250 injected\r\n");
    QCOMPARE(buffered.next()->code, 220);
    QVERIFY(buffered.hasBufferedData());
}

void TstSmtpReplyParser::capabilities()
{
    SmtpReplyParser parser;
    parser.feed("250-mx.example greets you\r\n250-size 1000\r\n250-Auth=LOGIN\r\n250-AUTH plain xoauth2\r\n"
                "250-starttls\r\n250-8bitmime\r\n250-SmtpUtf8\r\n250-PIPELINING\r\n250 ENHANCEDSTATUSCODES\r\n");
    const SmtpCapabilities caps = SmtpCapabilities::fromEhlo(*parser.next());
    QVERIFY(caps.startTls);
    QVERIFY(caps.eightBitMime);
    QVERIFY(caps.smtpUtf8);
    QVERIFY(caps.pipelining);
    QVERIFY(caps.enhancedStatusCodes);
    QVERIFY(caps.hasSize);
    QCOMPARE(caps.sizeLimit, 1000);
    QCOMPARE(caps.authMechanisms,
             (QStringList{ QStringLiteral("LOGIN"), QStringLiteral("PLAIN"), QStringLiteral("XOAUTH2") }));

    SmtpReplyParser bare;
    bare.feed("250 mx.example\r\n");
    const SmtpCapabilities none = SmtpCapabilities::fromEhlo(*bare.next());
    QVERIFY(!none.startTls);
    QVERIFY(none.authMechanisms.isEmpty());
}

void TstSmtpReplyParser::dotStuffingAtEverySplit()
{
    const QByteArray input = ".a\r\n..b\r\nc.\r\n.\r\nd\n.e";
    const QByteArray expected = "..a\r\n...b\r\nc.\r\n..\r\nd\r\n..e\r\n.\r\n";
    for (qsizetype cut = 0; cut <= input.size(); ++cut) {
        DotStuffer stuffer;
        QByteArray out = stuffer.process(QByteArrayView(input).first(cut));
        out += stuffer.process(QByteArrayView(input).sliced(cut));
        out += stuffer.finish();
        QCOMPARE(out, expected);
    }
    DotStuffer empty;
    QCOMPARE(empty.finish(), QByteArray("\r\n.\r\n"));
    DotStuffer crlfEnd;
    QByteArray stream = crlfEnd.process("x\r\n");
    stream += crlfEnd.finish();
    QCOMPARE(stream, QByteArray("x\r\n.\r\n"));
}

QTEST_GUILESS_MAIN(TstSmtpReplyParser)
#include "tst_smtpreplyparser.moc"
