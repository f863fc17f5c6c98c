#include "database.h"
#include "leadrepository.h"
#include "responsetarget.h"
#include "testdatabase.h"
#include "testsupport.h"

#include <QCryptographicHash>
#include <QSqlQuery>
#include <QtTest>

// Issue 12, part 2 in the repository: the "Overdue" filter (ResponseTarget::overdueCondition
// in the WHERE, counted and paged like any filter) agrees with the rule evaluated lead by
// lead, and follow-up dates are saved with the version check and recorded in the history.
class TestOverdueLeads final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void filterAgreesWithTheRule_data();
    void filterAgreesWithTheRule();
    void followUpIsVersionedAndRecorded();
    void followUpMakesALeadOverdue();

private:
    qint64 addLeadAt(const QDateTime& created, const QString& name);

    std::optional<Database> m_db;
    std::unique_ptr<LeadRepository> m_repository;
    QDateTime m_now = QDateTime(QDate(2026, 11, 27), QTime(9, 0), QTimeZone("America/New_York"));
};

namespace {

ResponseTarget newYorkTarget()
{
    ResponseTarget::Rule rule;
    rule.businessDays = 1;
    rule.zone = QTimeZone("America/New_York");
    return ResponseTarget(rule);
}

} // namespace

void TestOverdueLeads::init()
{
    auto db = Database::open(TestDatabase::freshTarget());
    QVERIFY2(db, qPrintable(db.error().message));
    m_db.emplace(std::move(db).value());
    m_repository = std::make_unique<LeadRepository>(m_db->connection(), [this] { return m_now; });
}

void TestOverdueLeads::cleanup()
{
    m_repository.reset();
    m_db.reset();
}

qint64 TestOverdueLeads::addLeadAt(const QDateTime& created, const QString& name)
{
    m_now = created;
    const QByteArray pdf = TestSupport::makePdf(name);
    const ResumeFile resume { name + QStringLiteral(".pdf"), QStringLiteral("application/pdf"), pdf,
                              QCryptographicHash::hash(pdf, QCryptographicHash::Sha256).toHex() };
    auto id = m_repository->create(name, QStringLiteral("Prospect"), name.toLower() + QStringLiteral("@example.com"),
                                   resume, QStringLiteral("ana"));
    if (!id)
        qWarning() << id.error().message;
    return id ? id.value() : 0;
}

void TestOverdueLeads::filterAgreesWithTheRule_data()
{
    QTest::addColumn<QString>("now"); // New York local time
    // Leads arrive every 5 hours from Wednesday 2026-11-25 to Tuesday 2026-12-01.
    QTest::newRow("friday morning: wednesday's early leads") << QStringLiteral("2026-11-27T09:00");
    QTest::newRow("saturday: friday's leads wait for monday") << QStringLiteral("2026-11-28T12:00");
    QTest::newRow("monday noon: friday noon's lead is due") << QStringLiteral("2026-11-30T12:00");
    QTest::newRow("tuesday night") << QStringLiteral("2026-12-01T23:00");
}

void TestOverdueLeads::filterAgreesWithTheRule()
{
    QFETCH(QString, now);
    const QTimeZone zone("America/New_York");
    QDateTime created(QDate(2026, 11, 25), QTime(0, 30), zone);
    QList<qint64> ids;
    for (int i = 0; created.date() < QDate(2026, 12, 2); ++i, created = created.addSecs(5 * 3600))
        ids.append(addLeadAt(created, QStringLiteral("P%1").arg(i)));
    // Some reached out (never overdue without a follow-up), some with a call-back date.
    QCOMPARE(m_repository->setStatus(ids.at(0), LeadStatus::ReachedOut, QStringLiteral("ana"), 1).value(), 2);
    QCOMPARE(m_repository->setStatus(ids.at(3), LeadStatus::ReachedOut, QStringLiteral("ana"), 1).value(), 2);
    QVERIFY(m_repository->setFollowUp(ids.at(3), QDate(2026, 11, 27), QStringLiteral("ana"), 2));
    QVERIFY(m_repository->setFollowUp(ids.at(1), QDate(2026, 12, 4), QStringLiteral("ana"), 1));

    m_now = QDateTime::fromString(now, Qt::ISODate);
    m_now = QDateTime(m_now.date(), m_now.time(), zone);
    const ResponseTarget target = newYorkTarget();
    LeadQuery query;
    query.overdue = target.overdueCondition(m_now);
    query.sortKey = LeadQuery::SortKey::CreatedAt;
    query.order = Qt::AscendingOrder;

    // The oracle: every lead read and judged by the rule in C++.
    QList<qint64> expected;
    LeadQuery all = query;
    all.overdue.reset();
    QVERIFY(m_repository->forEach(all, -1, [&](const Lead& lead) {
        if (target.isOverdue(lead, m_now))
            expected.append(lead.id);
        return true;
    }));
    QVERIFY(!expected.isEmpty());
    QVERIFY(expected.size() < ids.size());

    QCOMPARE(m_repository->count(query).value(), int(expected.size()));
    // Keyset paging, three at a time, walks exactly the overdue leads in order.
    QList<qint64> walked;
    auto page = m_repository->page(query, 0, 3);
    QVERIFY(page);
    while (!page->isEmpty()) {
        for (const Lead& lead : *page)
            walked.append(lead.id);
        page = m_repository->pageAfter(query, page->last(), 3);
        QVERIFY(page);
    }
    QCOMPARE(walked, expected);
    // Combined with an attorney and a search, still the same rule.
    query.search = QStringLiteral("prospect");
    QCOMPARE(m_repository->count(query).value(), int(expected.size()));
}

void TestOverdueLeads::followUpIsVersionedAndRecorded()
{
    const qint64 id = addLeadAt(m_now, QStringLiteral("Rosa"));
    QVERIFY(id > 0);
    const auto set = m_repository->setFollowUp(id, QDate(2026, 12, 3), QStringLiteral("ana"), 1);
    QVERIFY2(set, qPrintable(set.error().message));
    QCOMPARE(set.value(), 2);
    QCOMPARE(m_repository->lead(id)->followUpOn, QDate(2026, 12, 3));

    // A stale version changes nothing.
    const auto stale = m_repository->setFollowUp(id, QDate(2026, 12, 9), QStringLiteral("bea"), 1);
    QVERIFY(!stale);
    QCOMPARE(stale.error().code, Error::Code::Conflict);
    QCOMPARE(m_repository->lead(id)->followUpOn, QDate(2026, 12, 3));
    QCOMPARE(m_repository->lead(id)->version, 2);

    // The same date again: nothing to record.
    QCOMPARE(m_repository->setFollowUp(id, QDate(2026, 12, 3), QStringLiteral("ana"), 2).value(), 2);
    // Cleared.
    QCOMPARE(m_repository->setFollowUp(id, std::nullopt, QStringLiteral("ana"), 2).value(), 3);
    QVERIFY(!m_repository->lead(id)->followUpOn.isValid());
    QVERIFY(!m_repository->setFollowUp(id, QDate(), QStringLiteral("ana"), 3));
    QVERIFY(!m_repository->setFollowUp(id + 100, QDate(2026, 12, 3), QStringLiteral("ana"), 1));

    const auto history = m_repository->history(id);
    QVERIFY(history);
    QList<QString> followUps;
    for (const LeadEvent& event : *history) {
        if (event.kind == LeadEvent::Kind::FollowUp)
            followUps.append(event.detail);
    }
    QCOMPARE(followUps, (QList<QString> { QStringLiteral("2026-12-03"), QString() }));
    QCOMPARE(LeadEvent::kindFromKey(QStringLiteral("follow_up")), LeadEvent::Kind::FollowUp);
}

void TestOverdueLeads::followUpMakesALeadOverdue()
{
    const qint64 id = addLeadAt(m_now, QStringLiteral("Ines"));
    QVERIFY(m_repository->setStatus(id, LeadStatus::ReachedOut, QStringLiteral("ana"), 1));
    QVERIFY(m_repository->setFollowUp(id, QDate(2026, 11, 30), QStringLiteral("ana"), 2));
    LeadQuery query;
    const ResponseTarget target = newYorkTarget();
    query.overdue = target.overdueCondition(QDateTime(QDate(2026, 11, 29), QTime(23, 0), QTimeZone("America/New_York")));
    QCOMPARE(m_repository->count(query).value(), 0);
    query.overdue = target.overdueCondition(QDateTime(QDate(2026, 11, 30), QTime(0, 1), QTimeZone("America/New_York")));
    QCOMPARE(m_repository->count(query).value(), 1);
}

QTEST_GUILESS_MAIN(TestOverdueLeads)
#include "tst_overdueleads.moc"
