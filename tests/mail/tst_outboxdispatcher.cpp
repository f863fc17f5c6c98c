// The outbox dispatcher end to end: real SQLite files and a real PostgreSQL server
// (tst_outboxdispatcher_pg), a real aiosmtpd (tests/mail/smtp_fixture.py) and, for a lost
// final reply, the scripted fake server.
#include "accountrepository.h"
#include "aiosmtpdserver.h"
#include "attorneyassignment.h"
#include "database.h"
#include "fakesmtpserver.h"
#include "firmsettings.h"
#include "intakeservice.h"
#include "leadrepository.h"
#include "outboxdispatcher.h"
#include "outboxrepository.h"
#include "testdatabase.h"
#include "testsupport.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString kAttorney = QStringLiteral("attorney@firm.example");
const QString kSender = QStringLiteral("desk@firm.example");
const QString kUser = QStringLiteral("clerk@firm.example");
const QString kPassword = QStringLiteral("correct horse battery staple");

QStringList plainServer(const QStringList& extra = {})
{
    return QStringList { QStringLiteral("--mode"), QStringLiteral("plain"), QStringLiteral("--auth"),
                         QStringLiteral("none") }
        + extra;
}

QJsonObject messageTo(const QJsonObject& report, const QString& recipient)
{
    for (const QJsonValue& value : report.value(QStringLiteral("messages")).toArray()) {
        const QJsonObject message = value.toObject();
        const QJsonArray rcpts = message.value(QStringLiteral("envelope")).toObject().value(QStringLiteral("rcpt_tos")).toArray();
        if (rcpts.contains(QJsonValue(recipient)))
            return message;
    }
    return {};
}

} // namespace

class TstOutboxDispatcher final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void deliversBothEmails_data();
    void deliversBothEmails();
    void temporaryFailureRetriesWithBackoff();
    void permanentFailureKeepsTheServersWords();
    void serverDownSchedulesRetry();
    void givesUpAfterDays();
    void notConfigured();
    void noFirmNameNoEmail();
    void encodedWordNameAddsNoHeader();
    void notificationAddressSetLater();
    void notificationGoesToTheResponsibleAttorney();
    void lostFinalReplyIsResentOnce();
    void lostFinalReplyGivenUpIsFailedPossibleDuplicate();
    void crashedSenderIsTakenOverAfterLeaseExpiry();
    void twoDispatchersInTwoProcesses();
    void fiveDesksDrainTwoHundredEmails();

private:
    qint64 submit(const QString& first, const QString& email, const QString& language = QStringLiteral("en"));
    std::unique_ptr<OutboxDispatcher> dispatcher(quint16 port, SmtpConfig::Security security = SmtpConfig::Security::Plain);
    OutboxDispatcher::Summary drain(OutboxDispatcher& dispatcher);
    quint16 closedPort();

    QTemporaryDir m_certDir;
    QString m_cert;
    QString m_key;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_target; // with the test server's password on PostgreSQL: never print it
    std::optional<Database> m_db;
    QString m_pdfPath;
    QByteArray m_pdf;
    QDateTime m_now;
    std::function<QDateTime()> m_clock;
};

void TstOutboxDispatcher::initTestCase()
{
    if (const QString reason = AiosmtpdServer::unavailableReason(); !reason.isEmpty())
        QSKIP(qPrintable(reason));
    QVERIFY(AiosmtpdServer::makeCertificate(m_certDir.path(), &m_cert, &m_key));
}

void TstOutboxDispatcher::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_target = TestDatabase::freshTarget();
    auto db = Database::open(m_target);
    QVERIFY2(db, qPrintable(db.error().message));
    m_db = std::move(db).value();
    m_pdf = TestSupport::makePdf(QStringLiteral("Resume of the prospect"), 150 * 1024);
    m_pdfPath = TestSupport::writeFile(*m_dir, QStringLiteral("Currículum Ana.pdf"), m_pdf);
    // Real time (other processes use the system clock), moved forward by the tests.
    m_now = QDateTime::currentDateTimeUtc();
    m_clock = [this] { return m_now; };
    FirmSettings settings(m_db->connection());
    QVERIFY(settings.setValue(FirmSettings::Key::FirmName, QStringLiteral("Smith & Partners")));
    QVERIFY(settings.setValue(FirmSettings::Key::NotificationAddress, kAttorney));
    QVERIFY(settings.setValue(FirmSettings::Key::SenderAddress, kSender));
}

void TstOutboxDispatcher::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

qint64 TstOutboxDispatcher::submit(const QString& first, const QString& email, const QString& language)
{
    LeadRepository leads(m_db->connection(), m_clock);
    const IntakeService intake(leads, LeadValidator());
    LeadDraft draft { first, QStringLiteral("López"), email, m_pdfPath };
    draft.language = language;
    return intake.submit(draft, QStringLiteral("desk"), IntakeService::Duplicates::SaveAnyway).leadId;
}

std::unique_ptr<OutboxDispatcher> TstOutboxDispatcher::dispatcher(quint16 port, SmtpConfig::Security security)
{
    SmtpConfig config;
    config.host = QStringLiteral("127.0.0.1");
    config.port = port;
    config.security = security;
    config.connectTimeoutMs = 5000;
    config.commandTimeoutMs = 10000;
    if (security != SmtpConfig::Security::Plain) {
        config.caFile = m_cert;
        config.username = kUser;
        config.password = kPassword;
    }
    auto result = std::make_unique<OutboxDispatcher>(m_db->connection());
    result->setConfig(config);
    result->setClock(m_clock);
    return result;
}

OutboxDispatcher::Summary TstOutboxDispatcher::drain(OutboxDispatcher& dispatcher)
{
    QSignalSpy drained(&dispatcher, &OutboxDispatcher::drained);
    dispatcher.wake();
    if (!drained.wait(60000) && drained.isEmpty())
        qWarning() << "the dispatcher did not finish";
    return dispatcher.lastSummary();
}

quint16 TstOutboxDispatcher::closedPort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    const quint16 port = probe.serverPort();
    probe.close();
    return port;
}

void TstOutboxDispatcher::deliversBothEmails_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<bool>("attach");
    QTest::addColumn<QString>("subject");
    QTest::addColumn<QString>("greeting");
    QTest::newRow("English, resume attached") << QStringLiteral("en") << true
                                              << QStringLiteral("Thank you for contacting Smith & Partners")
                                              << QStringLiteral("Dear Ana,");
    QTest::newRow("Spanish, resume attached") << QStringLiteral("es") << true
                                              << QStringLiteral("Gracias por contactar con Smith & Partners")
                                              << QStringLiteral("Estimado/a Ana:");
    QTest::newRow("Spanish, firm turned attachments off") << QStringLiteral("es") << false
                                                          << QStringLiteral("Gracias por contactar con Smith & Partners")
                                                          << QStringLiteral("Estimado/a Ana:");
}

void TstOutboxDispatcher::deliversBothEmails()
{
    QFETCH(QString, language);
    QFETCH(bool, attach);
    QFETCH(QString, subject);
    QFETCH(QString, greeting);
    QVERIFY(FirmSettings(m_db->connection()).setValue(FirmSettings::Key::AttachResume, attach));
    const qint64 lead = submit(QStringLiteral("Ana"), QStringLiteral("ana@example.org"), language);
    QVERIFY(lead > 0);

    QTemporaryDir out;
    AiosmtpdServer server;
    QVERIFY(server.start(out.path(), { QStringLiteral("--mode"), QStringLiteral("starttls"), QStringLiteral("--auth"),
                                       QStringLiteral("any"), QStringLiteral("--cert"), m_cert, QStringLiteral("--key"),
                                       m_key, QStringLiteral("--user"), kUser, QStringLiteral("--password"), kPassword }));
    auto sender = dispatcher(server.port(), SmtpConfig::Security::StartTls);
    QSignalSpy changed(sender.get(), &OutboxDispatcher::stateChanged);
    const OutboxDispatcher::Summary summary = drain(*sender);
    QCOMPARE(summary.sent, 2);
    QCOMPARE(summary.possibleDuplicates, 0);
    QVERIFY(summary.allDelivered());
    QVERIFY(changed.size() >= 2);

    const OutboxRepository outbox(m_db->connection());
    const QList<OutboxEntry> rows = outbox.deliveryFor(lead).value();
    for (const OutboxEntry& row : rows) {
        QCOMPARE(row.state, OutboxState::Sent);
        QCOMPARE(row.attempts, 1);
        QVERIFY(row.sentAt.isValid());
        QVERIFY(!row.possibleDuplicate);
    }

    int exitCode = -1;
    const QJsonObject report = AiosmtpdServer::check(out.path(), m_pdfPath, &exitCode);
    QCOMPARE(exitCode, 0);
    QCOMPARE(report.value(QStringLiteral("messages")).toArray().size(), 2);

    const QJsonObject confirmation = messageTo(report, QStringLiteral("ana@example.org"));
    QCOMPARE(confirmation.value(QStringLiteral("subject")).toString(), subject);
    const QString text = confirmation.value(QStringLiteral("text")).toString();
    QVERIFY2(text.startsWith(greeting), qPrintable(text));
    QVERIFY(!text.contains(QLatin1String("ana@example.org"))); // no case detail
    QCOMPARE(confirmation.value(QStringLiteral("attachments")).toArray().size(), 0);
    QCOMPARE(confirmation.value(QStringLiteral("from_address")).toString(), kSender);
    QCOMPARE(confirmation.value(QStringLiteral("message_id")).toString(), rows.at(0).messageId);

    // The attorney's Reply reaches the prospect; the prospect's goes back to the firm.
    QVERIFY(confirmation.value(QStringLiteral("reply_to_address")).isNull());
    const QJsonObject notification = messageTo(report, kAttorney);
    QCOMPARE(notification.value(QStringLiteral("reply_to_address")).toString(), QStringLiteral("ana@example.org"));
    QCOMPARE(notification.value(QStringLiteral("reply_to_name")).toString(), QStringLiteral("Ana López"));
    QCOMPARE(notification.value(QStringLiteral("subject")).toString(), QStringLiteral("New lead: Ana López"));
    const QString notice = notification.value(QStringLiteral("text")).toString();
    QVERIFY(notice.contains(QLatin1String("ana@example.org")));
    QVERIFY(notice.contains(QStringLiteral("Ana López")));
    QCOMPARE(notification.value(QStringLiteral("message_id")).toString(), rows.at(1).messageId);
    const QJsonArray attachments = notification.value(QStringLiteral("attachments")).toArray();
    QCOMPARE(attachments.size(), attach ? 1 : 0);
    if (attach) {
        const QJsonObject pdf = attachments.at(0).toObject();
        // Sent under the lead's names, whatever the file was called (issue 9, item 7).
        QCOMPARE(pdf.value(QStringLiteral("filename")).toString(), QStringLiteral("López_Ana_resume.pdf"));
        QCOMPARE(pdf.value(QStringLiteral("content_type")).toString(), QStringLiteral("application/pdf"));
        QVERIFY(pdf.value(QStringLiteral("matches_source")).toBool());
        QCOMPARE(pdf.value(QStringLiteral("size")).toInt(), int(m_pdf.size()));
    }
    // Nothing is sent twice.
    QCOMPARE(drain(*sender).attempted(), 0);
}

void TstOutboxDispatcher::temporaryFailureRetriesWithBackoff()
{
    const qint64 lead = submit(QStringLiteral("Ana"), QStringLiteral("ana@example.org"));
    QTemporaryDir out;
    AiosmtpdServer server;
    QVERIFY(server.start(out.path(), plainServer({ QStringLiteral("--rcpt-reply"),
                                                   QStringLiteral("ana@=451 4.3.0 Mailbox busy, try again later") })));
    auto sender = dispatcher(server.port());
    const QDateTime start = m_now;
    OutboxDispatcher::Summary summary = drain(*sender);
    QCOMPARE(summary.sent, 1);
    QCOMPARE(summary.retried, 1);
    QVERIFY(!summary.allDelivered());

    const OutboxRepository outbox(m_db->connection());
    OutboxEntry prospect = outbox.deliveryFor(lead).value().at(0);
    QCOMPARE(prospect.state, OutboxState::Queued);
    QCOMPARE(prospect.attempts, 1);
    QCOMPARE(prospect.nextAttemptAt, start.addSecs(60));
    QVERIFY2(prospect.lastError.contains(QLatin1String("451")), qPrintable(prospect.lastError));
    QVERIFY2(prospect.lastError.contains(QLatin1String("Mailbox busy, try again later")), qPrintable(prospect.lastError));
    QCOMPARE(outbox.deliveryFor(lead).value().at(1).state, OutboxState::Sent);

    // Not due yet: nothing happens.
    m_now = start.addSecs(59);
    QCOMPARE(drain(*sender).attempted(), 0);
    // Due: tried again, refused again, next wait doubles.
    m_now = start.addSecs(61);
    summary = drain(*sender);
    QCOMPARE(summary.retried, 1);
    prospect = outbox.entry(prospect.id).value();
    QCOMPARE(prospect.attempts, 2);
    QCOMPARE(prospect.nextAttemptAt, m_now.addSecs(120));
    int exitCode = -1;
    QCOMPARE(AiosmtpdServer::check(out.path(), {}, &exitCode).value(QStringLiteral("messages")).toArray().size(), 1);
}

void TstOutboxDispatcher::permanentFailureKeepsTheServersWords()
{
    const qint64 lead = submit(QStringLiteral("Ana"), QStringLiteral("ana@example.org"));
    QTemporaryDir out;
    AiosmtpdServer server;
    QVERIFY(server.start(out.path(), plainServer({ QStringLiteral("--rcpt-reply"),
                                                   QStringLiteral("ana@=550 5.1.1 No such user here") })));
    auto sender = dispatcher(server.port());
    const OutboxDispatcher::Summary summary = drain(*sender);
    QCOMPARE(summary.sent, 1);
    QCOMPARE(summary.failed, 1);
    const OutboxRepository outbox(m_db->connection());
    const OutboxEntry prospect = outbox.deliveryFor(lead).value().at(0);
    QCOMPARE(prospect.state, OutboxState::Failed);
    QVERIFY(!prospect.possibleDuplicate);
    QVERIFY2(prospect.lastError.contains(QLatin1String("550")), qPrintable(prospect.lastError));
    QVERIFY2(prospect.lastError.contains(QLatin1String("No such user here")), qPrintable(prospect.lastError));
    QVERIFY2(prospect.lastError.contains(QLatin1String("does not exist")), qPrintable(prospect.lastError)); // advice
    // Failed stays failed: a day later nothing is retried by itself.
    m_now = m_now.addDays(1);
    QCOMPARE(drain(*sender).attempted(), 0);
}

void TstOutboxDispatcher::serverDownSchedulesRetry()
{
    const qint64 lead = submit(QStringLiteral("Ana"), QStringLiteral("ana@example.org"));
    const Lead before = LeadRepository(m_db->connection()).lead(lead).value();
    auto sender = dispatcher(closedPort());
    QSignalSpy problems(sender.get(), &OutboxDispatcher::problem);
    const OutboxDispatcher::Summary summary = drain(*sender);
    QCOMPARE(summary.retried, 2);
    QCOMPARE(summary.sent, 0);
    QVERIFY(!problems.isEmpty());
    QVERIFY2(problems.first().first().toString().startsWith(QLatin1String("Cannot reach 127.0.0.1")),
             qPrintable(problems.first().first().toString()));
    QVERIFY(sender->currentProblem().startsWith(QLatin1String("Cannot reach")));

    const OutboxRepository outbox(m_db->connection());
    for (const OutboxEntry& row : outbox.deliveryFor(lead).value()) {
        QCOMPARE(row.state, OutboxState::Queued);
        QCOMPARE(row.nextAttemptAt, m_now.addSecs(60));
        QVERIFY(!row.lastError.isEmpty());
    }
    // The lead is untouched by mail trouble.
    const LeadRepository leads(m_db->connection());
    const Lead after = leads.lead(lead).value();
    QCOMPARE(after.status, before.status);
    QCOMPARE(after.version, before.version);
    QCOMPARE(after.updatedAt, before.updatedAt);
    QCOMPARE(leads.history(lead).value().size(), 1);

    // The server comes back: the next due drain delivers, and the problem clears.
    QTemporaryDir out;
    AiosmtpdServer server;
    QVERIFY(server.start(out.path(), plainServer()));
    auto recovered = dispatcher(server.port());
    m_now = m_now.addSecs(61);
    QCOMPARE(drain(*recovered).sent, 2);
}

void TstOutboxDispatcher::givesUpAfterDays()
{
    const qint64 lead = submit(QStringLiteral("Ana"), QStringLiteral("ana@example.org"));
    auto sender = dispatcher(closedPort());
    m_now = m_now.addSecs(72 * 3600 + 1);
    const OutboxDispatcher::Summary summary = drain(*sender);
    QCOMPARE(summary.failed, 2);
    for (const OutboxEntry& row : OutboxRepository(m_db->connection()).deliveryFor(lead).value()) {
        QCOMPARE(row.state, OutboxState::Failed);
        QVERIFY2(row.lastError.startsWith(QLatin1String("Gave up after 1 attempt")), qPrintable(row.lastError));
    }
}

void TstOutboxDispatcher::notConfigured()
{
    const qint64 lead = submit(QStringLiteral("Ana"), QStringLiteral("ana@example.org"));
    OutboxDispatcher sender(m_db->connection());
    sender.setClock(m_clock);
    QSignalSpy problems(&sender, &OutboxDispatcher::problem);
    const OutboxDispatcher::Summary summary = drain(sender);
    QVERIFY(summary.notConfigured);
    QCOMPARE(summary.attempted(), 0);
    QCOMPARE(problems.size(), 1);
    QVERIFY(problems.first().first().toString().startsWith(QLatin1String("Email is not configured")));
    for (const OutboxEntry& row : OutboxRepository(m_db->connection()).deliveryFor(lead).value()) {
        QCOMPARE(row.state, OutboxState::Queued);
        QCOMPARE(row.attempts, 0);
    }
}

void TstOutboxDispatcher::noFirmNameNoEmail()
{
    // Without a firm name the prospect would read "Thank you for contacting . …": nothing
    // is composed; the emails wait with the reason and go once the name is set.
    QVERIFY(FirmSettings(m_db->connection()).reset(FirmSettings::Key::FirmName));
    const qint64 lead = submit(QStringLiteral("Ana"), QStringLiteral("ana@example.org"));
    QTemporaryDir out;
    AiosmtpdServer server;
    QVERIFY(server.start(out.path(), plainServer()));
    auto sender = dispatcher(server.port());
    QSignalSpy problems(sender.get(), &OutboxDispatcher::problem);
    OutboxDispatcher::Summary summary = drain(*sender);
    QCOMPARE(summary.sent, 0);
    QCOMPARE(summary.retried, 2);
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.first().first().toString(),
             QStringLiteral("Email is not configured: set the firm name in Settings (or firm.name)."));
    const OutboxRepository outbox(m_db->connection());
    for (const OutboxEntry& row : outbox.deliveryFor(lead).value()) {
        QCOMPARE(row.state, OutboxState::Queued);
        QVERIFY2(row.lastError.contains(QLatin1String("firm name")), qPrintable(row.lastError));
    }
    int exitCode = -1;
    QCOMPARE(AiosmtpdServer::check(out.path(), {}, &exitCode).value(QStringLiteral("messages")).toArray().size(), 0);

    QVERIFY(FirmSettings(m_db->connection()).setValue(FirmSettings::Key::FirmName, QStringLiteral("Smith & Partners")));
    m_now = m_now.addSecs(61);
    summary = drain(*sender);
    QCOMPARE(summary.sent, 2);
    const QJsonArray messages = AiosmtpdServer::check(out.path(), {}, &exitCode).value(QStringLiteral("messages")).toArray();
    QCOMPARE(messages.size(), 2);
    const QJsonObject confirmation = messageTo(AiosmtpdServer::check(out.path(), {}, &exitCode), QStringLiteral("ana@example.org"));
    QCOMPARE(confirmation.value(QStringLiteral("subject")).toString(), QStringLiteral("Thank you for contacting Smith & Partners"));
}

void TstOutboxDispatcher::encodedWordNameAddsNoHeader()
{
    // An encoded-word typed in a first name: its payload is "Eve" CR LF "Bcc: evil@x.org".
    // It must reach the reader as the characters typed, never as a header or a recipient.
    // (A name may not start with "=", a spreadsheet formula; as a second word it is allowed.)
    const QString first = QStringLiteral("Eve =?UTF-8?B?RXZlDQpCY2M6IGV2aWxAeC5vcmc=?=");
    const qint64 lead = submit(first, QStringLiteral("eve@example.org"));
    QVERIFY(lead > 0);
    QTemporaryDir out;
    AiosmtpdServer server;
    QVERIFY(server.start(out.path(), plainServer()));
    auto sender = dispatcher(server.port());
    QCOMPARE(drain(*sender).sent, 2);
    int exitCode = -1;
    const QJsonObject report = AiosmtpdServer::check(out.path(), {}, &exitCode);
    QCOMPARE(exitCode, 0); // Python's parser (policy.default) found no defects
    const QJsonArray messages = report.value(QStringLiteral("messages")).toArray();
    QCOMPARE(messages.size(), 2);
    const QStringList expectedHeaders { QStringLiteral("Date"), QStringLiteral("From"), QStringLiteral("To"),
                                        QStringLiteral("Subject"), QStringLiteral("Message-ID"),
                                        QStringLiteral("MIME-Version"), QStringLiteral("Content-Type") };
    for (const QJsonValue& value : messages) {
        const QJsonObject message = value.toObject();
        QStringList names;
        for (const QJsonValue& name : message.value(QStringLiteral("header_names")).toArray())
            names.append(name.toString());
        names.removeAll(QStringLiteral("Reply-To"));
        QCOMPARE(names, expectedHeaders);
        QCOMPARE(message.value(QStringLiteral("envelope")).toObject().value(QStringLiteral("rcpt_tos")).toArray().size(), 1);
    }
    // Python puts a space between adjacent encoded-words of a phrase (RFC 2047 ignores the
    // folding there): compare the names' words.
    const QString name = first + QStringLiteral(" López");
    const QJsonObject confirmation = messageTo(report, QStringLiteral("eve@example.org"));
    QCOMPARE(confirmation.value(QStringLiteral("to_name")).toString().simplified(), name);
    const QJsonObject notification = messageTo(report, kAttorney);
    QCOMPARE(notification.value(QStringLiteral("reply_to_name")).toString().simplified(), name);
    QCOMPARE(notification.value(QStringLiteral("reply_to_address")).toString(), QStringLiteral("eve@example.org"));
    QCOMPARE(notification.value(QStringLiteral("subject")).toString(), QStringLiteral("New lead: ") + first + QStringLiteral(" López"));
}

// Issue 12, part 1: the new-lead notification reaches the responsible attorney's own
// address, the firm's address gets its own copy (a second message, never a Cc: neither
// recipient sees the other), and a reassignment tells the new attorney.
void TstOutboxDispatcher::notificationGoesToTheResponsibleAttorney()
{
    const QByteArray hash = "$argon2id$v=19$m=8,t=1,p=1$c2FsdHNhbHQ$aGFzaGhhc2g";
    AccountRepository accounts(m_db->connection());
    UserAccount ana;
    ana.username = QStringLiteral("ana");
    ana.displayName = QStringLiteral("Ana Ruiz");
    ana.email = QStringLiteral("ana.ruiz@firm.example");
    ana.role = Role::Attorney;
    UserAccount ben = ana;
    ben.username = QStringLiteral("ben");
    ben.displayName = QStringLiteral("Ben Okafor");
    ben.email = QStringLiteral("ben@firm.example");
    const qint64 anaId = accounts.create(ana, hash, { std::nullopt, QStringLiteral("cli") }).value();
    const qint64 benId = accounts.create(ben, hash, { std::nullopt, QStringLiteral("cli") }).value();

    LeadRepository leads(m_db->connection(), m_clock);
    const IntakeService intake(leads, LeadValidator());
    LeadDraft draft { QStringLiteral("Eva"), QStringLiteral("López"), QStringLiteral("eva@example.org"), m_pdfPath };
    draft.attorneyId = anaId;
    const qint64 lead = intake.submit(draft, QStringLiteral("desk"), IntakeService::Duplicates::SaveAnyway).leadId;
    QVERIFY(lead > 0);
    QVERIFY(AttorneyAssignment::reassign(leads, lead, benId, QStringLiteral("Ana Ruiz"), 1));

    QTemporaryDir out;
    AiosmtpdServer server;
    QVERIFY(server.start(out.path(), plainServer()));
    auto sender = dispatcher(server.port());
    QCOMPARE(drain(*sender).sent, 4);
    int exitCode = -1;
    const QJsonObject report = AiosmtpdServer::check(out.path(), {}, &exitCode);
    QCOMPARE(exitCode, 0);
    QCOMPARE(report.value(QStringLiteral("messages")).toArray().size(), 4);
    for (const QJsonValue& value : report.value(QStringLiteral("messages")).toArray())
        QCOMPARE(value.toObject().value(QStringLiteral("envelope")).toObject().value(QStringLiteral("rcpt_tos")).toArray().size(), 1);
    const QJsonObject toAna = messageTo(report, QStringLiteral("ana.ruiz@firm.example"));
    QCOMPARE(toAna.value(QStringLiteral("to_name")).toString(), QStringLiteral("Ana Ruiz"));
    QCOMPARE(toAna.value(QStringLiteral("subject")).toString(), QStringLiteral("New lead: Eva López"));
    QCOMPARE(toAna.value(QStringLiteral("reply_to_address")).toString(), QStringLiteral("eva@example.org"));
    const QJsonObject copy = messageTo(report, kAttorney);
    QCOMPARE(copy.value(QStringLiteral("subject")).toString(), QStringLiteral("New lead: Eva López"));
    const QJsonObject toBen = messageTo(report, QStringLiteral("ben@firm.example"));
    QCOMPARE(toBen.value(QStringLiteral("to_name")).toString(), QStringLiteral("Ben Okafor"));
    QCOMPARE(toBen.value(QStringLiteral("subject")).toString(), QStringLiteral("New lead: Eva López"));
}

void TstOutboxDispatcher::notificationAddressSetLater()
{
    // Leads arrive before the firm set its notification address: the prospect's email
    // goes, the notification waits (with the reason) and follows the address once set.
    QVERIFY(FirmSettings(m_db->connection()).reset(FirmSettings::Key::NotificationAddress));
    const qint64 lead = submit(QStringLiteral("Ana"), QStringLiteral("ana@example.org"));
    QTemporaryDir out;
    AiosmtpdServer server;
    QVERIFY(server.start(out.path(), plainServer()));
    auto sender = dispatcher(server.port());
    QSignalSpy problems(sender.get(), &OutboxDispatcher::problem);
    OutboxDispatcher::Summary summary = drain(*sender);
    QCOMPARE(summary.sent, 1);
    QCOMPARE(summary.retried, 1);
    QVERIFY(!problems.isEmpty());
    QVERIFY(problems.last().first().toString().contains(QLatin1String("notification address")));
    const OutboxRepository outbox(m_db->connection());
    QCOMPARE(outbox.deliveryFor(lead).value().at(1).state, OutboxState::Queued);

    QVERIFY(FirmSettings(m_db->connection()).setValue(FirmSettings::Key::NotificationAddress, QStringLiteral("new@firm.example")));
    // "Retry now" from the outbox page does not wait for the backoff.
    QSignalSpy changed(sender.get(), &OutboxDispatcher::stateChanged);
    QVERIFY(sender->retryNow(outbox.deliveryFor(lead).value().at(1).id));
    QVERIFY(!changed.isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(outbox.deliveryFor(lead).value().at(1).state, OutboxState::Sent, 30000);
    int exitCode = -1;
    const QJsonObject report = AiosmtpdServer::check(out.path(), m_pdfPath, &exitCode);
    QVERIFY(!messageTo(report, QStringLiteral("new@firm.example")).isEmpty());
}

void TstOutboxDispatcher::lostFinalReplyIsResentOnce()
{
    OutboxRepository outbox(m_db->connection(), m_clock);
    const qint64 id = outbox.enqueue({ OutboxKind::Test, std::nullopt, QStringLiteral("en"),
                                       QStringLiteral("it@firm.example"), QString() }).value();
    // The server takes the whole message, then dies before its final reply.
    const QStringList script {
        QStringLiteral("S: 220 fake.example ESMTP"), QStringLiteral("C: EHLO *"), QStringLiteral("S: 250 fake.example"),
        QStringLiteral("C: MAIL FROM:*"), QStringLiteral("S: 250 ok"), QStringLiteral("C: RCPT TO:*"),
        QStringLiteral("S: 250 ok"), QStringLiteral("C: DATA"), QStringLiteral("S: 354 go"), QStringLiteral("D"),
        QStringLiteral("X: close"),
    };
    FakeSmtpServer fake(script);
    auto sender = dispatcher(fake.port());
    const QDateTime lost = m_now;
    OutboxDispatcher::Summary summary = drain(*sender);
    QCOMPARE(summary.sent, 0);
    QCOMPARE(summary.retried, 1);
    QCOMPARE(summary.failed, 0);
    QCOMPARE(fake.bodies().size(), 1);
    OutboxEntry row = outbox.entry(id).value();
    QVERIFY(fake.bodies().first().contains(QByteArray("Message-ID: " + row.messageId.toLatin1())));
    // Not lost: queued again with the backoff, flagged as possibly delivered twice.
    QCOMPARE(row.state, OutboxState::Queued);
    QVERIFY(row.possibleDuplicate);
    QCOMPARE(row.attempts, 1);
    QCOMPARE(row.nextAttemptAt, lost.addSecs(60));
    QVERIFY2(row.lastError.contains(QLatin1String("may arrive twice")), qPrintable(row.lastError));

    // Before the backoff is over nothing is sent; after it, exactly one more delivery, with
    // the same Message-ID (the receiver can drop the copy), counted as possibly twice.
    QTemporaryDir out;
    AiosmtpdServer server;
    QVERIFY(server.start(out.path(), plainServer()));
    auto again = dispatcher(server.port());
    m_now = lost.addSecs(59);
    QCOMPARE(drain(*again).attempted(), 0);
    m_now = lost.addSecs(61);
    summary = drain(*again);
    QCOMPARE(summary.sent, 1);
    QCOMPARE(summary.possibleDuplicates, 1);
    QVERIFY(summary.allDelivered());
    row = outbox.entry(id).value();
    QCOMPARE(row.state, OutboxState::Sent);
    QCOMPARE(row.attempts, 2);
    QVERIFY(row.possibleDuplicate); // the flag stays: a copy may exist
    // Sent is final: a day later nothing more goes out.
    m_now = m_now.addDays(1);
    QCOMPARE(drain(*again).attempted(), 0);
    int exitCode = -1;
    const QJsonArray messages = AiosmtpdServer::check(out.path(), {}, &exitCode).value(QStringLiteral("messages")).toArray();
    QCOMPARE(exitCode, 0);
    QCOMPARE(messages.size(), 1);
    QCOMPARE(messages.at(0).toObject().value(QStringLiteral("message_id")).toString(), row.messageId);
    QCOMPARE(fake.bodies().size(), 1);
}

void TstOutboxDispatcher::lostFinalReplyGivenUpIsFailedPossibleDuplicate()
{
    // The backoff's give-up applies to a lost reply too: then the row fails, flagged, and
    // only a person's Retry sends it again.
    OutboxRepository outbox(m_db->connection(), m_clock);
    const qint64 id = outbox.enqueue({ OutboxKind::Test, std::nullopt, QStringLiteral("en"),
                                       QStringLiteral("it@firm.example"), QString() }).value();
    const QStringList script {
        QStringLiteral("S: 220 fake.example ESMTP"), QStringLiteral("C: EHLO *"), QStringLiteral("S: 250 fake.example"),
        QStringLiteral("C: MAIL FROM:*"), QStringLiteral("S: 250 ok"), QStringLiteral("C: RCPT TO:*"),
        QStringLiteral("S: 250 ok"), QStringLiteral("C: DATA"), QStringLiteral("S: 354 go"), QStringLiteral("D"),
        QStringLiteral("X: close"),
    };
    FakeSmtpServer fake(script);
    auto sender = dispatcher(fake.port());
    m_now = m_now.addSecs(72 * 3600 + 1);
    const OutboxDispatcher::Summary summary = drain(*sender);
    QCOMPARE(summary.failed, 1);
    QCOMPARE(summary.retried, 0);
    const OutboxEntry row = outbox.entry(id).value();
    QCOMPARE(row.state, OutboxState::Failed);
    QVERIFY(row.possibleDuplicate);
    QVERIFY2(row.lastError.startsWith(QLatin1String("Possible duplicate")), qPrintable(row.lastError));
    m_now = m_now.addDays(1);
    QCOMPARE(drain(*sender).attempted(), 0);
}

void TstOutboxDispatcher::crashedSenderIsTakenOverAfterLeaseExpiry()
{
    submit(QStringLiteral("Ana"), QStringLiteral("ana@example.org"));
    submit(QStringLiteral("Bea"), QStringLiteral("bea@example.org"));
    // A desk claimed everything and died mid-send: its rows stay 'sending' with a lease.
    OutboxRepository outbox(m_db->connection(), m_clock);
    QCOMPARE(outbox.claimDue(QStringLiteral("crashed-desk"), 10, 10 * 60 * 1000).value().size(), 4);
    QCOMPARE(outbox.counts()->sending, 4);

    QTemporaryDir out;
    AiosmtpdServer server;
    QVERIFY(server.start(out.path(), plainServer()));
    auto sender = dispatcher(server.port());
    // While the lease holds, the rows are left alone.
    m_now = m_now.addSecs(9 * 60);
    QCOMPARE(drain(*sender).attempted(), 0);
    // After it expires, another dispatcher sends each exactly once, and counts each as
    // possibly delivered twice: the dead sender may have got it out before dying.
    m_now = m_now.addSecs(2 * 60);
    const OutboxDispatcher::Summary summary = drain(*sender);
    QCOMPARE(summary.sent, 4);
    QCOMPARE(summary.possibleDuplicates, 4);
    QCOMPARE(drain(*sender).attempted(), 0);
    QCOMPARE(outbox.counts()->sent, 4);
    for (const OutboxEntry& row : outbox.page(std::nullopt, 0, 10).value()) {
        QCOMPARE(row.state, OutboxState::Sent);
        QVERIFY(row.possibleDuplicate);
        QCOMPARE(row.attempts, 2);
    }
    int exitCode = -1;
    const QJsonArray messages = AiosmtpdServer::check(out.path(), {}, &exitCode).value(QStringLiteral("messages")).toArray();
    QCOMPARE(messages.size(), 4);
    QCOMPARE(exitCode, 0);
}

void TstOutboxDispatcher::twoDispatchersInTwoProcesses()
{
    constexpr int kLeads = 30;
    for (int i = 0; i < kLeads; ++i)
        QVERIFY(submit(QStringLiteral("P%1").arg(i), QStringLiteral("p%1@example.org").arg(i)) > 0);
    QSet<QString> expectedIds;
    for (const OutboxEntry& row : OutboxRepository(m_db->connection()).page(std::nullopt, 0, 1000).value())
        expectedIds.insert(row.messageId);
    QCOMPARE(expectedIds.size(), 2 * kLeads);

    QTemporaryDir out;
    AiosmtpdServer server;
    QVERIFY(server.start(out.path(), plainServer()));
    QProcess first;
    QProcess second;
    const QStringList args { m_target, QString::number(server.port()), QStringLiteral("3") };
    first.start(QStringLiteral(LEADINTAKE_DRAINER), args);
    second.start(QStringLiteral(LEADINTAKE_DRAINER), args);
    QVERIFY(first.waitForFinished(120000));
    QVERIFY(second.waitForFinished(120000));
    QCOMPARE(first.exitCode(), 0);
    QCOMPARE(second.exitCode(), 0);
    const int sentByFirst = first.readAllStandardOutput().trimmed().toInt();
    const int sentBySecond = second.readAllStandardOutput().trimmed().toInt();
    QCOMPARE(sentByFirst + sentBySecond, 2 * kLeads);
    qInfo() << "first sent" << sentByFirst << "second sent" << sentBySecond;

    int exitCode = -1;
    const QJsonArray messages = AiosmtpdServer::check(out.path(), {}, &exitCode).value(QStringLiteral("messages")).toArray();
    QCOMPARE(exitCode, 0);
    QCOMPARE(messages.size(), 2 * kLeads);
    QSet<QString> received;
    for (const QJsonValue& message : messages)
        received.insert(message.toObject().value(QStringLiteral("message_id")).toString());
    QCOMPARE(received.size(), 2 * kLeads); // each Message-ID exactly once
    QCOMPARE(received, expectedIds);
    QCOMPARE(OutboxRepository(m_db->connection()).counts()->sent, 2 * kLeads);
}

void TstOutboxDispatcher::fiveDesksDrainTwoHundredEmails()
{
    // Issue 10, item 5: five desks send from one database at once; each email goes out once.
    constexpr int kLeads = 100; // two emails each
    constexpr int kDesks = 5;
    m_pdfPath = TestSupport::writeFile(*m_dir, QStringLiteral("small.pdf"), TestSupport::makePdf());
    for (int i = 0; i < kLeads; ++i)
        QVERIFY(submit(QStringLiteral("P%1").arg(i), QStringLiteral("p%1@example.org").arg(i)) > 0);
    QSet<QString> expectedIds;
    for (const OutboxEntry& row : OutboxRepository(m_db->connection()).page(std::nullopt, 0, 1000).value())
        expectedIds.insert(row.messageId);
    QCOMPARE(expectedIds.size(), 2 * kLeads);

    QTemporaryDir out;
    AiosmtpdServer server;
    QVERIFY(server.start(out.path(), plainServer()));
    const QStringList args { m_target, QString::number(server.port()), QStringLiteral("4") };
    std::vector<std::unique_ptr<QProcess>> desks;
    QElapsedTimer wall;
    wall.start();
    for (int i = 0; i < kDesks; ++i) {
        desks.push_back(std::make_unique<QProcess>());
        desks.back()->setProcessChannelMode(QProcess::SeparateChannels);
        desks.back()->start(QStringLiteral(LEADINTAKE_DRAINER), args);
    }
    int sent = 0;
    QStringList perDesk;
    for (const auto& desk : desks) {
        QVERIFY(desk->waitForFinished(240000));
        QVERIFY2(desk->exitStatus() == QProcess::NormalExit && desk->exitCode() == 0,
                 desk->readAllStandardError().constData());
        const int n = desk->readAllStandardOutput().trimmed().toInt();
        sent += n;
        perDesk.append(QString::number(n));
    }
    const qint64 elapsed = wall.elapsed();
    QCOMPARE(sent, 2 * kLeads);
    qInfo().noquote() << QStringLiteral("%1: %2 desks sent %3 emails in %4 ms (per desk: %5)")
                             .arg(TestDatabase::backendName())
                             .arg(kDesks)
                             .arg(sent)
                             .arg(elapsed)
                             .arg(perDesk.join(QStringLiteral(", ")));

    int exitCode = -1;
    const QJsonArray messages = AiosmtpdServer::check(out.path(), {}, &exitCode).value(QStringLiteral("messages")).toArray();
    QCOMPARE(exitCode, 0);
    QCOMPARE(messages.size(), 2 * kLeads); // none twice
    QSet<QString> received;
    for (const QJsonValue& message : messages)
        received.insert(message.toObject().value(QStringLiteral("message_id")).toString());
    QCOMPARE(received, expectedIds);
    const OutboxCounts counts = OutboxRepository(m_db->connection()).counts().value();
    QCOMPARE(counts.sent, 2 * kLeads);
    QCOMPARE(counts.possibleDuplicates, 0);
    for (const OutboxEntry& row : OutboxRepository(m_db->connection()).page(std::nullopt, 0, 1000).value()) {
        QCOMPARE(row.state, OutboxState::Sent);
        QCOMPARE(row.attempts, 1); // claimed once, by one desk
        QVERIFY(!row.possibleDuplicate);
    }
}

QTEST_GUILESS_MAIN(TstOutboxDispatcher)
#include "tst_outboxdispatcher.moc"
