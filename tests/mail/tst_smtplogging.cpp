// The leadintake.smtp category is silent unless someone enables it, and a traced session
// prints each protocol line once. Runs without QT_LOGGING_RULES (ctest sets one for every
// other test), so it sees the defaults a user sees.
#include "database.h"
#include "fakesmtpserver.h"
#include "firmsettings.h"
#include "outboxdispatcher.h"
#include "outboxrepository.h"
#include "smtpclient.h"
#include "smtplogging.h"

#include <QCoreApplication>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {

QtMessageHandler g_previous = nullptr;
QStringList g_smtpLog;

void collect(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    if (context.category && qstrcmp(context.category, "leadintake.smtp") == 0)
        g_smtpLog.append(message);
    else if (g_previous)
        g_previous(type, context, message);
}

// Collects what leadintake.smtp would print while it lives.
class SmtpLogCapture
{
public:
    SmtpLogCapture()
    {
        g_smtpLog.clear();
        g_previous = qInstallMessageHandler(collect);
    }
    ~SmtpLogCapture() { qInstallMessageHandler(g_previous); }
    Q_DISABLE_COPY_MOVE(SmtpLogCapture)
    QStringList lines() const { return g_smtpLog; }
};

QStringList session(const QStringList& tail = {})
{
    return QStringList { QStringLiteral("S: 220 fake.example ESMTP"), QStringLiteral("C: EHLO *"),
                         QStringLiteral("S: 250 fake.example"), QStringLiteral("C: MAIL FROM:*"),
                         QStringLiteral("S: 250 ok"), QStringLiteral("C: RCPT TO:*") }
        + tail;
}

QStringList accepted()
{
    return session({ QStringLiteral("S: 250 ok"), QStringLiteral("C: DATA"), QStringLiteral("S: 354 go"),
                     QStringLiteral("D"), QStringLiteral("S: 250 queued"), QStringLiteral("C: QUIT"),
                     QStringLiteral("S: 221 bye"), QStringLiteral("X: close") });
}

SmtpConfig plainConfig(quint16 port)
{
    SmtpConfig config;
    config.host = QStringLiteral("127.0.0.1");
    config.port = port;
    config.security = SmtpConfig::Security::Plain;
    config.commandTimeoutMs = 5000;
    return config;
}

const OutgoingMail kMail { QStringLiteral("m1"), QStringLiteral("from@example.com"),
                           { QStringLiteral("to@example.org") },
                           QByteArrayLiteral("Subject: hi\r\n\r\nHello.\r\n") };

} // namespace

class TstSmtpLogging final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void categoryIsSilentByDefault();
    void tracedSessionPrintsEachLineOnce_data();
    void tracedSessionPrintsEachLineOnce();
    void dispatcherRunLogsNothing_data();
    void dispatcherRunLogsNothing();
    void enablingTheCategoryShowsTheDialogue();
};

void TstSmtpLogging::init()
{
    QLoggingCategory::setFilterRules(QString());
}

void TstSmtpLogging::cleanup()
{
    QLoggingCategory::setFilterRules(QString());
}

void TstSmtpLogging::categoryIsSilentByDefault()
{
    QVERIFY(qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"));
    QVERIFY(!lcSmtp().isDebugEnabled());
    QVERIFY(!lcSmtp().isInfoEnabled());
    QVERIFY(lcSmtp().isWarningEnabled()); // our own faults still show
}

void TstSmtpLogging::tracedSessionPrintsEachLineOnce_data()
{
    QTest::addColumn<bool>("traced");
    QTest::newRow("--trace") << true;
    QTest::newRow("no trace") << false;
}

void TstSmtpLogging::tracedSessionPrintsEachLineOnce()
{
    QFETCH(bool, traced);
    FakeSmtpServer server(accepted());
    SmtpClient client(plainConfig(server.port()));
    client.setTraceEnabled(traced);
    QStringList trace;
    connect(&client, &SmtpClient::protocolTrace, this, [&](const QString& line) { trace.append(line); });
    QSignalSpy sent(&client, &SmtpClient::messageSent);
    QSignalSpy finished(&client, &SmtpClient::finished);
    SmtpLogCapture log;
    client.sendMessages({ kMail });
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(sent.count(), 1);
    // The trace is the only copy of the dialogue; the log stays empty either way.
    QCOMPARE(log.lines(), QStringList());
    if (traced) {
        QCOMPARE(trace.count(QStringLiteral("C: MAIL FROM:<from@example.com>")), 1);
        QCOMPARE(trace.count(QStringLiteral("S: 250 queued")), 1);
    } else {
        QCOMPARE(trace, QStringList());
    }
}

void TstSmtpLogging::dispatcherRunLogsNothing_data()
{
    QTest::addColumn<QStringList>("script");
    QTest::addColumn<QString>("outcome");
    QTest::newRow("sent") << accepted() << QStringLiteral("sent");
    QTest::newRow("refused for now (4xx)")
        << session({ QStringLiteral("S: 451 4.3.0 try later"), QStringLiteral("C: RSET"), QStringLiteral("S: 250 ok"),
                     QStringLiteral("C: QUIT"), QStringLiteral("S: 221 bye"), QStringLiteral("X: close") })
        << QStringLiteral("retried");
    QTest::newRow("refused (5xx)")
        << session({ QStringLiteral("S: 550 5.1.1 no such user"), QStringLiteral("C: RSET"), QStringLiteral("S: 250 ok"),
                     QStringLiteral("C: QUIT"), QStringLiteral("S: 221 bye"), QStringLiteral("X: close") })
        << QStringLiteral("failed");
}

void TstSmtpLogging::dispatcherRunLogsNothing()
{
    QFETCH(QStringList, script);
    QFETCH(QString, outcome);
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("leads.sqlite")));
    QVERIFY2(db, qPrintable(db.error().message));
    FirmSettings settings(db->connection());
    QVERIFY(settings.setValue(FirmSettings::Key::SenderAddress, QStringLiteral("desk@firm.example")));
    QVERIFY(OutboxRepository(db->connection()).enqueue({ OutboxKind::Test, std::nullopt, QStringLiteral("en"),
                                                        QStringLiteral("it@firm.example"), QString() }));
    FakeSmtpServer server(script);
    OutboxDispatcher dispatcher(db->connection());
    dispatcher.setConfig(plainConfig(server.port()));
    QSignalSpy drained(&dispatcher, &OutboxDispatcher::drained);
    SmtpLogCapture log;
    dispatcher.wake();
    QVERIFY(drained.wait(10000));
    const OutboxDispatcher::Summary summary = dispatcher.lastSummary();
    QCOMPARE(outcome == QLatin1String("sent") ? summary.sent
                 : outcome == QLatin1String("retried") ? summary.retried
                                                       : summary.failed,
             1);
    QCOMPARE(log.lines(), QStringList());
}

void TstSmtpLogging::enablingTheCategoryShowsTheDialogue()
{
    QLoggingCategory::setFilterRules(QStringLiteral("leadintake.smtp.debug=true"));
    QVERIFY(lcSmtp().isDebugEnabled());
    FakeSmtpServer server(accepted());
    SmtpClient client(plainConfig(server.port()));
    QSignalSpy finished(&client, &SmtpClient::finished);
    SmtpLogCapture log;
    client.sendMessages({ kMail });
    QTRY_COMPARE(finished.count(), 1);
    const QStringList lines = log.lines();
    QCOMPARE(lines.count(QStringLiteral("C: MAIL FROM:<from@example.com>")), 1);
    QVERIFY(!lines.join(u'\n').contains(QLatin1String("Hello.")));
}

int main(int argc, char* argv[])
{
    // The defaults under test: no rules from the environment.
    qunsetenv("QT_LOGGING_RULES");
    QCoreApplication app(argc, argv);
    TstSmtpLogging test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_smtplogging.moc"
