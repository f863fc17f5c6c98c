#include "accountdialog.h"
#include "accountrepository.h"
#include "accountservice.h"
#include "accountspage.h"
#include "dialogs.h"
#include "firmsettings.h"
#include "importdialog.h"
#include "intakepage.h"
#include "intakeservice.h"
#include "kioskwindow.h"
#include "leadrepository.h"
#include "leadspage.h"
#include "leadvalidator.h"
#include "mailtestfixture.h"
#include "mainwindow.h"
#include "outboxpage.h"
#include "passwordhasher.h"
#include "scripteddialogs.h"
#include "session.h"
#include "settingsdialog.h"
#include "setupdialog.h"
#include "signindialog.h"
#include "testsupport.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QApplication>
#include <QDialog>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <QButtonGroup>
#include <QtTest>

#include <algorithm>
#include <functional>
#include <memory>

namespace {

// The roles a keyboard or screen-reader user acts on; each needs a name.
bool isInteractive(QAccessible::Role role)
{
    switch (role) {
    case QAccessible::PushButton:
    case QAccessible::ButtonMenu:
    case QAccessible::ButtonDropDown:
    case QAccessible::CheckBox:
    case QAccessible::RadioButton:
    case QAccessible::ComboBox:
    case QAccessible::EditableText:
    case QAccessible::SpinBox:
    case QAccessible::Table:
    case QAccessible::List:
    case QAccessible::Tree:
    case QAccessible::PageTab:
    case QAccessible::MenuItem:
    case QAccessible::Slider:
        return true;
    default:
        return false;
    }
}

// Composite widgets name their parts themselves (a combo box's list, a spin box's or a line
// edit's inner buttons, a table's cells): their inside is not walked.
bool isLeaf(QAccessible::Role role)
{
    switch (role) {
    case QAccessible::ComboBox:
    case QAccessible::SpinBox:
    case QAccessible::EditableText:
    case QAccessible::Table:
    case QAccessible::List:
    case QAccessible::Tree:
        return true;
    default:
        return false;
    }
}

QString describeElement(QAccessibleInterface* iface)
{
    QObject* object = iface->object();
    QString what = object ? QString::fromLatin1(object->metaObject()->className()) : QStringLiteral("?");
    if (object && !object->objectName().isEmpty())
        what += QLatin1Char('#') + object->objectName();
    // Where it sits: the nearest named ancestor.
    for (QObject* up = object ? object->parent() : nullptr; up; up = up->parent()) {
        if (!up->objectName().isEmpty() && !up->objectName().startsWith(QLatin1String("qt_"))) {
            what += QStringLiteral(" in ") + up->objectName();
            break;
        }
    }
    return what + QStringLiteral(" (role %1)").arg(int(iface->role()));
}

struct Walk
{
    int named = 0;
    QStringList unnamed;
};

void walk(QAccessibleInterface* iface, Walk& result, int depth = 0)
{
    if (!iface || !iface->isValid() || depth > 64)
        return;
    const QAccessible::Role role = iface->role();
    if (isInteractive(role)) {
        if (iface->text(QAccessible::Name).trimmed().isEmpty())
            result.unnamed.append(describeElement(iface));
        else
            ++result.named;
    }
    if (isLeaf(role))
        return;
    for (int i = 0; i < iface->childCount(); ++i)
        walk(iface->child(i), result, depth + 1);
}

// Every interactive element of the window's accessible tree, and of its menus (popups
// are windows of their own, outside the tree).
Walk walkWindow(QWidget* window)
{
    Walk result;
    walk(QAccessible::queryAccessibleInterface(window), result);
    for (QMenu* menu : window->findChildren<QMenu*>()) {
        for (QAction* action : menu->actions()) {
            if (action->isSeparator())
                continue;
            if (action->text().remove(QLatin1Char('&')).trimmed().isEmpty())
                result.unnamed.append(QStringLiteral("an action of menu %1").arg(menu->title()));
            else
                ++result.named;
        }
    }
    return result;
}

// The letter after a single '&' ("&&" is a literal ampersand), upper-case; null when none.
QChar mnemonicOf(const QString& text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        if (text.at(i + 1) == QLatin1Char('&')) {
            ++i;
            continue;
        }
        return text.at(i + 1).toUpper();
    }
    return {};
}

// The Alt+letter keys of what can be seen of the window at once: menu titles, tab titles,
// labels with a buddy, buttons, check boxes, radio buttons and group boxes. Widgets on a
// page that is not shown (another tab, another stack page) cannot be reached and are not
// counted; the test shows each page in turn.
QMap<QChar, QStringList> visibleMnemonics(QWidget* window)
{
    QMap<QChar, QStringList> keys;
    const auto add = [&keys](const QString& text, const QString& where) {
        if (const QChar key = mnemonicOf(text); !key.isNull())
            keys[key].append(where + QStringLiteral(" “") + text + QStringLiteral("”"));
    };
    const auto seen = [window](QWidget* widget) { return widget->isVisibleTo(window) && widget->isEnabled(); };
    for (QMenuBar* bar : window->findChildren<QMenuBar*>()) {
        for (QAction* action : bar->actions()) {
            if (action->isVisible() && action->isEnabled())
                add(action->text(), QStringLiteral("menu"));
        }
    }
    for (QTabBar* tabs : window->findChildren<QTabBar*>()) {
        if (!seen(tabs))
            continue;
        for (int i = 0; i < tabs->count(); ++i) {
            if (tabs->isTabVisible(i) && tabs->isTabEnabled(i))
                add(tabs->tabText(i), QStringLiteral("tab"));
        }
    }
    for (QLabel* label : window->findChildren<QLabel*>()) {
        if (label->buddy() && seen(label))
            add(label->text(), QStringLiteral("label"));
    }
    for (QAbstractButton* button : window->findChildren<QAbstractButton*>()) {
        if (seen(button))
            add(button->text(), QStringLiteral("button"));
    }
    for (QGroupBox* box : window->findChildren<QGroupBox*>()) {
        if (seen(box))
            add(box->title(), QStringLiteral("group box"));
    }
    return keys;
}

QStringList clashes(QWidget* window)
{
    QStringList found;
    const QMap<QChar, QStringList> keys = visibleMnemonics(window);
    for (auto it = keys.cbegin(); it != keys.cend(); ++it) {
        if (it.value().size() > 1)
            found.append(QStringLiteral("Alt+%1: %2").arg(it.key(), it.value().join(QStringLiteral(", "))));
    }
    return found;
}

// ---- Tab order -------------------------------------------------------------------------

bool takesTab(QWidget* widget, QWidget* window)
{
    // Buttons of an exclusive group are one Tab stop, the checked one (Qt's own rule, as
    // for radio buttons: the arrow keys move within the group).
    if (auto* button = qobject_cast<QAbstractButton*>(widget)) {
        const bool exclusive = button->autoExclusive() || (button->group() && button->group()->exclusive());
        if (exclusive && button->isCheckable() && !button->isChecked())
            return false;
    }
    return (widget->focusPolicy() & Qt::TabFocus) == Qt::TabFocus && widget->isEnabled()
        && widget->isVisibleTo(window) && !widget->focusProxy() && !widget->isWindow();
}

bool holdsTabStop(QWidget* widget, QWidget* window)
{
    if (!widget->isVisibleTo(window) || widget->isWindow())
        return false;
    if (takesTab(widget, window))
        return true;
    const QList<QWidget*> children = widget->findChildren<QWidget*>(QString(), Qt::FindDirectChildrenOnly);
    return std::any_of(children.cbegin(), children.cend(),
                       [window](QWidget* child) { return holdsTabStop(child, window); });
}

// The reading order of the widgets a Tab can reach: each container's parts top to bottom,
// parts side by side (overlapping vertically) left to right, and a part's own parts before
// the next part (a splitter's left pane before its right pane).
void visualOrder(QWidget* container, QWidget* window, QList<QWidget*>& order)
{
    QList<QWidget*> parts;
    for (QWidget* child : container->findChildren<QWidget*>(QString(), Qt::FindDirectChildrenOnly)) {
        if (holdsTabStop(child, window))
            parts.append(child);
    }
    const auto box = [window](QWidget* widget) {
        return QRect(widget->mapTo(window, QPoint(0, 0)), widget->size());
    };
    std::sort(parts.begin(), parts.end(), [&box](QWidget* a, QWidget* b) { return box(a).top() < box(b).top(); });
    QList<QList<QWidget*>> lines;
    int lineBottom = 0;
    for (QWidget* part : std::as_const(parts)) {
        const QRect r = box(part);
        if (!lines.isEmpty() && r.center().y() < lineBottom) {
            lines.last().append(part);
            lineBottom = qMax(lineBottom, r.bottom());
        } else {
            lines.append({ part });
            lineBottom = r.bottom();
        }
    }
    for (QList<QWidget*>& line : lines) {
        std::sort(line.begin(), line.end(), [&box](QWidget* a, QWidget* b) { return box(a).left() < box(b).left(); });
        for (QWidget* part : std::as_const(line)) {
            if (takesTab(part, window))
                order.append(part);
            else
                visualOrder(part, window, order);
        }
    }
}

QString nameOf(QWidget* widget)
{
    if (!widget)
        return QStringLiteral("(nothing)");
    QString name = widget->objectName();
    if (name.isEmpty()) {
        if (auto* button = qobject_cast<QAbstractButton*>(widget))
            name = QLatin1Char('"') + button->text() + QLatin1Char('"');
        else
            name = QString::fromLatin1(widget->metaObject()->className());
    }
    return name;
}

QStringList names(const QList<QWidget*>& widgets)
{
    QStringList list;
    for (QWidget* widget : widgets)
        list.append(nameOf(widget));
    return list;
}

// Presses Tab through the window from the first stop and compares where the focus goes
// with the reading order.
void checkTabOrder(QWidget* window)
{
    QList<QWidget*> expected;
    visualOrder(window, window, expected);
    QVERIFY2(expected.size() >= 2, qPrintable(names(expected).join(QStringLiteral(", "))));
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window));
    expected.constFirst()->setFocus(Qt::TabFocusReason);
    QTRY_COMPARE(QApplication::focusWidget(), expected.constFirst());
    QList<QWidget*> actual { expected.constFirst() };
    for (qsizetype i = 1; i < expected.size(); ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QWidget* focus = QApplication::focusWidget();
        // A composite's inner editor (spin box, editable combo) stands for the composite.
        while (focus && !expected.contains(focus) && focus->parentWidget() && focus != window)
            focus = focus->parentWidget();
        actual.append(focus);
    }
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(names(actual), names(expected));
    QVERIFY2(QApplication::focusWidget() == expected.constFirst(),
             qPrintable(QStringLiteral("after the last stop, Tab went to %1 (reading order: %2)")
                            .arg(nameOf(QApplication::focusWidget()), names(expected).join(QStringLiteral(", ")))));
}

} // namespace

// Item 2 of issue 11: every page and dialog walked as a screen reader and a keyboard user
// meet it: accessible names, unique Alt+letter keys, Tab in reading order.
class TestAccessibility final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void checksCanFail();
    void everyInteractiveElementIsNamed();
    void mnemonicsAreUniqueInEachWindow();
    void tabFollowsTheVisualOrder_data();
    void tabFollowsTheVisualOrder();
    void fieldErrorsAreOnFocusableWidgets();

private:
    // Every page and dialog, built over the real database; each is shown, inspected by check
    // and closed. Modal message boxes are inspected while they run.
    void forEachWindow(const std::function<void(const QString& what, QWidget* window)>& check);
    qint64 addLead(const QString& first, const QString& last);

    QTemporaryDir m_dir;
    int m_counter = 0;
    MailTestFixture m_fixture;
    std::unique_ptr<LeadRepository> m_repository;
    std::unique_ptr<IntakeService> m_intake;
    std::unique_ptr<PasswordHasher> m_hasher;
    std::unique_ptr<AccountRepository> m_accountRepository;
    std::unique_ptr<AccountService> m_accounts;
    std::unique_ptr<Session> m_session;
    ScriptedDialogs m_dialogs;
    std::optional<UserAccount> m_admin;
    std::unique_ptr<FirmSettings> m_firm;
};

void TestAccessibility::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setApplicationName(QStringLiteral("leadintake-test"));
    QAccessible::setActive(true);
}

void TestAccessibility::init()
{
    QVERIFY(m_fixture.open(m_dir.filePath(QStringLiteral("a11y-%1.sqlite").arg(++m_counter))));
    m_repository = std::make_unique<LeadRepository>(m_fixture.db->connection());
    m_intake = std::make_unique<IntakeService>(*m_repository, LeadValidator());
    m_hasher = std::make_unique<PasswordHasher>(PasswordHasher::minimum());
    m_accountRepository = std::make_unique<AccountRepository>(m_fixture.db->connection());
    m_accounts = std::make_unique<AccountService>(*m_accountRepository, *m_hasher);
    m_session = std::make_unique<Session>(QStringLiteral("Front desk (reception)"));
    m_dialogs = ScriptedDialogs();
    const Result<qint64> id = m_accounts->addUser(
        { QStringLiteral("ada"), QStringLiteral("Ada Admin"), QStringLiteral("ada@example.com"), Role::Admin },
        "ada's long password", Actor { std::nullopt, QStringLiteral("cli") });
    QVERIFY(id);
    m_admin = m_accountRepository->user(*id).value();
}

void TestAccessibility::cleanup()
{
    m_firm.reset();
    m_session.reset();
    m_accounts.reset();
    m_accountRepository.reset();
    m_hasher.reset();
    m_intake.reset();
    m_repository.reset();
    m_fixture.close();
}

qint64 TestAccessibility::addLead(const QString& first, const QString& last)
{
    const QString resume = TestSupport::writeFile(m_dir, first + QStringLiteral(".pdf"), TestSupport::makePdf(first));
    const IntakeService::Outcome outcome = m_intake->submit(
        LeadDraft { first, last, first.toLower() + QStringLiteral("@example.com"), resume, QStringLiteral("en") },
        QStringLiteral("test"), IntakeService::Duplicates::SaveAnyway);
    if (!outcome.saved())
        qFatal("adding a lead failed");
    return outcome.leadId;
}

void TestAccessibility::forEachWindow(const std::function<void(const QString&, QWidget*)>& check)
{
    const qint64 lead = addLead(QStringLiteral("Ana"), QStringLiteral("Ruiz"));
    addLead(QStringLiteral("Ben"), QStringLiteral("Stone"));

    // The main window as an administrator sees it, one page at a time.
    {
        MainWindow window(*m_repository, *m_intake, *m_accounts, *m_session, m_dialogs, m_fixture.db->path());
        window.setMail(m_fixture.mail.get());
        m_session->signIn(*m_admin);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* tabs = window.findChild<QTabWidget*>(QStringLiteral("pages"));
        QVERIFY(tabs);
        for (int i = 0; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            if (auto* leads = qobject_cast<LeadsPage*>(tabs->currentWidget())) {
                leads->showLead(lead); // the detail pane and its buttons
                check(QStringLiteral("main window, Leads page"), &window);
                // "Mark as reached out" offers Undo.
                QTest::keyClick(leads->findChild<QTableView*>(QStringLiteral("leadsTable")), Qt::Key_R,
                                Qt::ControlModifier);
                QVERIFY(leads->findChild<QWidget*>(QStringLiteral("undoBar"))->isVisibleTo(&window));
                check(QStringLiteral("main window, Leads page with Undo"), &window);
                continue;
            }
            check(QStringLiteral("main window, page %1").arg(tabs->tabText(i)), &window);
        }

        auto* settings = new SettingsDialog(*m_fixture.mail, m_dialogs, &window);
        settings->show();
        QVERIFY(QTest::qWaitForWindowExposed(settings));
        auto* settingsTabs = settings->findChild<QTabWidget*>(QStringLiteral("settingsTabs"));
        for (int i = 0; i < settingsTabs->count(); ++i) {
            settingsTabs->setCurrentIndex(i);
            check(QStringLiteral("Settings, tab %1").arg(settingsTabs->tabText(i)), settings);
        }
        delete settings;

        const auto page = [&](const QString& what, QWidget* widget) {
            widget->show();
            QVERIFY(QTest::qWaitForWindowExposed(widget));
            check(what, widget);
        };
        AccountDialog add(*m_accounts, m_session->actor(), &window);
        page(QStringLiteral("Add account dialog"), &add);
        add.hide();
        AccountDialog reset(*m_accounts, m_session->actor(), *m_admin, &window);
        page(QStringLiteral("Reset password dialog"), &reset);
        reset.hide();
        // File → Import leads…, with a file loaded (preview and mapping filled).
        const QString csv = TestSupport::writeFile(m_dir, QStringLiteral("import.csv"),
                                                   "Vorname;Nachname;E-Mail\nAna;Ruiz;ana@example.com\n");
        ImportDialog import(m_fixture.db->connection(), m_dialogs, QStringLiteral("admin"), std::nullopt, &window);
        import.setFile(csv);
        page(QStringLiteral("Import dialog"), &import);
        import.hide();

        // The message boxes the window builds, while they run.
        QTimer::singleShot(0, this, [&] {
            QWidget* box = QApplication::activeModalWidget();
            QVERIFY(box);
            check(QStringLiteral("duplicate question"), box);
            box->close();
        });
        WidgetDialogs().ask(&window, QStringLiteral("Possible duplicate"), QStringLiteral("Open it?"),
                            IntakePage::tr("Open existing lead"), IntakePage::tr("Save anyway"));
        QTimer::singleShot(0, this, [&] {
            QWidget* box = QApplication::activeModalWidget();
            QVERIFY(box);
            check(QStringLiteral("About box"), box);
            box->close();
        });
        for (QAction* action : window.menuBar()->actions()) {
            if (!action->menu())
                continue;
            for (QAction* item : action->menu()->actions()) {
                if (item->text().contains(QStringLiteral("About")))
                    item->trigger();
            }
        }
        m_session->signOut();
    }

    {
        SignInDialog signIn(*m_accounts, QStringLiteral("desk"), Role::Receptionist);
        signIn.show();
        QVERIFY(QTest::qWaitForWindowExposed(&signIn));
        check(QStringLiteral("Sign-in dialog"), &signIn);
    }
    {
        FirmSettings firm(m_fixture.db->connection());
        SetupDialog setup(*m_accounts, firm, QStringLiteral("desk"));
        setup.show();
        QVERIFY(QTest::qWaitForWindowExposed(&setup));
        check(QStringLiteral("Setup dialog"), &setup);
    }
    {
        QTimer::singleShot(0, this, [&] {
            QWidget* dialog = QApplication::activeModalWidget();
            QVERIFY(dialog);
            // The server's part of the form (enabled when chosen).
            if (auto* server = dialog->findChild<QAbstractButton*>(QStringLiteral("officeServerRadio")))
                server->setChecked(true);
            check(QStringLiteral("Database choice dialog"), dialog);
            qobject_cast<QDialog*>(dialog)->reject();
        });
        SetupDialog::chooseDatabase(m_dir.filePath(QStringLiteral("leads.sqlite")),
                                    [](const DatabaseTarget&) -> Result<QString> { return QStringLiteral("ok"); });
    }
    {
        KioskWindow kiosk(*m_intake, *m_accounts, m_dialogs, QStringLiteral("kiosk"));
        kiosk.setResumePlaces({ { QStringLiteral("Documents"), m_dir.path() } });
        kiosk.resize(1024, 700);
        kiosk.show();
        QVERIFY(QTest::qWaitForWindowExposed(&kiosk));
        check(QStringLiteral("Kiosk form"), &kiosk);
        auto* choose = kiosk.findChild<QAbstractButton*>(QStringLiteral("chooseResumeButton"));
        choose->click();
        QTRY_VERIFY(kiosk.isShowingPicker());
        check(QStringLiteral("Kiosk resume picker"), &kiosk);
        auto* stack = kiosk.findChild<QStackedWidget*>(QStringLiteral("kioskPages"));
        stack->setCurrentWidget(kiosk.findChild<QWidget*>(QStringLiteral("thanksPage")));
        check(QStringLiteral("Kiosk thanks page"), &kiosk);
        kiosk.findChild<QAbstractButton*>(QStringLiteral("startOverButton"))->click();
    }
}

// The checks themselves find what they look for: an unnamed button, a clash of Alt+F
// between a menu and a label, a Tab order running backwards.
void TestAccessibility::checksCanFail()
{
    QWidget window;
    auto* bar = new QMenuBar(&window);
    bar->addMenu(QStringLiteral("&File"));
    auto* edit = new QLineEdit(&window);
    auto* label = new QLabel(QStringLiteral("&First name"), &window);
    label->setBuddy(edit);
    auto* iconOnly = new QPushButton(&window);
    auto* save = new QPushButton(QStringLiteral("Save"), &window);
    bar->setGeometry(0, 0, 300, 20);
    label->setGeometry(0, 30, 80, 20);
    edit->setGeometry(90, 30, 100, 20);
    iconOnly->setGeometry(0, 60, 40, 20);
    save->setGeometry(50, 60, 60, 20);
    QWidget::setTabOrder(edit, save);
    QWidget::setTabOrder(save, iconOnly);
    window.resize(300, 100);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    const Walk result = walkWindow(&window);
    QCOMPARE(result.unnamed.size(), 1);
    QVERIFY2(result.unnamed.constFirst().startsWith(QLatin1String("QPushButton")), qPrintable(result.unnamed.constFirst()));
    QCOMPARE(clashes(&window).size(), 1);
    QVERIFY2(clashes(&window).constFirst().startsWith(QLatin1String("Alt+F")), qPrintable(clashes(&window).constFirst()));
    QList<QWidget*> order;
    visualOrder(&window, &window, order);
    QCOMPARE(order, (QList<QWidget*> { edit, iconOnly, save }));
}

void TestAccessibility::everyInteractiveElementIsNamed()
{
    int named = 0;
    QStringList unnamed;
    forEachWindow([&](const QString& what, QWidget* window) {
        const Walk result = walkWindow(window);
        named += result.named;
        for (const QString& element : result.unnamed)
            unnamed.append(what + QStringLiteral(": ") + element);
    });
    qInfo("%d interactive elements named", named);
    QVERIFY2(unnamed.isEmpty(), qPrintable(QStringLiteral("\nUnnamed:\n  ") + unnamed.join(QStringLiteral("\n  "))));
    QVERIFY(named > 100);
}

void TestAccessibility::mnemonicsAreUniqueInEachWindow()
{
    QStringList found;
    int windows = 0;
    forEachWindow([&](const QString& what, QWidget* window) {
        ++windows;
        for (const QString& clash : clashes(window))
            found.append(what + QStringLiteral(": ") + clash);
    });
    QVERIFY(windows > 10);
    QVERIFY2(found.isEmpty(), qPrintable(QStringLiteral("\n  ") + found.join(QStringLiteral("\n  "))));
}

void TestAccessibility::tabFollowsTheVisualOrder_data()
{
    QTest::addColumn<QString>("form");
    for (const char* form : { "intake page", "leads page", "outbox page", "accounts page", "settings email tab",
                              "settings templates tab", "sign-in dialog", "setup dialog", "add account dialog",
                              "kiosk form", "kiosk resume picker", "database choice dialog" })
        QTest::newRow(form) << QString::fromLatin1(form);
}

void TestAccessibility::tabFollowsTheVisualOrder()
{
    QFETCH(QString, form);
    const qint64 lead = addLead(QStringLiteral("Ana"), QStringLiteral("Ruiz"));
    m_session->signIn(*m_admin);
    std::unique_ptr<QWidget> window;
    if (form == QLatin1String("database choice dialog")) {
        // Modal, built and run by one call: checked while it runs.
        QTimer::singleShot(0, this, [] {
            auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            const auto close = qScopeGuard([dialog] { dialog->reject(); });
            QVERIFY(QTest::qWaitForWindowActive(dialog));
            // The server's part of the form, enabled when chosen (Space on its choice).
            auto* server = dialog->findChild<QAbstractButton*>(QStringLiteral("officeServerRadio"));
            server->setFocus(Qt::TabFocusReason);
            QTest::keyClick(server, Qt::Key_Space);
            QVERIFY(server->isChecked());
            checkTabOrder(dialog);
        });
        SetupDialog::chooseDatabase(m_dir.filePath(QStringLiteral("leads.sqlite")),
                                    [](const DatabaseTarget&) -> Result<QString> { return QStringLiteral("ok"); });
        m_session->signOut();
        return;
    }
    if (form == QLatin1String("intake page")) {
        auto* intake = new IntakePage(*m_intake, m_dialogs, QStringLiteral("desk"));
        intake->setResumePath(m_dir.filePath(QStringLiteral("Ana.pdf"))); // shows "Remove"
        window.reset(intake);
    } else if (form == QLatin1String("leads page")) {
        auto* leads = new LeadsPage(*m_repository, m_dialogs, QStringLiteral("Ada Admin"));
        window.reset(leads);
        leads->resize(1100, 700);
        leads->show();
        leads->showLead(lead);
        // Every stop there can be: the error banner's close button and Undo as well.
        QTest::keyClick(leads->findChild<QTableView*>(QStringLiteral("leadsTable")), Qt::Key_R, Qt::ControlModifier);
        leads->findChild<QWidget*>(QStringLiteral("errorBanner"))->show();
        leads->findChild<QPlainTextEdit*>(QStringLiteral("noteEdit"))->setPlainText(QStringLiteral("A note"));
    } else if (form == QLatin1String("outbox page")) {
        window = std::make_unique<OutboxPage>(*m_fixture.mail);
    } else if (form == QLatin1String("accounts page")) {
        auto* accounts = new AccountsPage(*m_accounts, *m_session);
        window.reset(accounts);
        accounts->findChild<QTableWidget*>(QStringLiteral("accountsTable"))->selectRow(0);
    } else if (form.startsWith(QLatin1String("settings"))) {
        auto* settings = new SettingsDialog(*m_fixture.mail, m_dialogs);
        window.reset(settings);
        settings->findChild<QTabWidget*>(QStringLiteral("settingsTabs"))->setCurrentIndex(form.endsWith(QLatin1String("templates tab")) ? 1 : 0);
    } else if (form == QLatin1String("sign-in dialog")) {
        window = std::make_unique<SignInDialog>(*m_accounts, QStringLiteral("desk"), Role::Receptionist);
    } else if (form == QLatin1String("setup dialog")) {
        m_firm = std::make_unique<FirmSettings>(m_fixture.db->connection());
        window = std::make_unique<SetupDialog>(*m_accounts, *m_firm, QStringLiteral("desk"));
    } else if (form == QLatin1String("add account dialog")) {
        window = std::make_unique<AccountDialog>(*m_accounts, m_session->actor());
    } else if (form.startsWith(QLatin1String("kiosk"))) {
        auto* kiosk = new KioskWindow(*m_intake, *m_accounts, m_dialogs, QStringLiteral("kiosk"));
        window.reset(kiosk);
        kiosk->setResumePlaces({ { QStringLiteral("Documents"), m_dir.path() } });
        kiosk->resize(1024, 700);
        if (form.endsWith(QLatin1String("picker"))) {
            kiosk->show();
            kiosk->findChild<QAbstractButton*>(QStringLiteral("chooseResumeButton"))->click();
            QTRY_VERIFY(kiosk->isShowingPicker());
            // A file chosen: "Use this file" is a stop too.
            auto* files = kiosk->findChild<QAbstractItemView*>(QStringLiteral("fileList"));
            QTRY_VERIFY(files->model()->rowCount(files->rootIndex()) > 0);
            files->setCurrentIndex(files->model()->index(0, 0, files->rootIndex()));
        }
    }
    QVERIFY(window);
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    checkTabOrder(window.get());
    window.reset();
    m_session->signOut();
}

void TestAccessibility::fieldErrorsAreOnFocusableWidgets()
{
    IntakePage page(*m_intake, m_dialogs, QStringLiteral("desk"));
    page.show();
    QVERIFY(QTest::qWaitForWindowActive(&page));
    auto* email = page.findChild<QLineEdit*>(QStringLiteral("emailEdit"));
    auto* choose = page.findChild<QAbstractButton*>(QStringLiteral("chooseResumeButton"));
    email->setFocus();
    QTest::keyClicks(email, QStringLiteral("not-an-email"));
    QTest::keyClick(page.findChild<QLineEdit*>(QStringLiteral("firstNameEdit")), Qt::Key_Return,
                    Qt::ControlModifier); // save: every field is checked
    const auto description = [](QWidget* widget) {
        QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(widget);
        return iface ? iface->text(QAccessible::Description) : QString();
    };
    const QString emailError = page.findChild<QLabel*>(QStringLiteral("emailError"))->text();
    QVERIFY(!emailError.isEmpty());
    QVERIFY2(description(email).contains(emailError), qPrintable(description(email)));
    const QString resumeError = page.findChild<QLabel*>(QStringLiteral("resumeError"))->text();
    QVERIFY(!resumeError.isEmpty());
    QVERIFY2(choose->focusPolicy() & Qt::TabFocus, "the resume's error sits on a focusable button");
    QVERIFY2(description(choose).contains(resumeError), qPrintable(description(choose)));
    // Corrected, the error goes from the description too.
    email->setFocus();
    email->selectAll();
    QTest::keyClicks(email, QStringLiteral("ana@example.com"));
    QTRY_VERIFY2(!description(email).contains(emailError), qPrintable(description(email)));
    page.hide();

    // Sign-in: a wrong password is said by the password field, which has the focus.
    {
        SignInDialog signIn(*m_accounts, QStringLiteral("desk"), Role::Receptionist);
        signIn.show();
        QVERIFY(QTest::qWaitForWindowActive(&signIn));
        auto* user = signIn.findChild<QLineEdit*>(QStringLiteral("usernameEdit"));
        auto* password = signIn.findChild<QLineEdit*>(QStringLiteral("passwordEdit"));
        user->setFocus();
        QTest::keyClicks(user, QStringLiteral("ada"));
        QTest::keyClick(user, Qt::Key_Tab);
        QTest::keyClicks(password, QStringLiteral("not the password"));
        QTest::keyClick(password, Qt::Key_Return);
        auto* label = signIn.findChild<QLabel*>(QStringLiteral("signInMessage"));
        QTRY_VERIFY(!label->text().isEmpty());
        const QString shown = label->text();
        QCOMPARE(QApplication::focusWidget(), password);
        QVERIFY2(description(password).contains(shown), qPrintable(description(password)));
        QVERIFY(!description(user).contains(shown));
    }

    // Settings: a refused address is said by its field, which gets the focus.
    {
        SettingsDialog settings(*m_fixture.mail, m_dialogs);
        settings.show();
        QVERIFY(QTest::qWaitForWindowActive(&settings));
        auto* address = settings.findChild<QLineEdit*>(QStringLiteral("notificationAddressEdit"));
        address->setFocus();
        address->selectAll();
        QTest::keyClicks(address, QStringLiteral("not an address"));
        auto* save = settings.findChild<QPushButton*>(QStringLiteral("saveButton"));
        save->setFocus(Qt::TabFocusReason);
        QTest::keyClick(save, Qt::Key_Space);
        const QString shown = settings.findChild<QLabel*>(QStringLiteral("settingsError"))->text();
        QVERIFY(!shown.isEmpty());
        QCOMPARE(QApplication::focusWidget(), address);
        QVERIFY2(description(address).contains(shown), qPrintable(description(address)));
    }
}

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
