#include "database.h"
#include "leadrepository.h"
#include "resumecopies.h"
#include "testsupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QLockFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <sys/stat.h>

// Item 4 of issue 9: every file holding leads or resumes is readable by this OS account
// only, whatever the umask; copies opened in a viewer do not outlive a crash.
class TestFilePermissions final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void newDatabaseIsPrivate_data();
    void newDatabaseIsPrivate();
    void existingDatabaseIsTightenedOnce();
    void chosenFolderKeepsItsMode();
    void defaultDataFolderIsTightened();
    void viewerCopiesArePrivate();
    void staleViewerCopiesAreRemovedAtStart();

private:
    static int modeOf(const QString& path);
    static void addLead(const Database& db);

    QTemporaryDir m_dir;
    mode_t m_umask = 022;
};

int TestFilePermissions::modeOf(const QString& path)
{
    struct stat info {};
    if (::lstat(QFile::encodeName(path).constData(), &info) != 0)
        return -1;
    return int(info.st_mode & 07777);
}

void TestFilePermissions::addLead(const Database& db)
{
    const QByteArray pdf = TestSupport::makePdf();
    LeadRepository repository(db.connection());
    const auto id = repository.create(
        QStringLiteral("Ana"), QStringLiteral("Ruiz"), QStringLiteral("ana@example.com"),
        { QStringLiteral("cv.pdf"), QStringLiteral("application/pdf"), pdf,
          QCryptographicHash::hash(pdf, QCryptographicHash::Sha256).toHex() },
        QStringLiteral("test"));
    QVERIFY2(id, qPrintable(id.error().message));
}

void TestFilePermissions::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QStandardPaths::setTestModeEnabled(true);
    m_umask = ::umask(022);
    ::umask(m_umask);
}

void TestFilePermissions::cleanup()
{
    ::umask(m_umask);
}

void TestFilePermissions::newDatabaseIsPrivate_data()
{
    QTest::addColumn<int>("umask");
    QTest::newRow("umask 022 (Debian's default)") << 022;
    QTest::newRow("umask 002 (shared group)") << 002;
    QTest::newRow("umask 000") << 000;
    QTest::newRow("umask 077") << 077;
    QTest::newRow("umask 277 (owner cannot write)") << 0277;
}

void TestFilePermissions::newDatabaseIsPrivate()
{
    QFETCH(int, umask);
    ::umask(mode_t(umask));
    const QString top = m_dir.filePath(QStringLiteral("new-%1").arg(umask, 3, 8, QLatin1Char('0')));
    const QString path = top + QStringLiteral("/sub/leads.sqlite");
    auto db = Database::open(path);
    QVERIFY2(db, qPrintable(db.error().message));
    addLead(*db); // the -wal and -shm now exist and hold a lead
    QVERIFY(QFile::exists(path + QStringLiteral("-wal")));
    QVERIFY(QFile::exists(path + QStringLiteral("-shm")));

    QCOMPARE(modeOf(top), 0700);
    QCOMPARE(modeOf(top + QStringLiteral("/sub")), 0700);
    QCOMPARE(modeOf(path), 0600);
    QCOMPARE(modeOf(path + QStringLiteral("-wal")), 0600);
    QCOMPARE(modeOf(path + QStringLiteral("-shm")), 0600);
}

void TestFilePermissions::existingDatabaseIsTightenedOnce()
{
    ::umask(022);
    const QString path = m_dir.filePath(QStringLiteral("old/leads.sqlite"));
    QVERIFY(QDir().mkpath(m_dir.filePath(QStringLiteral("old"))));
    // As an older build left it: the files open to every local account, in use by a desk.
    auto first = Database::open(path);
    QVERIFY(first);
    addLead(*first);
    for (const QString& file : QStringList { path, path + QStringLiteral("-wal"), path + QStringLiteral("-shm") }) {
        QVERIFY(::chmod(QFile::encodeName(file).constData(), 0644) == 0);
        QCOMPARE(modeOf(file), 0644);
    }

    QTest::ignoreMessage(QtWarningMsg,
                         QRegularExpression(QStringLiteral("restricted to this account .*leads\\.sqlite, "
                                                           ".*leads\\.sqlite-wal, .*leads\\.sqlite-shm")));
    auto second = Database::open(path);
    QVERIFY2(second, qPrintable(second.error().message));
    QCOMPARE(modeOf(path), 0600);
    QCOMPARE(modeOf(path + QStringLiteral("-wal")), 0600);
    QCOMPARE(modeOf(path + QStringLiteral("-shm")), 0600);

    // Said once: the next start finds nothing to tighten.
    QTest::failOnWarning(QRegularExpression(QStringLiteral("restricted to this account")));
    auto third = Database::open(path);
    QVERIFY(third);
    QCOMPARE(LeadRepository(third->connection()).count({}).value(), 1);
}

void TestFilePermissions::chosenFolderKeepsItsMode()
{
    ::umask(022);
    // A folder the user chose (--db somewhere/leads.sqlite) may be shared on purpose: only
    // the database files are made private.
    const QString folder = m_dir.filePath(QStringLiteral("chosen"));
    QVERIFY(QDir().mkpath(folder));
    QVERIFY(::chmod(QFile::encodeName(folder).constData(), 0755) == 0);
    auto db = Database::open(QDir(folder).filePath(QStringLiteral("leads.sqlite")));
    QVERIFY(db);
    QCOMPARE(modeOf(folder), 0755);
    QCOMPARE(modeOf(db->path()), 0600);
}

void TestFilePermissions::defaultDataFolderIsTightened()
{
    ::umask(022);
    const QString folder = QFileInfo(Database::defaultPath()).absolutePath();
    QVERIFY2(folder.contains(QStringLiteral(".qttest")), qPrintable(folder)); // test mode
    QDir(folder).removeRecursively();
    QVERIFY(QDir().mkpath(folder));
    QVERIFY(::chmod(QFile::encodeName(folder).constData(), 0755) == 0);

    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("restricted to this account")));
    {
        auto db = Database::open(Database::defaultPath());
        QVERIFY2(db, qPrintable(db.error().message));
        QCOMPARE(modeOf(folder), 0700);
        QCOMPARE(modeOf(db->path()), 0600);
    }
    QVERIFY(QDir(folder).removeRecursively());
}

void TestFilePermissions::viewerCopiesArePrivate()
{
    ::umask(022);
    const QString base = m_dir.filePath(QStringLiteral("copies-private/resume-copies"));
    QString copy;
    {
        ResumeCopies copies(base);
        const Result<QString> path = copies.write(7, QStringLiteral("Ruiz_Ana_resume.pdf"), "%PDF-1.4 bytes");
        QVERIFY2(path, qPrintable(path.error().message));
        copy = *path;
        QVERIFY(copy.startsWith(base + QLatin1Char('/')));
        QVERIFY(copy.endsWith(QStringLiteral("/7/Ruiz_Ana_resume.pdf")));
        QCOMPARE(modeOf(copy), 0600);
        for (QString folder = QFileInfo(copy).absolutePath(); folder.startsWith(base);
             folder = QFileInfo(folder).absolutePath())
            QCOMPARE(modeOf(folder), 0700);
        // Writing the same lead again replaces the copy and keeps it private.
        QVERIFY(copies.write(7, QStringLiteral("Ruiz_Ana_resume.pdf"), "%PDF-1.4 newer"));
        QCOMPARE(modeOf(copy), 0600);
    }
    QVERIFY(!QFile::exists(copy)); // gone when the window closes
    QCOMPARE(QDir(base).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
             QStringList());
}

void TestFilePermissions::staleViewerCopiesAreRemovedAtStart()
{
    const QString base = m_dir.filePath(QStringLiteral("copies-stale"));
    QVERIFY(QDir().mkpath(base));

    // A window that was killed: its folder and a lock file naming a process that is gone.
    QProcess gone;
    gone.start(QStringLiteral("true"), {});
    QVERIFY(gone.waitForStarted());
    const qint64 deadPid = gone.processId();
    QVERIFY(gone.waitForFinished());
    const QString crashed = QDir(base).filePath(QStringLiteral("%1-00000000deadbeef").arg(deadPid));
    QVERIFY(QDir().mkpath(crashed + QStringLiteral("/3")));
    const QString leftBehind = TestSupport::writeFile(m_dir, QStringLiteral("copies-stale/%1-00000000deadbeef/3/Lee_Kim_resume.pdf").arg(deadPid),
                                                      TestSupport::makePdf());
    {
        // The lock file's format is QLockFile's own: take a real one and put the dead pid in.
        QLockFile real(crashed + QStringLiteral(".lock"));
        QVERIFY(real.tryLock(0));
        QFile file(crashed + QStringLiteral(".lock"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QByteArray contents = file.readAll();
        file.close();
        real.unlock();
        contents = QByteArray::number(deadPid) + contents.mid(contents.indexOf('\n'));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(contents);
    }
    // A folder from before the lock files, and a stray file.
    const QString unlocked = TestSupport::writeFile(m_dir, QStringLiteral("copies-stale/old.pdf"), "x");

    // A window still running, holding its copies.
    auto running = std::make_unique<ResumeCopies>(base);
    const Result<QString> kept = running->write(5, QStringLiteral("Doe_Jane_resume.pdf"), "bytes");
    QVERIFY(kept);

    // The next start.
    ResumeCopies next(base);
    QVERIFY(!QFile::exists(leftBehind));
    QVERIFY(!QFileInfo::exists(crashed));
    QVERIFY(!QFileInfo::exists(crashed + QStringLiteral(".lock")));
    QVERIFY(!QFile::exists(unlocked));
    QVERIFY2(QFile::exists(*kept), "a running window's copy was removed");
    QCOMPARE(modeOf(base), 0700);

    running.reset();
    QVERIFY(!QFile::exists(*kept));
}

QTEST_GUILESS_MAIN(TestFilePermissions)
#include "tst_filepermissions.moc"
