// FileTarget::checkWritableTarget: what a save may replace (issue 9, item 8). Real files,
// folders, FIFOs, links and devices; each refusal leaves the target as it was.
#include "filetarget.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QtTest>

#include <sys/stat.h>
#include <sys/types.h>

class TestFileTarget final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void check_data();
    void check();
    void deviceIsRefused_data();
    void deviceIsRefused();

private:
    QString make(const QString& kind);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestFileTarget::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

// Creates the target named by kind in the temporary folder and returns its path.
QString TestFileTarget::make(const QString& kind)
{
    const QString path = m_dir->filePath(QStringLiteral("target"));
    const QString aside = m_dir->filePath(QStringLiteral("aside"));
    if (kind == QLatin1String("new"))
        return path;
    if (kind == QLatin1String("file") || kind == QLatin1String("link to file")) {
        QFile file(kind == QLatin1String("file") ? path : aside);
        if (!file.open(QIODevice::WriteOnly) || file.write("old") != 3)
            return {};
        if (kind == QLatin1String("file"))
            return path;
        return QFile::link(aside, path) ? path : QString();
    }
    if (kind == QLatin1String("folder"))
        return QDir(m_dir->path()).mkdir(QStringLiteral("target")) ? path : QString();
    if (kind == QLatin1String("fifo"))
        return ::mkfifo(QFile::encodeName(path).constData(), 0600) == 0 ? path : QString();
    if (kind == QLatin1String("link to fifo"))
        return ::mkfifo(QFile::encodeName(aside).constData(), 0600) == 0 && QFile::link(aside, path)
            ? path
            : QString();
    if (kind == QLatin1String("link to folder"))
        return QDir(m_dir->path()).mkdir(QStringLiteral("aside")) && QFile::link(aside, path) ? path
                                                                                             : QString();
    if (kind == QLatin1String("dangling link"))
        return QFile::link(aside, path) ? path : QString();
    return {};
}

void TestFileTarget::check_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<bool>("overwrite");
    QTest::addColumn<QString>("message"); // empty: allowed

    QTest::newRow("new file") << QStringLiteral("new") << false << QString();
    QTest::newRow("new file, overwrite") << QStringLiteral("new") << true << QString();
    QTest::newRow("regular file, overwrite") << QStringLiteral("file") << true << QString();
    QTest::newRow("link to a regular file, overwrite") << QStringLiteral("link to file") << true << QString();
    QTest::newRow("regular file, no overwrite")
        << QStringLiteral("file") << false << QStringLiteral("already exists; nothing was written.");
    QTest::newRow("folder") << QStringLiteral("folder") << true << QStringLiteral("is a folder");
    QTest::newRow("link to a folder") << QStringLiteral("link to folder") << true << QStringLiteral("is a folder");
    QTest::newRow("fifo, overwrite")
        << QStringLiteral("fifo") << true << QStringLiteral("is a named pipe (FIFO), not a regular file");
    QTest::newRow("fifo, no overwrite")
        << QStringLiteral("fifo") << false << QStringLiteral("is a named pipe (FIFO), not a regular file");
    QTest::newRow("link to a fifo") << QStringLiteral("link to fifo") << true << QStringLiteral("(a link to ");
    QTest::newRow("dangling link") << QStringLiteral("dangling link") << true << QStringLiteral("which does not exist");
}

void TestFileTarget::check()
{
    QFETCH(QString, kind);
    QFETCH(bool, overwrite);
    QFETCH(QString, message);

    const QString path = make(kind);
    QVERIFY2(!path.isEmpty(), "could not create the target");
    struct stat before {};
    const bool existed = ::lstat(QFile::encodeName(path).constData(), &before) == 0;

    const VoidResult result = FileTarget::checkWritableTarget(path, overwrite);
    if (message.isEmpty()) {
        QVERIFY2(result.ok(), qPrintable(result.error().message));
    } else {
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, Error::Code::Invalid);
        QVERIFY2(result.error().message.contains(message), qPrintable(result.error().message));
        QVERIFY2(result.error().message.contains(path), qPrintable(result.error().message));
    }
    // Checking never changes anything.
    struct stat after {};
    QCOMPARE(::lstat(QFile::encodeName(path).constData(), &after) == 0, existed);
    if (existed) {
        QCOMPARE(after.st_mode, before.st_mode);
        QCOMPARE(after.st_ino, before.st_ino);
    }
}

void TestFileTarget::deviceIsRefused_data()
{
    QTest::addColumn<QString>("device");
    QTest::newRow("/dev/null") << QStringLiteral("/dev/null");
    QTest::newRow("/dev/full") << QStringLiteral("/dev/full");
}

void TestFileTarget::deviceIsRefused()
{
    QFETCH(QString, device);
    if (!QFileInfo::exists(device))
        QSKIP("no such device here");
    for (const bool overwrite : { true, false }) {
        const VoidResult result = FileTarget::checkWritableTarget(device, overwrite);
        QVERIFY(!result.ok());
        QVERIFY2(result.error().message.contains(QStringLiteral("is a device, not a regular file")),
                 qPrintable(result.error().message));
    }
    // And through a link to it.
    const QString link = m_dir->filePath(QStringLiteral("link"));
    QVERIFY(QFile::link(device, link));
    const VoidResult linked = FileTarget::checkWritableTarget(link, true);
    QVERIFY(!linked.ok());
    QVERIFY2(linked.error().message.contains(QStringLiteral("is a device")), qPrintable(linked.error().message));
    struct stat status {};
    QCOMPARE(::stat(QFile::encodeName(device).constData(), &status), 0);
    QVERIFY(S_ISCHR(status.st_mode));
}

QTEST_GUILESS_MAIN(TestFileTarget)
#include "tst_filetarget.moc"
