#include "accountrepository.h"
#include "attorneyassignment.h"
#include "database.h"
#include "dialogs.h"
#include "leadrepository.h"
#include "leadspage.h"
#include "leadtablemodel.h"
#include "outboxrepository.h"
#include "testdatabase.h"
#include "testsupport.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCryptographicHash>
#include <QFile>
#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QMenu>
#include <QtTest>

#include <memory>
#include <optional>

namespace {

// Answers every dialog from a script and remembers what was asked.
class ScriptedDialogs final : public Dialogs
{
public:
    Answer ask(QWidget*, const QString&, const QString&, const QString&, const QString&) override
    {
        return Answer::Cancel;
    }
    void warn(QWidget*, const QString& title, const QString& text) override
    {
        warnings.append(title + QLatin1Char('\n') + text);
    }
    QString openFile(QWidget*, const QString&, const QString&) override { return {}; }
    QString saveFile(QWidget*, const QString&, const QString& suggestedPath, const QString&) override
    {
        suggestedPaths.append(suggestedPath);
        return savePath;
    }
    bool openExternally(const QString& path) override
    {
        openedPaths.append(path);
        openedBytes.append(readAll(path));
        return openResult;
    }

    static QByteArray readAll(const QString& path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    QString savePath;
    bool openResult = true;
    QStringList warnings;
    QStringList suggestedPaths;
    QStringList openedPaths;
    QList<QByteArray> openedBytes;
};

ResumeFile resumeFor(const QString& text)
{
    const QByteArray pdf = TestSupport::makePdf(text, 2048);
    return ResumeFile { text + QStringLiteral(".pdf"), QStringLiteral("application/pdf"), pdf,
                        QCryptographicHash::hash(pdf, QCryptographicHash::Sha256).toHex() };
}

} // namespace

// The Leads page as a person uses it: typing, clicking, shortcuts, and another desk writing.
class TestLeadsPage final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void startsWithAllLeadsAndNothingSelected();
    void searchAsYouType();
    void statusFilter();
    void selectingShowsDetails();
    void changeStatusThroughDelegate();
    void ctrlRMarksSelectedReachedOut();
    void keyboardMovesSelectTheLeadThePaneShows();
    void severalSelectedPaneSaysSo();
    void f2EditsTheSelectedLead();
    void saveAsWritesIdenticalBytes();
    void saveAsFailureIsReported();
    void openWritesATemporaryCopy();
    void conflictShowsBanner();
    void otherDeskInsertShowsUpLive();
    void showLeadClearsSearch();
    void tabOrder();
    void myLeadsWithCtrlMAndTheAttorneyColumn();
    void assignToFromTheDetailPane();

private:
    qint64 addAccount(const QString& username, const QString& name, Role role);
    QTableView* table() const { return m_page->findChild<QTableView*>(QStringLiteral("leadsTable")); }
    template<typename T>
    T* child(const char* name) const
    {
        T* found = m_page->findChild<T*>(QString::fromLatin1(name));
        if (!found)
            qWarning("no child %s", name);
        return found;
    }
    int rowOf(qint64 id) const;
    void selectLead(qint64 id);
    QStringList historyLines() const;

    QTemporaryDir m_dir;
    std::optional<Database> m_db;
    std::unique_ptr<LeadRepository> m_repository;
    ScriptedDialogs m_dialogs;
    std::unique_ptr<LeadsPage> m_page;
    QHash<QString, qint64> m_ids;
    int m_counter = 0;
};

void TestLeadsPage::init()
{
    QVERIFY(m_dir.isValid());
    ++m_counter;
    auto db = Database::open(TestDatabase::freshTarget());
    QVERIFY2(db, qPrintable(db.error().message));
    m_db.emplace(std::move(db).value());
    m_repository = std::make_unique<LeadRepository>(m_db->connection());
    m_ids.clear();
    const QList<QStringList> people {
        { QStringLiteral("José"), QStringLiteral("Álvarez"), QStringLiteral("jose@example.com") },
        { QStringLiteral("Ana"), QStringLiteral("Smith"), QStringLiteral("ana@example.com") },
        { QStringLiteral("Bob"), QStringLiteral("Jones"), QStringLiteral("bob@example.com") },
        { QStringLiteral("Carla"), QStringLiteral("Diaz"), QStringLiteral("carla@example.com") },
        { QStringLiteral("Dan"), QStringLiteral("Brown"), QStringLiteral("dan@example.com") },
    };
    for (const QStringList& person : people) {
        const auto id = m_repository->create(person.at(0), person.at(1), person.at(2),
                                             resumeFor(person.at(0)), QStringLiteral("reception"));
        QVERIFY2(id, qPrintable(id.error().message));
        m_ids.insert(person.at(0), *id);
    }
    m_dialogs = ScriptedDialogs();
    m_page = std::make_unique<LeadsPage>(*m_repository, m_dialogs, QStringLiteral("tester"));
    m_page->resize(1100, 600);
    m_page->show();
    QApplication::setActiveWindow(m_page.get());
    QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
}

void TestLeadsPage::cleanup()
{
    m_page.reset();
    m_repository.reset();
    m_db.reset();
}

int TestLeadsPage::rowOf(qint64 id) const
{
    QAbstractItemModel* model = table()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data(LeadTableModel::LeadIdRole).toLongLong() == id)
            return row;
    }
    return -1;
}

void TestLeadsPage::selectLead(qint64 id)
{
    const int row = rowOf(id);
    QVERIFY(row >= 0);
    table()->setFocus();
    table()->selectRow(row);
    QCOMPARE(table()->currentIndex().row(), row);
}

QStringList TestLeadsPage::historyLines() const
{
    QStringList lines;
    const auto* list = m_page->findChild<QListWidget*>(QStringLiteral("historyList"));
    for (int i = 0; list && i < list->count(); ++i)
        lines.append(list->item(i)->text());
    return lines;
}

void TestLeadsPage::startsWithAllLeadsAndNothingSelected()
{
    QCOMPARE(table()->model()->rowCount(), 5);
    QVERIFY(!child<QFrame>("errorBanner")->isVisible());
    QVERIFY(!child<QPushButton>("markReachedOutButton")->isEnabled());
    QVERIFY(!m_page->markReachedOutAction()->isEnabled());
    QCOMPARE(child<QLabel>("countLabel")->text(), QStringLiteral("5 lead(s)"));
    QVERIFY(child<QLabel>("emptyState")->isVisible());
    QVERIFY(!child<QListWidget>("historyList")->isVisible());
    // Newest first.
    QCOMPARE(table()->model()->index(0, LeadTableModel::FirstName).data().toString(), QStringLiteral("Dan"));
    QCOMPARE(child<QLineEdit>("searchField")->placeholderText(), QStringLiteral("Search names, email and attorneys"));
}

void TestLeadsPage::searchAsYouType()
{
    auto* search = child<QLineEdit>("searchField");
    QTest::keyClicks(search, QStringLiteral("jose"));
    QTRY_COMPARE(table()->model()->rowCount(), 1);
    QCOMPARE(table()->model()->index(0, LeadTableModel::FirstName).data().toString(), QStringLiteral("José"));
    QCOMPARE(child<QLabel>("countLabel")->text(), QStringLiteral("1 lead(s)"));

    search->clear();
    QTRY_COMPARE(table()->model()->rowCount(), 5);
    QTest::keyClicks(search, QStringLiteral("SMI"));
    QTRY_COMPARE(table()->model()->rowCount(), 1);
    QCOMPARE(table()->model()->index(0, LeadTableModel::LastName).data().toString(), QStringLiteral("Smith"));

    search->clear();
    QTRY_COMPARE(table()->model()->rowCount(), 5);
    QTest::keyClicks(search, QStringLiteral("example"));
    QTRY_COMPARE(table()->model()->rowCount(), 5);
    QTest::keyClicks(search, QStringLiteral(" nobody"));
    QTRY_COMPARE(table()->model()->rowCount(), 0);
}

void TestLeadsPage::statusFilter()
{
    QVERIFY(m_repository->setStatus(m_ids.value(QStringLiteral("Bob")), LeadStatus::ReachedOut,
                                    QStringLiteral("tester"), 1));
    m_page->refresh();
    auto* filter = child<QComboBox>("statusFilter");
    QCOMPARE(filter->count(), 3);
    filter->setCurrentIndex(filter->findText(QStringLiteral("Reached out")));
    QCOMPARE(table()->model()->rowCount(), 1);
    QCOMPARE(table()->model()->index(0, LeadTableModel::FirstName).data().toString(), QStringLiteral("Bob"));
    filter->setCurrentIndex(filter->findText(QStringLiteral("Pending")));
    QCOMPARE(table()->model()->rowCount(), 4);
    filter->setCurrentIndex(filter->findText(QStringLiteral("All")));
    QCOMPARE(table()->model()->rowCount(), 5);
}

void TestLeadsPage::selectingShowsDetails()
{
    selectLead(m_ids.value(QStringLiteral("José")));
    QVERIFY(child<QListWidget>("historyList")->isVisible());
    QCOMPARE(child<QLabel>("nameValue")->text(), QStringLiteral("José Álvarez"));
    QCOMPARE(child<QLabel>("emailValue")->text(), QStringLiteral("jose@example.com"));
    QCOMPARE(child<QLabel>("statusValue")->text(), QStringLiteral("Pending"));
    QCOMPARE(child<QLabel>("createdByValue")->text(), QStringLiteral("reception"));
    QVERIFY2(child<QLabel>("resumeValue")->text().startsWith(QStringLiteral("Álvarez_José_resume.pdf (")),
             qPrintable(child<QLabel>("resumeValue")->text()));
    const QStringList lines = historyLines();
    QCOMPARE(lines.size(), 1);
    QVERIFY2(lines.at(0).startsWith(QStringLiteral("Entered by reception, ")), qPrintable(lines.at(0)));
    QVERIFY(child<QPushButton>("markReachedOutButton")->isEnabled());
}

void TestLeadsPage::changeStatusThroughDelegate()
{
    const qint64 id = m_ids.value(QStringLiteral("Carla"));
    selectLead(id);
    const QModelIndex status = table()->model()->index(rowOf(id), LeadTableModel::Status);
    table()->edit(status);
    QComboBox* editor = nullptr;
    QTRY_VERIFY((editor = table()->viewport()->findChild<QComboBox*>(QStringLiteral("statusEditor"))));
    QCOMPARE(editor->currentText(), QStringLiteral("Pending"));
    editor->setCurrentIndex(editor->findText(QStringLiteral("Reached out")));
    QTest::keyClick(editor, Qt::Key_Return); // the delegate commits on the next event loop turn

    QTRY_COMPARE(m_repository->lead(id)->status, LeadStatus::ReachedOut);
    QTRY_VERIFY(!table()->viewport()->findChild<QComboBox*>(QStringLiteral("statusEditor")));
    QCOMPARE(table()->model()->index(rowOf(id), LeadTableModel::Status).data().toString(),
             QStringLiteral("Reached out"));
    const QStringList lines = historyLines();
    QCOMPARE(lines.size(), 2);
    QVERIFY2(lines.at(1).startsWith(QStringLiteral("Marked reached out by tester, ")),
             qPrintable(lines.at(1)));
    QCOMPARE(child<QLabel>("statusValue")->text(), QStringLiteral("Reached out"));
    QVERIFY(!child<QPushButton>("markReachedOutButton")->isEnabled());
}

void TestLeadsPage::ctrlRMarksSelectedReachedOut()
{
    const qint64 ana = m_ids.value(QStringLiteral("Ana"));
    const qint64 bob = m_ids.value(QStringLiteral("Bob"));
    selectLead(ana);
    // Extend the selection to Bob with the keyboard (Bob is the row below Ana? find out).
    const int anaRow = rowOf(ana);
    const int bobRow = rowOf(bob);
    QCOMPARE(qAbs(anaRow - bobRow), 1);
    QTest::keyClick(table(), bobRow > anaRow ? Qt::Key_Down : Qt::Key_Up, Qt::ShiftModifier);
    QCOMPARE(table()->selectionModel()->selectedRows().size(), 2);
    QVERIFY(m_page->markReachedOutAction()->isEnabled());

    QTest::keyClick(table(), Qt::Key_R, Qt::ControlModifier);
    QCOMPARE(m_repository->lead(ana)->status, LeadStatus::ReachedOut);
    QCOMPARE(m_repository->lead(bob)->status, LeadStatus::ReachedOut);
    QCOMPARE(m_repository->lead(m_ids.value(QStringLiteral("Dan")))->status, LeadStatus::Pending);
    QVERIFY(!m_page->markReachedOutAction()->isEnabled());
    QVERIFY(!child<QPushButton>("markReachedOutButton")->isEnabled());
    QVERIFY(!child<QFrame>("errorBanner")->isVisible());
    // Two are selected: the pane says so rather than showing one of them.
    QVERIFY(child<QLabel>("emptyState")->text().startsWith(QStringLiteral("2 lead(s) selected.")));
    QCOMPARE(m_repository->history(bob)->constLast().kind, LeadEvent::Kind::StatusChanged);

    // The button does the same.
    selectLead(m_ids.value(QStringLiteral("Dan")));
    QTest::mouseClick(child<QPushButton>("markReachedOutButton"), Qt::LeftButton);
    QCOMPARE(m_repository->lead(m_ids.value(QStringLiteral("Dan")))->status, LeadStatus::ReachedOut);
}

// Issue 9, item 2: click a row, Ctrl+Down three times: the pane, the highlight and
// Ctrl+R all stay on one lead, the one three rows down.
void TestLeadsPage::keyboardMovesSelectTheLeadThePaneShows()
{
    QTableView* view = table();
    const QRect first = view->visualRect(view->model()->index(0, LeadTableModel::LastName));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, first.center());
    const qint64 clicked = view->model()->index(0, 0).data(LeadTableModel::LeadIdRole).toLongLong();
    QCOMPARE(child<QLabel>("emailValue")->text(), m_repository->lead(clicked)->email);
    for (int i = 0; i < 3; ++i)
        QTest::keyClick(view, Qt::Key_Down, Qt::ControlModifier);

    const qint64 moved = view->model()->index(3, 0).data(LeadTableModel::LeadIdRole).toLongLong();
    QCOMPARE(view->currentIndex().row(), 3);
    const QModelIndexList selected = view->selectionModel()->selectedRows();
    QCOMPARE(selected.size(), 1);
    QCOMPARE(selected.constFirst().row(), 3);
    QCOMPARE(child<QLabel>("emailValue")->text(), m_repository->lead(moved)->email);

    QTest::keyClick(view, Qt::Key_R, Qt::ControlModifier);
    QCOMPARE(m_repository->lead(moved)->status, LeadStatus::ReachedOut);
    QCOMPARE(m_repository->lead(clicked)->status, LeadStatus::Pending);
    QCOMPARE(child<QLabel>("statusValue")->text(), QStringLiteral("Reached out"));

    // Ctrl+Home and Ctrl+End select too.
    QTest::keyClick(view, Qt::Key_Home, Qt::ControlModifier);
    QCOMPARE(view->selectionModel()->selectedRows().size(), 1);
    QCOMPARE(view->selectionModel()->selectedRows().constFirst().row(), 0);
    QCOMPARE(child<QLabel>("emailValue")->text(), m_repository->lead(clicked)->email);
}

void TestLeadsPage::severalSelectedPaneSaysSo()
{
    QTableView* view = table();
    const QRect first = view->visualRect(view->model()->index(0, LeadTableModel::LastName));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, first.center());
    QTest::keyClick(view, Qt::Key_Down, Qt::ShiftModifier);
    QTest::keyClick(view, Qt::Key_Down, Qt::ShiftModifier);
    QCOMPARE(view->selectionModel()->selectedRows().size(), 3);
    QLabel* empty = child<QLabel>("emptyState");
    QVERIFY(empty->isVisible());
    QVERIFY2(empty->text().startsWith(QStringLiteral("3 lead(s) selected.")), qPrintable(empty->text()));
    QVERIFY(!child<QPushButton>("addNoteButton")->isVisible());

    // Ctrl+click takes the focused row out: two remain, the pane still says so.
    const QRect third = view->visualRect(view->model()->index(2, LeadTableModel::LastName));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, Qt::ControlModifier, third.center());
    QCOMPARE(view->selectionModel()->selectedRows().size(), 2);
    QVERIFY2(empty->text().startsWith(QStringLiteral("2 lead(s) selected.")), qPrintable(empty->text()));
    // And once more: one lead is selected, though the focus is on another row; the pane
    // shows the selected one and Ctrl+R marks it, not the focused row.
    const QRect second = view->visualRect(view->model()->index(1, LeadTableModel::LastName));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, Qt::ControlModifier, second.center());
    const QModelIndexList left = view->selectionModel()->selectedRows();
    QCOMPARE(left.size(), 1);
    QCOMPARE(left.constFirst().row(), 0);
    const qint64 shown = left.constFirst().data(LeadTableModel::LeadIdRole).toLongLong();
    QCOMPARE(child<QLabel>("emailValue")->text(), m_repository->lead(shown)->email);
    const qint64 focused = view->currentIndex().data(LeadTableModel::LeadIdRole).toLongLong();
    QVERIFY(focused != shown);
    QTest::keyClick(view, Qt::Key_R, Qt::ControlModifier);
    QCOMPARE(m_repository->lead(shown)->status, LeadStatus::ReachedOut);
    QCOMPARE(m_repository->lead(focused)->status, LeadStatus::Pending);
}

void TestLeadsPage::f2EditsTheSelectedLead()
{
    QTableView* view = table();
    const QRect first = view->visualRect(view->model()->index(0, LeadTableModel::LastName));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, first.center());
    const QRect second = view->visualRect(view->model()->index(1, LeadTableModel::LastName));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, Qt::ControlModifier, second.center());
    QTest::mouseClick(view->viewport(), Qt::LeftButton, Qt::ControlModifier, first.center());
    // Row 1 is selected; the focus is on row 0's name.
    QCOMPARE(view->currentIndex().row(), 0);
    QCOMPARE(view->selectionModel()->selectedRows().constFirst().row(), 1);
    QTest::keyClick(view, Qt::Key_F2);
    QComboBox* editor = nullptr;
    QTRY_VERIFY((editor = view->viewport()->findChild<QComboBox*>(QStringLiteral("statusEditor"))));
    QCOMPARE(view->currentIndex(), view->model()->index(1, LeadTableModel::Status));
    editor->setCurrentIndex(editor->findText(QStringLiteral("Reached out")));
    QTest::keyClick(editor, Qt::Key_Return);
    const qint64 edited = view->model()->index(1, 0).data(LeadTableModel::LeadIdRole).toLongLong();
    const qint64 other = view->model()->index(0, 0).data(LeadTableModel::LeadIdRole).toLongLong();
    QTRY_COMPARE(m_repository->lead(edited)->status, LeadStatus::ReachedOut);
    QCOMPARE(m_repository->lead(other)->status, LeadStatus::Pending);

    // With two selected, F2 edits nothing (Ctrl+R is for several).
    QTRY_VERIFY(!view->viewport()->findChild<QComboBox*>(QStringLiteral("statusEditor")));
    view->selectAll();
    QTest::keyClick(view, Qt::Key_F2); // an editor would open at once
    QVERIFY(!view->viewport()->findChild<QComboBox*>(QStringLiteral("statusEditor")));
}

void TestLeadsPage::saveAsWritesIdenticalBytes()
{
    const qint64 id = m_ids.value(QStringLiteral("Ana"));
    selectLead(id);
    m_dialogs.savePath = m_dir.filePath(QStringLiteral("saved-%1.pdf").arg(m_counter));
    QTest::mouseClick(child<QPushButton>("saveResumeButton"), Qt::LeftButton);
    QCOMPARE(m_dialogs.suggestedPaths.size(), 1);
    QVERIFY(m_dialogs.suggestedPaths.at(0).endsWith(QStringLiteral("/Smith_Ana_resume.pdf")));
    QVERIFY(m_dialogs.warnings.isEmpty());
    QCOMPARE(ScriptedDialogs::readAll(m_dialogs.savePath), m_repository->resume(id)->content);
    QCOMPARE(ScriptedDialogs::readAll(m_dialogs.savePath), resumeFor(QStringLiteral("Ana")).content);
    QVERIFY(historyLines().constLast().startsWith(QStringLiteral("Resume saved to a file by tester")));
    const auto history = m_repository->history(id);
    QCOMPARE(history->constLast().kind, LeadEvent::Kind::ResumeExported);

    // Cancelling the dialog does nothing.
    m_dialogs.savePath.clear();
    QTest::mouseClick(child<QPushButton>("saveResumeButton"), Qt::LeftButton);
    QCOMPARE(m_repository->history(id)->size(), history->size());
}

void TestLeadsPage::saveAsFailureIsReported()
{
    const qint64 id = m_ids.value(QStringLiteral("Bob"));
    selectLead(id);
    m_dialogs.savePath = m_dir.filePath(QStringLiteral("no-such-folder/x/cv.pdf"));
    QTest::mouseClick(child<QPushButton>("saveResumeButton"), Qt::LeftButton);
    QCOMPARE(m_dialogs.warnings.size(), 1);
    QVERIFY2(m_dialogs.warnings.at(0).contains(QStringLiteral("no-such-folder")), qPrintable(m_dialogs.warnings.at(0)));
    QVERIFY(!QFile::exists(m_dialogs.savePath));
    QCOMPARE(m_repository->history(id)->size(), 1); // nothing recorded
}

void TestLeadsPage::openWritesATemporaryCopy()
{
    const qint64 id = m_ids.value(QStringLiteral("Dan"));
    selectLead(id);
    QTest::mouseClick(child<QPushButton>("openResumeButton"), Qt::LeftButton);
    QCOMPARE(m_dialogs.openedPaths.size(), 1);
    QVERIFY(m_dialogs.openedPaths.at(0).endsWith(QStringLiteral("/Brown_Dan_resume.pdf")));
    QCOMPARE(m_dialogs.openedBytes.at(0), resumeFor(QStringLiteral("Dan")).content);
    QVERIFY(historyLines().constLast().startsWith(QStringLiteral("Resume opened by tester")));
    QCOMPARE(m_repository->history(id)->constLast().kind, LeadEvent::Kind::ResumeOpened);

    // The copy lives only as long as the page.
    const QString copy = m_dialogs.openedPaths.at(0);
    QVERIFY(QFile::exists(copy));
    m_page.reset();
    QVERIFY(!QFile::exists(copy));
}

void TestLeadsPage::conflictShowsBanner()
{
    const qint64 id = m_ids.value(QStringLiteral("Carla"));
    selectLead(id);
    auto other = m_db->openAnother();
    QVERIFY(other);
    {
        LeadRepository otherDesk(other->connection());
        QVERIFY(otherDesk.setStatus(id, LeadStatus::ReachedOut, QStringLiteral("bob"), 1));
    }
    // The page still shows the old truth (the live refresh has not run yet).
    QVERIFY(m_page->markReachedOutAction()->isEnabled());
    QTest::keyClick(table(), Qt::Key_R, Qt::ControlModifier);

    auto* banner = child<QFrame>("errorBanner");
    QVERIFY(banner->isVisible());
    QVERIFY2(child<QLabel>("errorBannerText")->text().contains(QStringLiteral("Someone else changed this lead")),
             qPrintable(child<QLabel>("errorBannerText")->text()));
    // It now shows bob's change, and only bob's change happened.
    QCOMPARE(table()->model()->index(rowOf(id), LeadTableModel::Status).data().toString(),
             QStringLiteral("Reached out"));
    QVERIFY(historyLines().constLast().contains(QStringLiteral("by bob")));
    QCOMPARE(m_repository->lead(id)->version, 2);

    QTest::mouseClick(child<QWidget>("errorBannerClose"), Qt::LeftButton);
    QVERIFY(!banner->isVisible());
}

void TestLeadsPage::otherDeskInsertShowsUpLive()
{
    const qint64 carla = m_ids.value(QStringLiteral("Carla"));
    selectLead(carla);
    auto other = m_db->openAnother();
    QVERIFY(other);
    LeadRepository otherDesk(other->connection());
    const auto created = otherDesk.create(QStringLiteral("Zed"), QStringLiteral("Newman"),
                                          QStringLiteral("zed@example.com"), resumeFor(QStringLiteral("Zed")),
                                          QStringLiteral("kiosk"));
    QVERIFY(created);
    QTRY_COMPARE(table()->model()->rowCount(), 6);
    QCOMPARE(table()->model()->index(0, LeadTableModel::FirstName).data().toString(), QStringLiteral("Zed"));
    QCOMPARE(child<QLabel>("countLabel")->text(), QStringLiteral("6 lead(s)"));
    // The selected lead stays selected and shown.
    QCOMPARE(table()->currentIndex().data(LeadTableModel::LeadIdRole).toLongLong(), carla);
    QCOMPARE(table()->selectionModel()->selectedRows().size(), 1);
    QCOMPARE(table()->selectionModel()->selectedRows().at(0).data(LeadTableModel::LeadIdRole).toLongLong(), carla);
    QCOMPARE(child<QLabel>("nameValue")->text(), QStringLiteral("Carla Diaz"));

    // A status change by the other desk shows in the table and the details.
    QVERIFY(otherDesk.setStatus(carla, LeadStatus::ReachedOut, QStringLiteral("bob"), 1));
    QTRY_COMPARE(child<QLabel>("statusValue")->text(), QStringLiteral("Reached out"));
    QCOMPARE(table()->currentIndex().data(LeadTableModel::LeadIdRole).toLongLong(), carla);
    QCOMPARE(table()->model()->index(table()->currentIndex().row(), LeadTableModel::Status).data().toString(),
             QStringLiteral("Reached out"));
}

void TestLeadsPage::showLeadClearsSearch()
{
    auto* search = child<QLineEdit>("searchField");
    QTest::keyClicks(search, QStringLiteral("bob"));
    QTRY_COMPARE(table()->model()->rowCount(), 1);
    const qint64 ana = m_ids.value(QStringLiteral("Ana"));
    m_page->showLead(ana);
    QCOMPARE(search->text(), QString());
    QCOMPARE(table()->model()->rowCount(), 5);
    QCOMPARE(table()->currentIndex().data(LeadTableModel::LeadIdRole).toLongLong(), ana);
    QCOMPARE(child<QLabel>("nameValue")->text(), QStringLiteral("Ana Smith"));
    // The cleared search does not come back later through the debounce timer.
    QVERIFY(!m_page->findChild<QTimer*>(QStringLiteral("searchDebounce"))->isActive());
}

void TestLeadsPage::tabOrder()
{
    selectLead(m_ids.value(QStringLiteral("Ana")));
    auto* search = child<QLineEdit>("searchField");
    search->setFocus(Qt::TabFocusReason);
    QCOMPARE(QApplication::focusWidget(), search);
    const char* expected[] = { "statusFilter", "overdueCheck", "leadsTable", "markReachedOutButton", "assignButton",
                               "followUpEdit", "pickFollowUpButton", "previewToggle", // Clear: no date yet
                               "openResumeButton", "saveResumeButton" };
    for (const char* name : expected) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget()->objectName(), QString::fromLatin1(name));
    }
}

qint64 TestLeadsPage::addAccount(const QString& username, const QString& name, Role role)
{
    UserAccount account;
    account.username = username;
    account.displayName = name;
    account.email = username + QStringLiteral("@firm.example");
    account.role = role;
    const Result<qint64> id = AccountRepository(m_db->connection())
                                  .create(account, "$argon2id$v=19$m=8,t=1,p=1$c2FsdHNhbHQ$aGFzaGhhc2g",
                                          { std::nullopt, QStringLiteral("cli") });
    return id ? *id : 0;
}

// Issue 12, part 1: "My leads" toggled with Ctrl+M (the signed-in attorney's leads), the
// Attorney column, sortable, and the search matching attorneys' names.
void TestLeadsPage::myLeadsWithCtrlMAndTheAttorneyColumn()
{
    const qint64 ana = addAccount(QStringLiteral("ana"), QStringLiteral("Ana Ruiz"), Role::Attorney);
    const qint64 ben = addAccount(QStringLiteral("ben"), QStringLiteral("Ben Okafor"), Role::Attorney);
    QVERIFY(AttorneyAssignment::reassign(*m_repository, m_ids.value(QStringLiteral("Bob")), ana, QStringLiteral("x"), 1));
    QVERIFY(AttorneyAssignment::reassign(*m_repository, m_ids.value(QStringLiteral("Dan")), ana, QStringLiteral("x"), 1));
    QVERIFY(AttorneyAssignment::reassign(*m_repository, m_ids.value(QStringLiteral("Carla")), ben, QStringLiteral("x"), 1));
    // Signed in as Ana: the page is made for her session.
    m_page.reset();
    m_repository->setActingAccount(ana);
    m_page = std::make_unique<LeadsPage>(*m_repository, m_dialogs, QStringLiteral("Ana Ruiz"));
    m_page->resize(1100, 600);
    m_page->show();
    QApplication::setActiveWindow(m_page.get());
    QVERIFY(QTest::qWaitForWindowActive(m_page.get()));

    auto* mine = child<QCheckBox>("myLeadsCheck");
    QVERIFY(mine && mine->isEnabled());
    QCOMPARE(mine->accessibleName(), QStringLiteral("My leads"));
    QCOMPARE(table()->model()->rowCount(), 5);
    table()->setFocus(Qt::OtherFocusReason);
    QTest::keyClick(table(), Qt::Key_M, Qt::ControlModifier);
    QVERIFY(mine->isChecked());
    QCOMPARE(table()->model()->rowCount(), 2);
    for (int row = 0; row < 2; ++row)
        QCOMPARE(table()->model()->index(row, LeadTableModel::Attorney).data().toString(), QStringLiteral("Ana Ruiz"));
    QCOMPARE(table()->model()->headerData(LeadTableModel::Attorney, Qt::Horizontal).toString(), QStringLiteral("Attorney"));
    // From the search field too (the shortcut belongs to the whole page).
    child<QLineEdit>("searchField")->setFocus(Qt::OtherFocusReason);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_M, Qt::ControlModifier);
    QVERIFY(!mine->isChecked());
    QCOMPARE(table()->model()->rowCount(), 5);

    // Sorted by attorney: nobody's first (ascending), then Ana's, then Ben's.
    table()->sortByColumn(LeadTableModel::Attorney, Qt::AscendingOrder);
    QCOMPARE(table()->model()->index(2, LeadTableModel::Attorney).data().toString(), QStringLiteral("Ana Ruiz"));
    QCOMPARE(table()->model()->index(4, LeadTableModel::Attorney).data().toString(), QStringLiteral("Ben Okafor"));
    // The search matches the attorney's name.
    QTest::keyClicks(child<QLineEdit>("searchField"), QStringLiteral("okaf"));
    QTRY_COMPARE(table()->model()->rowCount(), 1);
    QCOMPARE(table()->model()->index(0, LeadTableModel::FirstName).data().toString(), QStringLiteral("Carla"));
}

// "Assign to…" in the detail pane: the active attorneys, the change in the history and the
// table, the new attorney's email queued.
void TestLeadsPage::assignToFromTheDetailPane()
{
    addAccount(QStringLiteral("ana"), QStringLiteral("Ana Ruiz"), Role::Attorney);
    const qint64 ben = addAccount(QStringLiteral("ben"), QStringLiteral("Ben Okafor"), Role::Admin);
    addAccount(QStringLiteral("rita"), QStringLiteral("Rita Desk"), Role::Receptionist);
    const qint64 carla = m_ids.value(QStringLiteral("Carla"));
    selectLead(carla);
    QCOMPARE(child<QLabel>("attorneyValue")->text(), QStringLiteral("Nobody yet"));
    auto* button = child<QPushButton>("assignButton");
    QVERIFY(button && button->menu());
    Q_EMIT button->menu()->aboutToShow();
    QStringList offered;
    QAction* toBen = nullptr;
    for (QAction* action : button->menu()->actions()) {
        offered.append(action->text());
        if (action->text() == QStringLiteral("Ben Okafor"))
            toBen = action;
    }
    QCOMPARE(offered, (QStringList { QStringLiteral("Ana Ruiz"), QStringLiteral("Ben Okafor") }));
    QVERIFY(toBen);
    toBen->trigger();
    QCOMPARE(child<QLabel>("attorneyValue")->text(), QStringLiteral("Ben Okafor"));
    QCOMPARE(m_repository->lead(carla)->attorneyId, std::optional<qint64>(ben));
    auto* history = child<QListWidget>("historyList");
    QVERIFY2(history->item(history->count() - 1)->text().startsWith(QStringLiteral("Assigned to Ben Okafor by tester")),
             qPrintable(history->item(history->count() - 1)->text()));
    QCOMPARE(table()->model()->index(rowOf(carla), LeadTableModel::Attorney).data().toString(), QStringLiteral("Ben Okafor"));
    const QList<OutboxEntry> emails = OutboxRepository(m_db->connection()).deliveryFor(carla).value();
    QCOMPARE(emails.last().recipientAddress, QStringLiteral("ben@firm.example"));
}

QTEST_MAIN(TestLeadsPage)
#include "tst_leadspage.moc"
