#include "widgetlookup.h"
#include "accountrepository.h"
#include "accountservice.h"
#include "intakepage.h"
#include "intakeservice.h"
#include "leaddetailpane.h"
#include "leadrepository.h"
#include "mailtestfixture.h"
#include "mainwindow.h"
#include "firmsettings.h"
#include "outboxrepository.h"
#include "passwordhasher.h"
#include "scripteddialogs.h"
#include "session.h"
#include "settingsdialog.h"
#include "testsupport.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QtTest>

using GuiTest::find;

// Email in the window: the status bar's outbox line, the language of the prospect's
// emails, Settings… for administrators, the Outbox page for attorneys and the lead's
// delivery line.
class TestMailWindow final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void statusBarShowsWaitingCountAndNotConfigured();
    void emailProblemsAreForAdministrators();
    void administratorsAreToldThePasswordLastsThisSessionOnly();
    void statusBarNamesNobody();
    void spanishIntakeQueuesSpanishConfirmation();
    void settingsAndOutboxFollowTheRole_data();
    void settingsAndOutboxFollowTheRole();
    void describeDelivery_data();
    void describeDelivery();

private:
    qint64 enqueueTest(const QString& to);

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
    std::unique_ptr<MainWindow> m_window;
};

void TestMailWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setApplicationName(QStringLiteral("leadintake-test"));
}

void TestMailWindow::init()
{
    QVERIFY(m_fixture.open(m_dir.filePath(QStringLiteral("window-%1.sqlite").arg(++m_counter))));
    m_repository = std::make_unique<LeadRepository>(m_fixture.db->connection());
    m_intake = std::make_unique<IntakeService>(*m_repository, LeadValidator());
    m_hasher = std::make_unique<PasswordHasher>(PasswordHasher::minimum());
    m_accountRepository = std::make_unique<AccountRepository>(m_fixture.db->connection());
    m_accounts = std::make_unique<AccountService>(*m_accountRepository, *m_hasher);
    m_session = std::make_unique<Session>(QStringLiteral("Front desk (reception)"));
    m_dialogs = ScriptedDialogs();
}

void TestMailWindow::cleanup()
{
    m_window.reset();
    m_session.reset();
    m_accounts.reset();
    m_accountRepository.reset();
    m_hasher.reset();
    m_intake.reset();
    m_repository.reset();
    m_fixture.close();
}

qint64 TestMailWindow::enqueueTest(const QString& to)
{
    OutboxRepository::NewMail mail;
    mail.recipientAddress = to;
    const Result<qint64> id = OutboxRepository(m_fixture.db->connection()).enqueue(mail);
    if (!id)
        qFatal("%s", qPrintable(id.error().message));
    return *id;
}

void TestMailWindow::statusBarShowsWaitingCountAndNotConfigured()
{
    for (int i = 0; i < 3; ++i)
        enqueueTest(QStringLiteral("someone%1@example.com").arg(i));
    m_window = std::make_unique<MainWindow>(*m_repository, *m_intake, *m_accounts, *m_session, m_dialogs,
                                            m_fixture.db->path());
    m_window->setMail(m_fixture.mail.get());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_fixture.mail->start();

    auto* label = find<QLabel>(m_window.get(), "mailStatusLabel");
    QVERIFY(label->isVisible());
    QTRY_VERIFY2(label->text().contains(QStringLiteral("Emails waiting: 3")), qPrintable(label->text()));
    QVERIFY(m_fixture.dispatcher->isRunning());
    // The problem is an administrator's to see (emailProblemsAreForAdministrators).
    const Result<qint64> id = m_accounts->addUser(
        { QStringLiteral("ada"), QStringLiteral("Ada Admin"), {}, Role::Admin }, "ada's long password",
        Actor { std::nullopt, QStringLiteral("cli") });
    QVERIFY(id);
    m_session->signIn(m_accountRepository->user(*id).value());
    QTRY_VERIFY2(label->text().contains(QStringLiteral("not configured")), qPrintable(label->text()));
}

void TestMailWindow::emailProblemsAreForAdministrators()
{
    FirmSettings settings(m_fixture.db->connection());
    QVERIFY(settings.setValue(FirmSettings::Key::SmtpHost, QStringLiteral("smtp.ruizhale.example")));
    QVERIFY(settings.setValue(FirmSettings::Key::SmtpUsername, QStringLiteral("office@ruizhale.example")));
    const Actor cli { std::nullopt, QStringLiteral("cli") };
    const Result<qint64> admin = m_accounts->addUser(
        { QStringLiteral("ada"), QStringLiteral("Ada Admin"), {}, Role::Admin }, "ada's long password", cli);
    const Result<qint64> attorney = m_accounts->addUser(
        { QStringLiteral("ana"), QStringLiteral("Ana Ruiz"), {}, Role::Attorney }, "ana's long password", cli);
    QVERIFY(admin && attorney);
    m_window = std::make_unique<MainWindow>(*m_repository, *m_intake, *m_accounts, *m_session, m_dialogs,
                                            m_fixture.db->path());
    m_window->setMail(m_fixture.mail.get());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_fixture.mail->start();
    auto* label = find<QLabel>(m_window.get(), "mailStatusLabel");
    QTRY_VERIFY2(label->text().contains(QStringLiteral("No emails waiting")), qPrintable(label->text()));
    QTRY_COMPARE(m_fixture.mail->configProblem().isEmpty(), false);

    // Nobody signed in: counts only; no warning and no address.
    const auto quiet = [&] {
        for (const QString& said : { label->text(), label->toolTip(), m_window->statusText() }) {
            if (said.contains(QStringLiteral("ruizhale.example")) || said.contains(QStringLiteral("not configured")))
                return false;
        }
        return true;
    };
    QVERIFY2(quiet(), qPrintable(label->text()));
    m_session->signIn(m_accountRepository->user(*attorney).value());
    QVERIFY2(quiet(), qPrintable(label->text()));
    m_window->lock(false);

    // An administrator sees what is wrong, address included.
    m_session->signIn(m_accountRepository->user(*admin).value());
    QVERIFY2(label->text().contains(QStringLiteral("not configured")), qPrintable(label->text()));
    QVERIFY2(label->text().contains(QStringLiteral("office@ruizhale.example")), qPrintable(label->text()));
    m_window->lock(false);
    QVERIFY2(quiet(), qPrintable(label->text()));
}

void TestMailWindow::administratorsAreToldThePasswordLastsThisSessionOnly()
{
    const Actor cli { std::nullopt, QStringLiteral("cli") };
    const Result<qint64> admin = m_accounts->addUser(
        { QStringLiteral("ada"), QStringLiteral("Ada Admin"), {}, Role::Admin }, "ada's long password", cli);
    const Result<qint64> attorney = m_accounts->addUser(
        { QStringLiteral("ana"), QStringLiteral("Ana Ruiz"), {}, Role::Attorney }, "ana's long password", cli);
    QVERIFY(admin && attorney);
    m_window = std::make_unique<MainWindow>(*m_repository, *m_intake, *m_accounts, *m_session, m_dialogs,
                                            m_fixture.db->path());
    m_window->setMail(m_fixture.mail.get());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(!m_window->statusText().contains(QStringLiteral("session only")));
    m_session->signIn(m_accountRepository->user(*attorney).value());
    QVERIFY(!m_window->statusText().contains(QStringLiteral("session only")));
    m_window->lock(false);
    // The fixture's store is the session's memory, as when no keychain answers.
    m_session->signIn(m_accountRepository->user(*admin).value());
    QTRY_VERIFY2(m_window->statusText().contains(QStringLiteral("kept for this session only")),
                 qPrintable(m_window->statusText()));
}

void TestMailWindow::statusBarNamesNobody()
{
    const QString pdf = TestSupport::writeFile(m_dir, QStringLiteral("cv.pdf"), TestSupport::makePdf());
    const IntakeService::Outcome outcome = m_intake->submit(
        { QStringLiteral("Zenaida"), QStringLiteral("Quixote"), QStringLiteral("zq@example.com"), pdf },
        QStringLiteral("desk"), IntakeService::Duplicates::SaveAnyway);
    QVERIFY(outcome.saved());
    m_window = std::make_unique<MainWindow>(*m_repository, *m_intake, *m_accounts, *m_session, m_dialogs,
                                            m_fixture.db->path());
    m_window->setMail(m_fixture.mail.get());
    m_fixture.mail->start();
    auto* label = find<QLabel>(m_window.get(), "mailStatusLabel");
    QTRY_VERIFY2(label->text().contains(QStringLiteral("Emails waiting: 2")), qPrintable(label->text()));
    QVERIFY(!label->text().contains(QStringLiteral("Zenaida")));
    QVERIFY(!label->text().contains(QStringLiteral("zq@example.com")));
}

void TestMailWindow::spanishIntakeQueuesSpanishConfirmation()
{
    m_window = std::make_unique<MainWindow>(*m_repository, *m_intake, *m_accounts, *m_session, m_dialogs,
                                            m_fixture.db->path());
    m_window->setMail(m_fixture.mail.get());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    IntakePage* intake = m_window->intakePage();
    QTest::keyClicks(find<QLineEdit>(intake, "firstNameEdit"), QStringLiteral("Maria"));
    QTest::keyClicks(find<QLineEdit>(intake, "lastNameEdit"), QStringLiteral("Lopez"));
    QTest::keyClicks(find<QLineEdit>(intake, "emailEdit"), QStringLiteral("maria@example.com"));
    auto* language = find<QComboBox>(intake, "languageCombo");
    QCOMPARE(language->count(), 2);
    QCOMPARE(language->currentData().toString(), QStringLiteral("en"));
    language->setCurrentIndex(language->findData(QStringLiteral("es")));
    QCOMPARE(language->currentText(), QStringLiteral("Español"));
    intake->setResumePath(TestSupport::writeFile(m_dir, QStringLiteral("cv.pdf"), TestSupport::makePdf()));
    QTest::mouseClick(find<QPushButton>(intake, "submitButton"), Qt::LeftButton);

    const Result<QList<OutboxEntry>> rows = OutboxRepository(m_fixture.db->connection()).page(std::nullopt, 0, 10);
    QVERIFY(rows);
    QCOMPARE(rows->size(), 2);
    bool confirmation = false;
    for (const OutboxEntry& row : *rows) {
        if (row.kind == OutboxKind::ProspectConfirmation) {
            confirmation = true;
            QCOMPARE(row.language, QStringLiteral("es"));
            QCOMPARE(row.recipientAddress, QStringLiteral("maria@example.com"));
        } else {
            QVERIFY(row.kind == OutboxKind::AttorneyNotification);
            QCOMPARE(row.language, QStringLiteral("en"));
        }
    }
    QVERIFY(confirmation);
    // The form starts the next prospect in English again, and the count went up.
    QCOMPARE(language->currentData().toString(), QStringLiteral("en"));
    QTRY_VERIFY(find<QLabel>(m_window.get(), "mailStatusLabel")->text().contains(QStringLiteral("Emails waiting: 2")));
}

void TestMailWindow::settingsAndOutboxFollowTheRole_data()
{
    QTest::addColumn<int>("role");
    QTest::addColumn<bool>("settings");
    QTest::addColumn<bool>("outbox");

    QTest::newRow("receptionist") << int(Role::Receptionist) << false << false;
    QTest::newRow("attorney") << int(Role::Attorney) << false << true;
    QTest::newRow("administrator") << int(Role::Admin) << true << true;
}

void TestMailWindow::settingsAndOutboxFollowTheRole()
{
    QFETCH(int, role);
    QFETCH(bool, settings);
    QFETCH(bool, outbox);

    const Actor cli { std::nullopt, QStringLiteral("cli") };
    const Result<qint64> id = m_accounts->addUser(
        { QStringLiteral("pat"), QStringLiteral("Pat Doe"), {}, static_cast<Role>(role) },
        "pat's long password", cli);
    QVERIFY(id);
    m_window = std::make_unique<MainWindow>(*m_repository, *m_intake, *m_accounts, *m_session, m_dialogs,
                                            m_fixture.db->path());
    m_window->setMail(m_fixture.mail.get());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    auto* settingsAction = m_window->findChild<QAction*>(QStringLiteral("settingsAction"));
    QVERIFY(settingsAction);
    QVERIFY(!settingsAction->isEnabled());
    QVERIFY(!m_window->showPage(QStringLiteral("outboxPage")));

    m_session->signIn(m_accountRepository->user(*id).value());
    QCOMPARE(settingsAction->isEnabled(), settings);
    QCOMPARE(settingsAction->isVisible(), settings);
    QCOMPARE(m_window->showPage(QStringLiteral("outboxPage")), outbox);
    QCOMPARE(m_window->page(QStringLiteral("outboxPage")) != nullptr, outbox);

    settingsAction->trigger();
    QCOMPARE(m_window->settingsDialog() != nullptr, settings);
    if (settings) {
        SettingsDialog* dialog = m_window->settingsDialog();
        QTRY_VERIFY(dialog->isVisible());
        const QString folder = qEnvironmentVariable("LEADINTAKE_SCREENSHOTS");
        if (!folder.isEmpty())
            QVERIFY(dialog->grab().save(QDir(folder).filePath(QStringLiteral("settingsdialog.png"))));
        // Signing out closes it: the settings go with the administrator.
        m_window->lock(false);
        QTRY_VERIFY(!m_window->settingsDialog());
    }
    m_window->lock(false);
    QVERIFY(!m_window->page(QStringLiteral("outboxPage")));
}

void TestMailWindow::describeDelivery_data()
{
    QTest::addColumn<int>("confirmationState");
    QTest::addColumn<int>("notificationState");
    QTest::addColumn<int>("notificationAttempts");
    QTest::addColumn<QString>("expected");

    QTest::newRow("both waiting") << int(OutboxState::Queued) << int(OutboxState::Queued) << 0
                                  << QStringLiteral("Confirmation: waiting · Notification: waiting");
    QTest::newRow("sent and failed") << int(OutboxState::Sent) << int(OutboxState::Failed) << 3
                                     << QStringLiteral("Confirmation: sent · Notification: failed");
    QTest::newRow("sent and cancelled") << int(OutboxState::Sent) << int(OutboxState::Cancelled) << 0
                                        << QStringLiteral("Confirmation: sent · Notification: cancelled");
}

void TestMailWindow::describeDelivery()
{
    QFETCH(int, confirmationState);
    QFETCH(int, notificationState);
    QFETCH(int, notificationAttempts);
    QFETCH(QString, expected);

    OutboxEntry confirmation;
    confirmation.kind = OutboxKind::ProspectConfirmation;
    confirmation.state = static_cast<OutboxState>(confirmationState);
    OutboxEntry notification;
    notification.kind = OutboxKind::AttorneyNotification;
    notification.state = static_cast<OutboxState>(notificationState);
    notification.attempts = notificationAttempts;
    QCOMPARE(LeadDetailPane::describeDelivery({ confirmation, notification }), expected);

    // A retry shows when it will be.
    notification.state = OutboxState::Queued;
    notification.attempts = 2;
    notification.nextAttemptAt = QDateTime(QDate(2026, 11, 28), QTime(14, 5), Qt::LocalTime).toUTC();
    QVERIFY(LeadDetailPane::describeDelivery({ notification }).contains(QStringLiteral("retry at")));
    QCOMPARE(LeadDetailPane::describeDelivery({}), QStringLiteral("None queued"));
}

QTEST_MAIN(TestMailWindow)
#include "tst_mailwindow.moc"
