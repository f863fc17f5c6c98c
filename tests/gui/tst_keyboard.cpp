#include "accountrepository.h"
#include "accountservice.h"
#include "database.h"
#include "intakepage.h"
#include "intakeservice.h"
#include "kioskwindow.h"
#include "leadrepository.h"
#include "leadspage.h"
#include "leadstatus.h"
#include "leadtablemodel.h"
#include "leadvalidator.h"
#include "passwordhasher.h"
#include "scripteddialogs.h"
#include "testdatabase.h"
#include "testsupport.h"

#include <QApplication>
#include <QCryptographicHash>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QToolButton>
#include <QtTest>

#include <memory>
#include <optional>

namespace {

ResumeFile resumeFor(const QString& text)
{
    const QByteArray pdf = TestSupport::makePdf(text, 2048);
    return ResumeFile { text + QStringLiteral(".pdf"), QStringLiteral("application/pdf"), pdf,
                        QCryptographicHash::hash(pdf, QCryptographicHash::Sha256).toHex() };
}

} // namespace

// Issue 11, item 2, by the keyboard alone: Enter on buttons of the pages, Escape in the
// search, "No lead matches …", Ctrl+Enter for a note, the current cell, and Undo after
// "Mark as reached out" (with someone else's change in between).
class TestKeyboard final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void enterPressesTheFocusedButton_data();
    void enterPressesTheFocusedButton();
    void enterOnIntakeButtons();
    void returnInTheKioskPickerOnlyChooses();
    void escapeClearsTheSearch();
    void escapeOnAnEmptySearchDoesNothing();
    void emptySearchSaysNoLeadMatches();
    void ctrlEnterAddsTheNote_data();
    void ctrlEnterAddsTheNote();
    void currentCellIsFramed();
    void undoMarkReachedOut();
    void undoRefusedAfterSomeoneElsesChange();
    void undoIsOfferedForAFewSeconds();

private:
    QTableView* table() const { return m_page->findChild<QTableView*>(QStringLiteral("leadsTable")); }
    template<typename T>
    T* child(const char* name) const
    {
        T* found = m_page->findChild<T*>(QString::fromLatin1(name));
        if (!found)
            qWarning("no child %s", name);
        return found;
    }
    // Selects the lead with the keyboard: Home in the table, then Down until it is current.
    void selectByKeys(qint64 id);
    LeadStatus statusOf(qint64 id) const { return m_repository->lead(id)->status; }
    QList<LeadEvent> events(qint64 id) const { return m_repository->history(id).value(); }

    QTemporaryDir m_dir;
    std::optional<Database> m_db;
    std::unique_ptr<LeadRepository> m_repository;
    ScriptedDialogs m_dialogs;
    std::unique_ptr<LeadsPage> m_page;
    QHash<QString, qint64> m_ids;
};

void TestKeyboard::init()
{
    auto db = Database::open(TestDatabase::freshTarget());
    QVERIFY2(db, qPrintable(db.error().message));
    m_db.emplace(std::move(db).value());
    m_repository = std::make_unique<LeadRepository>(m_db->connection());
    m_ids.clear();
    for (const char* name : { "Ana", "Bob", "Carla" }) {
        const QString first = QString::fromLatin1(name);
        const auto id = m_repository->create(first, QStringLiteral("Ruiz"), first.toLower() + QStringLiteral("@example.com"),
                                             resumeFor(first), QStringLiteral("reception"));
        QVERIFY2(id, qPrintable(id.error().message));
        m_ids.insert(first, *id);
    }
    m_dialogs = ScriptedDialogs();
    m_page = std::make_unique<LeadsPage>(*m_repository, m_dialogs, QStringLiteral("tester"));
    m_page->resize(1100, 600);
    m_page->show();
    QApplication::setActiveWindow(m_page.get());
    QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
}

void TestKeyboard::cleanup()
{
    m_page.reset();
    m_repository.reset();
    m_db.reset();
}

void TestKeyboard::selectByKeys(qint64 id)
{
    table()->setFocus(Qt::TabFocusReason);
    // To the end and back, so that the first row is selected even when it was current.
    QTest::keyClick(table(), Qt::Key_End, Qt::ControlModifier);
    QTest::keyClick(table(), Qt::Key_Home, Qt::ControlModifier);
    for (int i = 0; i < table()->model()->rowCount(); ++i) {
        if (table()->currentIndex().data(LeadTableModel::LeadIdRole).toLongLong() == id)
            break;
        QTest::keyClick(table(), Qt::Key_Down);
    }
    QCOMPARE(table()->currentIndex().data(LeadTableModel::LeadIdRole).toLongLong(), id);
    QCOMPARE(table()->selectionModel()->selectedRows().size(), 1);
}

void TestKeyboard::enterPressesTheFocusedButton_data()
{
    QTest::addColumn<int>("key");
    QTest::newRow("Return") << int(Qt::Key_Return);
    QTest::newRow("keypad Enter") << int(Qt::Key_Enter);
}

void TestKeyboard::enterPressesTheFocusedButton()
{
    QFETCH(int, key);
    const qint64 ana = m_ids.value(QStringLiteral("Ana"));
    selectByKeys(ana);
    // Tab from the table to "Mark as reached out", as a keyboard user does.
    QTest::keyClick(table(), Qt::Key_Tab);
    auto* mark = child<QPushButton>("markReachedOutButton");
    QCOMPARE(QApplication::focusWidget(), mark);
    QTest::keyClick(mark, Qt::Key(key), key == Qt::Key_Enter ? Qt::KeypadModifier : Qt::NoModifier);
    QCOMPARE(statusOf(ana), LeadStatus::ReachedOut);

    // The button is disabled now (nothing selected is pending): the focus is on Undo, next
    // to it, rather than wherever Qt would have sent it.
    auto* undo = child<QPushButton>("undoButton");
    QCOMPARE(QApplication::focusWidget(), undo);
    QTest::keyClick(undo, Qt::Key(key), key == Qt::Key_Enter ? Qt::KeypadModifier : Qt::NoModifier);
    QCOMPARE(statusOf(ana), LeadStatus::Pending);
}

void TestKeyboard::enterOnIntakeButtons()
{
    LeadRepository repository(m_db->connection());
    IntakeService intake(repository, LeadValidator());
    IntakePage page(intake, m_dialogs, QStringLiteral("desk"));
    page.show();
    QApplication::setActiveWindow(&page);
    QVERIFY(QTest::qWaitForWindowActive(&page));

    auto* first = page.findChild<QLineEdit*>(QStringLiteral("firstNameEdit"));
    auto* choose = page.findChild<QPushButton*>(QStringLiteral("chooseResumeButton"));
    auto* remove = page.findChild<QToolButton*>(QStringLiteral("clearResumeButton"));
    auto* clear = page.findChild<QPushButton*>(QStringLiteral("clearButton"));
    QVERIFY(first && choose && remove && clear);

    // "Choose file…" asks for the file.
    m_dialogs.nextOpenFile = TestSupport::writeFile(m_dir, QStringLiteral("cv.pdf"), TestSupport::makePdf());
    choose->setFocus(Qt::TabFocusReason);
    QTest::keyClick(choose, Qt::Key_Return);
    QCOMPARE(page.resumePath(), m_dialogs.nextOpenFile);
    // "Remove" (a tool button) takes it away again.
    QVERIFY(remove->isVisible());
    remove->setFocus(Qt::TabFocusReason);
    QTest::keyClick(remove, Qt::Key_Return);
    QVERIFY(page.resumePath().isEmpty());
    // "Clear form" clears what was typed.
    first->setFocus();
    QTest::keyClicks(first, QStringLiteral("Ana"));
    clear->setFocus(Qt::TabFocusReason);
    QTest::keyClick(clear, Qt::Key_Return);
    QVERIFY(first->text().isEmpty());
}

// Return on a file in the kiosk's picker chooses it and puts the focus on "Send my details";
// the same key press must not go on to press that button (an empty form was "sent").
void TestKeyboard::returnInTheKioskPickerOnlyChooses()
{
    LeadRepository repository(m_db->connection());
    IntakeService intake(repository, LeadValidator());
    PasswordHasher hasher(PasswordHasher::minimum());
    AccountRepository accountRepository(m_db->connection());
    AccountService accounts(accountRepository, hasher);
    QTemporaryDir documents;
    TestSupport::writeFile(documents, QStringLiteral("cv.pdf"), TestSupport::makePdf());
    KioskWindow kiosk(intake, accounts, m_dialogs, QStringLiteral("kiosk"));
    kiosk.setResumePlaces({ { QStringLiteral("Documents"), documents.path() } });
    kiosk.resize(1024, 700);
    kiosk.show();
    QApplication::setActiveWindow(&kiosk);
    QVERIFY(QTest::qWaitForWindowActive(&kiosk));
    const int before = repository.count(LeadQuery()).value();

    auto* first = kiosk.findChild<QLineEdit*>(QStringLiteral("firstNameEdit"));
    first->setFocus();
    QTest::keyClicks(first, QStringLiteral("Eve"));
    auto* choose = kiosk.findChild<QPushButton*>(QStringLiteral("chooseResumeButton"));
    choose->setFocus(Qt::TabFocusReason);
    QTest::keyClick(choose, Qt::Key_Return);
    QTRY_VERIFY(kiosk.isShowingPicker());
    auto* files = kiosk.findChild<QAbstractItemView*>(QStringLiteral("fileList"));
    QTRY_COMPARE(QApplication::focusWidget(), files);
    QTRY_VERIFY(files->model()->rowCount(files->rootIndex()) > 0);
    QTest::keyClick(files, Qt::Key_Down);
    QTest::keyClick(files, Qt::Key_Return);
    QTRY_VERIFY(!kiosk.isShowingPicker());
    QVERIFY(kiosk.findChild<IntakePage*>()->resumePath().endsWith(QLatin1String("cv.pdf")));
    QCOMPARE(QApplication::focusWidget(), kiosk.findChild<QPushButton*>(QStringLiteral("submitButton")));
    // Nothing was sent: no lead, and no "Enter the last name." under an untouched field.
    QCOMPARE(repository.count(LeadQuery()).value(), before);
    QVERIFY(!kiosk.findChild<QLabel*>(QStringLiteral("lastNameError"))->isVisible());
    QCOMPARE(first->text(), QStringLiteral("Eve"));
}

void TestKeyboard::escapeClearsTheSearch()
{
    auto* search = child<QLineEdit>("searchField");
    search->setFocus(Qt::ShortcutFocusReason);
    QTest::keyClicks(search, QStringLiteral("bob"));
    QTRY_COMPARE(table()->model()->rowCount(), 1);
    QTest::keyClick(search, Qt::Key_Escape);
    QVERIFY(search->text().isEmpty());
    QCOMPARE(m_page->model()->query().search, QString());
    QCOMPARE(table()->model()->rowCount(), 3);
    QCOMPARE(QApplication::focusWidget(), search);
}

void TestKeyboard::escapeOnAnEmptySearchDoesNothing()
{
    auto* search = child<QLineEdit>("searchField");
    search->setFocus(Qt::ShortcutFocusReason);
    QSignalSpy resets(table()->model(), &QAbstractItemModel::modelReset);
    QTest::keyClick(search, Qt::Key_Escape);
    QTest::keyClick(search, Qt::Key_Escape);
    QVERIFY(search->text().isEmpty());
    QCOMPARE(resets.size(), 0);
    QCOMPARE(table()->model()->rowCount(), 3);
    QVERIFY(m_page->isVisible());
    QCOMPARE(QApplication::focusWidget(), search);
}

void TestKeyboard::emptySearchSaysNoLeadMatches()
{
    auto* search = child<QLineEdit>("searchField");
    auto* noMatch = child<QLabel>("noMatchLabel");
    QVERIFY(!noMatch->isVisible());
    search->setFocus(Qt::ShortcutFocusReason);
    QTest::keyClicks(search, QStringLiteral("zelda"));
    QTRY_COMPARE(table()->model()->rowCount(), 0);
    QTRY_VERIFY(noMatch->isVisible());
    QCOMPARE(noMatch->text(), QStringLiteral("No lead matches “zelda”."));
    // Where the rows would be, and a screen reader on the table hears it too.
    QVERIFY(table()->geometry().contains(noMatch->geometry().translated(table()->pos())));
    QCOMPARE(table()->accessibleDescription(), noMatch->text());
    QTest::keyClick(search, Qt::Key_Escape);
    QTRY_COMPARE(table()->model()->rowCount(), 3);
    QVERIFY(!noMatch->isVisible());
}

void TestKeyboard::ctrlEnterAddsTheNote_data()
{
    QTest::addColumn<int>("key");
    QTest::addColumn<int>("modifiers");
    QTest::newRow("Ctrl+Return") << int(Qt::Key_Return) << int(Qt::ControlModifier);
    QTest::newRow("Ctrl+keypad Enter") << int(Qt::Key_Enter) << int(Qt::ControlModifier | Qt::KeypadModifier);
}

void TestKeyboard::ctrlEnterAddsTheNote()
{
    QFETCH(int, key);
    QFETCH(int, modifiers);
    const qint64 bob = m_ids.value(QStringLiteral("Bob"));
    selectByKeys(bob);
    auto* note = child<QPlainTextEdit>("noteEdit");
    const qsizetype before = events(bob).size();
    note->setFocus(Qt::TabFocusReason);
    QTest::keyClicks(note, QStringLiteral("Called back"));
    QTest::keyClick(note, Qt::Key_Return); // a plain Enter is a new line of the note
    QTest::keyClicks(note, QStringLiteral("on Monday"));
    QCOMPARE(events(bob).size(), before);
    QTest::keyClick(note, Qt::Key(key), Qt::KeyboardModifiers(modifiers));
    const QList<LeadEvent> after = events(bob);
    QCOMPARE(after.size(), before + 1);
    QCOMPARE(after.constLast().kind, LeadEvent::Kind::Note);
    QCOMPARE(after.constLast().detail, QStringLiteral("Called back\non Monday"));
    QVERIFY(note->toPlainText().isEmpty());
    // Nothing typed: Ctrl+Enter adds nothing.
    QTest::keyClick(note, Qt::Key(key), Qt::KeyboardModifiers(modifiers));
    QCOMPARE(events(bob).size(), before + 1);
}

void TestKeyboard::currentCellIsFramed()
{
    selectByKeys(m_ids.value(QStringLiteral("Bob")));
    QTest::keyClick(table(), Qt::Key_Right); // to the last name, same row
    const QModelIndex current = table()->currentIndex();
    QCOMPARE(current.column(), 1);
    const QRect cell = table()->visualRect(current);
    const QRect left = table()->visualRect(current.siblingAtColumn(0));
    const QColor frame = table()->palette().color(QPalette::Active, QPalette::HighlightedText);
    // The frame's top edge runs along the current cell, and not along its neighbour in the
    // same (selected) row.
    const auto framedIn = [&frame](const QImage& in, const QRect& r) {
        int hits = 0;
        int total = 0;
        for (int x = r.left() + 4; x < r.right() - 4; ++x, ++total) {
            const QPoint at = QPoint(x, r.top() + 1) * in.devicePixelRatio();
            if (QColor(in.pixel(at)) == frame)
                ++hits;
        }
        return total > 0 && hits * 10 >= total * 9;
    };
    const QImage image = table()->viewport()->grab().toImage();
    QVERIFY2(framedIn(image, cell), "the current cell has a visible frame");
    QVERIFY2(!framedIn(image, left), "only the current cell has it");
    // It follows the keys.
    QTest::keyClick(table(), Qt::Key_Left);
    const QImage moved = table()->viewport()->grab().toImage();
    QVERIFY(framedIn(moved, left));
    QVERIFY(!framedIn(moved, cell));
}

void TestKeyboard::undoMarkReachedOut()
{
    const qint64 carla = m_ids.value(QStringLiteral("Carla"));
    selectByKeys(carla);
    QTest::keyClick(table(), Qt::Key_R, Qt::ControlModifier);
    QCOMPARE(statusOf(carla), LeadStatus::ReachedOut);
    auto* bar = child<QWidget>("undoBar");
    QVERIFY(bar->isVisible());
    QCOMPARE(child<QLabel>("undoText")->text(), QStringLiteral("1 lead(s) marked as reached out."));
    const qsizetype before = events(carla).size();

    QTest::keyClick(table(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(statusOf(carla), LeadStatus::Pending);
    const QList<LeadEvent> after = events(carla);
    QCOMPARE(after.size(), before + 1);
    QCOMPARE(after.constLast().kind, LeadEvent::Kind::StatusChanged);
    QCOMPARE(after.constLast().fromStatus, std::optional<LeadStatus>(LeadStatus::ReachedOut));
    QCOMPARE(after.constLast().toStatus, std::optional<LeadStatus>(LeadStatus::Pending));
    QVERIFY(!bar->isVisible());
    QCOMPARE(table()->currentIndex().data(LeadTableModel::StatusRole).toInt(), int(LeadStatus::Pending));
    // Once only.
    QTest::keyClick(table(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(events(carla).size(), before + 1);
}

void TestKeyboard::undoRefusedAfterSomeoneElsesChange()
{
    const qint64 ana = m_ids.value(QStringLiteral("Ana"));
    const qint64 bob = m_ids.value(QStringLiteral("Bob"));
    table()->setFocus(Qt::TabFocusReason);
    QTest::keyClick(table(), Qt::Key_A, Qt::ControlModifier); // all three
    QTest::keyClick(table(), Qt::Key_R, Qt::ControlModifier);
    for (const qint64 id : m_ids)
        QCOMPARE(statusOf(id), LeadStatus::ReachedOut);

    // Another desk sets Bob back and marks him again (two changes, a new version).
    LeadRepository other(m_db->connection());
    int version = other.lead(bob)->version;
    version = other.setStatus(bob, LeadStatus::Pending, QStringLiteral("Other desk"), version).value();
    other.setStatus(bob, LeadStatus::ReachedOut, QStringLiteral("Other desk"), version).value();
    const qsizetype anaBefore = events(ana).size();
    const qsizetype bobBefore = events(bob).size();

    QTest::keyClick(table(), Qt::Key_Z, Qt::ControlModifier);
    // Nothing changed, for anyone, and the page says why.
    for (const qint64 id : m_ids)
        QCOMPARE(statusOf(id), LeadStatus::ReachedOut);
    QCOMPARE(events(ana).size(), anaBefore);
    QCOMPARE(events(bob).size(), bobBefore);
    QVERIFY(child<QWidget>("errorBanner")->isVisible());
    const QString message = child<QLabel>("errorBannerText")->text();
    QVERIFY2(message.contains(QStringLiteral("someone else changed Bob Ruiz")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("None of the 3 leads was changed")), qPrintable(message));
    QVERIFY(!child<QWidget>("undoBar")->isVisible());
}

void TestKeyboard::undoIsOfferedForAFewSeconds()
{
    QCOMPARE(LeadsPage::kUndoOfferMs, 10000);
    m_page->setUndoOfferTime(100);
    const qint64 ana = m_ids.value(QStringLiteral("Ana"));
    selectByKeys(ana);
    QTest::keyClick(table(), Qt::Key_R, Qt::ControlModifier);
    auto* bar = child<QWidget>("undoBar");
    QVERIFY(bar->isVisible());
    QTRY_VERIFY(!bar->isVisible());
    QTest::keyClick(table(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(statusOf(ana), LeadStatus::ReachedOut); // too late: stays
}

QTEST_MAIN(TestKeyboard)
#include "tst_keyboard.moc"
