#include "database.h"
#include "dataversionwatcher.h"
#include "leadrepository.h"
#include "testsupport.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>
#include <optional>

// PRAGMA data_version polling: other connections' commits count, our own do not.
class TestDataVersionWatcher final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void otherConnectionCommitFiresChanged();
    void timerNoticesOtherConnection();
    void ownWritesAndIdleDoNotFire();

private:
    static ResumeFile resume();

    QTemporaryDir m_dir;
    std::optional<Database> m_mine;
    std::optional<Database> m_other;
    int m_counter = 0;
};

ResumeFile TestDataVersionWatcher::resume()
{
    return ResumeFile { QStringLiteral("cv.pdf"), QStringLiteral("application/pdf"),
                        TestSupport::makePdf(), QByteArray(64, 'a') };
}

void TestDataVersionWatcher::init()
{
    QVERIFY(m_dir.isValid());
    const QString path = m_dir.filePath(QStringLiteral("watch-%1.sqlite").arg(++m_counter));
    auto mine = Database::open(path);
    QVERIFY2(mine, qPrintable(mine.error().message));
    m_mine.emplace(std::move(mine).value());
    auto other = Database::open(path);
    QVERIFY2(other, qPrintable(other.error().message));
    m_other.emplace(std::move(other).value());
}

void TestDataVersionWatcher::cleanup()
{
    m_other.reset();
    m_mine.reset();
}

void TestDataVersionWatcher::otherConnectionCommitFiresChanged()
{
    // A long interval: only explicit checks poll, so the counts are exact.
    DataVersionWatcher watcher(m_mine->connection(), 3600 * 1000);
    QSignalSpy spy(&watcher, &DataVersionWatcher::changed);

    LeadRepository other(m_other->connection());
    QVERIFY(other.create(QStringLiteral("Ana"), QStringLiteral("Lopez"), QStringLiteral("ana@example.com"),
                         resume(), QStringLiteral("bob")));
    watcher.check();
    QCOMPARE(spy.count(), 1);
    watcher.check(); // nothing new since
    QCOMPARE(spy.count(), 1);

    QVERIFY(other.create(QStringLiteral("Bea"), QStringLiteral("Ruiz"), QStringLiteral("bea@example.com"),
                         resume(), QStringLiteral("bob")));
    watcher.check();
    QCOMPARE(spy.count(), 2);
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
    watcher.check();
    QCOMPARE(spy.count(), 0);

    LeadRepository mine(m_mine->connection());
    const auto id = mine.create(QStringLiteral("Ana"), QStringLiteral("Lopez"),
                                QStringLiteral("ana@example.com"), resume(), QStringLiteral("ana"));
    QVERIFY(id);
    QVERIFY(mine.setStatus(*id, LeadStatus::ReachedOut, QStringLiteral("ana"), 1));
    watcher.check();
    watcher.check();
    QCOMPARE(spy.count(), 0);

    // Still alive: the other connection's commit is seen after our own ones.
    LeadRepository other(m_other->connection());
    QVERIFY(other.recordEvent(*id, LeadEvent::Kind::Note, QStringLiteral("bob"), QStringLiteral("called")));
    watcher.check();
    QCOMPARE(spy.count(), 1);
}

QTEST_GUILESS_MAIN(TestDataVersionWatcher)
#include "tst_dataversionwatcher.moc"
