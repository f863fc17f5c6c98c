#include "accountrepository.h"
#include "attorneyassignment.h"
#include "auditverifier.h"
#include "database.h"
#include "firmsettings.h"
#include "intakeservice.h"
#include "leadrepository.h"
#include "outboxrepository.h"
#include "testdatabase.h"
#include "testsupport.h"

#include <QCryptographicHash>
#include <QHash>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

// The responsible attorney of a lead (issue 12, part 1) and its source (part 4), against a
// real SQLite file and a real PostgreSQL server (tst_assignment_pg).
class TestAssignment final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void roundRobinIsFairOver1000Leads();
    void disabledAttorneysAreSkipped();
    void twoProcessesAssigningAtOnceStayFair();
    void defaultAttorneyMode();
    void manualModeLeavesLeadsUnassigned();
    void chosenAttorneyWins_data();
    void chosenAttorneyWins();
    void notificationGoesToTheAttorney();
    void reassignIsRecordedAndTheChainVerifies();
    void reassignRefusesWhatCannotBeResponsible();
    void filterSortAndSearchByAttorney();
    void renamingAnAttorneyRenamesTheirLeads();
    void sourceIsStoredAndChecked();
    void settingsAreChecked_data();
    void settingsAreChecked();

private:
    qint64 addAccount(const QString& username, const QString& name, Role role, bool disabled = false,
                      const QString& email = {});
    Result<qint64> addLead(int i, const LeadOrigin& origin = {});
    QHash<qint64, int> countsByAttorney() const;
    QList<OutboxEntry> notifications(qint64 leadId) const;

    QTemporaryDir m_dir;
    QString m_target;
    std::optional<Database> m_db;
    std::unique_ptr<LeadRepository> m_leads;
    QDateTime m_now = QDateTime(QDate(2026, 11, 30), QTime(9, 0), Qt::UTC);
};

void TestAssignment::init()
{
    m_target = TestDatabase::freshTarget();
    auto db = Database::open(m_target);
    QVERIFY2(db, qPrintable(db.error().message));
    m_db.emplace(std::move(db).value());
    m_leads = std::make_unique<LeadRepository>(m_db->connection(), [this] { return m_now; });
}

void TestAssignment::cleanup()
{
    m_leads.reset();
    m_db.reset();
}

qint64 TestAssignment::addAccount(const QString& username, const QString& name, Role role, bool disabled,
                                  const QString& email)
{
    AccountRepository accounts(m_db->connection());
    UserAccount account;
    account.username = username;
    account.displayName = name;
    account.email = email.isEmpty() ? username + QStringLiteral("@firm.example") : email;
    account.role = role;
    const Actor cli { std::nullopt, QStringLiteral("cli") };
    const Result<qint64> id
        = accounts.create(account, "$argon2id$v=19$m=8,t=1,p=1$c2FsdHNhbHQ$aGFzaGhhc2g", cli);
    if (!id)
        qWarning() << id.error().message;
    if (id && disabled)
        accounts.setDisabled(*id, true, cli);
    return id ? *id : 0;
}

Result<qint64> TestAssignment::addLead(int i, const LeadOrigin& origin)
{
    const QByteArray pdf = "%PDF-1.4\n% assignment test\n%%EOF\n";
    const ResumeFile resume { QStringLiteral("cv.pdf"), QStringLiteral("application/pdf"), pdf,
                              QCryptographicHash::hash(pdf, QCryptographicHash::Sha256).toHex() };
    return m_leads->create(QStringLiteral("Lead"), QString::number(i), QStringLiteral("lead%1@example.com").arg(i),
                           resume, QStringLiteral("desk"), QStringLiteral("en"), {}, std::nullopt, origin);
}

QHash<qint64, int> TestAssignment::countsByAttorney() const
{
    QHash<qint64, int> counts;
    QSqlQuery query(m_db->connection());
    if (!query.exec(QStringLiteral("SELECT coalesce(attorney_id, 0), count(*) FROM leads GROUP BY attorney_id")))
        return counts;
    while (query.next())
        counts.insert(query.value(0).toLongLong(), query.value(1).toInt());
    return counts;
}

QList<OutboxEntry> TestAssignment::notifications(qint64 leadId) const
{
    QList<OutboxEntry> found;
    const auto all = OutboxRepository(m_db->connection()).deliveryFor(leadId);
    for (const OutboxEntry& entry : all ? *all : QList<OutboxEntry>()) {
        if (entry.kind == OutboxKind::AttorneyNotification)
            found.append(entry);
    }
    return found;
}

void TestAssignment::roundRobinIsFairOver1000Leads()
{
    const qint64 ana = addAccount(QStringLiteral("ana"), QStringLiteral("Ana Ruiz"), Role::Attorney);
    const qint64 ben = addAccount(QStringLiteral("ben"), QStringLiteral("Ben Okafor"), Role::Attorney);
    const qint64 boss = addAccount(QStringLiteral("boss"), QStringLiteral("Carla Boss"), Role::Admin);
    const qint64 desk = addAccount(QStringLiteral("desk"), QStringLiteral("Front Desk"), Role::Receptionist);
    const qint64 gone = addAccount(QStringLiteral("gone"), QStringLiteral("Gone Away"), Role::Attorney, true);
    const qint64 dan = addAccount(QStringLiteral("dan"), QStringLiteral("Dan Wu"), Role::Attorney);
    QVERIFY(FirmSettings(m_db->connection()).setValue(FirmSettings::Key::AssignmentMode, QStringLiteral("round-robin")));

    for (int i = 0; i < 1000; ++i)
        QVERIFY(addLead(i));
    const QHash<qint64, int> counts = countsByAttorney();
    QCOMPARE(counts.value(desk), 0);
    QCOMPARE(counts.value(gone), 0);
    QCOMPARE(counts.value(0), 0); // every lead has an attorney
    const QList<int> shares { counts.value(ana), counts.value(ben), counts.value(boss), counts.value(dan) };
    QCOMPARE(shares.at(0) + shares.at(1) + shares.at(2) + shares.at(3), 1000);
    QVERIFY2(*std::max_element(shares.begin(), shares.end()) - *std::min_element(shares.begin(), shares.end()) <= 1,
             qPrintable(QStringLiteral("%1 %2 %3 %4").arg(shares.at(0)).arg(shares.at(1)).arg(shares.at(2)).arg(shares.at(3))));
}

void TestAssignment::disabledAttorneysAreSkipped()
{
    const qint64 ana = addAccount(QStringLiteral("ana"), QStringLiteral("Ana Ruiz"), Role::Attorney);
    const qint64 ben = addAccount(QStringLiteral("ben"), QStringLiteral("Ben Okafor"), Role::Attorney);
    const qint64 cy = addAccount(QStringLiteral("cy"), QStringLiteral("Cy Lee"), Role::Attorney);
    QVERIFY(FirmSettings(m_db->connection()).setValue(FirmSettings::Key::AssignmentMode, QStringLiteral("round-robin")));
    for (int i = 0; i < 30; ++i)
        QVERIFY(addLead(i));
    QCOMPARE(countsByAttorney().value(ben), 10);
    // Ben leaves (right after his turn or not: either way he gets nothing more).
    QVERIFY(AccountRepository(m_db->connection()).setDisabled(ben, true, { std::nullopt, QStringLiteral("cli") }));
    for (int i = 30; i < 90; ++i)
        QVERIFY(addLead(i));
    const QHash<qint64, int> counts = countsByAttorney();
    QCOMPARE(counts.value(ben), 10);
    QCOMPARE(counts.value(ana), 40);
    QCOMPARE(counts.value(cy), 40);
    // Nobody active: the lead is saved, unassigned.
    for (const qint64 id : { ana, cy })
        QVERIFY(AccountRepository(m_db->connection()).setDisabled(id, true, { std::nullopt, QStringLiteral("cli") }));
    const Result<qint64> orphan = addLead(99);
    QVERIFY(orphan);
    QVERIFY(!m_leads->lead(*orphan)->attorneyId);
}

void TestAssignment::twoProcessesAssigningAtOnceStayFair()
{
    QList<qint64> attorneys;
    for (const QString& name : { QStringLiteral("ana"), QStringLiteral("ben"), QStringLiteral("cy") })
        attorneys.append(addAccount(name, name.toUpper(), Role::Attorney));
    QVERIFY(FirmSettings(m_db->connection()).setValue(FirmSettings::Key::AssignmentMode, QStringLiteral("round-robin")));
    constexpr int perProcess = 100;
    QList<QProcess*> writers;
    for (const QString& tag : { QStringLiteral("deskA"), QStringLiteral("deskB") }) {
        auto* process = new QProcess(this);
        process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        process->start(QStringLiteral(LEADINTAKE_WRITER), { m_target, QString::number(perProcess), tag });
        writers.append(process);
    }
    for (int i = 0; i < 50; ++i)
        QVERIFY(addLead(i));
    for (QProcess* process : std::as_const(writers)) {
        QVERIFY(process->waitForFinished(120000));
        QCOMPARE(process->exitCode(), 0);
    }
    const QHash<qint64, int> counts = countsByAttorney();
    QList<int> shares;
    for (const qint64 id : std::as_const(attorneys))
        shares.append(counts.value(id));
    QCOMPARE(shares.at(0) + shares.at(1) + shares.at(2), 2 * perProcess + 50);
    QVERIFY2(*std::max_element(shares.begin(), shares.end()) - *std::min_element(shares.begin(), shares.end()) <= 1,
             qPrintable(QStringLiteral("%1 %2 %3").arg(shares.at(0)).arg(shares.at(1)).arg(shares.at(2))));
}

void TestAssignment::defaultAttorneyMode()
{
    addAccount(QStringLiteral("ana"), QStringLiteral("Ana Ruiz"), Role::Attorney);
    const qint64 ben = addAccount(QStringLiteral("Ben"), QStringLiteral("Ben Okafor"), Role::Attorney);
    FirmSettings settings(m_db->connection());
    QVERIFY(settings.setValue(FirmSettings::Key::AssignmentMode, QStringLiteral("default")));
    const VoidResult set = settings.setValue(FirmSettings::Key::DefaultAttorney, QStringLiteral("BEN"));
    QVERIFY2(set, qPrintable(set ? QString() : set.error().message));
    for (int i = 0; i < 3; ++i) {
        const Result<qint64> id = addLead(i);
        QVERIFY2(id, qPrintable(id ? QString() : id.error().message));
        QCOMPARE(m_leads->lead(*id)->attorneyId, std::optional<qint64>(ben));
    }
    // The default attorney disabled: new leads wait for someone to assign them.
    QVERIFY(AccountRepository(m_db->connection()).setDisabled(ben, true, { std::nullopt, QStringLiteral("cli") }));
    const Result<qint64> waiting = addLead(3);
    QVERIFY(waiting);
    QVERIFY(!m_leads->lead(*waiting)->attorneyId);
}

void TestAssignment::manualModeLeavesLeadsUnassigned()
{
    addAccount(QStringLiteral("ana"), QStringLiteral("Ana Ruiz"), Role::Attorney);
    const Result<qint64> id = addLead(1);
    QVERIFY(id);
    const Lead lead = m_leads->lead(*id).value();
    QVERIFY(!lead.attorneyId);
    QCOMPARE(lead.attorneyName, QString());
}

void TestAssignment::chosenAttorneyWins_data()
{
    QTest::addColumn<QString>("mode");
    QTest::newRow("manual") << QStringLiteral("manual");
    QTest::newRow("round-robin") << QStringLiteral("round-robin");
    QTest::newRow("default") << QStringLiteral("default");
}

void TestAssignment::chosenAttorneyWins()
{
    QFETCH(QString, mode);
    addAccount(QStringLiteral("ana"), QStringLiteral("Ana Ruiz"), Role::Attorney);
    const qint64 ben = addAccount(QStringLiteral("ben"), QStringLiteral("Ben Okafor"), Role::Attorney);
    const qint64 desk = addAccount(QStringLiteral("desk"), QStringLiteral("Front Desk"), Role::Receptionist);
    const qint64 gone = addAccount(QStringLiteral("gone"), QStringLiteral("Gone Away"), Role::Attorney, true);
    FirmSettings settings(m_db->connection());
    QVERIFY(settings.setValue(FirmSettings::Key::AssignmentMode, mode));
    QVERIFY(settings.setValue(FirmSettings::Key::DefaultAttorney, QStringLiteral("ana")));
    const Result<qint64> id = addLead(1, { ben, {} });
    QVERIFY(id);
    QCOMPARE(m_leads->lead(*id)->attorneyId, std::optional<qint64>(ben));
    QCOMPARE(m_leads->lead(*id)->attorneyName, QStringLiteral("Ben Okafor"));
    // A receptionist or a disabled account cannot be chosen; nothing is saved.
    for (const qint64 refused : { desk, gone }) {
        const Result<qint64> no = addLead(2, { refused, {} });
        QVERIFY(!no);
        QCOMPARE(m_leads->count({}).value(), 1);
    }
}

void TestAssignment::notificationGoesToTheAttorney()
{
    const qint64 ana = addAccount(QStringLiteral("ana"), QStringLiteral("Ana Ruiz"), Role::Attorney, false,
                                  QStringLiteral("ana.ruiz@firm.example"));
    const qint64 noMail = addAccount(QStringLiteral("nomail"), QStringLiteral("No Mail"), Role::Attorney);
    QSqlQuery clear(m_db->connection());
    QVERIFY(clear.exec(QStringLiteral("UPDATE users SET email = '' WHERE username = 'nomail'")));
    const QString pdf = TestSupport::writeFile(m_dir, QStringLiteral("cv.pdf"), TestSupport::makePdf());
    IntakeService intake(*m_leads, LeadValidator());
    LeadDraft draft { QStringLiteral("Jane"), QStringLiteral("Doe"), QStringLiteral("jane@example.com"), pdf };
    draft.attorneyId = ana;

    // No firm address: the attorney's message only.
    auto saved = intake.submit(draft, QStringLiteral("desk"), IntakeService::Duplicates::SaveAnyway);
    QVERIFY(saved.saved());
    QList<OutboxEntry> sent = notifications(saved.leadId);
    QCOMPARE(sent.size(), 1);
    QCOMPARE(sent.at(0).recipientAddress, QStringLiteral("ana.ruiz@firm.example"));
    QCOMPARE(sent.at(0).recipientName, QStringLiteral("Ana Ruiz"));

    // With a firm address: a second message, the copy.
    QVERIFY(FirmSettings(m_db->connection()).setValue(FirmSettings::Key::NotificationAddress,
                                                      QStringLiteral("intake@firm.example")));
    saved = intake.submit(draft, QStringLiteral("desk"), IntakeService::Duplicates::SaveAnyway);
    sent = notifications(saved.leadId);
    QCOMPARE(sent.size(), 2);
    QCOMPARE(sent.at(0).recipientAddress, QStringLiteral("ana.ruiz@firm.example"));
    QCOMPARE(sent.at(1).recipientAddress, QStringLiteral("intake@firm.example"));

    // An attorney without an address, or nobody: the firm's address alone.
    draft.attorneyId = noMail;
    saved = intake.submit(draft, QStringLiteral("desk"), IntakeService::Duplicates::SaveAnyway);
    sent = notifications(saved.leadId);
    QCOMPARE(sent.size(), 1);
    QCOMPARE(sent.at(0).recipientAddress, QStringLiteral("intake@firm.example"));
    draft.attorneyId.reset();
    saved = intake.submit(draft, QStringLiteral("desk"), IntakeService::Duplicates::SaveAnyway);
    sent = notifications(saved.leadId);
    QCOMPARE(sent.size(), 1);
    QCOMPARE(sent.at(0).recipientAddress, QStringLiteral("intake@firm.example"));
}

void TestAssignment::reassignIsRecordedAndTheChainVerifies()
{
    const qint64 ana = addAccount(QStringLiteral("ana"), QStringLiteral("Ana Ruiz"), Role::Attorney);
    const qint64 ben = addAccount(QStringLiteral("ben"), QStringLiteral("Ben Okafor"), Role::Attorney, false,
                                  QStringLiteral("ben@firm.example"));
    const qint64 id = addLead(1, { ana, {} }).value();
    const int version = m_leads->lead(id)->version;
    const qint64 queuedBefore = OutboxRepository(m_db->connection()).count(std::nullopt).value();

    const Result<int> moved = AttorneyAssignment::reassign(*m_leads, id, ben, QStringLiteral("Ana Ruiz"), version, ana);
    QVERIFY2(moved, qPrintable(moved ? QString() : moved.error().message));
    QCOMPARE(*moved, version + 1);
    const Lead lead = m_leads->lead(id).value();
    QCOMPARE(lead.attorneyId, std::optional<qint64>(ben));
    QCOMPARE(lead.attorneyName, QStringLiteral("Ben Okafor"));
    const QList<LeadEvent> history = m_leads->history(id).value();
    QCOMPARE(history.size(), 2);
    QCOMPARE(history.last().kind, LeadEvent::Kind::Assigned);
    QCOMPARE(history.last().detail, QStringLiteral("Ben Okafor"));
    QCOMPARE(history.last().actor, QStringLiteral("Ana Ruiz"));
    // The new attorney is told, through the outbox.
    QCOMPARE(OutboxRepository(m_db->connection()).count(std::nullopt).value(), queuedBefore + 1);
    QCOMPARE(notifications(id).last().recipientAddress, QStringLiteral("ben@firm.example"));

    // The same attorney again: nothing changes, nothing is recorded.
    QCOMPARE(AttorneyAssignment::reassign(*m_leads, id, ben, QStringLiteral("x"), *moved).value(), *moved);
    QCOMPARE(m_leads->history(id)->size(), 2);
    // A stale version is a conflict.
    const Result<int> stale = AttorneyAssignment::reassign(*m_leads, id, ana, QStringLiteral("x"), version);
    QVERIFY(!stale);
    QCOMPARE(stale.error().code, Error::Code::Conflict);

    const Result<AuditVerifier::Report> report = AuditVerifier(m_db->connection()).verify();
    QVERIFY(report);
    QVERIFY2(report->intact(), qPrintable(report->summary()));
}

void TestAssignment::reassignRefusesWhatCannotBeResponsible()
{
    const qint64 ana = addAccount(QStringLiteral("ana"), QStringLiteral("Ana Ruiz"), Role::Attorney);
    const qint64 desk = addAccount(QStringLiteral("desk"), QStringLiteral("Front Desk"), Role::Receptionist);
    const qint64 gone = addAccount(QStringLiteral("gone"), QStringLiteral("Gone Away"), Role::Attorney, true);
    const qint64 id = addLead(1, { ana, {} }).value();
    const int version = m_leads->lead(id)->version;
    const auto refused = [&](qint64 account, Error::Code code, const QString& words) {
        const Result<int> result = AttorneyAssignment::reassign(*m_leads, id, account, QStringLiteral("x"), version);
        QVERIFY(!result);
        QCOMPARE(result.error().code, code);
        QVERIFY2(result.error().message.contains(words), qPrintable(result.error().message));
    };
    refused(desk, Error::Code::Invalid, QStringLiteral("not an attorney"));
    refused(gone, Error::Code::Invalid, QStringLiteral("disabled"));
    const Result<int> noLead = AttorneyAssignment::reassign(*m_leads, 999, ana, QStringLiteral("x"), 1);
    QVERIFY(!noLead);
    QCOMPARE(noLead.error().code, Error::Code::NotFound);
    QCOMPARE(m_leads->lead(id)->attorneyId, std::optional<qint64>(ana));
    QCOMPARE(m_leads->lead(id)->version, version);
    QCOMPARE(m_leads->history(id)->size(), 1);
}

void TestAssignment::filterSortAndSearchByAttorney()
{
    const qint64 zoe = addAccount(QStringLiteral("zoe"), QStringLiteral("Zoë Zapata"), Role::Attorney);
    const qint64 abe = addAccount(QStringLiteral("abe"), QStringLiteral("abe Lincoln"), Role::Attorney);
    for (int i = 0; i < 6; ++i)
        QVERIFY(addLead(i, { i % 3 == 0 ? zoe : abe, {} }));
    QVERIFY(addLead(6)); // nobody's

    LeadQuery mine;
    mine.attorneyId = zoe;
    QCOMPARE(m_leads->count(mine).value(), 2);
    QCOMPARE(m_leads->page(mine, 0, 10)->size(), 2);
    mine.attorneyId = abe;
    QCOMPARE(m_leads->count(mine).value(), 4);
    // The filter with a search, and a search by the attorney's name (accents folded).
    mine.search = QStringLiteral("lead");
    QCOMPARE(m_leads->count(mine).value(), 4);
    LeadQuery byName;
    byName.search = QStringLiteral("zoe");
    QCOMPARE(m_leads->count(byName).value(), 2);
    QCOMPARE(m_leads->page(byName, 0, 10)->size(), 2);
    byName.search = QStringLiteral("zapa lead");
    QCOMPARE(m_leads->count(byName).value(), 2);

    // Sorted by attorney name, case-insensitively, both ways, with keyset paging.
    LeadQuery sorted;
    sorted.sortKey = LeadQuery::SortKey::Attorney;
    sorted.order = Qt::AscendingOrder;
    const QList<Lead> up = m_leads->page(sorted, 0, 10).value();
    QCOMPARE(up.size(), 7);
    QCOMPARE(up.first().attorneyName, QString());
    QCOMPARE(up.at(1).attorneyName, QStringLiteral("abe Lincoln"));
    QCOMPARE(up.last().attorneyName, QStringLiteral("Zoë Zapata"));
    const QList<Lead> next = m_leads->pageAfter(sorted, up.at(2), 10).value();
    QCOMPARE(next.size(), 4);
    QCOMPARE(next.first().id, up.at(3).id);
    sorted.order = Qt::DescendingOrder;
    QCOMPARE(m_leads->page(sorted, 0, 1)->first().attorneyName, QStringLiteral("Zoë Zapata"));
}

void TestAssignment::renamingAnAttorneyRenamesTheirLeads()
{
    const qint64 ana = addAccount(QStringLiteral("ana"), QStringLiteral("Ana Ruiz"), Role::Attorney);
    const qint64 id = addLead(1, { ana, {} }).value();
    QSqlQuery rename(m_db->connection());
    QVERIFY(rename.exec(QStringLiteral("UPDATE users SET display_name = 'Ana Ruiz-Soto' WHERE username = 'ana'")));
    QCOMPARE(m_leads->lead(id)->attorneyName, QStringLiteral("Ana Ruiz-Soto"));
    LeadQuery search;
    search.search = QStringLiteral("soto");
    QCOMPARE(m_leads->count(search).value(), 1);
}

void TestAssignment::sourceIsStoredAndChecked()
{
    const qint64 id = addLead(1, { std::nullopt, QStringLiteral("  A podcast  ") }).value();
    QCOMPARE(m_leads->lead(id)->source, QStringLiteral("A podcast"));
    const Result<qint64> tooLong = addLead(2, { std::nullopt, QString(201, QLatin1Char('x')) });
    QVERIFY(!tooLong);
    QCOMPARE(tooLong.error().code, Error::Code::Invalid);
    const Result<qint64> twoLines = addLead(3, { std::nullopt, QStringLiteral("a\nb") });
    QVERIFY(!twoLines);
    QCOMPARE(m_leads->count({}).value(), 1);
}

void TestAssignment::settingsAreChecked_data()
{
    QTest::addColumn<int>("key");
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<QString>("stored");
    const int mode = int(FirmSettings::Key::AssignmentMode);
    const int dflt = int(FirmSettings::Key::DefaultAttorney);
    const int sources = int(FirmSettings::Key::LeadSources);
    QTest::newRow("mode round-robin") << mode << QStringLiteral("Round-Robin") << true << QStringLiteral("round-robin");
    QTest::newRow("mode unknown") << mode << QStringLiteral("lottery") << false << QString();
    QTest::newRow("default attorney by any case") << dflt << QStringLiteral("ANA") << true << QStringLiteral("ana");
    QTest::newRow("default receptionist") << dflt << QStringLiteral("desk") << false << QString();
    QTest::newRow("default unknown") << dflt << QStringLiteral("nobody") << false << QString();
    QTest::newRow("sources trimmed, no doubles") << sources << QStringLiteral(" Radio ; radio;TV ;")
                                                 << true << QStringLiteral("Radio;TV");
    QTest::newRow("source too long") << sources << QString(201, QLatin1Char('x')) << false << QString();
}

void TestAssignment::settingsAreChecked()
{
    QFETCH(int, key);
    QFETCH(QString, value);
    QFETCH(bool, accepted);
    QFETCH(QString, stored);
    addAccount(QStringLiteral("ana"), QStringLiteral("Ana Ruiz"), Role::Attorney);
    addAccount(QStringLiteral("desk"), QStringLiteral("Front Desk"), Role::Receptionist);
    FirmSettings settings(m_db->connection());
    const VoidResult result = settings.setValue(FirmSettings::Key(key), value);
    QCOMPARE(bool(result), accepted);
    if (accepted)
        QCOMPARE(settings.text(FirmSettings::Key(key)), stored);
    else
        QVERIFY(!settings.isSet(FirmSettings::Key(key)));
}

QTEST_GUILESS_MAIN(TestAssignment)
#include "tst_assignment.moc"
