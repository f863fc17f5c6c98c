// The outbox on a real SQLite file and a real PostgreSQL server (tst_outboxrepository_pg):
// emails queued with the lead in one transaction (fault injection with triggers), claims
// with a lease, outcomes, and the reads the GUI uses.
#include "database.h"
#include "firmsettings.h"
#include "intakeservice.h"
#include "leadrepository.h"
#include "outboxrepository.h"
#include "sqldialect.h"
#include "testdatabase.h"
#include "testsupport.h"

#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString kAttorney = QStringLiteral("attorney@firm.example");

int countRows(const QSqlDatabase& db, const QString& table)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT count(*) FROM ") + table) || !query.next())
        return -1;
    return query.value(0).toInt();
}

} // namespace

class TstOutboxRepository final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void intakeQueuesBothEmails_data();
    void intakeQueuesBothEmails();
    void languageIsValidated();
    void leadAndEmailsAreAtomic_data();
    void leadAndEmailsAreAtomic();
    void claimTakesDueRowsWithALease();
    void expiredLeaseIsClaimedAgain();
    void claimSkipsRowsAnotherDeskIsClaiming();
    void outcomesNeedTheLease();
    void outcomes_data();
    void outcomes();
    void retryNowAndCancel();
    void readsForTheGui();
    void messageIdIsStableAndUnique();

private:
    qint64 submit(const QString& email, const QString& language = QStringLiteral("en"));
    QDateTime now() const { return m_now; }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::optional<Database> m_db;
    QString m_pdfPath;
    QDateTime m_now = QDateTime::fromMSecsSinceEpoch(1'800'000'000'000, Qt::UTC);
    LeadRepository::Clock m_clock;
};

void TstOutboxRepository::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto db = Database::open(TestDatabase::freshTarget());
    QVERIFY2(db, qPrintable(db.error().message));
    m_db = std::move(db).value();
    m_pdfPath = TestSupport::writeFile(*m_dir, QStringLiteral("resume.pdf"), TestSupport::makePdf());
    m_now = QDateTime::fromMSecsSinceEpoch(1'800'000'000'000, Qt::UTC);
    m_clock = [this] { return m_now; };
    QVERIFY(FirmSettings(m_db->connection()).setValue(FirmSettings::Key::NotificationAddress, kAttorney));
}

void TstOutboxRepository::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

qint64 TstOutboxRepository::submit(const QString& email, const QString& language)
{
    LeadRepository leads(m_db->connection(), m_clock);
    const IntakeService intake(leads, LeadValidator());
    LeadDraft draft { QStringLiteral("Ana"), QStringLiteral("López"), email, m_pdfPath };
    draft.language = language;
    const IntakeService::Outcome outcome = intake.submit(draft, QStringLiteral("desk"), IntakeService::Duplicates::SaveAnyway);
    return outcome.leadId;
}

void TstOutboxRepository::intakeQueuesBothEmails_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("English") << QStringLiteral("en");
    QTest::newRow("Spanish") << QStringLiteral("es");
    QTest::newRow("Spanish, typed in capitals") << QStringLiteral("ES");
}

void TstOutboxRepository::intakeQueuesBothEmails()
{
    QFETCH(QString, language);
    const qint64 id = submit(QStringLiteral("ana@example.com"), language);
    QVERIFY(id > 0);

    const OutboxRepository outbox(m_db->connection(), m_clock);
    const QList<OutboxEntry> rows = outbox.deliveryFor(id).value();
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.at(0).kind, OutboxKind::ProspectConfirmation);
    QCOMPARE(rows.at(0).language, language.toLower());
    QCOMPARE(rows.at(0).recipientAddress, QStringLiteral("ana@example.com"));
    QCOMPARE(rows.at(1).kind, OutboxKind::AttorneyNotification);
    QCOMPARE(rows.at(1).recipientAddress, kAttorney);
    for (const OutboxEntry& row : rows) {
        QCOMPARE(row.state, OutboxState::Queued);
        QCOMPARE(row.leadId, std::optional<qint64>(id));
        QCOMPARE(row.attempts, 0);
        QCOMPARE(row.createdAt, m_now);
        QCOMPARE(row.nextAttemptAt, m_now);
        QVERIFY(row.messageId.startsWith(QLatin1Char('<')) && row.messageId.endsWith(QLatin1Char('>')));
    }
    QCOMPARE(LeadRepository(m_db->connection()).preferredLanguage(id).value(), language.toLower());
}

void TstOutboxRepository::languageIsValidated()
{
    QVERIFY(!LeadValidator::checkLanguage(QStringLiteral("fr")).isEmpty());
    QVERIFY(LeadValidator::checkLanguage(QStringLiteral("es")).isEmpty());
    LeadRepository leads(m_db->connection(), m_clock);
    const IntakeService intake(leads, LeadValidator());
    LeadDraft draft { QStringLiteral("Ana"), QStringLiteral("López"), QStringLiteral("ana@example.com"), m_pdfPath };
    draft.language = QStringLiteral("fr");
    const IntakeService::Outcome outcome = intake.submit(draft, QStringLiteral("desk"), IntakeService::Duplicates::Warn);
    QVERIFY(!outcome.saved());
    QVERIFY(outcome.error.has_value());
    QCOMPARE(outcome.error->code, Error::Code::Invalid);
    QCOMPARE(countRows(m_db->connection(), QStringLiteral("leads")), 0);
    // The schema refuses it too, whoever writes.
    QSqlQuery query(m_db->connection());
    QVERIFY(!query.exec(QStringLiteral("INSERT INTO leads (first_name, last_name, email, email_key, created_at, "
                                       "updated_at, created_by, preferred_language) VALUES ('a', 'b', 'a@b.cd', "
                                       "'a@b.cd', 1, 1, 'x', 'fr')")));
}

void TstOutboxRepository::leadAndEmailsAreAtomic_data()
{
    QTest::addColumn<QString>("table");
    QTest::addColumn<QString>("condition"); // which inserts fail
    QTest::addColumn<QString>("message");
    QTest::newRow("every outbox insert fails")
        << QStringLiteral("outbox") << QStringLiteral("true") << QStringLiteral("injected outbox failure");
    QTest::newRow("only the second email (notification) fails")
        << QStringLiteral("outbox") << QStringLiteral("NEW.kind = 'attorney_notification'")
        << QStringLiteral("injected outbox failure");
    QTest::newRow("the created event fails (before the emails)")
        << QStringLiteral("lead_events") << QStringLiteral("true") << QStringLiteral("injected event failure");
}

void TstOutboxRepository::leadAndEmailsAreAtomic()
{
    QFETCH(QString, table);
    QFETCH(QString, condition);
    QFETCH(QString, message);
    // A lead saved before the fault stays; the faulty one leaves nothing at all.
    QVERIFY(submit(QStringLiteral("first@example.com")) > 0);
    const QSqlDatabase db = m_db->connection();
    QSqlQuery query(db);
    // Fault injection with the database's own machinery (a trigger in this test's database).
    if (TestDatabase::isPostgres()) {
        QVERIFY2(query.exec(QStringLiteral("CREATE FUNCTION fail_insert() RETURNS trigger LANGUAGE plpgsql "
                                           "AS $$ BEGIN RAISE EXCEPTION '%1'; END $$").arg(message)),
                 qPrintable(query.lastError().text()));
        QVERIFY2(query.exec(QStringLiteral("CREATE TRIGGER fail_insert BEFORE INSERT ON %1 FOR EACH ROW "
                                           "WHEN (%2) EXECUTE FUNCTION fail_insert()").arg(table, condition)),
                 qPrintable(query.lastError().text()));
    } else {
        QVERIFY2(query.exec(QStringLiteral("CREATE TEMP TRIGGER fail_insert BEFORE INSERT ON main.%1 WHEN %2 "
                                           "BEGIN SELECT RAISE(ABORT, '%3'); END").arg(table, condition, message)),
                 qPrintable(query.lastError().text()));
    }

    LeadRepository leads(db, m_clock);
    const IntakeService intake(leads, LeadValidator());
    const LeadDraft draft { QStringLiteral("Bea"), QStringLiteral("Ruiz"), QStringLiteral("bea@example.com"), m_pdfPath };
    const IntakeService::Outcome outcome = intake.submit(draft, QStringLiteral("desk"), IntakeService::Duplicates::Warn);
    QVERIFY(!outcome.saved());
    QVERIFY(outcome.error.has_value());
    QVERIFY2(outcome.error->message.contains(QLatin1String("injected")), qPrintable(outcome.error->message));

    QCOMPARE(countRows(db, QStringLiteral("leads")), 1);
    QCOMPARE(countRows(db, QStringLiteral("resumes")), 1);
    QCOMPARE(countRows(db, QStringLiteral("lead_events")), 1);
    QCOMPARE(countRows(db, QStringLiteral("outbox")), 2);
    QCOMPARE(leads.findByEmail(QStringLiteral("bea@example.com")).value().size(), 0);
    LeadQuery search;
    search.search = QStringLiteral("Bea");
    QCOMPARE(leads.count(search).value(), 0);
    // No transaction was left open (PostgreSQL only warns about a COMMIT outside one; there
    // a statement outside a transaction starts and ends its own).
    if (TestDatabase::isPostgres()) {
        QVERIFY2(query.exec(QStringLiteral("SELECT now() = statement_timestamp()")) && query.next(),
                 qPrintable(query.lastError().text()));
        QVERIFY(query.value(0).toBool());
    } else {
        QVERIFY(!query.exec(QStringLiteral("COMMIT")));
    }
}

void TstOutboxRepository::claimTakesDueRowsWithALease()
{
    const qint64 lead = submit(QStringLiteral("ana@example.com"));
    OutboxRepository outbox(m_db->connection(), m_clock);
    // Not yet due: a retry an hour from now.
    const qint64 later = outbox.enqueue({ OutboxKind::Test, std::nullopt, QStringLiteral("en"),
                                          QStringLiteral("it@firm.example"), QString() }).value();
    const QList<OutboxEntry> all = outbox.claimDue(QStringLiteral("A"), 10, 60'000).value();
    QCOMPARE(all.size(), 3);
    QVERIFY(outbox.markRetry(later, QStringLiteral("A"), m_now.addSecs(3600), QStringLiteral("451 later")));

    const QList<OutboxEntry> rows = outbox.deliveryFor(lead).value();
    for (const OutboxEntry& row : rows) {
        QCOMPARE(row.state, OutboxState::Sending);
        QCOMPARE(row.leaseOwner, QStringLiteral("A"));
        QCOMPARE(row.leaseUntil, m_now.addMSecs(60'000));
        QCOMPARE(row.attempts, 1);
    }
    // Another desk finds nothing: the two are leased, the third is not due.
    QCOMPARE(outbox.claimDue(QStringLiteral("B"), 10, 60'000).value().size(), 0);
    m_now = m_now.addSecs(3601 - 0);
    // An hour later the retry is due; the leased ones have long expired (their sender died).
    const QList<OutboxEntry> again = outbox.claimDue(QStringLiteral("B"), 10, 60'000).value();
    QCOMPARE(again.size(), 3);
}

void TstOutboxRepository::claimSkipsRowsAnotherDeskIsClaiming()
{
    // Issue 10, item 5: on a shared server, a desk claiming emails neither waits for another
    // desk that is claiming (or holds the writers' lock for an intake) nor takes its rows.
    if (!TestDatabase::isPostgres())
        QSKIP("SQLite has one writer at a time: claims queue on BEGIN IMMEDIATE");
    submit(QStringLiteral("ana@example.com"));
    OutboxRepository outbox(m_db->connection(), m_clock);
    const qint64 first = outbox.page(std::nullopt, 0, 10).value().last().id;

    auto other = m_db->openAnother();
    QVERIFY2(other, qPrintable(other.error().message));
    QSqlQuery desk(other->connection());
    for (const QString& statement : SqlDialect(other->connection()).beginWrite())
        QVERIFY2(desk.exec(statement), qPrintable(desk.lastError().text()));
    QVERIFY2(desk.exec(QStringLiteral("SELECT id FROM outbox WHERE id = %1 FOR UPDATE").arg(first)),
             qPrintable(desk.lastError().text()));

    QElapsedTimer timer;
    timer.start();
    const Result<QList<OutboxEntry>> mine = outbox.claimDue(QStringLiteral("A"), 10, 60'000);
    QVERIFY2(mine, qPrintable(mine.error().message));
    QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed()))); // no lock wait
    QCOMPARE(mine->size(), 1);
    QVERIFY(mine->first().id != first);

    // The other desk lets go without claiming: the row is anyone's again.
    QVERIFY(desk.exec(QStringLiteral("ROLLBACK")));
    const QList<OutboxEntry> rest = outbox.claimDue(QStringLiteral("B"), 10, 60'000).value();
    QCOMPARE(rest.size(), 1);
    QCOMPARE(rest.first().id, first);
    QCOMPARE(rest.first().attempts, 1);
}

void TstOutboxRepository::expiredLeaseIsClaimedAgain()
{
    submit(QStringLiteral("ana@example.com"));
    OutboxRepository outbox(m_db->connection(), m_clock);
    QCOMPARE(outbox.claimDue(QStringLiteral("dead"), 10, 60'000).value().size(), 2);
    m_now = m_now.addSecs(59);
    QCOMPARE(outbox.claimDue(QStringLiteral("B"), 10, 60'000).value().size(), 0);
    m_now = m_now.addSecs(2);
    const QList<OutboxEntry> taken = outbox.claimDue(QStringLiteral("B"), 10, 60'000).value();
    QCOMPARE(taken.size(), 2);
    for (const OutboxEntry& row : taken) {
        QCOMPARE(row.leaseOwner, QStringLiteral("B"));
        QCOMPARE(row.attempts, 2);
    }
    // Renewing keeps it: still B's after the original lease would have expired.
    QVERIFY(outbox.renewLease(QStringLiteral("B"), { taken.at(0).id, taken.at(1).id }, 60'000));
    m_now = m_now.addSecs(30);
    QVERIFY(outbox.renewLease(QStringLiteral("B"), { taken.at(0).id, taken.at(1).id }, 60'000));
    m_now = m_now.addSecs(45);
    QCOMPARE(outbox.claimDue(QStringLiteral("C"), 10, 60'000).value().size(), 0);
}

void TstOutboxRepository::outcomesNeedTheLease()
{
    submit(QStringLiteral("ana@example.com"));
    OutboxRepository outbox(m_db->connection(), m_clock);
    const QList<OutboxEntry> mine = outbox.claimDue(QStringLiteral("A"), 10, 60'000).value();
    m_now = m_now.addSecs(120);
    QCOMPARE(outbox.claimDue(QStringLiteral("B"), 10, 60'000).value().size(), 2);
    // A's lease expired and B took the rows over: A's late outcome changes nothing.
    const VoidResult late = outbox.markSent(mine.at(0).id, QStringLiteral("A"));
    QVERIFY(!late);
    QCOMPARE(late.error().code, Error::Code::Conflict);
    QCOMPARE(outbox.entry(mine.at(0).id)->state, OutboxState::Sending);
    QVERIFY(outbox.markSent(mine.at(0).id, QStringLiteral("B")));
    QCOMPARE(outbox.entry(mine.at(0).id)->state, OutboxState::Sent);
    QVERIFY(!outbox.markSent(mine.at(0).id, QStringLiteral("B"))); // only once
}

void TstOutboxRepository::outcomes_data()
{
    QTest::addColumn<QString>("outcome");
    QTest::addColumn<OutboxState>("state");
    QTest::addColumn<bool>("possibleDuplicate");
    QTest::addColumn<bool>("due");
    QTest::newRow("sent") << QStringLiteral("sent") << OutboxState::Sent << false << false;
    QTest::newRow("retry") << QStringLiteral("retry") << OutboxState::Queued << false << false;
    QTest::newRow("failed") << QStringLiteral("failed") << OutboxState::Failed << false << false;
    QTest::newRow("possible duplicate") << QStringLiteral("duplicate") << OutboxState::Failed << true << false;
}

void TstOutboxRepository::outcomes()
{
    QFETCH(QString, outcome);
    QFETCH(OutboxState, state);
    QFETCH(bool, possibleDuplicate);
    QFETCH(bool, due);
    submit(QStringLiteral("ana@example.com"));
    OutboxRepository outbox(m_db->connection(), m_clock);
    const qint64 id = outbox.claimDue(QStringLiteral("A"), 1, 60'000).value().at(0).id;
    const QString error = QStringLiteral("550 5.1.1 No such user");
    if (outcome == QLatin1String("sent"))
        QVERIFY(outbox.markSent(id, QStringLiteral("A")));
    else if (outcome == QLatin1String("retry"))
        QVERIFY(outbox.markRetry(id, QStringLiteral("A"), m_now.addSecs(60), error));
    else if (outcome == QLatin1String("failed"))
        QVERIFY(outbox.markFailed(id, QStringLiteral("A"), error));
    else
        QVERIFY(outbox.markPossibleDuplicate(id, QStringLiteral("A"), error));
    const OutboxEntry row = outbox.entry(id).value();
    QCOMPARE(row.state, state);
    QCOMPARE(row.possibleDuplicate, possibleDuplicate);
    QVERIFY(row.leaseOwner.isEmpty());
    QVERIFY(!row.leaseUntil.isValid());
    QCOMPARE(row.sentAt.isValid(), state == OutboxState::Sent);
    QCOMPARE(row.lastError.isEmpty(), state == OutboxState::Sent);
    // Nothing but the other (still queued) email is claimable now.
    const QList<OutboxEntry> next = outbox.claimDue(QStringLiteral("B"), 10, 60'000).value();
    QCOMPARE(next.size(), due ? 2 : 1);
}

void TstOutboxRepository::retryNowAndCancel()
{
    submit(QStringLiteral("ana@example.com"));
    OutboxRepository outbox(m_db->connection(), m_clock);
    const QList<OutboxEntry> rows = outbox.claimDue(QStringLiteral("A"), 10, 60'000).value();
    const qint64 dup = rows.at(0).id;
    const qint64 failed = rows.at(1).id;
    QCOMPARE(outbox.retryNow(dup).error().code, Error::Code::Conflict); // being sent
    QCOMPARE(outbox.cancel(dup).error().code, Error::Code::Conflict);
    QVERIFY(outbox.markPossibleDuplicate(dup, QStringLiteral("A"), QStringLiteral("lost reply")));
    QVERIFY(outbox.markFailed(failed, QStringLiteral("A"), QStringLiteral("550")));
    // A possible duplicate is never claimed by itself...
    m_now = m_now.addDays(1);
    QCOMPARE(outbox.claimDue(QStringLiteral("B"), 10, 60'000).value().size(), 0);
    // ...only after a person says "Retry now".
    QVERIFY(outbox.retryNow(dup));
    const OutboxEntry retried = outbox.entry(dup).value();
    QCOMPARE(retried.state, OutboxState::Queued);
    QCOMPARE(retried.attempts, 0);
    QCOMPARE(retried.queuedAt, m_now);
    QCOMPARE(retried.messageId, rows.at(0).messageId);
    QVERIFY(outbox.cancel(failed));
    QCOMPARE(outbox.entry(failed)->state, OutboxState::Cancelled);
    const QList<OutboxEntry> again = outbox.claimDue(QStringLiteral("B"), 10, 60'000).value();
    QCOMPARE(again.size(), 1);
    QCOMPARE(again.at(0).id, dup);
    QVERIFY(outbox.markSent(dup, QStringLiteral("B")));
    QCOMPARE(outbox.retryNow(dup).error().code, Error::Code::Invalid); // already sent
    QCOMPARE(outbox.cancel(dup).error().code, Error::Code::Invalid);
    QCOMPARE(outbox.retryNow(99999).error().code, Error::Code::NotFound);
}

void TstOutboxRepository::readsForTheGui()
{
    for (int i = 0; i < 3; ++i) {
        submit(QStringLiteral("p%1@example.com").arg(i));
        m_now = m_now.addSecs(1);
    }
    OutboxRepository outbox(m_db->connection(), m_clock);
    const QList<OutboxEntry> claimed = outbox.claimDue(QStringLiteral("A"), 3, 60'000).value();
    QCOMPARE(claimed.size(), 3);
    QVERIFY(outbox.markSent(claimed.at(0).id, QStringLiteral("A")));
    QVERIFY(outbox.markFailed(claimed.at(1).id, QStringLiteral("A"), QStringLiteral("550")));
    QVERIFY(outbox.markPossibleDuplicate(claimed.at(2).id, QStringLiteral("A"), QStringLiteral("lost")));

    const OutboxCounts counts = outbox.counts().value();
    QCOMPARE(counts.queued, 3);
    QCOMPARE(counts.sending, 0);
    QCOMPARE(counts.sent, 1);
    QCOMPARE(counts.failed, 2);
    QCOMPARE(counts.possibleDuplicates, 1);
    QCOMPARE(counts.cancelled, 0);
    QCOMPARE(counts.pending(), 3);
    QCOMPARE(outbox.count(std::nullopt).value(), 6);
    QCOMPARE(outbox.count(OutboxState::Failed).value(), 2);

    const QList<OutboxEntry> failedPage = outbox.page(OutboxState::Failed, 0, 10).value();
    QCOMPARE(failedPage.size(), 2);
    const QList<OutboxEntry> all = outbox.page(std::nullopt, 0, 4).value();
    QCOMPARE(all.size(), 4);
    QVERIFY(all.at(0).createdAt >= all.at(3).createdAt); // newest first
    QCOMPARE(outbox.page(std::nullopt, 4, 4).value().size(), 2);

    const std::optional<QDateTime> due = outbox.nextDueAt().value();
    QVERIFY(due.has_value());
    QVERIFY(*due <= m_now);
}

void TstOutboxRepository::messageIdIsStableAndUnique()
{
    QVERIFY(FirmSettings(m_db->connection()).setValue(FirmSettings::Key::SenderAddress, QStringLiteral("desk@Smith-Law.example")));
    submit(QStringLiteral("ana@example.com"));
    OutboxRepository outbox(m_db->connection(), m_clock);
    const QList<OutboxEntry> rows = outbox.claimDue(QStringLiteral("A"), 10, 60'000).value();
    QCOMPARE(rows.size(), 2);
    QVERIFY(rows.at(0).messageId != rows.at(1).messageId);
    QVERIFY2(rows.at(0).messageId.endsWith(QLatin1String("@smith-law.example>")), qPrintable(rows.at(0).messageId));
    QVERIFY(outbox.markRetry(rows.at(0).id, QStringLiteral("A"), m_now, QStringLiteral("451")));
    QCOMPARE(outbox.claimDue(QStringLiteral("A"), 10, 60'000).value().at(0).messageId, rows.at(0).messageId);
    QCOMPARE(OutboxRepository::makeMessageId(QStringLiteral("bad\r\nBcc: x>")).contains(QLatin1Char('\n')), false);
}

QTEST_GUILESS_MAIN(TstOutboxRepository)
#include "tst_outboxrepository.moc"
