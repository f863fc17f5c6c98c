#include "database.h"
#include "dataversionwatcher.h"
#include "leadrepository.h"
#include "pgserver.h"
#include "testdatabase.h"
#include "testsupport.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTcpServer>
#include <QtTest>

#include <algorithm>
#include <memory>
#include <optional>

// Other connections' commits count, our own do not: SQLite by polling PRAGMA data_version,
// PostgreSQL by LISTEN/NOTIFY (tst_dataversionwatcher_pg), where the watcher also reconnects
// after the server went away.
class TestDataVersionWatcher final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void otherConnectionCommitFiresChanged();
    void timerNoticesOtherConnection();
    void ownWritesAndIdleDoNotFire();
    // PostgreSQL only.
    void notificationReadDuringOwnQueryIsNotLost();
    void otherDeskCommitSeenWithinOneSecond();
    void secondWatcherOnSameConnection();
    void serverRestartReconnects();
    void writeWhileServerStoppedIsRefused();
    void silentServerDoesNotFreezeTheWindow();

private:
    static ResumeFile resume();
    // Waits for the watcher to report `expected` changes: SQLite polls on demand, so the
    // count is exact at once; PostgreSQL's notification comes through the event loop.
    static bool seen(DataVersionWatcher& watcher, QSignalSpy& spy, int expected);
    // Nothing more arrives (PostgreSQL: within a delay far above a notification's).
    static bool quiet(DataVersionWatcher& watcher, QSignalSpy& spy);
    qint64 leadCount();

    std::optional<Database> m_mine;
    std::optional<Database> m_other;
    int m_counter = 0;
};

ResumeFile TestDataVersionWatcher::resume()
{
    return ResumeFile { QStringLiteral("cv.pdf"), QStringLiteral("application/pdf"),
                        TestSupport::makePdf(), QByteArray(64, 'a') };
}

bool TestDataVersionWatcher::seen(DataVersionWatcher& watcher, QSignalSpy& spy, int expected)
{
    if (!TestDatabase::isPostgres()) {
        watcher.check();
        return spy.count() == expected;
    }
    QElapsedTimer timer;
    timer.start();
    while (spy.count() < expected && timer.elapsed() < 5000)
        spy.wait(5000 - int(timer.elapsed()));
    return spy.count() == expected;
}

bool TestDataVersionWatcher::quiet(DataVersionWatcher& watcher, QSignalSpy& spy)
{
    const int before = spy.count();
    watcher.check();
    if (TestDatabase::isPostgres())
        spy.wait(300); // a notification arrives in a few ms; this only proves none came
    return spy.count() == before;
}

qint64 TestDataVersionWatcher::leadCount()
{
    auto fresh = m_mine->openAnother();
    if (!fresh)
        return -1;
    QSqlQuery query(fresh->connection());
    if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM leads")) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

void TestDataVersionWatcher::init()
{
    ++m_counter;
    auto mine = Database::open(TestDatabase::freshTarget());
    QVERIFY2(mine, qPrintable(mine.error().message));
    m_mine.emplace(std::move(mine).value());
    auto other = m_mine->openAnother();
    QVERIFY2(other, qPrintable(other.error().message));
    m_other.emplace(std::move(other).value());
}

void TestDataVersionWatcher::cleanup()
{
    m_other.reset();
    m_mine.reset();
    if (PgServer* server = TestDatabase::server(); server && !server->isRunning())
        QVERIFY2(server->start(), qPrintable(server->errorString()));
}

void TestDataVersionWatcher::otherConnectionCommitFiresChanged()
{
    // A long interval: SQLite polls only on explicit checks, so the counts are exact.
    DataVersionWatcher watcher(m_mine->connection(), 3600 * 1000);
    QSignalSpy spy(&watcher, &DataVersionWatcher::changed);

    LeadRepository other(m_other->connection());
    QVERIFY(other.create(QStringLiteral("Ana"), QStringLiteral("Lopez"), QStringLiteral("ana@example.com"),
                         resume(), QStringLiteral("bob")));
    // One transaction (a lead, its history, its outbox row): one change.
    QVERIFY(seen(watcher, spy, 1));
    QVERIFY(quiet(watcher, spy));

    QVERIFY(other.create(QStringLiteral("Bea"), QStringLiteral("Ruiz"), QStringLiteral("bea@example.com"),
                         resume(), QStringLiteral("bob")));
    QVERIFY(seen(watcher, spy, 2));
    QVERIFY(quiet(watcher, spy));
}

void TestDataVersionWatcher::timerNoticesOtherConnection()
{
    DataVersionWatcher watcher(m_mine->connection(), 20);
    QSignalSpy spy(&watcher, &DataVersionWatcher::changed);
    LeadRepository other(m_other->connection());
    QVERIFY(other.create(QStringLiteral("Ana"), QStringLiteral("Lopez"), QStringLiteral("ana@example.com"),
                         resume(), QStringLiteral("bob")));
    QTRY_COMPARE(spy.count(), 1);
}

void TestDataVersionWatcher::ownWritesAndIdleDoNotFire()
{
    DataVersionWatcher watcher(m_mine->connection(), 3600 * 1000);
    QSignalSpy spy(&watcher, &DataVersionWatcher::changed);
    QVERIFY(quiet(watcher, spy));
    QCOMPARE(spy.count(), 0);

    LeadRepository mine(m_mine->connection());
    const auto id = mine.create(QStringLiteral("Ana"), QStringLiteral("Lopez"),
                                QStringLiteral("ana@example.com"), resume(), QStringLiteral("ana"));
    QVERIFY(id);
    QVERIFY(mine.setStatus(*id, LeadStatus::ReachedOut, QStringLiteral("ana"), 1));
    QVERIFY(quiet(watcher, spy));
    QVERIFY(quiet(watcher, spy));
    QCOMPARE(spy.count(), 0);

    // Still alive: the other connection's commit is seen after our own ones.
    LeadRepository other(m_other->connection());
    QVERIFY(other.recordEvent(*id, LeadEvent::Kind::Note, QStringLiteral("bob"), QStringLiteral("called")));
    QVERIFY(seen(watcher, spy, 1));
}

void TestDataVersionWatcher::notificationReadDuringOwnQueryIsNotLost()
{
    if (!TestDatabase::isPostgres())
        QSKIP("LISTEN/NOTIFY is PostgreSQL's");
    DataVersionWatcher watcher(m_mine->connection(), 0);
    QSignalSpy spy(&watcher, &DataVersionWatcher::changed);
    LeadRepository other(m_other->connection());
    QVERIFY(other.create(QStringLiteral("Ana"), QStringLiteral("Lopez"), QStringLiteral("ana@example.com"),
                         resume(), QStringLiteral("bob")));
    // Before the event loop sees the socket, a query of ours reads the notification off it
    // (a page refresh would): the driver must still deliver it, not leave it in libpq.
    QSqlQuery query(m_mine->connection());
    QVERIFY(query.exec(QStringLiteral("SELECT pg_sleep(0.1)")));
    query.finish();
    QVERIFY(seen(watcher, spy, 1));
}

void TestDataVersionWatcher::otherDeskCommitSeenWithinOneSecond()
{
    if (!TestDatabase::isPostgres())
        QSKIP("SQLite polls (LeadsPage: every second); the delay measured here is NOTIFY's");
    DataVersionWatcher watcher(m_mine->connection(), 0);
    QSignalSpy spy(&watcher, &DataVersionWatcher::changed);
    LeadRepository other(m_other->connection());
    constexpr int kCommits = 50;
    QList<qint64> delaysUs;
    for (int i = 0; i < kCommits; ++i) {
        QElapsedTimer timer;
        const auto id = other.create(QStringLiteral("Ana"), QStringLiteral("Lopez %1").arg(i),
                                     QStringLiteral("ana%1@example.com").arg(i), resume(),
                                     QStringLiteral("bob"));
        timer.start(); // from the acknowledged commit to the other desk's changed()
        QVERIFY2(id, qPrintable(id.error().message));
        QVERIFY2(spy.wait(1000), qPrintable(QStringLiteral("commit %1 not seen within 1 s").arg(i)));
        delaysUs.append(timer.nsecsElapsed() / 1000);
        QCOMPARE(spy.count(), i + 1);
    }
    std::sort(delaysUs.begin(), delaysUs.end());
    const qint64 median = delaysUs.at(kCommits / 2);
    const qint64 worst = delaysUs.last();
    qInfo("a commit on another connection -> changed(): median %.1f ms, worst %.1f ms over %d commits "
          "(includes the %d ms coalescing)",
          double(median) / 1000.0, double(worst) / 1000.0, kCommits, DataVersionWatcher::kCoalesceMs);
    QVERIFY(worst < 1000 * 1000);
}

void TestDataVersionWatcher::secondWatcherOnSameConnection()
{
    if (!TestDatabase::isPostgres())
        QSKIP("the second watcher shares PostgreSQL's subscription");
    // The window's watcher and the Leads page's watch one connection.
    DataVersionWatcher first(m_mine->connection(), 0);
    QSignalSpy firstSpy(&first, &DataVersionWatcher::changed);
    {
        DataVersionWatcher second(m_mine->connection(), 0);
        QSignalSpy secondSpy(&second, &DataVersionWatcher::changed);
        LeadRepository other(m_other->connection());
        QVERIFY(other.create(QStringLiteral("Ana"), QStringLiteral("Lopez"),
                             QStringLiteral("ana@example.com"), resume(), QStringLiteral("bob")));
        QVERIFY(seen(first, firstSpy, 1));
        QVERIFY(seen(second, secondSpy, 1));
    }
    // The page closed; the window still hears.
    LeadRepository other(m_other->connection());
    QVERIFY(other.create(QStringLiteral("Bea"), QStringLiteral("Ruiz"), QStringLiteral("bea@example.com"),
                         resume(), QStringLiteral("bob")));
    QVERIFY(seen(first, firstSpy, 2));
}

void TestDataVersionWatcher::serverRestartReconnects()
{
    if (!TestDatabase::isPostgres())
        QSKIP("a SQLite file has no server to lose");
    DataVersionWatcher watcher(m_mine->connection(), 0);
    DataVersionWatcher pageWatcher(m_mine->connection(), 0); // as the Leads page's
    QSignalSpy lost(&watcher, &DataVersionWatcher::connectionLost);
    QSignalSpy back(&watcher, &DataVersionWatcher::reconnected);
    QSignalSpy changed(&watcher, &DataVersionWatcher::changed);
    QSignalSpy pageChanged(&pageWatcher, &DataVersionWatcher::changed);

    QElapsedTimer timer;
    timer.start();
    QVERIFY2(TestDatabase::server()->restart(), qPrintable(TestDatabase::server()->errorString()));
    const qint64 restartMs = timer.elapsed();
    QTRY_COMPARE_WITH_TIMEOUT(lost.count(), 1, 10000);
    const qint64 lostMs = timer.elapsed();
    QVERIFY(!watcher.isConnected());
    QTRY_COMPARE_WITH_TIMEOUT(back.count(), 1, 10000);
    const qint64 backMs = timer.elapsed();
    QVERIFY(watcher.isConnected());
    QVERIFY(changed.count() >= 1); // the pages read again what they missed
    QTRY_VERIFY_WITH_TIMEOUT(pageChanged.count() >= 1, 10000);
    qInfo("server restart: pg_ctl restart took %lld ms; lost noticed at %lld ms, reconnected at "
          "%lld ms after it began",
          restartMs, lostMs, backMs);
    QVERIFY(backMs < 10000 + restartMs);

    // The same connection works for writes again and hears other desks again.
    LeadRepository mine(m_mine->connection());
    const auto id = mine.create(QStringLiteral("Ana"), QStringLiteral("Lopez"),
                                QStringLiteral("ana@example.com"), resume(), QStringLiteral("ana"));
    QVERIFY2(id, qPrintable(id.error().message));
    auto desk = m_mine->openAnother();
    QVERIFY2(desk, qPrintable(desk.error().message));
    const int before = changed.count();
    QVERIFY(LeadRepository(desk->connection())
                .recordEvent(*id, LeadEvent::Kind::Note, QStringLiteral("bob"), QStringLiteral("called")));
    QVERIFY(seen(watcher, changed, before + 1));
    QCOMPARE(lost.count(), 1);
    QCOMPARE(back.count(), 1);
}

void TestDataVersionWatcher::writeWhileServerStoppedIsRefused()
{
    if (!TestDatabase::isPostgres())
        QSKIP("a SQLite file has no server to lose");
    DataVersionWatcher watcher(m_mine->connection(), 0);
    QSignalSpy back(&watcher, &DataVersionWatcher::reconnected);
    LeadRepository mine(m_mine->connection());
    QVERIFY(mine.create(QStringLiteral("Ana"), QStringLiteral("Lopez"), QStringLiteral("ana@example.com"),
                        resume(), QStringLiteral("ana")));

    QVERIFY2(TestDatabase::server()->stop(), qPrintable(TestDatabase::server()->errorString()));
    // Twice: before the watcher noticed (the connection still looks open) and after.
    for (int attempt = 0; attempt < 2; ++attempt) {
        const auto refused = mine.create(QStringLiteral("Bea"), QStringLiteral("Ruiz"),
                                         QStringLiteral("bea@example.com"), resume(), QStringLiteral("ana"));
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.startsWith(
                     QStringLiteral("The office server cannot be reached; nothing was saved.")),
                 qPrintable(refused.error().message));
        // The intake form reads first (is this email known?): that says the same, not libpq's
        // "connection pointer is NULL".
        const auto lookup = mine.findByEmail(QStringLiteral("bea@example.com"));
        QVERIFY(!lookup);
        QVERIFY2(lookup.error().message.contains(QStringLiteral("the office server cannot be reached")),
                 qPrintable(lookup.error().message));
        watcher.check();
        QVERIFY(!watcher.isConnected());
    }

    QVERIFY2(TestDatabase::server()->start(), qPrintable(TestDatabase::server()->errorString()));
    QTRY_COMPARE_WITH_TIMEOUT(back.count(), 1, 10000);
    QCOMPARE(leadCount(), 1); // only Ana: nothing of Bea's half-written
    QVERIFY(mine.create(QStringLiteral("Bea"), QStringLiteral("Ruiz"), QStringLiteral("bea@example.com"),
                        resume(), QStringLiteral("ana")));
    QCOMPARE(leadCount(), 2);
}

void TestDataVersionWatcher::silentServerDoesNotFreezeTheWindow()
{
    if (!TestDatabase::isPostgres())
        QSKIP("a SQLite file has no server to lose");
    // Fault injection: while the server is down, the desk's connection points at a port that
    // accepts and never answers (a host gone from the network). Each attempt then waits for
    // connect_timeout: in a worker thread, not in the window's.
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost));
    QSignalSpy knocked(&silent, &QTcpServer::newConnection);
    DataVersionWatcher watcher(m_mine->connection(), 0);
    QSignalSpy lost(&watcher, &DataVersionWatcher::connectionLost);
    QSignalSpy back(&watcher, &DataVersionWatcher::reconnected);

    QSqlDatabase db = m_mine->connection();
    const int port = db.port();
    const QString options = db.connectOptions();
    QVERIFY(options.contains(QStringLiteral("connect_timeout=")));
    QVERIFY2(TestDatabase::server()->stop(), qPrintable(TestDatabase::server()->errorString()));
    db.setPort(int(silent.serverPort()));
    QString quick = options;
    quick.replace(QRegularExpression(QStringLiteral("connect_timeout=[^;]*")),
                  QStringLiteral("connect_timeout=2")); // libpq's least
    db.setConnectOptions(quick);

    QElapsedTimer clock;
    clock.start();
    qint64 last = 0;
    qint64 worstGap = 0;
    QTimer tick;
    tick.setInterval(20);
    connect(&tick, &QTimer::timeout, this, [&] {
        worstGap = qMax(worstGap, clock.elapsed() - last);
        last = clock.elapsed();
    });
    tick.start();
    QTRY_COMPARE_WITH_TIMEOUT(lost.count(), 1, 5000);
    QTRY_VERIFY_WITH_TIMEOUT(knocked.count() >= 1, 5000);
    QTRY_VERIFY_WITH_TIMEOUT(clock.elapsed() >= 3000, 5000); // attempts against the silent port
    tick.stop();
    qInfo("silent server: longest pause of the event loop %lld ms over %lld ms of attempts",
          worstGap, clock.elapsed());
    QVERIFY2(worstGap < 500, qPrintable(QStringLiteral("the event loop stalled %1 ms").arg(worstGap)));
    QCOMPARE(back.count(), 0);

    db.setPort(port);
    db.setConnectOptions(options);
    QVERIFY2(TestDatabase::server()->start(), qPrintable(TestDatabase::server()->errorString()));
    QTRY_COMPARE_WITH_TIMEOUT(back.count(), 1, 15000);
    QVERIFY(LeadRepository(db).create(QStringLiteral("Ana"), QStringLiteral("Lopez"),
                                      QStringLiteral("ana@example.com"), resume(), QStringLiteral("ana")));
}

QTEST_GUILESS_MAIN(TestDataVersionWatcher)
#include "tst_dataversionwatcher.moc"
