#include "accountrepository.h"
#include "dashboardfigures.h"
#include "database.h"
#include "leaderaser.h"
#include "leadrepository.h"
#include "responsetarget.h"
#include "testdatabase.h"

#include <QCryptographicHash>
#include <QHash>
#include <QMap>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QtTest>

#include <algorithm>

// The dashboard's figures (issue 12, part 5) against a real SQLite file and a real
// PostgreSQL server (tst_dashboardfigures_pg). Each figure the SQL computes is computed
// again here in plain C++ over the rows read back (no SQL aggregate, no week table): the
// weeks from each lead's own date in the firm's zone, medians by sorting, overdue by
// ResponseTarget::isOverdue() lead by lead.
class TestDashboardFigures final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void figuresEqualTheIndependentComputation_data();
    void figuresEqualTheIndependentComputation();
    void dstWeekIsBucketedByTheFirmsMidnight();
    void medianOfEvenAndOddCounts();
    void presetsFollowTheFirmsCalendar();
    void badRangesAreRefused();

private:
    struct Row
    {
        Lead lead;
        bool erased = false;
    };
    QList<Row> readBack() const;
    qint64 addLead(const QDateTime& created, std::optional<qint64> attorney, const QString& source);

    QTemporaryDir m_copies;
    QString m_target;
    std::optional<Database> m_db;
    std::unique_ptr<LeadRepository> m_leads;
    QDateTime m_now;
    QList<qint64> m_attorneys;
    int m_count = 0;
};

namespace {

const QTimeZone kBerlin(QByteArrayLiteral("Europe/Berlin"));
const QTimeZone kNewYork(QByteArrayLiteral("America/New_York"));
const QDateTime kNow(QDate(2026, 4, 15), QTime(10, 0), Qt::UTC);

ResponseTarget targetIn(const QTimeZone& zone)
{
    ResponseTarget::Rule rule;
    rule.zone = zone;
    return ResponseTarget(rule);
}

double medianOf(QList<qint64> values)
{
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? double(values.at(n / 2)) : (double(values.at(n / 2 - 1)) + double(values.at(n / 2))) / 2;
}

} // namespace

void TestDashboardFigures::initTestCase()
{
    QVERIFY(kBerlin.isValid());
    QVERIFY(kNewYork.isValid());
    m_target = TestDatabase::freshTarget();
    auto db = Database::open(m_target);
    QVERIFY2(db, qPrintable(db.error().message));
    m_db.emplace(std::move(db).value());
    m_leads = std::make_unique<LeadRepository>(m_db->connection(), [this] { return m_now; });

    AccountRepository accounts(m_db->connection());
    const Actor cli { std::nullopt, QStringLiteral("cli") };
    for (const auto& [user, name] : { std::pair { "zoe", "Zoë Álvarez" }, std::pair { "bob", "Bob Brown" },
                                      std::pair { "kim", "Kim Lee" } }) {
        UserAccount account;
        account.username = QString::fromLatin1(user);
        account.displayName = QString::fromUtf8(name);
        account.email = account.username + QStringLiteral("@firm.example");
        account.role = Role::Attorney;
        const Result<qint64> id = accounts.create(account, "$argon2id$v=19$m=8,t=1,p=1$c2FsdHNhbHQ$aGFzaGhhc2g", cli);
        QVERIFY2(id, qPrintable(id.error().message));
        m_attorneys.append(*id);
    }

    // Leads from early March to late April 2026: across both DST changes of spring (New
    // York on 8 March, Berlin on 29 March), some exactly at a week's boundary in Berlin,
    // some without attorney or source, some reached out (some of those back to pending),
    // some with a follow-up date, two erased.
    QRandomGenerator random(20261201);
    const QList<QString> sources { QStringLiteral("Referral"), QStringLiteral("Web search"), QString(),
                                   QStringLiteral("Newspaper") };
    const qint64 start = QDateTime(QDate(2026, 3, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    const qint64 end = QDateTime(QDate(2026, 4, 28), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    QList<QDateTime> times;
    for (int i = 0; i < 160; ++i)
        times.append(QDateTime::fromMSecsSinceEpoch(start + qint64(random.bounded(double(end - start))), Qt::UTC));
    // Berlin's Monday midnights and the instants just before them, in and around the DST week.
    for (const QDate monday : { QDate(2026, 3, 23), QDate(2026, 3, 30), QDate(2026, 4, 6) }) {
        const QDateTime midnight = monday.startOfDay(kBerlin);
        times << midnight << midnight.addMSecs(-1) << midnight.addSecs(30 * 60) << midnight.addSecs(-30 * 60);
    }
    for (const QDateTime& created : times) {
        const int pick = int(random.bounded(10));
        const std::optional<qint64> attorney = pick == 0 ? std::nullopt : std::optional(m_attorneys.at(pick % 3));
        const qint64 id = addLead(created, attorney, sources.at(int(random.bounded(int(sources.size())))));
        QVERIFY(id > 0);
        const int fate = int(random.bounded(10));
        if (fate < 6) {
            // Reached out minutes to days later; a few go back to pending (reached_out_at stays).
            m_now = created.addSecs(qint64(600 + random.bounded(4 * 24 * 3600)));
            Result<int> version = m_leads->setStatus(id, LeadStatus::ReachedOut, QStringLiteral("t"), 1);
            QVERIFY2(version, qPrintable(version.error().message));
            if (fate == 0) {
                m_now = m_now.addSecs(3600);
                version = m_leads->setStatus(id, LeadStatus::Pending, QStringLiteral("t"), *version);
                QVERIFY2(version, qPrintable(version.error().message));
            }
        }
        if (fate == 7 || fate == 1) {
            QSqlQuery query(m_db->connection());
            query.prepare(QStringLiteral("UPDATE leads SET follow_up_on = ? WHERE id = ?"));
            query.addBindValue(QDate(2026, 4, 10 + int(random.bounded(10))).toString(Qt::ISODate));
            query.addBindValue(id);
            QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
        }
    }
    // Erased leads still count (they were leads): erased by the product's own eraser.
    LeadEraser eraser(m_db->connection(), [] { return kNow; });
    eraser.setResumeCopiesFolder(m_copies.path());
    for (const qint64 id : { qint64(3), qint64(5) }) {
        const auto erased = eraser.erase(id, QStringLiteral("asked to be forgotten"),
                                         Actor { std::nullopt, QStringLiteral("admin") }, Role::Admin);
        QVERIFY2(erased, qPrintable(erased.error().message));
    }
}

void TestDashboardFigures::cleanupTestCase()
{
    m_leads.reset();
    m_db.reset();
}

qint64 TestDashboardFigures::addLead(const QDateTime& created, std::optional<qint64> attorney, const QString& source)
{
    m_now = created;
    const QByteArray pdf = "%PDF-1.4\n% dashboard test\n%%EOF\n";
    const ResumeFile resume { QStringLiteral("cv.pdf"), QStringLiteral("application/pdf"), pdf,
                              QCryptographicHash::hash(pdf, QCryptographicHash::Sha256).toHex() };
    ++m_count;
    const Result<qint64> id = m_leads->create(QStringLiteral("Lead"), QString::number(m_count),
                                              QStringLiteral("lead%1@example.com").arg(m_count), resume,
                                              QStringLiteral("desk"), QStringLiteral("en"), {}, std::nullopt,
                                              LeadOrigin { attorney, source });
    if (!id)
        qWarning() << id.error().message;
    return id ? *id : 0;
}

QList<TestDashboardFigures::Row> TestDashboardFigures::readBack() const
{
    QList<Row> rows;
    QSqlQuery query(m_db->connection());
    if (!query.exec(QStringLiteral("SELECT id, status, created_at, reached_out_at, attorney_id, attorney_name, "
                                   "source, follow_up_on, erased_at FROM leads"))) {
        qWarning() << query.lastError().text();
        return rows;
    }
    while (query.next()) {
        Row row;
        row.lead.id = query.value(0).toLongLong();
        row.lead.status = query.value(1).toString() == QLatin1String("REACHED_OUT") ? LeadStatus::ReachedOut
                                                                                    : LeadStatus::Pending;
        row.lead.createdAt = QDateTime::fromMSecsSinceEpoch(query.value(2).toLongLong(), Qt::UTC);
        if (!query.value(3).isNull())
            row.lead.reachedOutAt = QDateTime::fromMSecsSinceEpoch(query.value(3).toLongLong(), Qt::UTC);
        if (!query.value(4).isNull())
            row.lead.attorneyId = query.value(4).toLongLong();
        row.lead.attorneyName = query.value(5).toString();
        row.lead.source = query.value(6).toString();
        if (!query.value(7).isNull())
            row.lead.followUpOn = QDate::fromString(query.value(7).toString().left(10), Qt::ISODate);
        row.erased = !query.value(8).isNull();
        rows.append(row);
    }
    return rows;
}

void TestDashboardFigures::figuresEqualTheIndependentComputation_data()
{
    QTest::addColumn<QTimeZone>("zone");
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::addColumn<QDateTime>("now");

    QTest::newRow("Berlin, four weeks around its DST change") << kBerlin << QDate(2026, 3, 16) << QDate(2026, 4, 13) << kNow;
    QTest::newRow("Berlin, Wednesday to Thursday (partial weeks)") << kBerlin << QDate(2026, 3, 18) << QDate(2026, 4, 9) << kNow;
    QTest::newRow("New York, whole data and its DST change") << kNewYork << QDate(2026, 2, 23) << QDate(2026, 5, 4)
                                                             << kNow.addDays(3);
    QTest::newRow("UTC, one week") << QTimeZone::utc() << QDate(2026, 3, 30) << QDate(2026, 4, 6) << kNow;
    QTest::newRow("Tokyo, no leads in the range") << QTimeZone(QByteArrayLiteral("Asia/Tokyo")) << QDate(2025, 1, 6)
                                                  << QDate(2025, 2, 3) << kNow;
    QTest::newRow("Berlin, overdue on a Saturday") << kBerlin << QDate(2026, 3, 2) << QDate(2026, 4, 27)
                                                   << QDateTime(QDate(2026, 4, 18), QTime(12, 0), Qt::UTC);
}

void TestDashboardFigures::figuresEqualTheIndependentComputation()
{
    QFETCH(QTimeZone, zone);
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    QFETCH(QDateTime, now);
    QVERIFY(zone.isValid());
    const ResponseTarget target = targetIn(zone);
    const DashboardFigures figures(m_db->connection(), target);
    const DashboardFigures::Range range { from, to };
    const Result<DashboardFigures::All> all = figures.all(range, now);
    QVERIFY2(all, qPrintable(all.error().message));

    const QList<Row> rows = readBack();
    QCOMPARE(rows.size(), m_count);
    QCOMPARE(std::count_if(rows.cbegin(), rows.cend(), [](const Row& r) { return r.erased; }), 2);
    const auto inRange = [&](const Lead& lead) {
        const QDate day = lead.createdAt.toTimeZone(zone).date();
        return day >= from && day < to;
    };

    // Leads per week: each lead's Monday from its own date in the zone.
    QMap<QDate, std::pair<qint64, qint64>> weeks;
    for (const Row& row : rows) {
        if (!inRange(row.lead))
            continue;
        const QDate day = row.lead.createdAt.toTimeZone(zone).date();
        auto& counts = weeks[day.addDays(1 - day.dayOfWeek())];
        (row.lead.status == LeadStatus::Pending ? counts.first : counts.second) += 1;
    }
    QMap<QDate, std::pair<qint64, qint64>> computed;
    for (const DashboardFigures::Week& week : all->weeks) {
        QCOMPARE(week.monday.dayOfWeek(), int(Qt::Monday));
        if (week.pending + week.reachedOut > 0)
            computed.insert(week.monday, { week.pending, week.reachedOut });
    }
    QCOMPARE(computed, weeks);
    // Every week of the range is there, empty or not, in order.
    QCOMPARE(all->weeks.first().monday, from.addDays(1 - from.dayOfWeek()));
    QVERIFY(all->weeks.last().monday.addDays(7) >= to);

    // Median time to first contact, firm-wide and per attorney ("Nobody" for none).
    QList<qint64> firm;
    QHash<qint64, QList<qint64>> byAttorney; // 0: nobody
    QHash<qint64, QString> names;
    for (const Row& row : rows) {
        if (!inRange(row.lead) || !row.lead.reachedOutAt.isValid())
            continue;
        const qint64 ms = row.lead.createdAt.msecsTo(row.lead.reachedOutAt);
        firm.append(ms);
        const qint64 key = row.lead.attorneyId.value_or(0);
        byAttorney[key].append(ms);
        names[key] = key ? row.lead.attorneyName : DashboardFigures::nobody();
    }
    QCOMPARE(all->firstContact.firm.leads, qint64(firm.size()));
    if (!firm.isEmpty())
        QCOMPARE(all->firstContact.firm.medianMs, medianOf(firm));
    QCOMPARE(all->firstContact.byAttorney.size(), byAttorney.size());
    for (const DashboardFigures::AttorneyFigure& figure : all->firstContact.byAttorney) {
        const qint64 key = figure.attorneyId.value_or(0);
        QVERIFY2(byAttorney.contains(key), qPrintable(figure.name));
        QCOMPARE(figure.name, names.value(key));
        QCOMPARE(figure.leads, qint64(byAttorney.value(key).size()));
        QCOMPARE(figure.medianMs, medianOf(byAttorney.value(key)));
    }
    if (!byAttorney.isEmpty() && byAttorney.contains(0))
        QCOMPARE(all->firstContact.byAttorney.last().name, DashboardFigures::nobody());

    // Sources, "" as "Not given".
    QHash<QString, qint64> sources;
    for (const Row& row : rows) {
        if (inRange(row.lead))
            sources[row.lead.source] += 1;
    }
    QHash<QString, qint64> computedSources;
    for (const DashboardFigures::SourceCount& count : all->sources) {
        computedSources.insert(count.source, count.leads);
        QCOMPARE(count.label, count.source.isEmpty() ? DashboardFigures::notGiven() : count.source);
    }
    QCOMPARE(computedSources, sources);

    // Overdue now, by the rule applied lead by lead (not the SQL condition).
    QHash<qint64, qint64> overdue;
    qint64 overdueTotal = 0;
    for (const Row& row : rows) {
        if (target.isOverdue(row.lead, now)) {
            overdue[row.lead.attorneyId.value_or(0)] += 1;
            ++overdueTotal;
        }
    }
    QVERIFY(overdueTotal > 0);
    QCOMPARE(all->overdue.total, overdueTotal);
    QHash<qint64, qint64> computedOverdue;
    for (const DashboardFigures::AttorneyFigure& figure : all->overdue.byAttorney) {
        computedOverdue.insert(figure.attorneyId.value_or(0), figure.leads);
        QCOMPARE(figure.name, figure.attorneyId ? names.value(*figure.attorneyId, figure.name) : DashboardFigures::nobody());
    }
    QCOMPARE(computedOverdue, overdue);

    // The figures one by one equal the snapshot's.
    const Result<QList<DashboardFigures::Week>> alone = figures.leadsPerWeek(range);
    QVERIFY(alone);
    QCOMPARE(alone->size(), all->weeks.size());
}

void TestDashboardFigures::dstWeekIsBucketedByTheFirmsMidnight()
{
    const DashboardFigures figures(m_db->connection(), targetIn(kBerlin));
    const DashboardFigures::Range range { QDate(2026, 3, 23), QDate(2026, 4, 6) };
    const QList<DashboardFigures::Week> buckets = figures.weekBuckets(range);
    QCOMPARE(buckets.size(), 2);
    // The week of 29 March has one hour less (CET -> CEST), and the next starts at
    // 22:00 UTC on Sunday, not 23:00.
    QCOMPARE(buckets.at(0).endMs - buckets.at(0).startMs, qint64(167) * 3600 * 1000);
    QCOMPARE(buckets.at(1).startMs, QDateTime(QDate(2026, 3, 29), QTime(22, 0), Qt::UTC).toMSecsSinceEpoch());

    // The leads made at 23:30 and 23:59:59.999 on Sunday 29 March (Berlin) are in the first
    // week; those at 00:00 and 00:30 on Monday 30 March in the second; by the UTC date (or a
    // fixed offset of CET) they would all be on Sunday.
    const Result<QList<DashboardFigures::Week>> weeks = figures.leadsPerWeek(range);
    QVERIFY2(weeks, qPrintable(weeks.error().message));
    qint64 atBoundary[2] = { 0, 0 };
    const QDateTime midnight = QDate(2026, 3, 30).startOfDay(kBerlin);
    for (const Row& row : readBack()) {
        const qint64 delta = row.lead.createdAt.msecsTo(midnight);
        if (delta == 1 || delta == 30 * 60 * 1000)
            ++atBoundary[0];
        else if (delta == 0 || delta == -30 * 60 * 1000)
            ++atBoundary[1];
    }
    QCOMPARE(atBoundary[0], 2);
    QCOMPARE(atBoundary[1], 2);
    qint64 firstWeek = 0;
    for (const Row& row : readBack()) {
        const qint64 ms = row.lead.createdAt.toMSecsSinceEpoch();
        if (ms >= buckets.at(0).startMs && ms < buckets.at(0).endMs)
            ++firstWeek;
    }
    QCOMPARE(weeks->at(0).pending + weeks->at(0).reachedOut, firstWeek);
}

void TestDashboardFigures::medianOfEvenAndOddCounts()
{
    // A database of its own: three leads for one attorney (odd), two for nobody (even).
    auto db = Database::open(TestDatabase::freshTarget());
    QVERIFY2(db, qPrintable(db.error().message));
    QDateTime now(QDate(2026, 6, 1), QTime(9, 0), Qt::UTC);
    LeadRepository leads(db->connection(), [&now] { return now; });
    AccountRepository accounts(db->connection());
    UserAccount account;
    account.username = QStringLiteral("ann");
    account.displayName = QStringLiteral("Ann");
    account.email = QStringLiteral("ann@firm.example");
    account.role = Role::Attorney;
    const Result<qint64> ann = accounts.create(account, "$argon2id$v=19$m=8,t=1,p=1$c2FsdHNhbHQ$aGFzaGhhc2g",
                                               Actor { std::nullopt, QStringLiteral("cli") });
    QVERIFY(ann);
    const QByteArray pdf = "%PDF-1.4\n%%EOF\n";
    const ResumeFile resume { QStringLiteral("cv.pdf"), QStringLiteral("application/pdf"), pdf,
                              QCryptographicHash::hash(pdf, QCryptographicHash::Sha256).toHex() };
    const QList<std::pair<std::optional<qint64>, int>> made { { *ann, 60 }, { *ann, 10 }, { *ann, 600 },
                                                              { std::nullopt, 5 }, { std::nullopt, 8 } };
    int n = 0;
    for (const auto& [attorney, minutes] : made) {
        now = QDateTime(QDate(2026, 6, 1), QTime(9, 0), Qt::UTC);
        ++n;
        const Result<qint64> id = leads.create(QStringLiteral("A"), QString::number(n), QStringLiteral("m%1@example.com").arg(n),
                                               resume, QStringLiteral("desk"), QStringLiteral("en"), {}, std::nullopt,
                                               LeadOrigin { attorney, {} });
        QVERIFY2(id, qPrintable(id.error().message));
        now = now.addSecs(60 * minutes);
        QVERIFY(leads.setStatus(*id, LeadStatus::ReachedOut, QStringLiteral("t"), 1));
    }
    const DashboardFigures figures(db->connection(), targetIn(QTimeZone::utc()));
    const Result<DashboardFigures::FirstContact> contact = figures.timeToFirstContact({ QDate(2026, 6, 1), QDate(2026, 6, 2) });
    QVERIFY2(contact, qPrintable(contact.error().message));
    QCOMPARE(contact->firm.leads, 5);
    QCOMPARE(contact->firm.medianMs, 10 * 60 * 1000.0);
    QCOMPARE(contact->byAttorney.size(), 2);
    QCOMPARE(contact->byAttorney.at(0).name, QStringLiteral("Ann"));
    QCOMPARE(contact->byAttorney.at(0).medianMs, 60 * 60 * 1000.0);
    QCOMPARE(contact->byAttorney.at(1).name, DashboardFigures::nobody());
    QCOMPARE(contact->byAttorney.at(1).medianMs, 6.5 * 60 * 1000.0);
}

void TestDashboardFigures::presetsFollowTheFirmsCalendar()
{
    const DashboardFigures figures(m_db->connection(), targetIn(kNewYork));
    // 03:00 UTC on Monday 6 April is still Sunday 5 April in New York.
    const QDateTime now(QDate(2026, 4, 6), QTime(3, 0), Qt::UTC);
    const DashboardFigures::Range four = figures.preset(DashboardFigures::Preset::LastFourWeeks, now);
    QCOMPARE(four.from, QDate(2026, 3, 9));
    QCOMPARE(four.to, QDate(2026, 4, 6));
    const DashboardFigures::Range twelve = figures.preset(DashboardFigures::Preset::LastTwelveWeeks, now);
    QCOMPARE(twelve.from, QDate(2026, 1, 12));
    QCOMPARE(twelve.to, QDate(2026, 4, 6));
    const DashboardFigures::Range year = figures.preset(DashboardFigures::Preset::ThisYear, now);
    QCOMPARE(year.from, QDate(2026, 1, 1));
    QCOMPARE(year.to, QDate(2026, 4, 6));
}

void TestDashboardFigures::badRangesAreRefused()
{
    const DashboardFigures figures(m_db->connection(), targetIn(kBerlin));
    for (const DashboardFigures::Range range : { DashboardFigures::Range { QDate(2026, 4, 1), QDate(2026, 4, 1) },
                                                 DashboardFigures::Range { QDate(2026, 4, 2), QDate(2026, 4, 1) },
                                                 DashboardFigures::Range { QDate(), QDate(2026, 4, 1) },
                                                 DashboardFigures::Range { QDate(2000, 1, 1), QDate(2026, 4, 1) } }) {
        const auto weeks = figures.leadsPerWeek(range);
        QVERIFY(!weeks);
        QCOMPARE(weeks.error().code, Error::Code::Invalid);
        QVERIFY(!weeks.error().message.isEmpty());
        QVERIFY(!figures.all(range, kNow));
    }
}

QTEST_GUILESS_MAIN(TestDashboardFigures)
#include "tst_dashboardfigures.moc"
