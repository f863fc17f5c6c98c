#include "widgetlookup.h"
#include "accountrepository.h"
#include "accountservice.h"
#include "database.h"
#include "intakepage.h"
#include "intakeservice.h"
#include "kioskwindow.h"
#include "leadrepository.h"
#include "passwordhasher.h"
#include "scripteddialogs.h"
#include "signindialog.h"
#include "testsupport.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QtTest>

using GuiTest::find;
using GuiTest::screenshot;

namespace {

const QByteArray kAdminPassword = "admin password one";
const QByteArray kAnaPassword = "ana's long password";


} // namespace

// The reception kiosk: worded for the prospect, resets itself, and cannot be left without
// an administrator's password.
class TestKiosk final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void wordedForTheProspect();
    void thanksThenResets();
    void duplicatesAreSavedWithoutShowingOtherLeads();
    void cannotBeLeftWithoutAnAdministrator();
    void abandonedFormIsCleared();

private:
    void typeLead(const QString& first, const QString& email);
    SignInDialog* waitForExitDialog();

    QTemporaryDir m_dir;
    int m_counter = 0;
    std::optional<Database> m_db;
    std::unique_ptr<LeadRepository> m_repository;
    std::unique_ptr<IntakeService> m_intake;
    std::unique_ptr<PasswordHasher> m_hasher;
    std::unique_ptr<AccountRepository> m_accountRepository;
    std::unique_ptr<AccountService> m_accounts;
    ScriptedDialogs m_dialogs;
    std::unique_ptr<KioskWindow> m_kiosk;
    QString m_pdf;
};

void TestKiosk::init()
{
    auto db = Database::open(m_dir.filePath(QStringLiteral("kiosk-%1.sqlite").arg(++m_counter)));
    QVERIFY2(db, qPrintable(db.error().message));
    m_db.emplace(std::move(db).value());
    m_repository = std::make_unique<LeadRepository>(m_db->connection());
    m_intake = std::make_unique<IntakeService>(*m_repository, LeadValidator());
    m_hasher = std::make_unique<PasswordHasher>(PasswordHasher::minimum());
    m_accountRepository = std::make_unique<AccountRepository>(m_db->connection());
    m_accounts = std::make_unique<AccountService>(*m_accountRepository, *m_hasher);
    const Actor cli { std::nullopt, QStringLiteral("cli") };
    QVERIFY(m_accounts->addUser({ QStringLiteral("ada"), QStringLiteral("Ada Admin"), {}, Role::Admin }, kAdminPassword, cli));
    QVERIFY(m_accounts->addUser({ QStringLiteral("ana"), QStringLiteral("Ana Ruiz"), {}, Role::Attorney }, kAnaPassword, cli));
    m_dialogs = ScriptedDialogs();
    m_kiosk = std::make_unique<KioskWindow>(*m_intake, *m_accounts, m_dialogs, QStringLiteral("Kiosk (lobby)"));
    m_kiosk->resize(1280, 800);
    m_kiosk->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_kiosk.get()));
    m_kiosk->activateWindow();
    m_pdf = TestSupport::writeFile(m_dir, QStringLiteral("cv.pdf"), TestSupport::makePdf());
}

void TestKiosk::cleanup()
{
    m_kiosk.reset();
    m_accounts.reset();
    m_accountRepository.reset();
    m_hasher.reset();
    m_intake.reset();
    m_repository.reset();
    m_db.reset();
}

void TestKiosk::typeLead(const QString& first, const QString& email)
{
    QTest::keyClicks(find<QLineEdit>(m_kiosk.get(), "firstNameEdit"), first);
    QTest::keyClicks(find<QLineEdit>(m_kiosk.get(), "lastNameEdit"), QStringLiteral("Doe"));
    QTest::keyClicks(find<QLineEdit>(m_kiosk.get(), "emailEdit"), email);
    m_dialogs.nextOpenFile = m_pdf;
    QTest::mouseClick(find<QPushButton>(m_kiosk.get(), "chooseResumeButton"), Qt::LeftButton);
    QTest::mouseClick(find<QPushButton>(m_kiosk.get(), "submitButton"), Qt::LeftButton);
}

SignInDialog* TestKiosk::waitForExitDialog()
{
    QElapsedTimer waited;
    waited.start();
    while (!(m_kiosk->exitDialog() && m_kiosk->exitDialog()->isVisible()) && waited.elapsed() < 2000)
        QTest::qWait(10);
    if (!m_kiosk->exitDialog())
        qFatal("the kiosk did not ask for the administrator's password");
    return m_kiosk->exitDialog();
}

void TestKiosk::wordedForTheProspect()
{
    QCOMPARE(find<QLabel>(m_kiosk.get(), "titleLabel")->text(), QStringLiteral("Welcome — please enter your details"));
    QVERIFY(m_kiosk->windowFlags() & Qt::FramelessWindowHint);
    QVERIFY(m_kiosk->intakePage()->isKioskMode());
    screenshot(m_kiosk.get(), QStringLiteral("kiosk-form"));
}

void TestKiosk::thanksThenResets()
{
    m_kiosk->setThanksDuration(200);
    typeLead(QStringLiteral("Jane"), QStringLiteral("jane@example.com"));
    QVERIFY(m_kiosk->isShowingThanks());
    QCOMPARE(m_repository->count({}).value(), 1);
    // The thank-you screen names nobody.
    QVERIFY(!find<QLabel>(m_kiosk.get(), "thanksText")->text().contains(QStringLiteral("Jane")));
    screenshot(m_kiosk.get(), QStringLiteral("kiosk-thanks"));
    QTRY_VERIFY(!m_kiosk->isShowingThanks());
    QVERIFY(find<QLineEdit>(m_kiosk.get(), "firstNameEdit")->text().isEmpty());
    QVERIFY(m_kiosk->intakePage()->resumePath().isEmpty());
    QVERIFY(!find<QLabel>(m_kiosk.get(), "banner")->isVisible());
    const QList<LeadEvent> history = m_repository->history(m_repository->findByEmail(QStringLiteral("jane@example.com"))->first().id).value();
    QCOMPARE(history.first().actor, QStringLiteral("Kiosk (lobby)"));
}

void TestKiosk::duplicatesAreSavedWithoutShowingOtherLeads()
{
    typeLead(QStringLiteral("Jane"), QStringLiteral("jane@example.com"));
    QTest::mouseClick(find<QPushButton>(m_kiosk.get(), "startOverButton"), Qt::LeftButton);
    QVERIFY(!m_kiosk->isShowingThanks());
    typeLead(QStringLiteral("Jane"), QStringLiteral("JANE@example.com"));
    QVERIFY(m_dialogs.asked.isEmpty());
    QVERIFY(m_kiosk->isShowingThanks());
    QCOMPARE(m_repository->count({}).value(), 2);
}

void TestKiosk::cannotBeLeftWithoutAnAdministrator()
{
    // The window manager's close and Alt+F4 both arrive as a close event.
    QVERIFY(!m_kiosk->close());
    QVERIFY(m_kiosk->isVisible());
    SignInDialog* dialog = waitForExitDialog();
    dialog->reject();
    QTRY_VERIFY(!m_kiosk->exitDialog());
    QVERIFY(m_kiosk->isVisible());

    QTest::keyClick(m_kiosk.get(), Qt::Key_F4, Qt::AltModifier);
    QTest::keyClick(m_kiosk.get(), Qt::Key_Escape);
    QTest::keyClick(find<QLineEdit>(m_kiosk.get(), "firstNameEdit"), Qt::Key_Escape);
    QTest::keySequence(m_kiosk.get(), QKeySequence::Quit);
    QTest::keySequence(m_kiosk.get(), QKeySequence::Close);
    QCoreApplication::processEvents();
    QVERIFY(m_kiosk->isVisible());
    QCloseEvent close;
    QCoreApplication::sendEvent(m_kiosk.get(), &close);
    QVERIFY(!close.isAccepted());
    QVERIFY(m_kiosk->isVisible());

    // An attorney's password is not enough; a wrong one neither.
    dialog = waitForExitDialog();
    QTest::keyClicks(find<QLineEdit>(dialog, "usernameEdit"), QStringLiteral("ana"));
    QTest::keyClicks(find<QLineEdit>(dialog, "passwordEdit"), QString::fromUtf8(kAnaPassword));
    QTest::mouseClick(find<QPushButton>(dialog, "signInButton"), Qt::LeftButton);
    QVERIFY(find<QLabel>(dialog, "signInMessage")->text().contains(QStringLiteral("Administrator")));
    QVERIFY(m_kiosk->isVisible());
    find<QLineEdit>(dialog, "usernameEdit")->setText(QStringLiteral("ada"));
    QTest::keyClicks(find<QLineEdit>(dialog, "passwordEdit"), QStringLiteral("wrong password!"));
    QTest::mouseClick(find<QPushButton>(dialog, "signInButton"), Qt::LeftButton);
    QVERIFY(m_kiosk->isVisible());
    screenshot(dialog, QStringLiteral("kiosk-exit-dialog"));

    // The administrator's password lets it close.
    QTest::keyClicks(find<QLineEdit>(dialog, "passwordEdit"), QString::fromUtf8(kAdminPassword));
    QTest::mouseClick(find<QPushButton>(dialog, "signInButton"), Qt::LeftButton);
    QTRY_VERIFY(!m_kiosk->isVisible());
}

void TestKiosk::abandonedFormIsCleared()
{
    m_kiosk->setAbandonedFormTimeout(200);
    QTest::keyClicks(find<QLineEdit>(m_kiosk.get(), "firstNameEdit"), QStringLiteral("Half"));
    QTRY_VERIFY(find<QLineEdit>(m_kiosk.get(), "firstNameEdit")->text().isEmpty());
}

QTEST_MAIN(TestKiosk)
#include "tst_kiosk.moc"
