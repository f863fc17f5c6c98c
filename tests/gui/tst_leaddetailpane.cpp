#include "database.h"
#include "desktopopener.h"
#include "dialogs.h"
#include "leaddetailpane.h"
#include "leadrepository.h"
#include "resumecopies.h"
#include "testdatabase.h"
#include "testsupport.h"
#include "widgetlookup.h"

#include <QCryptographicHash>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <sys/stat.h>
#include <sys/sysmacros.h>

#include <memory>
#include <optional>

namespace {

// Answers the pane's dialogs; the viewer's answer is scripted (fault injection: a desk
// with no PDF viewer).
class PaneDialogs final : public Dialogs
{
public:
    Answer ask(QWidget*, const QString&, const QString&, const QString&, const QString&) override
    {
        return Answer::Cancel;
    }
    void warn(QWidget*, const QString&, const QString& text) override { warnings.append(text); }
    QString openFile(QWidget*, const QString&, const QString&) override { return {}; }
    QString saveFile(QWidget*, const QString&, const QString& suggestedPath, const QString&) override
    {
        suggestedPaths.append(suggestedPath);
        return savePath;
    }
    bool openExternally(const QString& path) override
    {
        openedPaths.append(path);
        QFile file(path);
        openedBytes.append(file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray());
        return viewerAnswers;
    }

    bool viewerAnswers = true;
    QString savePath;
    QStringList warnings;
    QStringList suggestedPaths;
    QStringList openedPaths;
    QList<QByteArray> openedBytes;
};

int modeOf(const QString& path)
{
    struct stat info {};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return -1;
    return int(info.st_mode & 07777);
}

} // namespace

// The resume part of the lead detail pane (issue 9, items 4, 7 and 8): what it opens and
// saves is what was stored, under the lead's names, and nothing else.
class TestLeadDetailPane final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void showsStoredNameAndCleanedOriginal();
    void openCopiesAsPdfUnderTheLeadsName();
    void failedOpenIsSaidAndNotRecorded();
    void defaultViewerIsAskedFirst_data();
    void defaultViewerIsAskedFirst();
    void noPdfViewerMeansOpenFails();
    void damagedResumeIsRefused_data();
    void damagedResumeIsRefused();
    void saveAsSuggestsTheLeadsName();
    void saveAsRefusesSpecialTargets_data();
    void saveAsRefusesSpecialTargets();
    void staleCopiesGoWhenThePaneStarts();

private:
    QStringList history() const;
    void click(const char* button);

    QTemporaryDir m_dir;
    std::optional<Database> m_db;
    std::unique_ptr<LeadRepository> m_repository;
    PaneDialogs m_dialogs;
    std::unique_ptr<LeadDetailPane> m_pane;
    QByteArray m_pdf;
    qint64 m_id = 0;
    int m_counter = 0;
};

void TestLeadDetailPane::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TestLeadDetailPane::init()
{
    ++m_counter;
    auto db = Database::open(TestDatabase::freshTarget());
    QVERIFY2(db, qPrintable(db.error().message));
    m_db.emplace(std::move(db).value());
    m_repository = std::make_unique<LeadRepository>(m_db->connection());
    m_pdf = TestSupport::makePdf(QStringLiteral("María"), 2048);
    // Named as a file that pretends to be something else (right-to-left override).
    const ResumeFile resume { QString(), QStringLiteral("application/pdf"), m_pdf,
                              QCryptographicHash::hash(m_pdf, QCryptographicHash::Sha256).toHex(),
                              QStringLiteral("cv\u202Efdp.exe") };
    const auto id = m_repository->create(QStringLiteral("María"), QStringLiteral("Patel"),
                                         QStringLiteral("maria@example.com"), resume,
                                         QStringLiteral("reception"));
    QVERIFY2(id, qPrintable(id.error().message));
    m_id = *id;
    m_dialogs = PaneDialogs();
    m_pane = std::make_unique<LeadDetailPane>(*m_repository, m_dialogs, QStringLiteral("tester"));
    m_pane->resize(500, 600);
    m_pane->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_pane.get()));
    m_pane->showLead(m_id);
}

void TestLeadDetailPane::cleanup()
{
    m_pane.reset();
    m_repository.reset();
    m_db.reset();
}

QStringList TestLeadDetailPane::history() const
{
    QStringList lines;
    auto* list = GuiTest::find<QListWidget>(m_pane.get(), "historyList");
    for (int i = 0; i < list->count(); ++i)
        lines.append(list->item(i)->text());
    return lines;
}

void TestLeadDetailPane::click(const char* button)
{
    QTest::mouseClick(GuiTest::find<QPushButton>(m_pane.get(), button), Qt::LeftButton);
}

void TestLeadDetailPane::showsStoredNameAndCleanedOriginal()
{
    const QString text = GuiTest::find<QLabel>(m_pane.get(), "resumeValue")->text();
    QVERIFY2(text.startsWith(QStringLiteral("Patel_María_resume.pdf (")), qPrintable(text));
    QVERIFY2(text.endsWith(QStringLiteral("), received as “cvfdp.exe”")), qPrintable(text));
    QVERIFY(!text.contains(QChar(0x202E)));
}

void TestLeadDetailPane::openCopiesAsPdfUnderTheLeadsName()
{
    click("openResumeButton");
    QCOMPARE(m_dialogs.warnings, QStringList());
    QCOMPARE(m_dialogs.openedPaths.size(), 1);
    const QString copy = m_dialogs.openedPaths.at(0);
    QVERIFY2(copy.endsWith(QStringLiteral("/%1/Patel_María_resume.pdf").arg(m_id)), qPrintable(copy));
    QVERIFY2(copy.startsWith(ResumeCopies::defaultFolder() + QLatin1Char('/')), qPrintable(copy));
    QCOMPARE(m_dialogs.openedBytes.at(0), m_pdf);
    QCOMPARE(modeOf(copy), 0600);
    QCOMPARE(modeOf(ResumeCopies::defaultFolder()), 0700);
    QVERIFY2(history().constLast().startsWith(QStringLiteral("Resume opened by tester")),
             qPrintable(history().constLast()));
    QCOMPARE(m_repository->history(m_id)->constLast().kind, LeadEvent::Kind::ResumeOpened);

    m_pane.reset(); // the window closes: its copies go
    QVERIFY(!QFile::exists(copy));
}

void TestLeadDetailPane::failedOpenIsSaidAndNotRecorded()
{
    m_dialogs.viewerAnswers = false; // QDesktopServices::openUrl found no viewer
    click("openResumeButton");
    QCOMPARE(m_dialogs.openedPaths.size(), 1);
    QCOMPARE(m_dialogs.warnings.size(), 1);
    QVERIFY2(m_dialogs.warnings.at(0).startsWith(
                 QStringLiteral("No application on this computer opens Patel_María_resume.pdf")),
             qPrintable(m_dialogs.warnings.at(0)));
    QCOMPARE(m_repository->history(m_id)->size(), 1); // "created" only
    QCOMPARE(history().size(), 1);
}

void TestLeadDetailPane::defaultViewerIsAskedFirst_data()
{
    QTest::addColumn<QByteArray>("script"); // a stand-in for xdg-mime; empty: none installed
    QTest::addColumn<int>("expected"); // 0 no viewer, 1 a viewer, -1 cannot tell
    QTest::newRow("no default application") << QByteArray("#!/bin/sh\nexit 0\n") << 0;
    QTest::newRow("only white space") << QByteArray("#!/bin/sh\necho\necho '  '\n") << 0;
    QTest::newRow("evince is the default")
        << QByteArray("#!/bin/sh\n[ \"$1 $2 $3\" = 'query default application/pdf' ] && echo org.gnome.Evince.desktop\n")
        << 1;
    QTest::newRow("xdg-mime fails") << QByteArray("#!/bin/sh\nexit 4\n") << -1;
    QTest::newRow("no xdg-mime") << QByteArray() << -1;
}

void TestLeadDetailPane::defaultViewerIsAskedFirst()
{
    QFETCH(QByteArray, script);
    QFETCH(int, expected);
    QString tool;
    if (!script.isEmpty()) {
        tool = TestSupport::writeFile(m_dir, QStringLiteral("xdg-mime-%1").arg(m_counter), script);
        QVERIFY(QFile::setPermissions(tool, QFile::ReadOwner | QFile::ExeOwner));
    }
    const std::optional<bool> answer
        = DesktopOpener::hasDefaultApplication(QStringLiteral("application/pdf"), tool);
    QCOMPARE(answer.has_value() ? int(*answer) : -1, expected);
}

void TestLeadDetailPane::noPdfViewerMeansOpenFails()
{
    // The desk this was found on: xdg-open installed, no PDF viewer. openUrl() starts
    // xdg-open and answers true; the desktop is asked first whether anything opens a PDF.
    const QString pdf = TestSupport::writeFile(m_dir, QStringLiteral("cv.pdf"), m_pdf);
    QList<QUrl> launched;
    const auto xdgOpen = [&launched](const QUrl& url) {
        launched.append(url);
        return true; // what openUrl() answers once xdg-open has started
    };
    const auto openWith = [&](const QByteArray& xdgMime) {
        QTemporaryDir bin;
        const QString tool = TestSupport::writeFile(bin, QStringLiteral("xdg-mime"), xdgMime);
        QFile::setPermissions(tool, QFile::ReadOwner | QFile::ExeOwner);
        const QByteArray path = qgetenv("PATH");
        qputenv("PATH", QFile::encodeName(bin.path()) + ':' + path);
        const bool opened = DesktopOpener::open(pdf, xdgOpen);
        qputenv("PATH", path);
        return opened;
    };
    QVERIFY(!openWith("#!/bin/sh\nexit 0\n"));
    QCOMPARE(launched, QList<QUrl>());

    QVERIFY(openWith("#!/bin/sh\necho org.gnome.Evince.desktop\n"));
    QCOMPARE(launched, QList<QUrl> { QUrl::fromLocalFile(pdf) });
}

void TestLeadDetailPane::damagedResumeIsRefused_data()
{
    QTest::addColumn<QByteArray>("button");
    QTest::addColumn<QString>("what");
    QTest::newRow("open") << QByteArray("openResumeButton") << QStringLiteral("open");
    QTest::newRow("save as") << QByteArray("saveResumeButton") << QStringLiteral("save");
}

void TestLeadDetailPane::damagedResumeIsRefused()
{
    QFETCH(QByteArray, button);
    // The bytes change behind the application's back; the recorded SHA-256 does not.
    QSqlQuery query(m_db->connection());
    query.prepare(QStringLiteral("UPDATE resumes SET content = ? WHERE lead_id = ?"));
    query.addBindValue(QByteArray(m_pdf).replace("(Mar", "(Mal"));
    query.addBindValue(m_id);
    QVERIFY(query.exec());
    QVERIFY(query.numRowsAffected() == 1 && m_repository->resume(m_id)->content != m_pdf);

    m_dialogs.savePath = m_dir.filePath(QStringLiteral("damaged-%1.pdf").arg(m_counter));
    click(button.constData());
    QCOMPARE(m_dialogs.warnings.size(), 1);
    QVERIFY2(m_dialogs.warnings.at(0).contains(
                 QStringLiteral("The stored resume of lead %1 is damaged (its checksum does not match").arg(m_id)),
             qPrintable(m_dialogs.warnings.at(0)));
    QCOMPARE(m_dialogs.openedPaths, QStringList());
    QCOMPARE(m_dialogs.suggestedPaths, QStringList()); // not even asked where
    QVERIFY(!QFile::exists(m_dialogs.savePath));
    QCOMPARE(m_repository->history(m_id)->size(), 1);
}

void TestLeadDetailPane::saveAsSuggestsTheLeadsName()
{
    m_dialogs.savePath = m_dir.filePath(QStringLiteral("saved-%1.pdf").arg(m_counter));
    click("saveResumeButton");
    QCOMPARE(m_dialogs.warnings, QStringList());
    QCOMPARE(m_dialogs.suggestedPaths.size(), 1);
    QVERIFY2(m_dialogs.suggestedPaths.at(0).endsWith(QStringLiteral("/Patel_María_resume.pdf")),
             qPrintable(m_dialogs.suggestedPaths.at(0)));
    QFile saved(m_dialogs.savePath);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    QCOMPARE(saved.readAll(), m_pdf);
    QCOMPARE(m_repository->history(m_id)->constLast().kind, LeadEvent::Kind::ResumeExported);
}

void TestLeadDetailPane::saveAsRefusesSpecialTargets_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("expected");
    QTest::newRow("fifo") << QStringLiteral("fifo") << QStringLiteral("is a named pipe (FIFO), not a regular file");
    QTest::newRow("character device") << QStringLiteral("device") << QStringLiteral("is a device, not a regular file");
    QTest::newRow("symbolic link to a fifo") << QStringLiteral("link to fifo")
                                             << QStringLiteral("(a link to ");
    QTest::newRow("folder") << QStringLiteral("folder") << QStringLiteral("is a folder");
}

void TestLeadDetailPane::saveAsRefusesSpecialTargets()
{
    QFETCH(QString, kind);
    QFETCH(QString, expected);
    QString target;
    if (kind == QLatin1String("fifo")) {
        target = m_dir.filePath(QStringLiteral("pipe-%1").arg(m_counter));
        QVERIFY(::mkfifo(QFile::encodeName(target).constData(), 0600) == 0);
    } else if (kind == QLatin1String("device")) {
        // A device node of our own, like /dev/null (never the real one: a regression run
        // as root would replace it).
        target = m_dir.filePath(QStringLiteral("null-%1").arg(m_counter));
        if (::mknod(QFile::encodeName(target).constData(), S_IFCHR | 0600, makedev(1, 3)) != 0)
            QSKIP("making a device node needs root (CAP_MKNOD)");
    } else if (kind == QLatin1String("link to fifo")) {
        const QString fifo = m_dir.filePath(QStringLiteral("linked-pipe-%1").arg(m_counter));
        QVERIFY(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
        target = m_dir.filePath(QStringLiteral("link-%1").arg(m_counter));
        QVERIFY(QFile::link(fifo, target));
    } else {
        target = m_dir.filePath(QStringLiteral("folder-%1").arg(m_counter));
        QVERIFY(QDir().mkpath(target));
    }
    struct stat before {};
    QVERIFY(::lstat(QFile::encodeName(target).constData(), &before) == 0);

    m_dialogs.savePath = target;
    click("saveResumeButton");
    QCOMPARE(m_dialogs.warnings.size(), 1);
    QVERIFY2(m_dialogs.warnings.at(0).contains(expected), qPrintable(m_dialogs.warnings.at(0)));
    struct stat after {};
    QVERIFY(::lstat(QFile::encodeName(target).constData(), &after) == 0);
    QCOMPARE(after.st_mode, before.st_mode); // still a pipe, a device, a link, a folder
    QCOMPARE(after.st_ino, before.st_ino);
    QCOMPARE(m_repository->history(m_id)->size(), 1);
}

void TestLeadDetailPane::staleCopiesGoWhenThePaneStarts()
{
    // What a crashed window leaves: a folder of copies with nobody holding its lock.
    const QString stale = QDir(ResumeCopies::defaultFolder()).filePath(QStringLiteral("crashed/9"));
    QVERIFY(QDir().mkpath(stale));
    const QString copy = QDir(stale).filePath(QStringLiteral("Lee_Kim_resume.pdf"));
    {
        QFile file(copy);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(m_pdf);
    }
    LeadDetailPane next(*m_repository, m_dialogs, QStringLiteral("tester"));
    QVERIFY(!QFile::exists(copy));
    QVERIFY(!QFileInfo::exists(QFileInfo(stale).absolutePath()));
}

QTEST_MAIN(TestLeadDetailPane)
#include "tst_leaddetailpane.moc"
