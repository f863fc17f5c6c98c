#include "widgetlookup.h"
#include "accountrepository.h"
#include "accountservice.h"
#include "accountspage.h"
#include "database.h"
#include "firmsettings.h"
#include "intakepage.h"
#include "intakeservice.h"
#include "leaddetailpane.h"
#include "leadrepository.h"
#include "leadspage.h"
#include "mainwindow.h"
#include "passwordhasher.h"
#include "deskservices.h"
#include "scripteddialogs.h"
#include "session.h"
#include "setupdialog.h"
#include "signindialog.h"
#include "testsupport.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

using GuiTest::find;
using GuiTest::screenshot;

namespace {

const QByteArray kAdminPassword = "admin password one";
const QByteArray kAnaPassword = "ana's long password";
const QByteArray kRitaPassword = "rita's long password";


} // namespace

// Sign-in, roles, idle lock, the Accounts page, notes and the first-start setup, through
// the real window.
class TestSignIn final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void receptionistCannotReachTheLeads_data();
    void receptionistCannotReachTheLeads();
    void attorneySignsInAndOut();
    void wrongPasswordIsRefusedInline();
    void idleTimeLocksAndForgetsTheLeads();
    void notesResumesAndStatusAreRecordedForTheUser();
    void intakeRecordsTheDeskOrTheUser();
    void administratorManagesAccounts();
    void administratorEditsNameAndEmail();
    void firstStartSetup();
    void firstStartSetupRequiresAFirmName_data();
    void firstStartSetupRequiresAFirmName();

private:
    void signIn(const QString& username, const QByteArray& password);
    qint64 addLead(const QString& first);
    QStringList eventRows(qint64 leadId) const;
    int accountLogCount(const QString& kind, qint64 userId) const;

    QTemporaryDir m_dir;
    int m_counter = 0;
    std::unique_ptr<DeskServices> m_desk;
    std::unique_ptr<Session> m_session;
    ScriptedDialogs m_dialogs;
    std::unique_ptr<MainWindow> m_window;
    UserAccount m_admin;
    UserAccount m_ana;
    UserAccount m_rita;
    QString m_pdf;
};

void TestSignIn::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setApplicationName(QStringLiteral("leadintake-test"));
}

void TestSignIn::init()
{
    auto db = Database::open(m_dir.filePath(QStringLiteral("signin-%1.sqlite").arg(++m_counter)));
    QVERIFY2(db, qPrintable(db.error().message));
    m_desk = std::make_unique<DeskServices>(std::move(db).value());
    const Actor cli { std::nullopt, QStringLiteral("cli") };
    const auto add = [&](const QString& username, const QString& name, Role role, const QByteArray& password) {
        const Result<qint64> id = m_desk->accounts.addUser({ username, name, {}, role }, password, cli);
        if (!id)
            qFatal("%s", qPrintable(id.error().message));
        return m_desk->accountRepository.user(id.value()).value();
    };
    m_admin = add(QStringLiteral("ada"), QStringLiteral("Ada Admin"), Role::Admin, kAdminPassword);
    m_ana = add(QStringLiteral("ana"), QStringLiteral("Ana Ruiz"), Role::Attorney, kAnaPassword);
    m_rita = add(QStringLiteral("rita"), QStringLiteral("Rita Reception"), Role::Receptionist, kRitaPassword);
    m_session = std::make_unique<Session>(QStringLiteral("Front desk (reception)"));
    m_dialogs = ScriptedDialogs();
    m_window = std::make_unique<MainWindow>(m_desk->leads, m_desk->intake, m_desk->accounts, *m_session, m_dialogs,
                                            m_desk->db.path());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->activateWindow();
    m_pdf = TestSupport::writeFile(m_dir, QStringLiteral("cv.pdf"), TestSupport::makePdf());
}

void TestSignIn::cleanup()
{
    m_window.reset();
    m_session.reset();
    m_desk.reset();
}

void TestSignIn::signIn(const QString& username, const QByteArray& password)
{
    QTest::keySequence(m_window.get(), QKeySequence(Qt::CTRL | Qt::Key_L));
    SignInDialog* dialog = m_window->signInDialog();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QTest::keyClicks(find<QLineEdit>(dialog, "usernameEdit"), username);
    QTest::keyClicks(find<QLineEdit>(dialog, "passwordEdit"), QString::fromUtf8(password));
    QTest::mouseClick(find<QPushButton>(dialog, "signInButton"), Qt::LeftButton);
    if (m_session->isSignedIn()) {
        // As the window manager would: the window is active again once the dialog is gone.
        QTRY_VERIFY(!m_window->signInDialog());
        m_window->activateWindow();
        QTRY_VERIFY(m_window->isActiveWindow());
    }
}

qint64 TestSignIn::addLead(const QString& first)
{
    const IntakeService::Outcome outcome = m_desk->intake.submit(
        { first, QStringLiteral("Doe"), first.toLower() + QStringLiteral("@example.com"), m_pdf },
        QStringLiteral("Front desk (reception)"), IntakeService::Duplicates::SaveAnyway);
    if (!outcome.saved())
        qFatal("addLead failed");
    return outcome.leadId;
}

QStringList TestSignIn::eventRows(qint64 leadId) const
{
    QSqlQuery query(m_desk->db.connection());
    query.prepare(QStringLiteral("SELECT kind, actor, coalesce(actor_id, 0) FROM lead_events WHERE lead_id = ? ORDER BY id"));
    query.addBindValue(leadId);
    if (!query.exec())
        qFatal("eventRows failed");
    QStringList rows;
    while (query.next())
        rows.append(query.value(0).toString() + QLatin1Char('|') + query.value(1).toString() + QLatin1Char('|')
                    + query.value(2).toString());
    return rows;
}

int TestSignIn::accountLogCount(const QString& kind, qint64 userId) const
{
    QSqlQuery query(m_desk->db.connection());
    query.prepare(QStringLiteral("SELECT count(*) FROM account_log WHERE kind = ? AND user_id = ?"));
    query.addBindValue(kind);
    query.addBindValue(userId);
    if (!query.exec() || !query.next())
        qFatal("accountLogCount failed");
    return query.value(0).toInt();
}

void TestSignIn::receptionistCannotReachTheLeads_data()
{
    QTest::addColumn<bool>("signedInAsReceptionist");
    QTest::newRow("front desk, not signed in") << false;
    QTest::newRow("receptionist account") << true;
}

void TestSignIn::receptionistCannotReachTheLeads()
{
    QFETCH(bool, signedInAsReceptionist);
    addLead(QStringLiteral("Jane"));
    if (signedInAsReceptionist) {
        signIn(QStringLiteral("rita"), kRitaPassword);
        QTRY_VERIFY(m_session->isSignedIn());
    }
    auto* tabs = find<QTabWidget>(m_window.get(), "pages");
    QCOMPARE(tabs->count(), 1);
    QCOMPARE(tabs->currentWidget(), m_window->intakePage());

    // Shortcuts: Leads, Accounts, Find, Mark as reached out.
    for (const QKeySequence& keys : { QKeySequence(Qt::CTRL | Qt::Key_2), QKeySequence(Qt::CTRL | Qt::Key_3),
                                      QKeySequence(QKeySequence::Find), QKeySequence(Qt::CTRL | Qt::Key_R) }) {
        QTest::keySequence(m_window.get(), keys);
        QCOMPARE(tabs->count(), 1);
        QCOMPARE(tabs->currentWidget(), m_window->intakePage());
    }
    // Commands.
    QVERIFY(!m_window->showPage(MainWindow::Page::Leads));
    QVERIFY(!m_window->showPage(MainWindow::Page::Accounts));
    QVERIFY(!m_window->leadsPage());
    QVERIFY(!m_window->findChild<QTableView*>(QStringLiteral("leadsTable")));
    QVERIFY(!m_window->findChild<LeadsPage*>());
    QVERIFY(!m_window->findChild<AccountsPage*>());
    // Menus: nothing that leads there is visible or enabled.
    const QList<QAction*> actions = m_window->findChildren<QAction*>();
    for (QAction* action : actions) {
        const QString text = action->text();
        if (text.contains(QStringLiteral("Leads")) || text.contains(QStringLiteral("Find"))
            || text.contains(QStringLiteral("Accounts")) || text.contains(QStringLiteral("Reached Out"))
            || text == QStringLiteral("L&ead")) {
            QVERIFY2(!action->isVisible() || !action->isEnabled(), qPrintable(text));
        }
    }
    // The duplicate warning's "Open existing lead" does not open it either.
    m_dialogs.nextAnswer = Dialogs::Answer::Primary;
    QTest::keyClicks(find<QLineEdit>(m_window.get(), "firstNameEdit"), QStringLiteral("Jane"));
    QTest::keyClicks(find<QLineEdit>(m_window.get(), "lastNameEdit"), QStringLiteral("Doe"));
    QTest::keyClicks(find<QLineEdit>(m_window.get(), "emailEdit"), QStringLiteral("jane@example.com"));
    m_dialogs.nextOpenFile = m_pdf;
    QTest::mouseClick(find<QPushButton>(m_window.get(), "chooseResumeButton"), Qt::LeftButton);
    QTest::mouseClick(find<QPushButton>(m_window.get(), "submitButton"), Qt::LeftButton);
    QCOMPARE(m_dialogs.asked.size(), 1);
    QCOMPARE(tabs->currentWidget(), m_window->intakePage());
    QCOMPARE(tabs->count(), 1);
}

void TestSignIn::attorneySignsInAndOut()
{
    signIn(QStringLiteral("ANA"), kAnaPassword);
    QTRY_VERIFY(m_window->leadsPage());
    auto* tabs = find<QTabWidget>(m_window.get(), "pages");
    QCOMPARE(tabs->currentWidget(), m_window->leadsPage());
    QCOMPARE(tabs->count(), 4); // leads, the party list and the dashboard; no Accounts page for an attorney
    QVERIFY(!m_window->showPage(MainWindow::Page::Accounts));
    QVERIFY(find<QLabel>(m_window.get(), "sessionLabel")->text().contains(QStringLiteral("Ana Ruiz")));
    QTRY_VERIFY(!m_window->signInDialog());
    QCOMPARE(accountLogCount(QStringLiteral("signed_in"), m_ana.id), 1);

    QTest::keySequence(m_window.get(), QKeySequence(Qt::CTRL | Qt::Key_1));
    QCOMPARE(tabs->currentWidget(), m_window->intakePage());
    QTest::keySequence(m_window.get(), QKeySequence(Qt::CTRL | Qt::Key_2));
    QCOMPARE(tabs->currentWidget(), m_window->leadsPage());

    QTest::keySequence(m_window.get(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    QVERIFY(!m_session->isSignedIn());
    QVERIFY(!m_window->leadsPage());
    QCOMPARE(tabs->count(), 1);
    QCOMPARE(tabs->currentWidget(), m_window->intakePage());
    QCOMPARE(accountLogCount(QStringLiteral("signed_out"), m_ana.id), 1);

    // The desk's settings file (window geometry...) never holds the password.
    m_window->close();
    QSettings settings;
    settings.sync();
    QFile file(settings.fileName());
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(settings.fileName()));
    QVERIFY(!file.readAll().contains(kAnaPassword));
}

void TestSignIn::wrongPasswordIsRefusedInline()
{
    signIn(QStringLiteral("ana"), "not the password");
    SignInDialog* dialog = m_window->signInDialog();
    QVERIFY(dialog && dialog->isVisible());
    auto* message = find<QLabel>(dialog, "signInMessage");
    QVERIFY(message->isVisible());
    QCOMPARE(message->text(), QStringLiteral("Wrong user name or password."));
    QVERIFY(find<QLineEdit>(dialog, "passwordEdit")->text().isEmpty()); // not kept on screen
    QVERIFY(!m_session->isSignedIn());
    QCOMPARE(accountLogCount(QStringLiteral("sign_in_failed"), m_ana.id), 1);
    screenshot(dialog, QStringLiteral("signin-wrong-password"));

    QTest::keyClicks(find<QLineEdit>(dialog, "passwordEdit"), QString::fromUtf8(kAnaPassword));
    QTest::mouseClick(find<QPushButton>(dialog, "signInButton"), Qt::LeftButton);
    QTRY_VERIFY(m_session->isSignedIn());
}

void TestSignIn::idleTimeLocksAndForgetsTheLeads()
{
    const qint64 id = addLead(QStringLiteral("Jane"));
    m_window->setIdleTimeout(300);
    signIn(QStringLiteral("ana"), kAnaPassword);
    QTRY_VERIFY(m_window->leadsPage());
    m_window->leadsPage()->showLead(id);
    auto* detail = m_window->findChild<LeadDetailPane*>();
    QVERIFY(detail);
    QTRY_COMPARE(detail->leadId(), id);
    QPointer<LeadsPage> page = m_window->leadsPage();
    screenshot(m_window.get(), QStringLiteral("mainwindow-attorney"));

    // Nobody touches anything: the desk signs itself out.
    QTRY_VERIFY_WITH_TIMEOUT(!m_session->isSignedIn(), 5000);
    QVERIFY(page.isNull()); // destroyed, not hidden: no rows or details left in any widget
    QVERIFY(!m_window->findChild<LeadDetailPane*>());
    QVERIFY(!m_window->findChild<QTableView*>(QStringLiteral("leadsTable")));
    QCOMPARE(find<QTabWidget>(m_window.get(), "pages")->currentWidget(), m_window->intakePage());
    QCOMPARE(accountLogCount(QStringLiteral("locked"), m_ana.id), 1);
    screenshot(m_window.get(), QStringLiteral("mainwindow-locked"));
}

void TestSignIn::notesResumesAndStatusAreRecordedForTheUser()
{
    const qint64 id = addLead(QStringLiteral("Jane"));
    signIn(QStringLiteral("ana"), kAnaPassword);
    QTRY_VERIFY(m_window->leadsPage());
    m_window->leadsPage()->showLead(id);
    auto* detail = m_window->findChild<LeadDetailPane*>();
    QTRY_COMPARE(detail->leadId(), id);

    auto* note = find<QPlainTextEdit>(detail, "noteEdit");
    auto* addNote = find<QPushButton>(detail, "addNoteButton");
    QVERIFY(!addNote->isEnabled());
    QTest::keyClicks(note, QStringLiteral("Called, meeting on Tuesday"));
    QVERIFY(addNote->isEnabled());
    QTest::mouseClick(addNote, Qt::LeftButton);
    QVERIFY(note->toPlainText().isEmpty());
    auto* history = find<QListWidget>(detail, "historyList");
    QTRY_COMPARE(history->count(), 2);
    QVERIFY2(history->item(1)->text().startsWith(QStringLiteral("Note by Ana Ruiz, ")), qPrintable(history->item(1)->text()));
    QVERIFY(history->item(1)->text().endsWith(QStringLiteral(": Called, meeting on Tuesday")));

    QTest::mouseClick(find<QPushButton>(detail, "openResumeButton"), Qt::LeftButton);
    m_dialogs.nextSaveFile = m_dir.filePath(QStringLiteral("saved-%1.pdf").arg(m_counter));
    QTest::mouseClick(find<QPushButton>(detail, "saveResumeButton"), Qt::LeftButton);
    m_window->leadsPage()->markReachedOutAction()->trigger();
    QTRY_COMPARE(m_desk->leads.lead(id)->status, LeadStatus::ReachedOut);
    QTRY_COMPARE(history->count(), 5);
    QVERIFY2(history->item(4)->text().startsWith(QStringLiteral("Marked reached out by Ana Ruiz, ")),
             qPrintable(history->item(4)->text()));
    screenshot(m_window.get(), QStringLiteral("mainwindow-notes"));

    const QString ana = QStringLiteral("|Ana Ruiz|") + QString::number(m_ana.id);
    QCOMPARE(eventRows(id), (QStringList { QStringLiteral("created|Front desk (reception)|0"),
                                           QStringLiteral("note") + ana, QStringLiteral("resume_opened") + ana,
                                           QStringLiteral("resume_exported") + ana,
                                           QStringLiteral("status_changed") + ana }));
}

void TestSignIn::intakeRecordsTheDeskOrTheUser()
{
    const auto type = [&](const QString& first) {
        QTest::keyClicks(find<QLineEdit>(m_window.get(), "firstNameEdit"), first);
        QTest::keyClicks(find<QLineEdit>(m_window.get(), "lastNameEdit"), QStringLiteral("Doe"));
        QTest::keyClicks(find<QLineEdit>(m_window.get(), "emailEdit"), first.toLower() + QStringLiteral("@example.com"));
        m_dialogs.nextOpenFile = m_pdf;
        QTest::mouseClick(find<QPushButton>(m_window.get(), "chooseResumeButton"), Qt::LeftButton);
        QTest::mouseClick(find<QPushButton>(m_window.get(), "submitButton"), Qt::LeftButton);
        return m_desk->leads.findByEmail(first.toLower() + QStringLiteral("@example.com"))->constFirst().id;
    };
    const qint64 byDesk = type(QStringLiteral("Jane"));
    QCOMPARE(eventRows(byDesk), QStringList { QStringLiteral("created|Front desk (reception)|0") });
    signIn(QStringLiteral("rita"), kRitaPassword);
    QTRY_VERIFY(m_session->isSignedIn());
    const qint64 byRita = type(QStringLiteral("Omar"));
    QCOMPARE(eventRows(byRita), QStringList { QStringLiteral("created|Rita Reception|") + QString::number(m_rita.id) });
}

void TestSignIn::administratorManagesAccounts()
{
    signIn(QStringLiteral("ada"), kAdminPassword);
    QTRY_VERIFY(m_session->isSignedIn());
    QTest::keySequence(m_window.get(), QKeySequence(Qt::CTRL | Qt::Key_3));
    auto* page = qobject_cast<AccountsPage*>(m_window->page(QStringLiteral("accountsPage")));
    QVERIFY(page);
    QCOMPARE(find<QTabWidget>(m_window.get(), "pages")->currentWidget(), page);
    auto* table = find<QTableWidget>(page, "accountsTable");
    QCOMPARE(table->rowCount(), 3);

    // Add.
    QTest::mouseClick(find<QPushButton>(page, "addAccountButton"), Qt::LeftButton);
    auto* dialog = page->findChild<QDialog*>(QStringLiteral("addAccountDialog"));
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QTest::keyClicks(find<QLineEdit>(dialog, "displayNameEdit"), QStringLiteral("Bruno Costa"));
    QTest::keyClicks(find<QLineEdit>(dialog, "usernameEdit"), QStringLiteral("bruno"));
    QTest::keyClicks(find<QLineEdit>(dialog, "emailEdit"), QStringLiteral("bruno@firm.example"));
    QTest::keyClicks(find<QLineEdit>(dialog, "passwordEdit"), QStringLiteral("short"));
    QTest::keyClicks(find<QLineEdit>(dialog, "confirmEdit"), QStringLiteral("short"));
    screenshot(dialog, QStringLiteral("account-add-dialog"));
    QTest::mouseClick(find<QPushButton>(dialog, "accountDialogOk"), Qt::LeftButton);
    QVERIFY(find<QLabel>(dialog, "accountDialogMessage")->text().contains(QStringLiteral("at least 10")));
    find<QLineEdit>(dialog, "passwordEdit")->setText(QStringLiteral("bruno's long password"));
    find<QLineEdit>(dialog, "confirmEdit")->setText(QStringLiteral("bruno's long password"));
    QTest::mouseClick(find<QPushButton>(dialog, "accountDialogOk"), Qt::LeftButton);
    QTRY_COMPARE(table->rowCount(), 4);
    const UserAccount bruno = m_desk->accountRepository.userByName(QStringLiteral("bruno")).value();
    QCOMPARE(bruno.role, Role::Attorney);
    QCOMPARE(page->selectedId(), bruno.id);

    // Change role.
    auto* role = find<QComboBox>(page, "roleCombo");
    role->setCurrentIndex(role->findData(int(Role::Receptionist)));
    Q_EMIT role->activated(role->currentIndex());
    QCOMPARE(m_desk->accountRepository.user(bruno.id)->role, Role::Receptionist);

    // Reset password.
    page->selectAccount(bruno.id);
    QTest::mouseClick(find<QPushButton>(page, "resetPasswordButton"), Qt::LeftButton);
    auto* reset = page->findChild<QDialog*>(QStringLiteral("resetPasswordDialog"));
    QVERIFY(reset);
    QTest::keyClicks(find<QLineEdit>(reset, "passwordEdit"), QStringLiteral("bruno's new password"));
    QTest::keyClicks(find<QLineEdit>(reset, "confirmEdit"), QStringLiteral("bruno's new password"));
    QTest::mouseClick(find<QPushButton>(reset, "accountDialogOk"), Qt::LeftButton);
    QVERIFY(m_desk->accounts.signIn(QStringLiteral("bruno"), "bruno's new password", QStringLiteral("test")));

    // Disable (never delete), and the admin cannot disable themself.
    page->selectAccount(bruno.id);
    QTest::mouseClick(find<QPushButton>(page, "disableAccountButton"), Qt::LeftButton);
    QVERIFY(m_desk->accountRepository.user(bruno.id)->disabled);
    QCOMPARE(table->rowCount(), 4);
    page->selectAccount(m_admin.id);
    QTest::mouseClick(find<QPushButton>(page, "disableAccountButton"), Qt::LeftButton);
    QVERIFY(!m_desk->accountRepository.user(m_admin.id)->disabled);
    QVERIFY(find<QLabel>(page, "accountsMessage")->isVisible());
    screenshot(m_window.get(), QStringLiteral("accounts-page"));

    // Every change is in the log, by the administrator.
    QSqlQuery query(m_desk->db.connection());
    QVERIFY(query.exec(QStringLiteral("SELECT kind FROM account_log WHERE user_id = %1 AND actor_id = %2 ORDER BY id")
                           .arg(bruno.id).arg(m_admin.id)));
    QStringList kinds;
    while (query.next())
        kinds.append(query.value(0).toString());
    QCOMPARE(kinds, (QStringList { QStringLiteral("account_created"), QStringLiteral("role_changed"),
                                   QStringLiteral("password_reset"), QStringLiteral("disabled") }));
    QVERIFY(find<QListWidget>(page, "accountLogList")->count() > 5);

    // Signing out removes the page.
    m_window->lock();
    QVERIFY(!m_window->page(QStringLiteral("accountsPage")));
    QVERIFY(!m_window->findChild<AccountsPage*>());
}

// "Edit name and email…" (Alt+M) on the Accounts page: the name and address filled in, a bad address refused
// in the dialog with nothing saved, then both saved, shown and logged by the administrator.
void TestSignIn::administratorEditsNameAndEmail()
{
    signIn(QStringLiteral("ada"), kAdminPassword);
    QTRY_VERIFY(m_session->isSignedIn());
    QTest::keySequence(m_window.get(), QKeySequence(Qt::CTRL | Qt::Key_3));
    auto* page = qobject_cast<AccountsPage*>(m_window->page(QStringLiteral("accountsPage")));
    QVERIFY(page);
    auto* edit = find<QPushButton>(page, "editAccountButton");
    QVERIFY(!edit->isEnabled()); // nothing selected
    page->selectAccount(m_ana.id);
    QVERIFY(edit->isEnabled());
    QCOMPARE(edit->text(), QStringLiteral("Edit na&me and email…"));
    QTest::mouseClick(edit, Qt::LeftButton);
    auto* dialog = page->findChild<QDialog*>(QStringLiteral("editAccountDialog"));
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    auto* name = find<QLineEdit>(dialog, "displayNameEdit");
    auto* email = find<QLineEdit>(dialog, "emailEdit");
    QCOMPARE(name->text(), QStringLiteral("Ana Ruiz"));
    QCOMPARE(email->text(), QString());
    QVERIFY(!dialog->findChild<QLineEdit*>(QStringLiteral("passwordEdit")));

    name->setText(QStringLiteral("Ana Ruiz Soto"));
    email->setText(QStringLiteral("ana@"));
    QTest::mouseClick(find<QPushButton>(dialog, "accountDialogOk"), Qt::LeftButton);
    QVERIFY(dialog->isVisible());
    QVERIFY2(find<QLabel>(dialog, "accountDialogMessage")->text().startsWith(QStringLiteral("The account's email address: ")),
             qPrintable(find<QLabel>(dialog, "accountDialogMessage")->text()));
    QCOMPARE(dialog->focusWidget(), email); // the wrong field gets the focus
    QCOMPARE(m_desk->accountRepository.user(m_ana.id)->displayName, QStringLiteral("Ana Ruiz"));

    email->setText(QStringLiteral("ana.ruiz@firm.example"));
    screenshot(dialog, QStringLiteral("account-edit-dialog"));
    QTest::keyClick(email, Qt::Key_Return);
    QTRY_VERIFY(!dialog->isVisible());
    const UserAccount ana = m_desk->accountRepository.user(m_ana.id).value();
    QCOMPARE(ana.displayName, QStringLiteral("Ana Ruiz Soto"));
    QCOMPARE(ana.email, QStringLiteral("ana.ruiz@firm.example"));
    QCOMPARE(page->selectedId(), m_ana.id);
    auto* table = find<QTableWidget>(page, "accountsTable");
    QCOMPARE(table->item(table->currentRow(), AccountsPage::Name)->text(), QStringLiteral("Ana Ruiz Soto"));
    QCOMPARE(table->item(table->currentRow(), AccountsPage::Email)->text(), QStringLiteral("ana.ruiz@firm.example"));
    QVERIFY(find<QListWidget>(page, "accountLogList")->item(0)->text().startsWith(
        QStringLiteral("Ada Admin changed the full name and email address of Ana Ruiz Soto, ")));
    QCOMPARE(accountLogCount(QStringLiteral("profile_changed"), m_ana.id), 1);
    screenshot(m_window.get(), QStringLiteral("accounts-page-edited"));
}

void TestSignIn::firstStartSetup()
{
    m_window.reset();
    auto db = Database::open(m_dir.filePath(QStringLiteral("fresh-%1.sqlite").arg(m_counter)));
    QVERIFY(db);
    AccountRepository repository(db->connection());
    AccountService accounts(repository, m_desk->hasher);
    FirmSettings settings(db->connection());
    QVERIFY(accounts.needsSetup());

    SetupDialog setup(accounts, settings, QStringLiteral("Front desk (reception)"));
    setup.show();
    QVERIFY(QTest::qWaitForWindowExposed(&setup));
    QTest::keyClicks(find<QLineEdit>(&setup, "firmNameEdit"), QStringLiteral("Ruiz & Partners"));
    QTest::keyClicks(find<QLineEdit>(&setup, "notificationAddressEdit"), QStringLiteral("intake@ruiz.example"));
    QTest::keyClicks(find<QLineEdit>(&setup, "displayNameEdit"), QStringLiteral("Ana Ruiz"));
    QTest::keyClicks(find<QLineEdit>(&setup, "usernameEdit"), QStringLiteral("ana"));
    QTest::keyClicks(find<QLineEdit>(&setup, "emailEdit"), QStringLiteral("ana@ruiz.example"));
    QTest::keyClicks(find<QLineEdit>(&setup, "passwordEdit"), QString::fromUtf8(kAnaPassword));
    QTest::keyClicks(find<QLineEdit>(&setup, "confirmEdit"), QStringLiteral("something else entirely"));
    QTest::mouseClick(find<QPushButton>(&setup, "finishSetupButton"), Qt::LeftButton);
    QVERIFY(find<QLabel>(&setup, "setupMessage")->text().contains(QStringLiteral("differ")));
    QVERIFY(accounts.needsSetup());
    QTest::keyClicks(find<QLineEdit>(&setup, "confirmEdit"), QString::fromUtf8(kAnaPassword));
    screenshot(&setup, QStringLiteral("setup-dialog"));
    QTest::mouseClick(find<QPushButton>(&setup, "finishSetupButton"), Qt::LeftButton);
    QCOMPARE(setup.result(), int(QDialog::Accepted));
    QVERIFY(!accounts.needsSetup());
    const UserAccount ana = repository.userByName(QStringLiteral("ana")).value();
    QCOMPARE(ana.role, Role::Admin);
    QCOMPARE(ana.displayName, QStringLiteral("Ana Ruiz"));
    QCOMPARE(settings.text(FirmSettings::Key::FirmName), QStringLiteral("Ruiz & Partners"));
    QCOMPARE(settings.text(FirmSettings::Key::NotificationAddress), QStringLiteral("intake@ruiz.example"));
    // "Create account and start" starts signed in as that administrator (found by walking
    // the first start: the desk opened at the intake form, signed out).
    QVERIFY(setup.signedIn().has_value());
    QCOMPARE(setup.signedIn()->id, ana.id);
    QCOMPARE(setup.signedIn()->role, Role::Admin);
    QVERIFY(accounts.signIn(QStringLiteral("ana"), kAnaPassword, QStringLiteral("desk")));
}

void TestSignIn::firstStartSetupRequiresAFirmName_data()
{
    QTest::addColumn<QString>("firmName");
    QTest::addColumn<QString>("message");
    QTest::newRow("empty") << QString() << QStringLiteral("Enter the firm's name");
    QTest::newRow("spaces only") << QStringLiteral("   ") << QStringLiteral("Enter the firm's name");
    QTest::newRow("control character") << QStringLiteral("Ruiz\u0001Partners")
                                       << QStringLiteral("must not contain control characters");
}

void TestSignIn::firstStartSetupRequiresAFirmName()
{
    // Every email to a prospect names the firm: setup does not finish without a usable name,
    // and refuses it before the account exists (afterwards setup is over for good and the
    // name would never be stored).
    QFETCH(QString, firmName);
    QFETCH(QString, message);
    m_window.reset();
    auto db = Database::open(m_dir.filePath(QStringLiteral("nofirm-%1.sqlite").arg(m_counter)));
    QVERIFY(db);
    AccountRepository repository(db->connection());
    AccountService accounts(repository, m_desk->hasher);
    FirmSettings settings(db->connection());
    SetupDialog setup(accounts, settings, QStringLiteral("Front desk (reception)"));
    setup.show();
    QVERIFY(QTest::qWaitForWindowExposed(&setup));
    QLineEdit* firm = find<QLineEdit>(&setup, "firmNameEdit");
    QVERIFY(!firm->placeholderText().isEmpty()); // says it is required before anyone tries
    firm->setText(firmName);
    QTest::keyClicks(find<QLineEdit>(&setup, "notificationAddressEdit"), QStringLiteral("intake@ruiz.example"));
    QTest::keyClicks(find<QLineEdit>(&setup, "displayNameEdit"), QStringLiteral("Ana Ruiz"));
    QTest::keyClicks(find<QLineEdit>(&setup, "usernameEdit"), QStringLiteral("ana"));
    QTest::keyClicks(find<QLineEdit>(&setup, "passwordEdit"), QString::fromUtf8(kAnaPassword));
    QTest::keyClicks(find<QLineEdit>(&setup, "confirmEdit"), QString::fromUtf8(kAnaPassword));
    QTest::keyClick(find<QLineEdit>(&setup, "confirmEdit"), Qt::Key_Return);
    QVERIFY(setup.isVisible());
    QCOMPARE(setup.result(), int(QDialog::Rejected));
    const QString shown = find<QLabel>(&setup, "setupMessage")->text();
    QVERIFY2(shown.contains(message), qPrintable(shown));
    QCOMPARE(setup.focusWidget(), firm);
    QVERIFY(accounts.needsSetup()); // no account was created
    QVERIFY(!settings.isSet(FirmSettings::Key::FirmName));
    if (!firmName.trimmed().isEmpty())
        screenshot(&setup, QStringLiteral("setup-dialog-bad-firm-name"));

    // With a name, the same form finishes.
    firm->setText(QStringLiteral("Ruiz & Partners"));
    QTest::keyClick(find<QLineEdit>(&setup, "confirmEdit"), Qt::Key_Return);
    QCOMPARE(setup.result(), int(QDialog::Accepted));
    QVERIFY(!accounts.needsSetup());
    QCOMPARE(settings.text(FirmSettings::Key::FirmName), QStringLiteral("Ruiz & Partners"));
}

QTEST_MAIN(TestSignIn)
#include "tst_signin.moc"
