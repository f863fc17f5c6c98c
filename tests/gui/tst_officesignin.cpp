#include "session.h"
#include "accountspage.h"
#include "accountrepository.h"
#include "accountservice.h"
#include "database.h"
#include "databasetarget.h"
#include "serverlogin.h"
#include "serverroles.h"
#include "signindialog.h"
#include "testdatabase.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSqlQuery>
#include <QUuid>
#include <QTableWidget>
#include <QRegularExpression>
#include <QtTest>

// Office mode's sign-in window (issue 10, item 6) on a real PostgreSQL 15: the dialog
// connects the desk as the account's login role, and a one-time code's holder chooses a
// password before going on. Driven with key events. PostgreSQL only.
class TestOfficeSignIn final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanupTestCase();
    void codeHolderChoosesAPasswordFirst();
    void cancellingTheNewPasswordSignsOut();
    void wrongPasswordStaysOnTheDeskLogin();
    void accountsPageGivesAOneTimeCode();

private:
    QString currentUser() const;
    QString issueCode(const QString& username);
    // Types into the dialog's focused edit, then Enter.
    static void typeAndEnter(QWidget* edit, const QString& text);

    std::optional<Database> m_owner;
    std::optional<Database> m_desk;
    QString m_deskLogin;
    ServerLogin::Hasher m_scram;
    std::unique_ptr<ServerLogin> m_login;
    std::unique_ptr<AccountRepository> m_repository;
    std::unique_ptr<AccountService> m_service;
    qint64 m_adminId = 0;
};

QString TestOfficeSignIn::currentUser() const
{
    QSqlQuery query(m_desk->connection());
    return query.exec(QStringLiteral("SELECT current_user")) && query.next() ? query.value(0).toString() : QString();
}

void TestOfficeSignIn::typeAndEnter(QWidget* edit, const QString& text)
{
    QVERIFY(edit->hasFocus() || (edit->setFocus(), true));
    QTest::keyClicks(edit, text);
    QTest::keyClick(edit, Qt::Key_Return);
}

void TestOfficeSignIn::initTestCase()
{
    if (!TestDatabase::isPostgres())
        QSKIP("office mode only: accounts are PostgreSQL login roles");
    const QString text = TestDatabase::freshTarget();
    auto owner = Database::open(text);
    QVERIFY2(owner, qPrintable(owner.error().message));
    m_owner.emplace(std::move(owner).value());
    AccountRepository repository(m_owner->connection());
    AccountService service(repository, m_scram);
    const Result<qint64> admin = service.createFirstAdmin(
        { QStringLiteral("ada"), QStringLiteral("Ada Lovelace"), {}, Role::Admin },
        QByteArrayLiteral("Ada's long passphrase"), Actor { std::nullopt, QStringLiteral("IT") });
    QVERIFY2(admin, qPrintable(admin.error().message));
    m_adminId = *admin;
    QVERIFY(service.addUser({ QStringLiteral("omar"), QStringLiteral("Omar Said"), {}, Role::Attorney },
                            QByteArrayLiteral("Omar's first passphrase"), Actor { m_adminId, QStringLiteral("Ada") }));

    const QString dbName = QUrl(text).path().mid(1);
    m_deskLogin = dbName + QStringLiteral("_front");
    const QString deskPassword = QUuid::createUuid().toString(QUuid::Id128);
    QVERIFY(ServerRoles::setLogin(m_owner->connection(), m_deskLogin, ServerRoles::Group::Intake, deskPassword));
    auto desk = Database::open(DatabaseTarget::parse(text)->withUser(m_deskLogin, deskPassword));
    QVERIFY2(desk, qPrintable(desk.error().message));
    m_desk.emplace(std::move(desk).value());
    m_login = std::make_unique<ServerLogin>(m_desk->connection());
    m_repository = std::make_unique<AccountRepository>(m_desk->connection());
    m_service = std::make_unique<AccountService>(*m_repository, m_scram);
    m_service->setServerLogin(m_login.get());
}

void TestOfficeSignIn::init()
{
    QCOMPARE(currentUser(), m_deskLogin);
}

void TestOfficeSignIn::cleanupTestCase()
{
    m_service.reset();
    m_repository.reset();
    m_login.reset();
    m_desk.reset();
    m_owner.reset();
}

QString TestOfficeSignIn::issueCode(const QString& username)
{
    AccountRepository repository(m_owner->connection());
    AccountService service(repository, m_scram);
    const Result<UserAccount> user = repository.userByName(username);
    if (!user)
        return {};
    const Result<QString> code = service.issueOneTimeCode(user->id, Actor { m_adminId, QStringLiteral("Ada") });
    return code ? *code : QString();
}

void TestOfficeSignIn::codeHolderChoosesAPasswordFirst()
{
    const QString code = issueCode(QStringLiteral("omar"));
    QVERIFY(!code.isEmpty());
    SignInDialog dialog(*m_service, QStringLiteral("Front desk"), Role::Receptionist);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto* username = dialog.findChild<QLineEdit*>(QStringLiteral("usernameEdit"));
    auto* password = dialog.findChild<QLineEdit*>(QStringLiteral("passwordEdit"));
    auto* newPassword = dialog.findChild<QLineEdit*>(QStringLiteral("newPasswordEdit"));
    auto* repeat = dialog.findChild<QLineEdit*>(QStringLiteral("repeatPasswordEdit"));
    auto* message = dialog.findChild<QLabel*>(QStringLiteral("signInMessage"));
    QVERIFY(username && password && newPassword && repeat && message);
    QVERIFY(!newPassword->isVisible());

    QTest::keyClicks(username, QStringLiteral("omar"));
    QTest::keyClick(username, Qt::Key_Tab);
    QVERIFY(password->hasFocus());
    typeAndEnter(password, code);
    // Connected as Omar, but not through the dialog until he chose a password.
    QVERIFY(dialog.isVisible());
    QVERIFY(newPassword->isVisible() && repeat->isVisible());
    QVERIFY(!username->isVisible() && !password->isVisible());
    QVERIFY(newPassword->hasFocus());

    QTest::keyClicks(newPassword, QStringLiteral("Omar's own passphrase"));
    QTest::keyClick(newPassword, Qt::Key_Tab);
    typeAndEnter(repeat, QStringLiteral("Omar's own passphrasf"));
    QVERIFY(dialog.isVisible());
    QCOMPARE(message->text(), SignInDialog::tr("The two passwords differ."));
    QVERIFY(repeat->hasFocus());
    typeAndEnter(repeat, QStringLiteral("Omar's own passphrase"));
    QTRY_VERIFY(!dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(dialog.user());
    QVERIFY(!dialog.user()->mustChangePassword);
    QVERIFY(currentUser().endsWith(QStringLiteral("_u_omar")));
    m_service->recordSignOut(*dialog.user(), false);

    // The code is spent; the new password works.
    QVERIFY(!m_service->signIn(QStringLiteral("omar"), code.toUtf8(), {}));
    const Result<UserAccount> again = m_service->signIn(QStringLiteral("omar"), QByteArrayLiteral("Omar's own passphrase"), {});
    QVERIFY2(again, qPrintable(again.error().message));
    QVERIFY(!again->mustChangePassword);
    m_service->recordSignOut(*again, false);
}

void TestOfficeSignIn::cancellingTheNewPasswordSignsOut()
{
    const QString code = issueCode(QStringLiteral("omar"));
    QVERIFY(!code.isEmpty());
    SignInDialog dialog(*m_service, QStringLiteral("Front desk"), Role::Receptionist);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto* username = dialog.findChild<QLineEdit*>(QStringLiteral("usernameEdit"));
    auto* password = dialog.findChild<QLineEdit*>(QStringLiteral("passwordEdit"));
    auto* newPassword = dialog.findChild<QLineEdit*>(QStringLiteral("newPasswordEdit"));
    QTest::keyClicks(username, QStringLiteral("omar"));
    QTest::keyClick(username, Qt::Key_Tab);
    typeAndEnter(password, code);
    QVERIFY(newPassword->isVisible());
    QVERIFY(currentUser().endsWith(QStringLiteral("_u_omar")));
    QTest::keyClick(newPassword, Qt::Key_Escape);
    QTRY_VERIFY(!dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QVERIFY(!dialog.user());
    QCOMPARE(currentUser(), m_deskLogin); // back to the desk's login: reads nothing
    QSqlQuery query(m_desk->connection());
    QVERIFY(!query.exec(QStringLiteral("SELECT count(*) FROM resumes")));
}

void TestOfficeSignIn::wrongPasswordStaysOnTheDeskLogin()
{
    SignInDialog dialog(*m_service, QStringLiteral("Front desk"), Role::Receptionist);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto* username = dialog.findChild<QLineEdit*>(QStringLiteral("usernameEdit"));
    auto* password = dialog.findChild<QLineEdit*>(QStringLiteral("passwordEdit"));
    auto* message = dialog.findChild<QLabel*>(QStringLiteral("signInMessage"));
    QTest::keyClicks(username, QStringLiteral("ada"));
    QTest::keyClick(username, Qt::Key_Tab);
    typeAndEnter(password, QStringLiteral("not Ada's passphrase"));
    QVERIFY(dialog.isVisible());
    QCOMPARE(message->text(), AccountService::tr("Wrong user name or password."));
    QVERIFY(password->text().isEmpty());
    QCOMPARE(currentUser(), m_deskLogin);
    typeAndEnter(password, QStringLiteral("Ada's long passphrase"));
    QTRY_VERIFY(!dialog.isVisible());
    QVERIFY(dialog.user() && dialog.user()->role == Role::Admin);
    m_service->recordSignOut(*dialog.user(), false);
}

void TestOfficeSignIn::accountsPageGivesAOneTimeCode()
{
    const Result<UserAccount> ada = m_service->signIn(QStringLiteral("ada"), QByteArrayLiteral("Ada's long passphrase"), {});
    QVERIFY2(ada, qPrintable(ada.error().message));
    Session session(QStringLiteral("Front desk"));
    session.signIn(*ada);
    AccountsPage page(*m_service, session);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    auto* table = page.findChild<QTableWidget*>();
    auto* button = page.findChild<QPushButton*>(QStringLiteral("oneTimeCodeButton"));
    auto* message = page.findChild<QLabel*>(QStringLiteral("accountsMessage"));
    QVERIFY(table && button && message);
    QVERIFY(button->isVisible()); // office mode only
    int row = -1;
    for (int r = 0; r < table->rowCount(); ++r) {
        for (int c = 0; c < table->columnCount(); ++c) {
            if (table->item(r, c) && table->item(r, c)->text() == QStringLiteral("omar"))
                row = r;
        }
    }
    QVERIFY(row >= 0);
    table->setFocus();
    table->setCurrentCell(row, 0);
    table->selectRow(row);
    QVERIFY(button->isEnabled());
    button->setFocus(Qt::TabFocusReason);
    QTest::keyClick(button, Qt::Key_Space);
    const QRegularExpressionMatch match
        = QRegularExpression(QStringLiteral("([A-Z0-9]{4}(?:-[A-Z0-9]{4}){3})")).match(message->text());
    QVERIFY2(match.hasMatch(), qPrintable(message->text()));
    QVERIFY(message->text().contains(QStringLiteral("Omar Said")));
    m_service->recordSignOut(*ada, false);

    const Result<UserAccount> omar = m_service->signIn(QStringLiteral("omar"), match.captured(1).toUtf8(), {});
    QVERIFY2(omar, qPrintable(omar.error().message));
    QVERIFY(omar->mustChangePassword);
    m_service->recordSignOut(*omar, false);
}

QTEST_MAIN(TestOfficeSignIn)
#include "tst_officesignin.moc"
