#include "accountrepository.h"
#include "aiosmtpdserver.h"
#include "database.h"
#include "firmsettings.h"
#include "leadrepository.h"
#include "morningdigest.h"
#include "outboxdispatcher.h"
#include "outboxrepository.h"
#include "testdatabase.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

// One morning digest queued by MorningDigest and delivered by the outbox's own dispatcher
// to a real aiosmtpd (tests/mail/smtp_fixture.py), in English and Spanish.
class TstDigestDelivery final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void deliversTheDigest_data();
    void deliversTheDigest();
};

void TstDigestDelivery::initTestCase()
{
    if (const QString reason = AiosmtpdServer::unavailableReason(); !reason.isEmpty())
        QSKIP(qPrintable(reason));
}

void TstDigestDelivery::deliversTheDigest_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("subject");
    QTest::addColumn<QString>("line");
    QTest::newRow("English") << QStringLiteral("en") << QStringLiteral("Overdue leads at Smith & Partners: 1")
                             << QStringLiteral("- Ana López (lead %1): 9 days late");
    QTest::newRow("Spanish") << QStringLiteral("es")
                             << QStringLiteral("Clientes potenciales con retraso en Smith & Partners: 1")
                             << QStringLiteral("- Ana López (n.º %1): 9 días de retraso");
}

void TstDigestDelivery::deliversTheDigest()
{
    QFETCH(QString, language);
    QFETCH(QString, subject);
    QFETCH(QString, line);
    auto db = Database::open(TestDatabase::freshTarget());
    QVERIFY2(db, qPrintable(db.error().message));
    FirmSettings settings(db->connection());
    QVERIFY(settings.setValue(FirmSettings::Key::FirmName, QStringLiteral("Smith & Partners")));
    QVERIFY(settings.setValue(FirmSettings::Key::SenderAddress, QStringLiteral("intake@smith.example")));
    // Due at once, whatever the day and hour the test runs.
    QVERIFY(settings.setValue(FirmSettings::Key::FirmTimeZone, QStringLiteral("UTC")));
    QVERIFY(settings.setValue(FirmSettings::Key::ResponseWeekend, QStringLiteral("none")));
    QVERIFY(settings.setValue(FirmSettings::Key::DigestTime, QStringLiteral("00:00")));

    UserAccount ana;
    ana.username = QStringLiteral("ana");
    ana.displayName = QStringLiteral("Ana Ruiz");
    ana.email = QStringLiteral("ana.ruiz@smith.example");
    ana.role = Role::Attorney;
    const Result<qint64> account = AccountRepository(db->connection())
                                       .create(ana, "$argon2id$v=19$m=8,t=1,p=1$c2FsdHNhbHQ$aGFzaGhhc2g",
                                               Actor { std::nullopt, QStringLiteral("cli") });
    QVERIFY(account);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    LeadRepository leads(db->connection(), [now] { return now.addDays(-10); });
    const QByteArray pdf = "%PDF-1.4\n% digest\n%%EOF\n";
    const Result<qint64> lead = leads.create(QStringLiteral("Ana"), QStringLiteral("López"), QStringLiteral("ana@example.org"),
                                             { QStringLiteral("cv.pdf"), QStringLiteral("application/pdf"), pdf,
                                               QCryptographicHash::hash(pdf, QCryptographicHash::Sha256).toHex() },
                                             QStringLiteral("desk"));
    QVERIFY(lead);
    QSqlQuery assign(db->connection());
    QVERIFY(assign.exec(QStringLiteral("UPDATE leads SET attorney_id = %1 WHERE id = %2").arg(*account).arg(*lead)));
    // The lead's own emails are not this test's: only the digest is queued.
    QVERIFY(assign.exec(QStringLiteral("DELETE FROM outbox")));

    MorningDigest digest(db->connection(), [now] { return now; });
    digest.setLanguage(language);
    const Result<MorningDigest::Outcome> ran = digest.runIfDue();
    QVERIFY2(ran, qPrintable(ran ? QString() : ran.error().message));
    QCOMPARE(ran->queued.size(), 1);

    QTemporaryDir out;
    AiosmtpdServer server;
    QVERIFY(server.start(out.path(), { QStringLiteral("--mode"), QStringLiteral("plain"), QStringLiteral("--auth"),
                                       QStringLiteral("none") }));
    SmtpConfig config;
    config.host = QStringLiteral("127.0.0.1");
    config.port = server.port();
    config.security = SmtpConfig::Security::Plain;
    config.connectTimeoutMs = 5000;
    config.commandTimeoutMs = 10000;
    OutboxDispatcher dispatcher(db->connection());
    dispatcher.setConfig(config);
    QSignalSpy drained(&dispatcher, &OutboxDispatcher::drained);
    dispatcher.wake();
    QVERIFY(drained.wait(60000) || !drained.isEmpty());
    QCOMPARE(dispatcher.lastSummary().sent, 1);
    QCOMPARE(OutboxRepository(db->connection()).entry(ran->queued.constFirst().outboxId)->state, OutboxState::Sent);

    int exitCode = -1;
    const QJsonArray messages = AiosmtpdServer::check(out.path(), {}, &exitCode).value(QStringLiteral("messages")).toArray();
    QCOMPARE(exitCode, 0);
    QCOMPARE(messages.size(), 1);
    const QJsonObject message = messages.at(0).toObject();
    QCOMPARE(message.value(QStringLiteral("envelope")).toObject().value(QStringLiteral("rcpt_tos")).toArray(),
             QJsonArray { QStringLiteral("ana.ruiz@smith.example") });
    QVERIFY2(message.value(QStringLiteral("subject")).toString().startsWith(subject),
             qPrintable(message.value(QStringLiteral("subject")).toString()));
    const QString text = message.value(QStringLiteral("text")).toString();
    QVERIFY2(text.contains(line.arg(*lead)), qPrintable(text));
    QVERIFY(text.contains(QLatin1String("Ana Ruiz")));
    QVERIFY(!text.contains(QLatin1String("ana@example.org"))); // the prospect's address is not listed
}

QTEST_GUILESS_MAIN(TstDigestDelivery)
#include "tst_digestdelivery.moc"
