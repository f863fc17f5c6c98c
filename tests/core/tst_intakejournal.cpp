#include "accountrepository.h"
#include "database.h"
#include "intakejournal.h"
#include "intakeservice.h"
#include "journaluploader.h"
#include "leadrepository.h"
#include "pgserver.h"
#include "testdatabase.h"
#include "testsupport.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>
#include <sys/stat.h>

// Office mode's "a walk-in is never turned away" (issue 10, item 4): with the server
// unreachable the intake keeps valid leads in a journal on the desk and uploads them in
// order, each once, when the server answers. Against a real PostgreSQL server it stops and
// starts; the journal's own rules also on SQLite (where the intake never needs it).
class TestIntakeJournal final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void journalIsPrivateWhateverTheUmask();
    void sqliteDeskNeverJournals();
    void serverDownKeepsTheLeadThenUploadsIt();
    void uploadsInOrderEachOnce();
    void uploadCutShortIsNotStoredTwice();
    void killedDeskLosesNothing();
    void journaledLeadKeepsAttorneyAndSource_data();
    void journaledLeadKeepsAttorneyAndSource();
    void firstFormatJournalIsUpgraded();
    void newerFormatJournalIsRefused();

private:
    LeadDraft draft(const QString& first, const QString& email);
    void reconnect();
    int serverRows(const QString& table);

    QTemporaryDir m_dir;
    QString m_target;
    std::optional<Database> m_db;
    std::unique_ptr<LeadRepository> m_repository;
    std::unique_ptr<IntakeService> m_intake;
    std::optional<IntakeJournal> m_journal;
    int m_counter = 0;
};

void TestIntakeJournal::init()
{
    m_target = TestDatabase::freshTarget();
    auto db = Database::open(m_target);
    QVERIFY2(db, qPrintable(db.error().message));
    m_db.emplace(std::move(db).value());
    m_repository = std::make_unique<LeadRepository>(m_db->connection());
    m_intake = std::make_unique<IntakeService>(*m_repository, LeadValidator());
    auto journal = IntakeJournal::open(m_dir.filePath(QStringLiteral("journal-%1.sqlite").arg(++m_counter)));
    QVERIFY2(journal, qPrintable(journal.error().message));
    m_journal.emplace(std::move(journal).value());
    m_intake->setJournal(&*m_journal);
}

void TestIntakeJournal::cleanup()
{
    if (PgServer* server = TestDatabase::server(); server && !server->isRunning())
        QVERIFY(server->start());
    m_intake.reset();
    m_repository.reset();
    m_db.reset();
    m_journal.reset();
}

LeadDraft TestIntakeJournal::draft(const QString& first, const QString& email)
{
    const QString pdf = TestSupport::writeFile(m_dir, first + QStringLiteral(".pdf"), TestSupport::makePdf(first));
    return LeadDraft { first, QStringLiteral("Núñez"), email, pdf, QStringLiteral("es") };
}

// What the desk's watcher does when the server is back: the same named connection again.
void TestIntakeJournal::reconnect()
{
    QSqlDatabase db = m_db->connection();
    db.close();
    QVERIFY2(db.open(), qPrintable(db.lastError().text()));
}

int TestIntakeJournal::serverRows(const QString& table)
{
    QSqlQuery query(m_db->connection());
    if (!query.exec(QStringLiteral("SELECT count(*) FROM ") + table) || !query.next())
        return -1;
    return query.value(0).toInt();
}

void TestIntakeJournal::journalIsPrivateWhateverTheUmask()
{
    const mode_t old = ::umask(022);
    auto journal = IntakeJournal::open(m_dir.filePath(QStringLiteral("umask/journal.sqlite")));
    ::umask(old);
    QVERIFY2(journal, qPrintable(journal.error().message));
    const QFile::Permissions others = QFile::ReadGroup | QFile::WriteGroup | QFile::ReadOther | QFile::WriteOther;
    QCOMPARE(QFileInfo(journal->path()).permissions() & others, QFile::Permissions());
    QCOMPARE(QFileInfo(QFileInfo(journal->path()).absolutePath()).permissions() & (others | QFile::ExeGroup | QFile::ExeOther),
             QFile::Permissions());
}

void TestIntakeJournal::sqliteDeskNeverJournals()
{
    if (TestDatabase::isPostgres())
        QSKIP("SQLite only: a desk's own file is never 'unreachable'");
    // A failing local database is an error to show, not a reason to keep leads elsewhere.
    QSqlQuery query(m_db->connection());
    QVERIFY(query.exec(QStringLiteral("CREATE TEMP TRIGGER refuse BEFORE INSERT ON main.leads "
                                      "BEGIN SELECT RAISE(ABORT, 'disk trouble'); END")));
    const IntakeService::Outcome outcome = m_intake->submit(draft(QStringLiteral("Ana"), QStringLiteral("ana@example.com")),
                                                            QStringLiteral("front"), IntakeService::Duplicates::Warn);
    QVERIFY(!outcome.saved());
    QVERIFY(!outcome.journaled());
    QVERIFY(outcome.error);
    QCOMPARE(m_journal->count().value(), 0);
}

void TestIntakeJournal::serverDownKeepsTheLeadThenUploadsIt()
{
    if (!TestDatabase::isPostgres())
        QSKIP("office mode only");
    PgServer* server = TestDatabase::server();
    QVERIFY(server->stop());
    const IntakeService::Outcome outcome = m_intake->submit(draft(QStringLiteral("José"), QStringLiteral("jose@example.com")),
                                                            QStringLiteral("front"), IntakeService::Duplicates::Warn);
    QVERIFY2(outcome.journaled(), outcome.error ? qPrintable(outcome.error->message) : "no error");
    QVERIFY(!outcome.saved());
    QCOMPARE(m_journal->count().value(), 1);

    JournalUploader uploader(*m_journal, *m_intake, 60000);
    QCOMPARE(uploader.waiting(), 1);
    QCOMPARE(uploader.uploadNow(), 0); // still down: waits, keeps it
    QCOMPARE(m_journal->count().value(), 1);

    QVERIFY(server->start());
    reconnect();
    QSignalSpy waiting(&uploader, &JournalUploader::waitingChanged);
    QSignalSpy uploaded(&uploader, &JournalUploader::uploaded);
    QCOMPARE(uploader.uploadNow(), 1);
    QCOMPARE(m_journal->count().value(), 0);
    QCOMPARE(waiting.size(), 1);
    QCOMPARE(waiting.first().first().toInt(), 0);
    QCOMPARE(uploaded.size(), 1);
    const qint64 id = uploaded.first().first().toLongLong();
    const Result<Lead> lead = m_repository->lead(id);
    QVERIFY(lead);
    QCOMPARE(lead->firstName, QStringLiteral("José"));
    QCOMPARE(m_repository->preferredLanguage(id).value(), QStringLiteral("es"));
    // The resume arrived whole, and both emails were queued with the lead.
    const Result<ResumeFile> resume = m_repository->verifiedResume(id);
    QVERIFY2(resume, qPrintable(resume.error().message));
    QCOMPARE(resume->content, TestSupport::makePdf(QStringLiteral("José")));
    QSqlQuery query(m_db->connection());
    QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM outbox WHERE lead_id = %1").arg(id)) && query.next());
    QCOMPARE(query.value(0).toInt(), 2);
}

void TestIntakeJournal::uploadsInOrderEachOnce()
{
    if (!TestDatabase::isPostgres())
        QSKIP("office mode only");
    // One lead already on the server has the email of the second walk-in: it is saved anyway
    // (the walk-in was real) and reported as a duplicate.
    QVERIFY(m_intake->submit(draft(QStringLiteral("Earlier"), QStringLiteral("b@example.com")), QStringLiteral("front"),
                             IntakeService::Duplicates::Warn).saved());
    QVERIFY(TestDatabase::server()->stop());
    const QStringList names { QStringLiteral("Ana"), QStringLiteral("Bea"), QStringLiteral("Carla") };
    for (const QString& name : names) {
        const QString email = name.left(1).toLower() + QStringLiteral("@example.com");
        QVERIFY(m_intake->submit(draft(name, email), QStringLiteral("front"), IntakeService::Duplicates::Warn).journaled());
    }
    QVERIFY(TestDatabase::server()->start());
    reconnect();
    JournalUploader uploader(*m_journal, *m_intake, 60000);
    QSignalSpy uploaded(&uploader, &JournalUploader::uploaded);
    QCOMPARE(uploader.uploadNow(), 3);
    QCOMPARE(uploader.uploadNow(), 0);
    QCOMPARE(serverRows(QStringLiteral("leads")), 4);
    QCOMPARE(serverRows(QStringLiteral("intake_uploads")), 3);
    QStringList order;
    for (const QList<QVariant>& signal : std::as_const(uploaded))
        order.append(m_repository->lead(signal.at(0).toLongLong())->firstName);
    QCOMPARE(order, names);
    QCOMPARE(uploaded.at(1).at(1).toInt(), 1); // Bea: same email as Earlier
    QCOMPARE(uploaded.at(0).at(1).toInt(), 0);
}

void TestIntakeJournal::uploadCutShortIsNotStoredTwice()
{
    if (!TestDatabase::isPostgres())
        QSKIP("office mode only");
    QVERIFY(TestDatabase::server()->stop());
    QVERIFY(m_intake->submit(draft(QStringLiteral("Ana"), QStringLiteral("ana@example.com")), QStringLiteral("front"),
                             IntakeService::Duplicates::Warn).journaled());
    QVERIFY(TestDatabase::server()->start());
    reconnect();
    // The desk died after the server committed the upload and before the journal forgot
    // it: the server holds the lead, the journal still has the entry.
    const auto entry = m_journal->oldest();
    QVERIFY(entry && entry->has_value());
    const IntakeService::Outcome first = m_intake->upload(**entry);
    QVERIFY(first.saved());
    QCOMPARE(m_journal->count().value(), 1);
    // Next start: recognised by its key, removed, not stored again.
    JournalUploader uploader(*m_journal, *m_intake, 60000);
    QSignalSpy uploaded(&uploader, &JournalUploader::uploaded);
    QCOMPARE(uploader.uploadNow(), 1);
    QCOMPARE(uploaded.first().first().toLongLong(), first.leadId);
    QCOMPARE(m_journal->count().value(), 0);
    QCOMPARE(serverRows(QStringLiteral("leads")), 1);
    QCOMPARE(serverRows(QStringLiteral("outbox")), 2);
}

void TestIntakeJournal::killedDeskLosesNothing()
{
    // A desk killed while keeping walk-ins: every entry it reported committed is there,
    // whole, and (office mode) each reaches the server exactly once.
    const QString path = m_dir.filePath(QStringLiteral("killed.sqlite"));
    QProcess writer;
    writer.start(QStringLiteral(LEADINTAKE_JOURNAL_WRITER), { path, QStringLiteral("100000") });
    QVERIFY(writer.waitForStarted());
    QStringList committed;
    while (committed.size() < 40) {
        QVERIFY(writer.waitForReadyRead(30000));
        while (writer.canReadLine())
            committed.append(QString::fromLatin1(writer.readLine()).trimmed());
    }
    ::kill(writer.processId(), SIGKILL);
    QVERIFY(writer.waitForFinished(10000));
    while (writer.canReadLine())
        committed.append(QString::fromLatin1(writer.readLine()).trimmed());

    auto journal = IntakeJournal::open(path);
    QVERIFY2(journal, qPrintable(journal.error().message));
    const int kept = journal->count().value();
    QVERIFY2(kept >= committed.size(), qPrintable(QStringLiteral("%1 kept, %2 reported").arg(kept).arg(committed.size())));
    const auto oldest = journal->oldest();
    QVERIFY(oldest && oldest->has_value());
    QCOMPARE(QCryptographicHash::hash((*oldest)->lead.resume.content, QCryptographicHash::Sha256).toHex(),
             (*oldest)->lead.resume.sha256Hex);

    if (!TestDatabase::isPostgres())
        return;
    JournalUploader uploader(journal.value(), *m_intake, 60000);
    QCOMPARE(uploader.uploadNow(), kept);
    QCOMPARE(serverRows(QStringLiteral("leads")), kept);
    QCOMPARE(journal->count().value(), 0);
}

void TestIntakeJournal::journaledLeadKeepsAttorneyAndSource_data()
{
    QTest::addColumn<bool>("disableMeanwhile");
    QTest::newRow("chosen attorney still active") << false;
    // Disabled while the lead waited: the firm's rule (manual: nobody) instead of a queue
    // stuck behind a lead the server refuses.
    QTest::newRow("chosen attorney disabled meanwhile") << true;
}

// The attorney chosen at the desk and "How did you hear about us?" survive the journal.
void TestIntakeJournal::journaledLeadKeepsAttorneyAndSource()
{
    QFETCH(bool, disableMeanwhile);
    if (!TestDatabase::isPostgres())
        QSKIP("office mode only");
    AccountRepository accounts(m_db->connection());
    UserAccount ben;
    ben.username = QStringLiteral("ben");
    ben.displayName = QStringLiteral("Ben Attorney");
    ben.role = Role::Attorney;
    const Actor cli { std::nullopt, QStringLiteral("cli") };
    const Result<qint64> benId = accounts.create(ben, "$argon2id$v=19$m=8,t=1,p=1$c2FsdHNhbHQ$aGFzaGhhc2g", cli);
    QVERIFY2(benId, qPrintable(benId ? QString() : benId.error().message));

    PgServer* server = TestDatabase::server();
    QVERIFY(server->stop());
    LeadDraft walkIn = draft(QStringLiteral("José"), QStringLiteral("jose@example.com"));
    walkIn.attorneyId = *benId;
    walkIn.source = QStringLiteral("  Radio ad ");
    const IntakeService::Outcome outcome = m_intake->submit(walkIn, QStringLiteral("front"), IntakeService::Duplicates::Warn);
    QVERIFY2(outcome.journaled(), outcome.error ? qPrintable(outcome.error->message) : "no error");
    const std::optional<IntakeJournal::Entry> kept = m_journal->oldest().value();
    QVERIFY(kept);
    QCOMPARE(kept->origin.attorneyId, std::optional<qint64>(*benId));
    QCOMPARE(kept->origin.source, QStringLiteral("Radio ad"));

    QVERIFY(server->start());
    reconnect();
    if (disableMeanwhile)
        QVERIFY(accounts.setDisabled(*benId, true, cli));
    JournalUploader uploader(*m_journal, *m_intake, 60000);
    QSignalSpy uploaded(&uploader, &JournalUploader::uploaded);
    QCOMPARE(uploader.uploadNow(), 1);
    QCOMPARE(m_journal->count().value(), 0);
    const Lead lead = m_repository->lead(uploaded.first().first().toLongLong()).value();
    QCOMPARE(lead.source, QStringLiteral("Radio ad"));
    if (disableMeanwhile) {
        QVERIFY(!lead.attorneyId);
        QCOMPARE(lead.attorneyName, QString());
    } else {
        QCOMPARE(lead.attorneyId, std::optional<qint64>(*benId));
        QCOMPARE(lead.attorneyName, QStringLiteral("Ben Attorney"));
    }
}

// A journal written before the attorney and the source were kept (format 0) still opens,
// its waiting lead intact, and takes both from then on.
void TestIntakeJournal::firstFormatJournalIsUpgraded()
{
    const QString path = m_dir.filePath(QStringLiteral("format0.sqlite"));
    const QByteArray pdf = TestSupport::makePdf(QStringLiteral("Old"));
    {
        QSqlDatabase old = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("format0"));
        old.setDatabaseName(path);
        QVERIFY(old.open());
        QSqlQuery query(old);
        QVERIFY(query.exec(QStringLiteral(
            "CREATE TABLE waiting (id INTEGER PRIMARY KEY AUTOINCREMENT, upload_key TEXT NOT NULL UNIQUE,"
            " first_name TEXT NOT NULL, last_name TEXT NOT NULL, email TEXT NOT NULL, language TEXT NOT NULL,"
            " resume_name TEXT NOT NULL, resume_mime TEXT NOT NULL, resume_sha256 TEXT NOT NULL, resume BLOB NOT NULL,"
            " actor TEXT NOT NULL, actor_id INTEGER, saved_at INTEGER NOT NULL)")));
        query.prepare(QStringLiteral("INSERT INTO waiting (upload_key, first_name, last_name, email, language, "
                                     "resume_name, resume_mime, resume_sha256, resume, actor, actor_id, saved_at) "
                                     "VALUES ('k-old', 'Olga', 'Ruiz', 'olga@example.com', 'en', 'cv.pdf', "
                                     "'application/pdf', ?, ?, 'front', NULL, 1)"));
        query.addBindValue(QString::fromLatin1(QCryptographicHash::hash(pdf, QCryptographicHash::Sha256).toHex()));
        query.addBindValue(pdf);
        QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
        old.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("format0"));

    Result<IntakeJournal> journal = IntakeJournal::open(path);
    QVERIFY2(journal, qPrintable(journal ? QString() : journal.error().message));
    const std::optional<IntakeJournal::Entry> old = journal->oldest().value();
    QVERIFY(old);
    QCOMPARE(old->key, QStringLiteral("k-old"));
    QCOMPARE(old->lead.firstName, QStringLiteral("Olga"));
    QCOMPARE(old->lead.resume.content, pdf);
    QVERIFY(!old->origin.attorneyId);
    QCOMPARE(old->origin.source, QString());

    LeadValidator::Valid valid = old->lead;
    valid.firstName = QStringLiteral("Nora");
    const Result<qint64> added = journal.value().append(valid, QStringLiteral("en"), QStringLiteral("front"), std::nullopt,
                                                 LeadOrigin { qint64(7), QStringLiteral("Web") });
    QVERIFY2(added, qPrintable(added ? QString() : added.error().message));
    QVERIFY(journal.value().remove(old->id));
    const std::optional<IntakeJournal::Entry> next = journal->oldest().value();
    QCOMPARE(next->lead.firstName, QStringLiteral("Nora"));
    QCOMPARE(next->origin.attorneyId, std::optional<qint64>(7));
    QCOMPARE(next->origin.source, QStringLiteral("Web"));
    journal = Error {}; // closes it
    // Opened again: already the current format, nothing to upgrade.
    Result<IntakeJournal> again = IntakeJournal::open(path);
    QVERIFY(again);
    QCOMPARE(again->count().value(), 1);
    QCOMPARE(again->oldest().value()->origin.source, QStringLiteral("Web"));
}

void TestIntakeJournal::newerFormatJournalIsRefused()
{
    const QString path = m_dir.filePath(QStringLiteral("future.sqlite"));
    {
        QSqlDatabase future = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("future"));
        future.setDatabaseName(path);
        QVERIFY(future.open());
        QSqlQuery query(future);
        QVERIFY(query.exec(QStringLiteral("PRAGMA user_version = %1").arg(IntakeJournal::kFormatVersion + 1)));
        future.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("future"));
    const Result<IntakeJournal> refused = IntakeJournal::open(path);
    QVERIFY(!refused);
    QVERIFY2(refused.error().message.contains(QStringLiteral("was written by a newer Lead Intake (format %1")
                                                  .arg(IntakeJournal::kFormatVersion + 1)),
             qPrintable(refused.error().message));
}

QTEST_GUILESS_MAIN(TestIntakeJournal)
#include "tst_intakejournal.moc"
