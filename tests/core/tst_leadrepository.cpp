#include "connectionclone.h"
#include "database.h"
#include "intakeservice.h"
#include "leadrepository.h"
#include "testdatabase.h"
#include "testsupport.h"

#include <QCryptographicHash>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

// The SQL behind leads, against a real SQLite file and a real PostgreSQL server
// (tst_leadrepository_pg; TestDatabase).
class TestLeadRepository final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void createStoresEverything();
    void storesTextAsTyped_data();
    void storesTextAsTyped();
    void failureMidwayLeavesNothing_data();
    void failureMidwayLeavesNothing();
    void findByEmailIgnoresCase();
    void setStatusWritesHistory();
    void staleVersionIsAConflict();
    void firstContactTimeIsKept();
    void unknownLeadIsNotFound();
    void pagingSortingAndSearch();
    void searchSyntaxIsNeverFts();
    void searchFindsWordPrefixes_data();
    void searchFindsWordPrefixes();
    void cloneForAWorkerIsSetUpLikeItsSource();
    void rareSearchInANameOrderReadsTheSearchIndex();
    void twoProcessesLoseNothing();
    void intakeServiceWarnsOfDuplicates();
    void oneProspectIsOneDuplicateKey_data();
    void oneProspectIsOneDuplicateKey();
    void upgradeRecomputesDuplicateKeys();

private:
    qint64 addLead(const QString& first, const QString& last, const QString& email);
    static int rows(const QSqlDatabase& db, const QString& table);

    QTemporaryDir m_dir;
    QString m_target;
    std::optional<Database> m_db;
    std::unique_ptr<LeadRepository> m_repository;
    QDateTime m_now = QDateTime(QDate(2026, 11, 28), QTime(9, 0), Qt::UTC);
};

void TestLeadRepository::init()
{
    m_target = TestDatabase::freshTarget();
    auto db = Database::open(m_target);
    QVERIFY2(db, qPrintable(db.error().message));
    m_db.emplace(std::move(db).value());
    m_repository = std::make_unique<LeadRepository>(m_db->connection(), [this] { return m_now; });
}

void TestLeadRepository::cleanup()
{
    m_repository.reset();
    m_db.reset();
}

int TestLeadRepository::rows(const QSqlDatabase& db, const QString& table)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT count(*) FROM ") + table) || !query.next())
        return -1;
    return query.value(0).toInt();
}

qint64 TestLeadRepository::addLead(const QString& first, const QString& last, const QString& email)
{
    const QByteArray pdf = TestSupport::makePdf(first);
    const ResumeFile resume { first + QStringLiteral(".pdf"), QStringLiteral("application/pdf"), pdf,
                              QCryptographicHash::hash(pdf, QCryptographicHash::Sha256).toHex() };
    auto id = m_repository->create(first, last, email, resume, QStringLiteral("ana"));
    if (!id)
        qWarning() << id.error().message;
    return id ? id.value() : 0;
}

void TestLeadRepository::createStoresEverything()
{
    const qint64 id = addLead(QStringLiteral("Jane"), QStringLiteral("Doe"), QStringLiteral("jane@example.com"));
    QVERIFY(id > 0);
    auto lead = m_repository->lead(id);
    QVERIFY(lead);
    QCOMPARE(lead->firstName, QStringLiteral("Jane"));
    QCOMPARE(lead->status, LeadStatus::Pending);
    QCOMPARE(lead->createdAt, m_now);
    QCOMPARE(lead->version, 1);
    QCOMPARE(lead->createdBy, QStringLiteral("ana"));

    auto resume = m_repository->resume(id);
    QVERIFY(resume);
    QCOMPARE(resume->content, TestSupport::makePdf(QStringLiteral("Jane")));
    auto info = m_repository->resumeInfo(id);
    QVERIFY(info);
    QCOMPARE(info->size, resume->content.size());
    QCOMPARE(info->fileName, QStringLiteral("Doe_Jane_resume.pdf")); // tst_resumefiles has more
    QCOMPARE(info->originalName, QStringLiteral("Jane.pdf"));

    auto history = m_repository->history(id);
    QVERIFY(history);
    QCOMPARE(history->size(), 1);
    QCOMPARE(history->first().kind, LeadEvent::Kind::Created);
    QCOMPARE(history->first().actor, QStringLiteral("ana"));
}

void TestLeadRepository::storesTextAsTyped_data()
{
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("email");
    QTest::newRow("sql meta") << QStringLiteral("Robert'); DROP TABLE leads;--") << QStringLiteral("Bobby@Tables.example");
    QTest::newRow("cjk and emoji") << QStringLiteral("李小龍 🐉") << QStringLiteral("li@example.cn");
    QTest::newRow("arabic") << QStringLiteral("محمد") << QStringLiteral("m@example.eg");
    QTest::newRow("like wildcards") << QStringLiteral("50%_off") << QStringLiteral("w@example.com");
}

void TestLeadRepository::storesTextAsTyped()
{
    QFETCH(QString, first);
    QFETCH(QString, email);
    const qint64 id = addLead(first, QStringLiteral("Last"), email);
    QVERIFY(id > 0);
    auto lead = m_repository->lead(id);
    QVERIFY(lead);
    QCOMPARE(lead->firstName, first);
    QCOMPARE(lead->email, email);
    QCOMPARE(rows(m_db->connection(), QStringLiteral("leads")), 1);
}

void TestLeadRepository::failureMidwayLeavesNothing_data()
{
    QTest::addColumn<QString>("table");
    QTest::newRow("resume insert fails") << QStringLiteral("resumes");
    QTest::newRow("history insert fails") << QStringLiteral("lead_events");
}

void TestLeadRepository::failureMidwayLeavesNothing()
{
    QFETCH(QString, table);
    addLead(QStringLiteral("Before"), QStringLiteral("Fault"), QStringLiteral("before@example.com"));
    // Fault injection with the database's own machinery: the n-th step of create() fails.
    QSqlQuery query(m_db->connection());
    if (TestDatabase::isPostgres()) {
        QVERIFY2(query.exec(QStringLiteral("CREATE FUNCTION fail_midway() RETURNS trigger LANGUAGE plpgsql "
                                           "AS $$ BEGIN RAISE EXCEPTION 'injected fault'; END $$")),
                 qPrintable(query.lastError().text()));
        QVERIFY2(query.exec(QStringLiteral("CREATE TRIGGER fail_midway BEFORE INSERT ON %1 "
                                           "FOR EACH ROW EXECUTE FUNCTION fail_midway()").arg(table)),
                 qPrintable(query.lastError().text()));
    } else {
        QVERIFY(query.exec(QStringLiteral("CREATE TEMP TRIGGER fail_midway BEFORE INSERT ON main.%1 "
                                          "BEGIN SELECT RAISE(ABORT, 'injected fault'); END").arg(table)));
    }
    const QByteArray pdf = TestSupport::makePdf();
    auto id = m_repository->create(QStringLiteral("Half"), QStringLiteral("Written"), QStringLiteral("half@example.com"),
                                   { QStringLiteral("cv.pdf"), QStringLiteral("application/pdf"), pdf, "00" },
                                   QStringLiteral("ana"));
    QVERIFY(!id);
    QCOMPARE(id.error().code, Error::Code::Database);
    QVERIFY2(id.error().message.contains(QStringLiteral("nothing was saved")), qPrintable(id.error().message));
    QCOMPARE(rows(m_db->connection(), QStringLiteral("leads")), 1);
    QCOMPARE(rows(m_db->connection(), QStringLiteral("resumes")), 1);
    QCOMPARE(rows(m_db->connection(), QStringLiteral("lead_events")), 1);
    LeadQuery search;
    search.search = QStringLiteral("half");
    QCOMPARE(m_repository->count(search).value(), 0);
    // The connection is usable again afterwards.
    QVERIFY(query.exec(TestDatabase::isPostgres()
                           ? QStringLiteral("DROP TRIGGER fail_midway ON %1").arg(table)
                           : QStringLiteral("DROP TRIGGER temp.fail_midway")));
    QVERIFY(addLead(QStringLiteral("After"), QStringLiteral("Fault"), QStringLiteral("after@example.com")) > 0);
}

void TestLeadRepository::findByEmailIgnoresCase()
{
    const qint64 id = addLead(QStringLiteral("Jane"), QStringLiteral("Doe"), QStringLiteral("Jane.Doe@Example.com"));
    addLead(QStringLiteral("John"), QStringLiteral("Doe"), QStringLiteral("john@example.com"));
    auto found = m_repository->findByEmail(QStringLiteral("  jane.doe@EXAMPLE.COM "));
    QVERIFY(found);
    QCOMPARE(found->size(), 1);
    QCOMPARE(found->first().id, id);
    QCOMPARE(found->first().email, QStringLiteral("Jane.Doe@Example.com"));
    QVERIFY(m_repository->findByEmail(QStringLiteral("nobody@example.com"))->isEmpty());
}

void TestLeadRepository::setStatusWritesHistory()
{
    const qint64 id = addLead(QStringLiteral("Jane"), QStringLiteral("Doe"), QStringLiteral("jane@example.com"));
    m_now = m_now.addSecs(3600);
    auto version = m_repository->setStatus(id, LeadStatus::ReachedOut, QStringLiteral("luis"), 1);
    QVERIFY2(version, qPrintable(version.error().message));
    QCOMPARE(version.value(), 2);
    auto lead = m_repository->lead(id);
    QCOMPARE(lead->status, LeadStatus::ReachedOut);
    QCOMPARE(lead->updatedAt, m_now);
    auto history = m_repository->history(id);
    QCOMPARE(history->size(), 2);
    const LeadEvent& change = history->last();
    QCOMPARE(change.kind, LeadEvent::Kind::StatusChanged);
    QCOMPARE(change.fromStatus, std::optional(LeadStatus::Pending));
    QCOMPARE(change.toStatus, std::optional(LeadStatus::ReachedOut));
    QCOMPARE(change.actor, QStringLiteral("luis"));
    QCOMPARE(change.at, m_now);
    // Setting the same status again changes and records nothing.
    QCOMPARE(m_repository->setStatus(id, LeadStatus::ReachedOut, QStringLiteral("luis"), 2).value(), 2);
    QCOMPARE(m_repository->history(id)->size(), 2);
}

// Time to first contact (issue 12, part 2): reached_out_at is the first change to
// REACHED_OUT, kept when the lead goes back to PENDING and is reached again.
void TestLeadRepository::firstContactTimeIsKept()
{
    const qint64 id = addLead(QStringLiteral("Jane"), QStringLiteral("Doe"), QStringLiteral("jane@example.com"));
    QVERIFY(!m_repository->lead(id)->reachedOutAt.isValid());
    m_now = m_now.addSecs(5400);
    const QDateTime first = m_now;
    QVERIFY(m_repository->setStatus(id, LeadStatus::ReachedOut, QStringLiteral("luis"), 1));
    QCOMPARE(m_repository->lead(id)->reachedOutAt, first);
    m_now = m_now.addSecs(3600);
    QVERIFY(m_repository->setStatus(id, LeadStatus::Pending, QStringLiteral("luis"), 2));
    QCOMPARE(m_repository->lead(id)->reachedOutAt, first);
    m_now = m_now.addSecs(3600);
    QVERIFY(m_repository->setStatus(id, LeadStatus::ReachedOut, QStringLiteral("luis"), 3));
    QCOMPARE(m_repository->lead(id)->reachedOutAt, first);
    QCOMPARE(m_repository->lead(id)->reachedOutAt.msecsTo(first) , 0);
    QCOMPARE(m_repository->lead(id)->createdAt.secsTo(first), 5400);
}

void TestLeadRepository::staleVersionIsAConflict()
{
    const qint64 id = addLead(QStringLiteral("Jane"), QStringLiteral("Doe"), QStringLiteral("jane@example.com"));
    QVERIFY(m_repository->setStatus(id, LeadStatus::ReachedOut, QStringLiteral("other desk"), 1));
    auto stale = m_repository->setStatus(id, LeadStatus::Pending, QStringLiteral("ana"), 1);
    QVERIFY(!stale);
    QCOMPARE(stale.error().code, Error::Code::Conflict);
    QVERIFY(stale.error().message.contains(QStringLiteral("Someone else changed")));
    QCOMPARE(m_repository->lead(id)->status, LeadStatus::ReachedOut);
    QCOMPARE(m_repository->history(id)->size(), 2);
}

void TestLeadRepository::unknownLeadIsNotFound()
{
    QCOMPARE(m_repository->lead(424242).error().code, Error::Code::NotFound);
    QCOMPARE(m_repository->setStatus(424242, LeadStatus::ReachedOut, QStringLiteral("a"), 1).error().code,
             Error::Code::NotFound);
    QCOMPARE(m_repository->resume(424242).error().code, Error::Code::NotFound);
}

void TestLeadRepository::pagingSortingAndSearch()
{
    const QStringList lasts { QStringLiteral("Zamora"), QStringLiteral("álvarez"), QStringLiteral("Brown"),
                              QStringLiteral("chen"), QStringLiteral("Dubois") };
    for (int i = 0; i < lasts.size(); ++i) {
        m_now = m_now.addSecs(60);
        addLead(QStringLiteral("First%1").arg(i), lasts.at(i), QStringLiteral("p%1@example.com").arg(i));
    }
    LeadQuery query;
    QCOMPARE(m_repository->count(query).value(), 5);
    // Newest first by default.
    QCOMPARE(m_repository->page(query, 0, 2)->first().lastName, QStringLiteral("Dubois"));
    query.sortKey = LeadQuery::SortKey::LastName;
    query.order = Qt::AscendingOrder;
    QStringList sorted;
    for (const Lead& lead : m_repository->page(query, 0, 10).value())
        sorted.append(lead.lastName);
    if (TestDatabase::isPostgres()) {
        // The ICU root collation: "álvarez" among the A's, not after Zamora.
        QCOMPARE(sorted, (QStringList { QStringLiteral("álvarez"), QStringLiteral("Brown"), QStringLiteral("chen"),
                                        QStringLiteral("Dubois"), QStringLiteral("Zamora") }));
    } else {
        // NOCASE folds ASCII letters only; "álvarez" sorts after the ASCII names.
        QCOMPARE(sorted, (QStringList { QStringLiteral("Brown"), QStringLiteral("chen"), QStringLiteral("Dubois"),
                                        QStringLiteral("Zamora"), QStringLiteral("álvarez") }));
    }
    QCOMPARE(m_repository->page(query, 3, 10)->size(), 2);

    query.search = QStringLiteral("ALVA");
    QCOMPARE(m_repository->count(query).value(), 1); // accent- and case-insensitive prefix
    query.search = QStringLiteral("p3@exa");
    QCOMPARE(m_repository->page(query, 0, 10)->first().lastName, QStringLiteral("chen"));
    query.search.clear();
    query.status = LeadStatus::ReachedOut;
    QCOMPARE(m_repository->count(query).value(), 0);
}

void TestLeadRepository::searchSyntaxIsNeverFts()
{
    addLead(QStringLiteral("Ana"), QStringLiteral("Ruiz"), QStringLiteral("ana@example.com"));
    for (const QString& text : { QStringLiteral("\""), QStringLiteral("ana OR"), QStringLiteral("NEAR("),
                                 QStringLiteral("*"), QStringLiteral("a\"b"), QStringLiteral("-ana"),
                                 QStringLiteral("first_name:ana"), QStringLiteral("'; DROP TABLE leads;--") }) {
        LeadQuery query;
        query.search = text;
        auto count = m_repository->count(query);
        QVERIFY2(count, qPrintable(text + QStringLiteral(": ") + count.error().message));
    }
    LeadQuery query;
    query.search = QStringLiteral("ana OR");
    QCOMPARE(m_repository->count(query).value(), 0); // "OR" is a word to find, not an operator
}

void TestLeadRepository::searchFindsWordPrefixes_data()
{
    // What a person types finds the same leads on both backends (FTS5 on SQLite, the
    // tsvector column on PostgreSQL): each word begins a word of the first name, the last
    // name or the email; accents and case do not matter.
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("last");
    QTest::addColumn<QString>("email");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<bool>("found");
    const QString maria = QStringLiteral("María");
    const QString garcia = QStringLiteral("García");
    const QString email = QStringLiteral("mg@example.org");
    QTest::newRow("prefix without the accent") << maria << garcia << email << QStringLiteral("mari") << true;
    QTest::newRow("accent typed, none stored") << QStringLiteral("Maria") << garcia << email << QStringLiteral("maría") << true;
    QTest::newRow("upper case") << maria << garcia << email << QStringLiteral("GARC") << true;
    QTest::newRow("not a prefix") << maria << garcia << email << QStringLiteral("ria") << false;
    QTest::newRow("every word must match") << maria << garcia << email << QStringLiteral("mar lopez") << false;
    QTest::newRow("words in any order") << maria << garcia << email << QStringLiteral("gar mar") << true;
    QTest::newRow("email part") << maria << garcia << email << QStringLiteral("exam") << true;
    QTest::newRow("email domain end") << maria << garcia << email << QStringLiteral("org") << true;
    QTest::newRow("email as typed") << maria << garcia << email << QStringLiteral("mg@example.org") << true;
    QTest::newRow("apostrophe splits") << QStringLiteral("Seán") << QStringLiteral("O'Brien") << email << QStringLiteral("brien") << true;
    QTest::newRow("apostrophe typed") << QStringLiteral("Seán") << QStringLiteral("O'Brien") << email << QStringLiteral("o'bri") << true;
    QTest::newRow("apostrophe left out") << QStringLiteral("Seán") << QStringLiteral("O'Brien") << email << QStringLiteral("obrien") << false;
    QTest::newRow("curly apostrophe splits") << QStringLiteral("Seán") << QStringLiteral("O\u2019Brien") << email << QStringLiteral("brien") << true;
    QTest::newRow("hyphen splits") << QStringLiteral("Jean-Luc") << QStringLiteral("Picard") << email << QStringLiteral("luc") << true;
    QTest::newRow("digits in the email") << maria << garcia << QStringLiteral("walk1234@example.org") << QStringLiteral("walk12") << true;
    QTest::newRow("punctuation alone is no word") << maria << garcia << email << QStringLiteral("mar -") << true;
    QTest::newRow("a very long word") << maria << garcia << email << QString(3000, QLatin1Char('m')) << false;
    QTest::newRow("a very long accented word") << maria << garcia << email << QString(3000, QChar(0xE9)) << false;
}

void TestLeadRepository::searchFindsWordPrefixes()
{
    QFETCH(QString, first);
    QFETCH(QString, last);
    QFETCH(QString, email);
    QFETCH(QString, typed);
    QFETCH(bool, found);
    const qint64 id = addLead(first, last, email);
    QVERIFY(id > 0);
    addLead(QStringLiteral("Zed"), QStringLiteral("Other"), QStringLiteral("z@other.net"));
    LeadQuery query;
    query.search = typed;
    const Result<int> counted = m_repository->count(query);
    QVERIFY2(counted, qPrintable(counted.error().message));
    QCOMPARE(*counted, found ? 1 : 0);
    QCOMPARE(m_repository->countUpTo(query, 10).value(), found ? 1 : 0);
    const Result<QList<Lead>> page = m_repository->page(query, 0, 10);
    QVERIFY2(page, qPrintable(page.error().message));
    QCOMPARE(page->size(), found ? 1 : 0);
    if (found)
        QCOMPARE(page->constFirst().id, id);
}

void TestLeadRepository::cloneForAWorkerIsSetUpLikeItsSource()
{
    // The Leads table's marker thread and the audit check read on a copy of the window's
    // connection: it reaches the same database (password and connect options included) and
    // is set up as Database::open() sets up its own.
    addLead(QStringLiteral("Ana"), QStringLiteral("Ruiz"), QStringLiteral("ana@example.com"));
    {
        const ConnectionClone clone(m_db->connection().connectionName(), QStringLiteral("test-clone"));
        QVERIFY2(clone.isOpen(), qPrintable(clone.errorString()));
        QCOMPARE(LeadRepository(clone.connection()).count({}).value(), 1);
        if (TestDatabase::isPostgres()) {
            QSqlQuery show(clone.connection());
            QVERIFY(show.exec(QStringLiteral("SHOW client_min_messages")) && show.next());
            QCOMPARE(show.value(0).toString(), QStringLiteral("warning"));
        }
    }
    QVERIFY(!QSqlDatabase::contains(QStringLiteral("test-clone")));
}

void TestLeadRepository::rareSearchInANameOrderReadsTheSearchIndex()
{
    if (!TestDatabase::isPostgres())
        QSKIP("PostgreSQL's planner: SQLite always reads a search's matches from FTS5 first");
    // A typed word that begins last names clusters in the last-name order: walking that
    // order's index for the first matches passes every lead before them. The matches come
    // from the GIN index instead: the last-name index is not read at all (it passed 98,200
    // entries for this first page before).
    QSqlQuery query(m_db->connection());
    QVERIFY2(query.exec(QStringLiteral(
                 "INSERT INTO leads (first_name, last_name, email, email_key, status, created_at, "
                 "updated_at, version, created_by) "
                 "SELECT 'Ana', CASE WHEN g <= 98000 THEN 'Abbott' ELSE 'Nguyen' END, "
                 "       'p' || g || '@example.org', 'p' || g || '@example.org', 'PENDING', g, g, 1, 'seed' "
                 "FROM generate_series(1, 100000) AS g")),
             qPrintable(query.lastError().text()));
    QVERIFY(query.exec(QStringLiteral("ANALYZE leads")));
    LeadQuery search;
    search.search = QStringLiteral("ngu");
    search.sortKey = LeadQuery::SortKey::LastName;
    search.order = Qt::AscendingOrder;
    // Within one transaction this connection sees its own index statistics at once.
    QVERIFY(query.exec(QStringLiteral("BEGIN")));
    const Result<QList<Lead>> page = m_repository->page(search, 0, 200);
    QVERIFY2(query.exec(QStringLiteral("SELECT pg_stat_get_xact_tuples_returned('leads_by_last_name'::regclass)")),
             qPrintable(query.lastError().text()));
    QVERIFY(query.next());
    const qint64 walked = query.value(0).toLongLong();
    query.finish();
    QVERIFY(query.exec(QStringLiteral("COMMIT")));
    QVERIFY2(page, qPrintable(page.error().message));
    QCOMPARE(page->size(), 200);
    QCOMPARE(page->constFirst().lastName, QStringLiteral("Nguyen"));
    QCOMPARE(page->constFirst().id, 98001);
    QCOMPARE(walked, 0);
}

void TestLeadRepository::twoProcessesLoseNothing()
{
    const QString path = m_target;
    constexpr int perProcess = 150;
    QList<QProcess*> writers;
    for (const QString& tag : { QStringLiteral("deskA"), QStringLiteral("deskB") }) {
        auto* process = new QProcess(this);
        process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        process->start(QStringLiteral(LEADINTAKE_WRITER), { path, QString::number(perProcess), tag });
        writers.append(process);
    }
    // This process writes at the same time, as a third desk.
    int mine = 0;
    for (int i = 0; i < 50; ++i)
        mine += addLead(QStringLiteral("deskC"), QString::number(i), QStringLiteral("c%1@example.com").arg(i)) > 0;
    for (QProcess* process : std::as_const(writers)) {
        QVERIFY(process->waitForFinished(120000));
        QCOMPARE(process->exitStatus(), QProcess::NormalExit);
        QCOMPARE(process->exitCode(), 0);
    }
    QCOMPARE(mine, 50);
    QCOMPARE(m_repository->count({}).value(), 2 * perProcess + 50);
    QCOMPARE(rows(m_db->connection(), QStringLiteral("resumes")), 2 * perProcess + 50);
    QCOMPARE(rows(m_db->connection(), QStringLiteral("lead_events")), 2 * perProcess + 50);
}

void TestLeadRepository::intakeServiceWarnsOfDuplicates()
{
    const QString pdf = TestSupport::writeFile(m_dir, QStringLiteral("dup.pdf"), TestSupport::makePdf());
    IntakeService service(*m_repository, LeadValidator());
    const LeadDraft draft { QStringLiteral("Jane"), QStringLiteral("Doe"), QStringLiteral("jane@example.com"), pdf };
    auto first = service.submit(draft, QStringLiteral("ana"), IntakeService::Duplicates::Warn);
    QVERIFY(first.saved());
    LeadDraft again = draft;
    again.email = QStringLiteral("JANE@example.com");
    auto warned = service.submit(again, QStringLiteral("ana"), IntakeService::Duplicates::Warn);
    QVERIFY(!warned.saved());
    QCOMPARE(warned.duplicates.size(), 1);
    QCOMPARE(warned.duplicates.first().id, first.leadId);
    QCOMPARE(m_repository->count({}).value(), 1);
    auto forced = service.submit(again, QStringLiteral("ana"), IntakeService::Duplicates::SaveAnyway);
    QVERIFY(forced.saved());
    QCOMPARE(m_repository->count({}).value(), 2);
    auto invalid = service.submit({ QString(), QString(), QString(), QString() }, QStringLiteral("ana"),
                                  IntakeService::Duplicates::SaveAnyway);
    QVERIFY(!invalid.saved());
    QCOMPARE(invalid.fieldErrors.size(), 4);
    QCOMPARE(m_repository->count({}).value(), 2);
}

void TestLeadRepository::oneProspectIsOneDuplicateKey_data()
{
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("second");
    QTest::addColumn<bool>("duplicate");

    // Issue 9, item 6: four confirmations went to one person.
    QTest::newRow("zero-width space") << QStringLiteral("u1@example.com") << QStringLiteral("u1@exam\u200Bple.com") << true;
    QTest::newRow("full-width domain") << QStringLiteral("u1@example.com") << QStringLiteral("u1@ＥＸＡＭＰＬＥ.com") << true;
    QTest::newRow("soft hyphen") << QStringLiteral("u1@example.com") << QStringLiteral("u1@exam\u00ADple.com") << true;
    QTest::newRow("zero-width space first") << QStringLiteral("u1@exam\u200Bple.com") << QStringLiteral("U1@example.com") << true;
    QTest::newRow("idn then ace") << QStringLiteral("user@bücher.example") << QStringLiteral("user@xn--bcher-kva.example") << true;
    QTest::newRow("ace then idn") << QStringLiteral("user@xn--bcher-kva.example") << QStringLiteral("USER@Bücher.example") << true;
    QTest::newRow("letter case") << QStringLiteral("jane@example.com") << QStringLiteral("JANE@example.com") << true;
    QTest::newRow("another mailbox") << QStringLiteral("u1@example.com") << QStringLiteral("u2@example.com") << false;
    QTest::newRow("another domain") << QStringLiteral("user@bücher.example") << QStringLiteral("user@bucher.example") << false;
}

void TestLeadRepository::oneProspectIsOneDuplicateKey()
{
    QFETCH(QString, first);
    QFETCH(QString, second);
    QFETCH(bool, duplicate);
    const QString pdf = TestSupport::writeFile(m_dir, QStringLiteral("key.pdf"), TestSupport::makePdf());
    IntakeService service(*m_repository, LeadValidator());
    const LeadDraft draft { QStringLiteral("Uno"), QStringLiteral("Prospect"), first, pdf };
    const auto saved = service.submit(draft, QStringLiteral("ana"), IntakeService::Duplicates::Warn);
    QVERIFY(saved.saved());
    LeadDraft again = draft;
    again.email = second;
    const auto outcome = service.submit(again, QStringLiteral("ana"), IntakeService::Duplicates::Warn);
    if (duplicate) {
        QVERIFY(!outcome.saved());
        QCOMPARE(outcome.duplicates.size(), 1);
        QCOMPARE(outcome.duplicates.first().id, saved.leadId);
        QCOMPARE(m_repository->count({}).value(), 1);
    } else {
        QVERIFY(outcome.saved());
        QCOMPARE(m_repository->count({}).value(), 2);
    }
}

void TestLeadRepository::upgradeRecomputesDuplicateKeys()
{
    // Leads stored by schema 5 keep the key of their day (trimmed and case-folded only);
    // schema 6 recomputes them, so the duplicate check finds them by the new key.
    if (TestDatabase::isPostgres())
        QSKIP("SQLite's schema history; a PostgreSQL database starts at its schema 1");
    const QString path = m_dir.filePath(QStringLiteral("keys-schema5.sqlite"));
    qint64 idn = 0;
    qint64 hidden = 0;
    {
        auto old = Database::open(path, 5);
        QVERIFY2(old, qPrintable(old.error().message));
        LeadRepository repository(old->connection());
        const QByteArray pdf = TestSupport::makePdf();
        const ResumeFile resume { QStringLiteral("cv.pdf"), QStringLiteral("application/pdf"), pdf,
                                  QCryptographicHash::hash(pdf, QCryptographicHash::Sha256).toHex() };
        idn = repository.create(QStringLiteral("Bü"), QStringLiteral("Cher"), QStringLiteral("user@bücher.example"),
                                resume, QStringLiteral("t")).value();
        hidden = repository.create(QStringLiteral("Zero"), QStringLiteral("Width"), QStringLiteral("u1@exam\u200Bple.com"),
                                   resume, QStringLiteral("t")).value();
        QSqlQuery query(old->connection());
        QVERIFY(query.exec(QStringLiteral("UPDATE leads SET email_key = lower(trim(email))")));
    }
    auto db = Database::open(path);
    QVERIFY2(db, qPrintable(db.error().message));
    LeadRepository repository(db->connection());
    auto found = repository.findByEmail(QStringLiteral("user@xn--bcher-kva.example"));
    QVERIFY2(found, qPrintable(found.error().message));
    QCOMPARE(found->size(), 1);
    QCOMPARE(found->first().id, idn);
    QCOMPARE(found->first().email, QStringLiteral("user@bücher.example")); // stored as typed
    found = repository.findByEmail(QStringLiteral("U1@example.com"));
    QCOMPARE(found->size(), 1);
    QCOMPARE(found->first().id, hidden);
}

QTEST_GUILESS_MAIN(TestLeadRepository)
#include "tst_leadrepository.moc"
