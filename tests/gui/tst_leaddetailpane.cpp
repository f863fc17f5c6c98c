#include "database.h"
#include "desktopopener.h"
#include "dialogs.h"
#include "leaddetailpane.h"
#include "leadrepository.h"
#include "previewpageview.h"
#include "resumecopies.h"
#include "resumepreview.h"
#include "samplepdfs.h"
#include "testdatabase.h"
#include "testsupport.h"
#include "widgetlookup.h"

#include <QClipboard>
#include <QCryptographicHash>
#include <QGuiApplication>
#include <QRandomGenerator>
#include <QToolButton>
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
    // The resume preview (issue 11, item 6), with the real renderer process.
    void previewPagesThrough_data();
    void previewPagesThrough();
    void previewViewingIsRecordedOncePerShowing();
    void previewTextIsSelectableAndCopied();
    void previewOfThePreviousLeadIsCancelled();
    void previewZooms();
    void unpreviewableResumeSaysSoAndOpenStillWorks_data();
    void unpreviewableResumeSaysSoAndOpenStillWorks();
    void collapsedPreviewRendersAndRecordsNothing();

private:
    qint64 addLead(const QString& firstName, const QByteArray& pdf);
    void showWithRenderer(qint64 id, const QStringList& extraArguments = {});
    int viewedRows(qint64 id) const;
    QString shownText() const;
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

qint64 TestLeadDetailPane::addLead(const QString& firstName, const QByteArray& pdf)
{
    const ResumeFile resume { QString(), QStringLiteral("application/pdf"), pdf,
                              QCryptographicHash::hash(pdf, QCryptographicHash::Sha256).toHex(),
                              QStringLiteral("cv.pdf") };
    const auto id = m_repository->create(firstName, QStringLiteral("Okafor"),
                                         firstName.toLower() + QStringLiteral("@example.com"), resume,
                                         QStringLiteral("reception"));
    if (!id)
        qFatal("%s", qPrintable(id.error().message));
    return *id;
}

// The pane found no renderer next to the test binary (so the other tests record no
// viewing); these tests give it the real one.
void TestLeadDetailPane::showWithRenderer(qint64 id, const QStringList& extraArguments)
{
    m_pane->clear();
    PreviewRenderer& renderer = m_pane->preview()->renderer();
    renderer.setProgram(QStringLiteral(LEADINTAKE_PREVIEW));
    renderer.setExtraArguments(extraArguments);
    m_pane->showLead(id);
}

int TestLeadDetailPane::viewedRows(qint64 id) const
{
    const Result<QList<LeadEvent>> events = m_repository->history(id);
    return int(std::count_if(events->cbegin(), events->cend(), [](const LeadEvent& event) {
        return event.kind == LeadEvent::Kind::ResumeOpened && event.detail == LeadDetailPane::viewedInPreviewDetail();
    }));
}

QString TestLeadDetailPane::shownText() const
{
    PreviewPageView* view = m_pane->preview()->pageView();
    view->selectAll();
    return view->selectedText();
}

void TestLeadDetailPane::previewPagesThrough_data()
{
    QTest::addColumn<QStringList>("steps");
    QTest::addColumn<int>("page"); // 1-based, as the label says
    QTest::newRow("next button") << QStringList { QStringLiteral("next") } << 2;
    QTest::newRow("next twice, previous once")
        << QStringList { QStringLiteral("next"), QStringLiteral("next"), QStringLiteral("previous") } << 2;
    QTest::newRow("Right key") << QStringList { QStringLiteral("Right") } << 2;
    QTest::newRow("Right key past the last page")
        << QStringList { QStringLiteral("Right"), QStringLiteral("Right"), QStringLiteral("Right"),
                         QStringLiteral("Right") }
        << 3;
    QTest::newRow("Left key on the first page") << QStringList { QStringLiteral("Left") } << 1;
    QTest::newRow("Right, Right, Left keys")
        << QStringList { QStringLiteral("Right"), QStringLiteral("Right"), QStringLiteral("Left") } << 2;
}

void TestLeadDetailPane::previewPagesThrough()
{
    QFETCH(QStringList, steps);
    QFETCH(int, page);
    const qint64 id = addLead(QStringLiteral("Ngozi"), SamplePdfs::write(3));
    showWithRenderer(id);
    ResumePreview* preview = m_pane->preview();
    auto* label = GuiTest::find<QLabel>(m_pane.get(), "pageLabel");
    QTRY_COMPARE_WITH_TIMEOUT(label->text(), QStringLiteral("Page 1 of 3"), 30000);
    QVERIFY(!GuiTest::find<QToolButton>(m_pane.get(), "previousPageButton")->isEnabled());
    for (const QString& step : std::as_const(steps)) {
        if (step == QLatin1String("next") || step == QLatin1String("previous")) {
            auto* button = GuiTest::find<QToolButton>(m_pane.get(), step == QLatin1String("next") ? "nextPageButton"
                                                                                                 : "previousPageButton");
            QTest::mouseClick(button, Qt::LeftButton);
        } else {
            QTest::keyClick(preview->pageView(), step == QLatin1String("Right") ? Qt::Key_Right : Qt::Key_Left);
        }
        QTRY_VERIFY_WITH_TIMEOUT(!preview->isRendering(), 30000);
    }
    QCOMPARE(label->text(), QStringLiteral("Page %1 of 3").arg(page));
    QVERIFY2(shownText().startsWith(QStringLiteral("Page %1 of 3").arg(page)), qPrintable(shownText()));
    QCOMPARE(GuiTest::find<QToolButton>(m_pane.get(), "nextPageButton")->isEnabled(), page < 3);
    QCOMPARE(GuiTest::find<QToolButton>(m_pane.get(), "previousPageButton")->isEnabled(), page > 1);
    QCOMPARE(viewedRows(id), 1); // paging through is one viewing
}

void TestLeadDetailPane::previewViewingIsRecordedOncePerShowing()
{
    const qint64 id = addLead(QStringLiteral("Ngozi"), SamplePdfs::write(2));
    showWithRenderer(id);
    QTRY_COMPARE_WITH_TIMEOUT(viewedRows(id), 1, 30000);
    QVERIFY2(history().constLast().startsWith(QStringLiteral("Resume viewed in the preview by tester")),
             qPrintable(history().constLast()));
    const Result<QList<LeadEvent>> events = m_repository->history(id);
    QCOMPARE(events->constLast().actor, QStringLiteral("tester"));

    // Reading the lead again (a change elsewhere) is the same showing: no new row, no render.
    QTRY_VERIFY_WITH_TIMEOUT(!m_pane->preview()->isRendering(), 30000); // settled at its width
    m_pane->refresh();
    QVERIFY(!m_pane->preview()->isRendering());
    QTest::mouseClick(GuiTest::find<QToolButton>(m_pane.get(), "nextPageButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!m_pane->preview()->isRendering(), 30000);
    QCOMPARE(viewedRows(id), 1);

    // Another lead, then this one again: a second showing.
    m_pane->showLead(m_id);
    QTRY_COMPARE_WITH_TIMEOUT(viewedRows(m_id), 1, 30000);
    m_pane->showLead(id);
    QTRY_COMPARE_WITH_TIMEOUT(viewedRows(id), 2, 30000);
}

void TestLeadDetailPane::previewOfThePreviousLeadIsCancelled()
{
    const qint64 first = addLead(QStringLiteral("Ngozi"), SamplePdfs::write(3));
    const qint64 second = addLead(QStringLiteral("Chidi"), SamplePdfs::write(2));
    showWithRenderer(first);
    QVERIFY(m_pane->preview()->isRendering());
    m_pane->showLead(second); // the selection moved before the first page arrived
    auto* label = GuiTest::find<QLabel>(m_pane.get(), "pageLabel");
    QTRY_COMPARE_WITH_TIMEOUT(label->text(), QStringLiteral("Page 1 of 2"), 30000);
    QTRY_VERIFY_WITH_TIMEOUT(!m_pane->preview()->isRendering(), 30000);
    QCOMPARE(viewedRows(first), 0);
    QCOMPARE(viewedRows(second), 1);
}

void TestLeadDetailPane::previewTextIsSelectableAndCopied()
{
    const qint64 id = addLead(QStringLiteral("Ngozi"), SamplePdfs::write(3));
    showWithRenderer(id);
    PreviewPageView* view = m_pane->preview()->pageView();
    QTRY_VERIFY_WITH_TIMEOUT(view->hasPage(), 30000);
    // A drag over the top of the page: its heading.
    QTest::mousePress(view, Qt::LeftButton, Qt::NoModifier, QPoint(1, 1));
    QTest::mouseMove(view, QPoint(view->width() - 2, view->height() / 8));
    QTest::mouseRelease(view, Qt::LeftButton, Qt::NoModifier, QPoint(view->width() - 2, view->height() / 8));
    QVERIFY(view->selectedWordCount() > 0);
    QGuiApplication::clipboard()->clear();
    QTest::keyClick(view, Qt::Key_C, Qt::ControlModifier);
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("Page 1 of 3"));
    QTest::keyClick(view, Qt::Key_Escape);
    QCOMPARE(view->selectedWordCount(), 0);
}

void TestLeadDetailPane::previewZooms()
{
    const qint64 id = addLead(QStringLiteral("Ngozi"), SamplePdfs::write(1));
    showWithRenderer(id);
    ResumePreview* preview = m_pane->preview();
    PreviewPageView* view = preview->pageView();
    QTRY_VERIFY_WITH_TIMEOUT(view->hasPage(), 30000);
    auto* fit = GuiTest::find<QToolButton>(m_pane.get(), "fitWidthButton");
    QVERIFY(fit->isChecked());
    const int fitted = preview->zoomPercent();
    const int fittedWidth = view->width();

    QTest::keyClick(view, Qt::Key_Plus, Qt::ControlModifier);
    QVERIFY2(qAbs(preview->zoomPercent() - fitted * 1.25) <= 1, qPrintable(QString::number(preview->zoomPercent())));
    QVERIFY(!fit->isChecked());
    QVERIFY(view->width() > fittedWidth);

    QWheelEvent wheel(QPointF(10, 10), view->mapToGlobal(QPointF(10, 10)), QPoint(), QPoint(0, -120),
                      Qt::NoButton, Qt::ControlModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(view, &wheel);
    QCOMPARE(preview->zoomPercent(), fitted);

    QTest::mouseClick(GuiTest::find<QToolButton>(m_pane.get(), "zoomInButton"), Qt::LeftButton);
    QTest::mouseClick(GuiTest::find<QToolButton>(m_pane.get(), "zoomInButton"), Qt::LeftButton);
    QVERIFY(preview->zoomPercent() > fitted);
    QTRY_VERIFY_WITH_TIMEOUT(!preview->isRendering(), 30000); // the sharper image arrives
    QTest::mouseClick(fit, Qt::LeftButton);
    QVERIFY(fit->isChecked());
    QCOMPARE(preview->zoomPercent(), fitted);
    QCOMPARE(view->width(), fittedWidth);
}

void TestLeadDetailPane::unpreviewableResumeSaysSoAndOpenStillWorks_data()
{
    QTest::addColumn<QByteArray>("pdf");
    QTest::addColumn<QStringList>("rendererArguments");
    QTest::addColumn<bool>("missingRenderer");
    QByteArray random(50000, '\0');
    QRandomGenerator(6).fillRange(reinterpret_cast<quint32*>(random.data()), random.size() / 4);
    const QByteArray broken = "%PDF-1.7\n" + random + "\nstartxref\n9\n%%EOF\n";
    QTest::newRow("PDF Poppler cannot read") << broken << QStringList() << false;
    QTest::newRow("renderer hangs (timeout)") << SamplePdfs::write(1) << QStringList { QStringLiteral("--test-hang") } << false;
    QTest::newRow("renderer missing") << SamplePdfs::write(1) << QStringList() << true;
}

void TestLeadDetailPane::unpreviewableResumeSaysSoAndOpenStillWorks()
{
    QFETCH(QByteArray, pdf);
    QFETCH(QStringList, rendererArguments);
    QFETCH(bool, missingRenderer);
    const qint64 id = addLead(QStringLiteral("Ngozi"), pdf);
    m_pane->preview()->renderer().setTimeout(std::chrono::milliseconds(1500));
    showWithRenderer(id, rendererArguments);
    if (missingRenderer) {
        m_pane->clear();
        m_pane->preview()->renderer().setProgram(QStringLiteral("/nonexistent/leadintake-preview"));
        m_pane->showLead(id);
    }
    QTRY_COMPARE_WITH_TIMEOUT(m_pane->preview()->message(), QStringLiteral("Cannot preview this file"), 30000);
    QVERIFY(!m_pane->preview()->isRendering());
    QCOMPARE(viewedRows(id), 0);

    click("openResumeButton");
    QCOMPARE(m_dialogs.warnings, QStringList());
    QCOMPARE(m_dialogs.openedBytes, QList<QByteArray> { pdf });
    QVERIFY(history().constLast().startsWith(QStringLiteral("Resume opened by tester")));
}

void TestLeadDetailPane::collapsedPreviewRendersAndRecordsNothing()
{
    const qint64 id = addLead(QStringLiteral("Ngozi"), SamplePdfs::write(2));
    auto* toggle = m_pane->previewToggle();
    QVERIFY(toggle->isChecked());
    QTest::mouseClick(toggle, Qt::LeftButton);
    QVERIFY(!toggle->isChecked());
    QVERIFY(!m_pane->preview()->isVisible());
    showWithRenderer(id);
    QVERIFY(!m_pane->preview()->isRendering()); // nothing started, so nothing to record
    QCOMPARE(viewedRows(id), 0);

    QTest::keyClick(toggle, Qt::Key_Space); // unfolded from the keyboard
    QVERIFY(toggle->isChecked());
    QTRY_COMPARE_WITH_TIMEOUT(viewedRows(id), 1, 30000);
    QCOMPARE(GuiTest::find<QLabel>(m_pane.get(), "pageLabel")->text(), QStringLiteral("Page 1 of 2"));
}

QTEST_MAIN(TestLeadDetailPane)
#include "tst_leaddetailpane.moc"
