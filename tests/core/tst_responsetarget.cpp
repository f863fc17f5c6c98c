#include "responsetarget.h"

#include <QRandomGenerator>
#include <QtTest>

// The firm's response target (issue 12, part 2) with an injected clock: due times across
// weekends and time zones, follow-up dates, and the SQL cutoff agreeing with the rule for
// every arrival time.
class TestResponseTarget final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void dueAt_data();
    void dueAt();
    void overdueLeads_data();
    void overdueLeads();
    void cutoffAgreesWithTheRule_data();
    void cutoffAgreesWithTheRule();
    void parsesWeekends_data();
    void parsesWeekends();
};

namespace {

ResponseTarget target(int days, const QByteArray& zone, QList<Qt::DayOfWeek> weekend = { Qt::Saturday, Qt::Sunday })
{
    ResponseTarget::Rule rule;
    rule.businessDays = days;
    rule.weekend = std::move(weekend);
    rule.zone = QTimeZone(zone);
    return ResponseTarget(rule);
}

QDateTime at(const QString& local, const QByteArray& zone)
{
    return QDateTime(QDate::fromString(local.left(10), Qt::ISODate),
                     QTime::fromString(local.mid(11), QStringLiteral("HH:mm")), QTimeZone(zone));
}

} // namespace

void TestResponseTarget::dueAt_data()
{
    QTest::addColumn<int>("days");
    QTest::addColumn<QByteArray>("zone");
    QTest::addColumn<QString>("created"); // local time in zone
    QTest::addColumn<QString>("due"); // local time in zone

    // 2026-11-27 is a Friday.
    QTest::newRow("tuesday -> wednesday same time") << 1 << QByteArray("America/New_York")
                                                    << "2026-11-24 10:30" << "2026-11-25 10:30";
    QTest::newRow("friday afternoon -> monday") << 1 << QByteArray("America/New_York")
                                                << "2026-11-27 15:00" << "2026-11-30 15:00";
    QTest::newRow("saturday -> clock starts monday 00:00 -> tuesday 00:00")
        << 1 << QByteArray("America/New_York") << "2026-11-28 11:00" << "2026-12-01 00:00";
    QTest::newRow("sunday night -> tuesday 00:00") << 1 << QByteArray("Europe/Madrid")
                                                   << "2026-11-29 23:59" << "2026-12-01 00:00";
    QTest::newRow("three days from thursday skip the weekend") << 3 << QByteArray("Europe/Madrid")
                                                               << "2026-11-26 09:00" << "2026-12-01 09:00";
    QTest::newRow("same time across the spring-forward weekend") << 1 << QByteArray("America/New_York")
                                                                 << "2026-03-06 09:00" << "2026-03-09 09:00";
    QTest::newRow("friday-saturday weekend: thursday -> sunday") << 1 << QByteArray("Asia/Dubai")
                                                                 << "2026-11-26 12:00" << "2026-11-29 12:00";
}

void TestResponseTarget::dueAt()
{
    QFETCH(int, days);
    QFETCH(QByteArray, zone);
    QFETCH(QString, created);
    QFETCH(QString, due);
    QList<Qt::DayOfWeek> weekend { Qt::Saturday, Qt::Sunday };
    if (zone == "Asia/Dubai")
        weekend = { Qt::Friday, Qt::Saturday };
    const ResponseTarget rule = target(days, zone, weekend);
    const QDateTime got = rule.dueAt(at(created, zone).toUTC());
    QCOMPARE(got.toTimeZone(QTimeZone(zone)).toString(QStringLiteral("yyyy-MM-dd HH:mm")), due);
    QCOMPARE(got.timeSpec(), Qt::UTC);
}

void TestResponseTarget::overdueLeads_data()
{
    QTest::addColumn<QString>("created");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("followUp");
    QTest::addColumn<QString>("now");
    QTest::addColumn<bool>("overdue");

    // New York, one business day.
    QTest::newRow("pending, a minute before due") << "2026-11-27 15:00" << "PENDING" << "" << "2026-11-30 14:59" << false;
    QTest::newRow("pending, at due") << "2026-11-27 15:00" << "PENDING" << "" << "2026-11-30 15:00" << true;
    QTest::newRow("pending over the weekend is not yet late") << "2026-11-27 15:00" << "PENDING" << ""
                                                              << "2026-11-29 23:00" << false;
    QTest::newRow("reached out is never late") << "2026-11-02 09:00" << "REACHED_OUT" << "" << "2026-11-30 09:00" << false;
    QTest::newRow("follow-up tomorrow replaces the target") << "2026-11-02 09:00" << "PENDING" << "2026-12-01"
                                                            << "2026-11-30 09:00" << false;
    QTest::newRow("follow-up today is due") << "2026-11-30 08:00" << "REACHED_OUT" << "2026-11-30"
                                            << "2026-11-30 00:01" << true;
    QTest::newRow("follow-up passed") << "2026-11-02 08:00" << "REACHED_OUT" << "2026-11-20" << "2026-11-30 09:00" << true;
    // 23:30 in New York is already the next day in UTC: the firm's day decides.
    QTest::newRow("follow-up by the firm's calendar, not UTC's") << "2026-11-02 08:00" << "REACHED_OUT"
                                                                 << "2026-12-01" << "2026-11-30 23:30" << false;
}

void TestResponseTarget::overdueLeads()
{
    QFETCH(QString, created);
    QFETCH(QString, status);
    QFETCH(QString, followUp);
    QFETCH(QString, now);
    QFETCH(bool, overdue);
    const QByteArray zone("America/New_York");
    const ResponseTarget rule = target(1, zone);
    Lead lead;
    lead.createdAt = at(created, zone).toUTC();
    lead.status = LeadStatusText::fromKey(status).value();
    lead.followUpOn = QDate::fromString(followUp, Qt::ISODate);
    QCOMPARE(rule.isOverdue(lead, at(now, zone).toUTC()), overdue);
}

void TestResponseTarget::cutoffAgreesWithTheRule_data()
{
    QTest::addColumn<int>("days");
    QTest::addColumn<QByteArray>("zone");
    QTest::addColumn<bool>("fridaySaturday");
    QTest::newRow("1 day, New York") << 1 << QByteArray("America/New_York") << false;
    QTest::newRow("2 days, Madrid") << 2 << QByteArray("Europe/Madrid") << false;
    QTest::newRow("5 days, Tokyo") << 5 << QByteArray("Asia/Tokyo") << false;
    QTest::newRow("1 day, Dubai (fri-sat weekend)") << 1 << QByteArray("Asia/Dubai") << true;
    QTest::newRow("1 day, UTC") << 1 << QByteArray("UTC") << false;
}

// For random (created, now) pairs, including both sides of the boundary:
// dueAt(created) <= now exactly when created <= cutoff(now). The SQL relies on it.
void TestResponseTarget::cutoffAgreesWithTheRule()
{
    QFETCH(int, days);
    QFETCH(QByteArray, zone);
    QFETCH(bool, fridaySaturday);
    const ResponseTarget rule = target(days, zone, fridaySaturday ? QList<Qt::DayOfWeek> { Qt::Friday, Qt::Saturday }
                                                                  : QList<Qt::DayOfWeek> { Qt::Saturday, Qt::Sunday });
    QRandomGenerator random(20261130);
    const qint64 start = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    const qint64 year = qint64(365) * 24 * 3600 * 1000;
    int overdue = 0;
    for (int i = 0; i < 20000; ++i) {
        const QDateTime now = QDateTime::fromMSecsSinceEpoch(start + random.bounded(year), Qt::UTC);
        const QDateTime cutoff = rule.cutoff(now);
        QVERIFY(cutoff.isValid());
        // Right at, just before and just after the cutoff, and anywhere in the 20 days before now.
        const QList<QDateTime> arrivals { cutoff, cutoff.addMSecs(-1), cutoff.addMSecs(1),
                                          now.addMSecs(-random.bounded(qint64(20) * 24 * 3600 * 1000)) };
        for (const QDateTime& created : arrivals) {
            const bool byRule = rule.dueAt(created) <= now;
            const bool bySql = created <= cutoff;
            if (byRule != bySql)
                QFAIL(qPrintable(QStringLiteral("created %1 now %2 cutoff %3 due %4")
                                     .arg(created.toTimeZone(rule.rule().zone).toString(Qt::ISODate),
                                          now.toTimeZone(rule.rule().zone).toString(Qt::ISODate),
                                          cutoff.toTimeZone(rule.rule().zone).toString(Qt::ISODate),
                                          rule.dueAt(created).toTimeZone(rule.rule().zone).toString(Qt::ISODate))));
            overdue += byRule ? 1 : 0;
        }
    }
    QVERIFY(overdue > 1000); // both answers were exercised
}

void TestResponseTarget::parsesWeekends_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<int>("count");
    QTest::newRow("default") << "sat,sun" << true << 2;
    QTest::newRow("spaces and case") << " Fri, SAT " << true << 2;
    QTest::newRow("none") << "" << true << 0;
    QTest::newRow("unknown name") << "sat,sunday" << false << 0;
    QTest::newRow("all seven") << "mon,tue,wed,thu,fri,sat,sun" << false << 0;
}

void TestResponseTarget::parsesWeekends()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(int, count);
    const auto days = ResponseTarget::parseWeekend(text);
    QCOMPARE(days.has_value(), valid);
    if (valid)
        QCOMPARE(days->size(), count);
}

QTEST_GUILESS_MAIN(TestResponseTarget)
#include "tst_responsetarget.moc"
