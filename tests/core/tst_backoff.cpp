// The retry schedule: minutes at first, doubling, capped near 30 minutes, given up after
// three days — computed against an injected clock.
#include "backoff.h"

#include <QTest>

using namespace std::chrono_literals;

class TstBackoff final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void schedule_data();
    void schedule();
    void giveUp_data();
    void giveUp();
    void customPolicy();
    void hugeAttemptCountDoesNotOverflow();
};

void TstBackoff::schedule_data()
{
    QTest::addColumn<int>("attempts");
    QTest::addColumn<qint64>("expectedMinutes");

    QTest::newRow("after 1st failure: 1 min") << 1 << qint64(1);
    QTest::newRow("after 2nd: 2 min") << 2 << qint64(2);
    QTest::newRow("after 3rd: 4 min") << 3 << qint64(4);
    QTest::newRow("after 4th: 8 min") << 4 << qint64(8);
    QTest::newRow("after 5th: 16 min") << 5 << qint64(16);
    QTest::newRow("after 6th: capped at 30 min") << 6 << qint64(30);
    QTest::newRow("after 7th: still 30 min") << 7 << qint64(30);
    QTest::newRow("after 50th: still 30 min") << 50 << qint64(30);
    QTest::newRow("zero attempts: the first delay") << 0 << qint64(1);
}

void TstBackoff::schedule()
{
    QFETCH(int, attempts);
    QFETCH(qint64, expectedMinutes);

    const Backoff backoff;
    const QDateTime queued = QDateTime::fromMSecsSinceEpoch(1'800'000'000'000, Qt::UTC);
    const QDateTime now = queued.addSecs(3600); // the clock the dispatcher injects
    const std::optional<QDateTime> next = backoff.nextAttempt(attempts, queued, now);
    QVERIFY(next.has_value());
    QCOMPARE(now.msecsTo(*next), expectedMinutes * 60 * 1000);
    QCOMPARE(backoff.delayAfter(attempts), std::chrono::milliseconds(std::chrono::minutes(expectedMinutes)));
}

void TstBackoff::giveUp_data()
{
    QTest::addColumn<qint64>("hoursSinceQueued");
    QTest::addColumn<bool>("givesUp");

    QTest::newRow("just queued") << qint64(0) << false;
    QTest::newRow("one day") << qint64(24) << false;
    QTest::newRow("71 hours") << qint64(71) << false;
    QTest::newRow("72 hours: give up") << qint64(72) << true;
    QTest::newRow("a week") << qint64(24 * 7) << true;
}

void TstBackoff::giveUp()
{
    QFETCH(qint64, hoursSinceQueued);
    QFETCH(bool, givesUp);

    const Backoff backoff;
    const QDateTime queued = QDateTime::fromMSecsSinceEpoch(1'800'000'000'000, Qt::UTC);
    const QDateTime now = queued.addSecs(hoursSinceQueued * 3600);
    QCOMPARE(!backoff.nextAttempt(9, queued, now).has_value(), givesUp);
}

void TstBackoff::customPolicy()
{
    const Backoff backoff(30s, 2min, 10min);
    QCOMPARE(backoff.delayAfter(1), std::chrono::milliseconds(30s));
    QCOMPARE(backoff.delayAfter(2), std::chrono::milliseconds(60s));
    QCOMPARE(backoff.delayAfter(3), std::chrono::milliseconds(120s));
    QCOMPARE(backoff.delayAfter(4), std::chrono::milliseconds(120s));
    const QDateTime queued = QDateTime::fromMSecsSinceEpoch(0, Qt::UTC);
    QVERIFY(backoff.nextAttempt(1, queued, queued.addSecs(9 * 60)).has_value());
    QVERIFY(!backoff.nextAttempt(1, queued, queued.addSecs(10 * 60)).has_value());
}

void TstBackoff::hugeAttemptCountDoesNotOverflow()
{
    const Backoff backoff;
    QCOMPARE(backoff.delayAfter(std::numeric_limits<int>::max()), backoff.maxDelay());
}

QTEST_GUILESS_MAIN(TstBackoff)
#include "tst_backoff.moc"
