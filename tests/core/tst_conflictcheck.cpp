// The conflict check against a real database (SQLite file and PostgreSQL: tst_conflictcheck_pg):
// parties kept and imported, leads indexed on insert, matches found through the index with
// their reasons, the firm's nicknames, an attorney's outcome in the history, and the
// migration step that indexes the leads written before the check existed.
#include "conflictrepository.h"
#include "database.h"
#include "leadrepository.h"
#include "partyrepository.h"
#include "testdatabase.h"
#include "testsupport.h"

#include <QCryptographicHash>
#include <QSqlQuery>
#include <QtTest>

#include <memory>
#include <optional>

class TestConflictCheck final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void partiesAddChangeRemove();
    void partyRulesRefuseBadInput_data();
    void partyRulesRefuseBadInput();
    void importReportsBadRows();
    void checkFindsPartiesAndLeads();
    void checkUsesTheIndexForTypos();
    void checkByEmail();
    void firmNicknamesExtendTheTable();
    void reviewGoesToHistory();
    void unreviewedConflictNeedsConfirmation();
    void possibleConflictSaysOnlyYesOrNo();
    void migrationIndexesExistingLeads();

private:
    qint64 addLead(const QString& first, const QString& last, const QString& email);
    qint64 addParty(const QString& name, Party::Role role, const QString& matter, const QString& email = {});

    std::optional<Database> m_db;
    std::unique_ptr<LeadRepository> m_leads;
    std::unique_ptr<PartyRepository> m_parties;
    std::unique_ptr<ConflictRepository> m_conflicts;
};

void TestConflictCheck::init()
{
    auto db = Database::open(TestDatabase::freshTarget());
    QVERIFY2(db, qPrintable(db.error().message));
    m_db.emplace(std::move(db).value());
    m_leads = std::make_unique<LeadRepository>(m_db->connection());
    m_parties = std::make_unique<PartyRepository>(m_db->connection());
    m_conflicts = std::make_unique<ConflictRepository>(m_db->connection());
}

void TestConflictCheck::cleanup()
{
    m_conflicts.reset();
    m_parties.reset();
    m_leads.reset();
    m_db.reset();
}

qint64 TestConflictCheck::addLead(const QString& first, const QString& last, const QString& email)
{
    const QByteArray pdf = TestSupport::makePdf(first);
    const ResumeFile resume { first + QStringLiteral(".pdf"), QStringLiteral("application/pdf"), pdf,
                              QCryptographicHash::hash(pdf, QCryptographicHash::Sha256).toHex() };
    const Result<qint64> id = m_leads->create(first, last, email, resume, QStringLiteral("ana"));
    if (!id)
        qWarning() << id.error().message;
    return id ? id.value() : 0;
}

qint64 TestConflictCheck::addParty(const QString& name, Party::Role role, const QString& matter, const QString& email)
{
    Party party;
    party.name = name;
    party.role = role;
    party.matter = matter;
    party.email = email;
    const Result<qint64> id = m_parties->add(party, QStringLiteral("lee"));
    if (!id)
        qWarning() << id.error().message;
    return id ? id.value() : 0;
}

void TestConflictCheck::partiesAddChangeRemove()
{
    const qint64 id = addParty(QStringLiteral("Acme Holdings"), Party::Role::Adverse, QStringLiteral("M-2024-17"));
    QVERIFY(id > 0);
    const Result<Party> read = m_parties->party(id);
    QVERIFY(read);
    QCOMPARE(read->matter, QStringLiteral("M-2024-17"));
    Party party = read.value();
    party.name = QStringLiteral("Acme Holdings Ltd");
    party.role = Party::Role::Client;
    QVERIFY(m_parties->update(party, QStringLiteral("lee")));
    QCOMPARE(m_parties->party(id)->role, Party::Role::Client);
    QVERIFY(!m_conflicts->check(QStringLiteral("Acme"), QStringLiteral("Holdings"), {})->matches.isEmpty());

    QVERIFY(m_parties->remove(id, QStringLiteral("lee")));
    QCOMPARE(m_parties->party(id).error().code, Error::Code::NotFound);
    QVERIFY(m_conflicts->check(QStringLiteral("Acme"), QStringLiteral("Holdings"), {})->matches.isEmpty());
    const Result<QList<PartyRepository::LogEntry>> log = m_parties->log(id);
    QVERIFY(log);
    QCOMPARE(log->size(), 3);
    QCOMPARE(log->at(0).action, QStringLiteral("removed"));
    QCOMPARE(log->at(1).action, QStringLiteral("changed"));
    QCOMPARE(log->at(2).action, QStringLiteral("added"));
    QCOMPARE(log->at(2).actor, QStringLiteral("lee"));
}

void TestConflictCheck::partyRulesRefuseBadInput_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("email");
    QTest::addColumn<QString>("message");
    QTest::newRow("empty name") << QStringLiteral("  ") << QString() << QStringLiteral("name is empty");
    QTest::newRow("punctuation only") << QStringLiteral("—") << QString() << QStringLiteral("no letters");
    QTest::newRow("bad email") << QStringLiteral("Ann Lee") << QStringLiteral("ann at example") << QStringLiteral("not an email");
}

void TestConflictCheck::partyRulesRefuseBadInput()
{
    QFETCH(QString, name);
    QFETCH(QString, email);
    QFETCH(QString, message);
    Party party;
    party.name = name;
    party.email = email;
    const Result<qint64> id = m_parties->add(party, QStringLiteral("lee"));
    QVERIFY(!id);
    QCOMPARE(id.error().code, Error::Code::Invalid);
    QVERIFY2(id.error().message.contains(message), qPrintable(id.error().message));
    QCOMPARE(m_parties->list()->size(), 0);
}

void TestConflictCheck::importReportsBadRows()
{
    const QByteArray csv = "Name,Role,Matter,Email,Notes\r\n"
                           "\"Núñez García, José\",adverse party,M-1,,opposing in the lease case\r\n"
                           "Acme Ltd,client,M-2,legal@acme.example,\r\n"
                           ",client,M-3,,no name\r\n"
                           "Bob Stone,enemy,M-4,,bad role\r\n"
                           "\"Multi\nLine\",related,M-5,,\"quoted, with comma\"\r\n"
                           "Eve Adams,related,M-6,eve at example,bad email\r\n"
                           "\r\n";
    const Result<PartyRepository::ImportReport> report = m_parties->importCsv(csv, QStringLiteral("lee"));
    QVERIFY2(report, report ? "" : qPrintable(report.error().message));
    QCOMPARE(report->added, 3);
    QCOMPARE(report->problems.size(), 3);
    QVERIFY2(report->problems.at(0).startsWith(QStringLiteral("line 4: ")), qPrintable(report->problems.at(0)));
    QVERIFY(report->problems.at(1).startsWith(QStringLiteral("line 5: ")));
    QVERIFY(report->problems.at(1).contains(QStringLiteral("'enemy'")));
    QVERIFY2(report->problems.at(2).startsWith(QStringLiteral("line 8: ")), qPrintable(report->problems.at(2)));
    const Result<QList<Party>> parties = m_parties->list();
    QCOMPARE(parties->size(), 3);
    QVERIFY(!m_conflicts->check(QStringLiteral("Jose"), QStringLiteral("Nunez Garcia"), {})->matches.isEmpty());

    // A file without the required header changes nothing.
    const Result<PartyRepository::ImportReport> headless = m_parties->importCsv("Ann,client\n", QStringLiteral("lee"));
    QVERIFY(!headless);
    QVERIFY(headless.error().message.contains(QStringLiteral("'name'")));
    QCOMPARE(m_parties->list()->size(), 3);
}

void TestConflictCheck::checkFindsPartiesAndLeads()
{
    addParty(QStringLiteral("Núñez García, José"), Party::Role::Adverse, QStringLiteral("M-2024-01"));
    addParty(QStringLiteral("Maria Costa"), Party::Role::Client, QStringLiteral("M-2024-02"));
    const qint64 earlier = addLead(QStringLiteral("José"), QStringLiteral("Nuñez"), QStringLiteral("jn@example.com"));
    const qint64 self = addLead(QStringLiteral("Pepe"), QStringLiteral("Nunez"), QStringLiteral("pepe@example.com"));
    addLead(QStringLiteral("Ana"), QStringLiteral("Nunez"), QStringLiteral("ana@example.com"));

    const Result<ConflictRepository::Outcome> outcome
        = m_conflicts->check(QStringLiteral("Pepe"), QStringLiteral("Nunez"), {}, self);
    QVERIFY2(outcome, outcome ? "" : qPrintable(outcome.error().message));
    QCOMPARE(outcome->matches.size(), 2);
    const ConflictRepository::Match& party = outcome->matches.at(0);
    QCOMPARE(party.owner, ConflictIndex::Owner::Party);
    QCOMPARE(party.matter, QStringLiteral("M-2024-01"));
    QCOMPARE(party.reasons, (QStringList { QStringLiteral("first name 'Pepe' = 'José' (nickname)"),
                                           QStringLiteral("last name 'Nunez' ≈ 'Núñez' (accent)") }));
    const ConflictRepository::Match& lead = outcome->matches.at(1);
    QCOMPARE(lead.owner, ConflictIndex::Owner::Lead);
    QCOMPARE(lead.id, earlier);
    QVERIFY(lead.describe().contains(QStringLiteral("lead %1").arg(earlier)));
    // The status as people read it, not its stored key (found in the detail pane).
    QVERIFY2(lead.describe().contains(QStringLiteral("lead %1 (Pending)").arg(earlier)), qPrintable(lead.describe()));

    QVERIFY(m_conflicts->check(QStringLiteral("Maria"), QStringLiteral("Lopez"), {})->matches.isEmpty());
}

void TestConflictCheck::checkUsesTheIndexForTypos()
{
    addParty(QStringLiteral("Katherine Williams"), Party::Role::Related, QStringLiteral("M-9"));
    addParty(QStringLiteral("王伟"), Party::Role::Adverse, QStringLiteral("M-10"));
    const auto found = [this](const QString& first, const QString& last) {
        const Result<ConflictRepository::Outcome> outcome = m_conflicts->check(first, last, {});
        return outcome && outcome->matches.size() == 1;
    };
    QVERIFY(found(QStringLiteral("Katherine"), QStringLiteral("Wiliams"))); // the query is shorter
    QVERIFY(found(QStringLiteral("Katherine"), QStringLiteral("Williamss"))); // longer
    QVERIFY(found(QStringLiteral("Katherine"), QStringLiteral("Wililams"))); // swapped
    QVERIFY(found(QStringLiteral("Kathy"), QStringLiteral("Williams"))); // nickname
    QVERIFY(found(QStringLiteral("Wei"), QStringLiteral("Wang"))); // transliteration
    QVERIFY(!found(QStringLiteral("Katherine"), QStringLiteral("Wilkins")));
}

void TestConflictCheck::checkByEmail()
{
    addParty(QStringLiteral("Someone Else"), Party::Role::Adverse, QStringLiteral("M-1"), QStringLiteral("j.doe@gmail.com"));
    const Result<ConflictRepository::Outcome> outcome
        = m_conflicts->check(QStringLiteral("Jane"), QStringLiteral("Roe"), QStringLiteral("JDoe+x@googlemail.com"));
    QVERIFY(outcome);
    QCOMPARE(outcome->matches.size(), 1);
    QVERIFY(outcome->matches.at(0).reasons.at(0).contains(QStringLiteral("same address")));
}

void TestConflictCheck::firmNicknamesExtendTheTable()
{
    addParty(QStringLiteral("José María Ruiz"), Party::Role::Adverse, QStringLiteral("M-3"));
    QVERIFY(m_conflicts->check(QStringLiteral("Chema"), QStringLiteral("Ruiz"), {})->matches.isEmpty());
    QVERIFY(m_conflicts->addNickname(QStringLiteral("José"), QStringLiteral("Chema")));
    QCOMPARE(m_conflicts->check(QStringLiteral("Chema"), QStringLiteral("Ruiz"), {})->matches.size(), 1);
    QVERIFY(m_conflicts->nicknamePairs()->contains(qMakePair(QStringLiteral("jose"), QStringLiteral("chema"))));
    QVERIFY(m_conflicts->removeNickname(QStringLiteral("jose"), QStringLiteral("chema")));
    QVERIFY(m_conflicts->check(QStringLiteral("Chema"), QStringLiteral("Ruiz"), {})->matches.isEmpty());
    QCOMPARE(m_conflicts->addNickname(QStringLiteral("—"), QStringLiteral("x")).error().code, Error::Code::Invalid);
}

void TestConflictCheck::reviewGoesToHistory()
{
    const qint64 id = addLead(QStringLiteral("Bill"), QStringLiteral("Gates"), QStringLiteral("bill@example.com"));
    const VoidResult noReason = m_conflicts->recordReview(id, ConflictRepository::Verdict::Waived, QStringLiteral("  "),
                                                          QStringLiteral("lee"));
    QVERIFY(!noReason);
    QCOMPARE(noReason.error().code, Error::Code::Invalid);
    QVERIFY(!m_conflicts->review(id)->has_value());

    QVERIFY(m_conflicts->recordReview(id, ConflictRepository::Verdict::Waived,
                                      QStringLiteral("Client consented in writing"), QStringLiteral("lee")));
    const auto review = m_conflicts->review(id);
    QVERIFY(review && review->has_value());
    QCOMPARE((*review)->verdict, ConflictRepository::Verdict::Waived);
    QCOMPARE((*review)->reason, QStringLiteral("Client consented in writing"));
    const Result<QList<LeadEvent>> history = m_leads->history(id);
    QVERIFY(history);
    QCOMPARE(history->constLast().kind, LeadEvent::Kind::Note);
    QCOMPARE(history->constLast().detail, QStringLiteral("Conflict check: Waived. Reason: Client consented in writing"));
    QCOMPARE(history->constLast().actor, QStringLiteral("lee"));
}

void TestConflictCheck::unreviewedConflictNeedsConfirmation()
{
    addParty(QStringLiteral("William Gates"), Party::Role::Adverse, QStringLiteral("M-7"));
    const qint64 bill = addLead(QStringLiteral("Bill"), QStringLiteral("Gates"), QStringLiteral("bill@example.com"));
    const qint64 other = addLead(QStringLiteral("Ada"), QStringLiteral("Lovelace"), QStringLiteral("ada@example.com"));
    QCOMPARE(m_conflicts->unreviewedConflict(bill).value(), true);
    QCOMPARE(m_conflicts->unreviewedConflict(other).value(), false); // a lead never matches itself
    QVERIFY(m_conflicts->recordReview(bill, ConflictRepository::Verdict::Clear, QStringLiteral("different person"),
                                      QStringLiteral("lee")));
    QCOMPARE(m_conflicts->unreviewedConflict(bill).value(), false);
}

void TestConflictCheck::possibleConflictSaysOnlyYesOrNo()
{
    addParty(QStringLiteral("Núñez García, José"), Party::Role::Adverse, QStringLiteral("M-1"));
    QCOMPARE(m_conflicts->possibleConflict(QStringLiteral("Jose"), QStringLiteral("Nunez"), {}).value(), true);
    QCOMPARE(m_conflicts->possibleConflict(QStringLiteral("Ana"), QStringLiteral("Berg"), {}).value(), false);
}

void TestConflictCheck::migrationIndexesExistingLeads()
{
    if (TestDatabase::isPostgres())
        QSKIP("the step is the same on both backends; this builds a schema-8 SQLite file by hand");
    // A database at the schema before the check, with a lead; opening it migrates and
    // indexes the lead in C++.
    const QString target = TestDatabase::freshTarget();
    {
        auto old = Database::open(target, 7);
        QVERIFY2(old, qPrintable(old.error().message));
        LeadRepository leads(old->connection());
        const QByteArray pdf = TestSupport::makePdf(QStringLiteral("x"));
        QVERIFY(leads.create(QStringLiteral("Søren"), QStringLiteral("Kierkegaard"), QStringLiteral("s@example.com"),
                             { QStringLiteral("x.pdf"), QStringLiteral("application/pdf"), pdf,
                               QCryptographicHash::hash(pdf, QCryptographicHash::Sha256).toHex() },
                             QStringLiteral("ana")));
    }
    auto upgraded = Database::open(target);
    QVERIFY2(upgraded, qPrintable(upgraded.error().message));
    ConflictRepository conflicts(upgraded->connection());
    QCOMPARE(conflicts.check(QStringLiteral("Soren"), QStringLiteral("Kierkegard"), {})->matches.size(), 1);
    QVERIFY(conflicts.nicknamePairs()->contains(qMakePair(QStringLiteral("william"), QStringLiteral("bill"))));
}

QTEST_GUILESS_MAIN(TestConflictCheck)
#include "tst_conflictcheck.moc"
