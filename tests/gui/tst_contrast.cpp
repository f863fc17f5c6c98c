#include "accountrepository.h"
#include "accountservice.h"
#include "intakepage.h"
#include "intakeservice.h"
#include "kioskwindow.h"
#include "leadrepository.h"
#include "leadspage.h"
#include "leadstatus.h"
#include "leadtablemodel.h"
#include "mailtestfixture.h"
#include "mainwindow.h"
#include "passwordhasher.h"
#include "scripteddialogs.h"
#include "session.h"
#include "settingsdialog.h"
#include "signindialog.h"
#include "testpalettes.h"
#include "testsupport.h"
#include "widgetlookup.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMap>
#include <QPushButton>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using GuiTest::find;

// Every text with a colour of its own (field errors, banners, status bar messages, status
// pills, the kiosk's messages) against the background it is actually drawn on, read back
// from the rendered window under Fusion with a light and a dark palette, and after the
// palette is switched while the window is open: at least 4.5:1 (WCAG 2.x AA).
class TestContrast final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();

    void mainWindow_data();
    void mainWindow();
    void kiosk_data();
    void kiosk();
    void signInDialog_data();
    void signInDialog();
    void settingsDialog_data();
    void settingsDialog();

private:
    void palettes();
    // Sets the palette the widgets are built with; after they are shown, switchPalette() sets
    // the one they are measured with (the same, or the other one: a live theme switch).
    void buildPalette();
    void switchPalette();
    void check(const QString& what, QWidget* window, QWidget* widget);
    void check(const QString& what, const QImage& image, const QRect& area, const QColor& background = {});
    QString makePdf();

    QTemporaryDir m_dir;
    int m_counter = 0;
    MailTestFixture m_fixture;
    std::unique_ptr<LeadRepository> m_repository;
    std::unique_ptr<IntakeService> m_intake;
    std::unique_ptr<PasswordHasher> m_hasher;
    std::unique_ptr<AccountRepository> m_accountRepository;
    std::unique_ptr<AccountService> m_accounts;
    ScriptedDialogs m_dialogs;
    qint64 m_admin = 0;
    // The lowest contrast measured per palette, and where.
    struct Lowest
    {
        double ratio = 99;
        QString where;
    };
    QMap<QString, Lowest> m_lowest;
};

void TestContrast::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setApplicationName(QStringLiteral("leadintake-test"));
    QApplication::setStyle(QStringLiteral("Fusion"));
    QVERIFY(m_dir.isValid());
}

void TestContrast::init()
{
    QApplication::setPalette(TestPalettes::light());
    QVERIFY(m_fixture.open(m_dir.filePath(QStringLiteral("contrast-%1.sqlite").arg(++m_counter))));
    m_repository = std::make_unique<LeadRepository>(m_fixture.db->connection());
    m_intake = std::make_unique<IntakeService>(*m_repository, LeadValidator());
    m_hasher = std::make_unique<PasswordHasher>(PasswordHasher::minimum());
    m_accountRepository = std::make_unique<AccountRepository>(m_fixture.db->connection());
    m_accounts = std::make_unique<AccountService>(*m_accountRepository, *m_hasher);
    const Result<qint64> admin = m_accounts->addUser({ QStringLiteral("ada"), QStringLiteral("Ada Admin"), {}, Role::Admin },
                                                     "ada's long password", Actor { std::nullopt, QStringLiteral("cli") });
    QVERIFY(admin);
    m_admin = *admin;
}

void TestContrast::cleanup()
{
    m_accounts.reset();
    m_accountRepository.reset();
    m_hasher.reset();
    m_intake.reset();
    m_repository.reset();
    m_fixture.close();
}

void TestContrast::cleanupTestCase()
{
    for (auto it = m_lowest.cbegin(); it != m_lowest.cend(); ++it)
        qInfo("minimum contrast, %s palette: %.2f:1 (%s)", qPrintable(it.key()), it->ratio, qPrintable(it->where));
}

void TestContrast::palettes()
{
    QTest::addColumn<QString>("built");
    QTest::addColumn<QString>("shown");
    QTest::newRow("light") << "light" << "light";
    QTest::newRow("dark") << "dark" << "dark";
    QTest::newRow("light, switched to dark while open") << "light" << "dark";
    QTest::newRow("dark, switched to light while open") << "dark" << "light";
}

void TestContrast::buildPalette()
{
    QFETCH(QString, built);
    QApplication::setPalette(built == QLatin1String("dark") ? TestPalettes::dark() : TestPalettes::light());
}

void TestContrast::switchPalette()
{
    QFETCH(QString, shown);
    QApplication::setPalette(shown == QLatin1String("dark") ? TestPalettes::dark() : TestPalettes::light());
    QCoreApplication::processEvents();
}

QString TestContrast::makePdf()
{
    return TestSupport::writeFile(m_dir, QStringLiteral("cv-%1.pdf").arg(m_counter), TestSupport::makePdf());
}

void TestContrast::check(const QString& what, QWidget* window, QWidget* widget)
{
    QVERIFY2(widget->isVisible(), qPrintable(what + QStringLiteral(" is not shown")));
    QVERIFY2(!widget->property("text").toString().isEmpty(), qPrintable(what + QStringLiteral(" has no text")));
    const QImage image = window->grab().toImage();
    const QRect area(widget->mapTo(window, widget->contentsRect().topLeft()), widget->contentsRect().size());
    check(what, image, area);
}

void TestContrast::check(const QString& what, const QImage& image, const QRect& area, const QColor& background)
{
    QFETCH(QString, shown);
    const TestPalettes::Measured found = TestPalettes::measure(image, area, background);
    Lowest& lowest = m_lowest[shown];
    if (found.ratio < lowest.ratio)
        lowest = { found.ratio, what };
    QVERIFY2(found.ratio >= 4.5, qPrintable(QStringLiteral("%1: %2 on %3 is %4:1")
                                                .arg(what, found.text.name(), found.background.name())
                                                .arg(found.ratio, 0, 'f', 2)));
}

void TestContrast::mainWindow_data()
{
    palettes();
}

void TestContrast::mainWindow()
{
    // Two leads for the pills: one pending, one reached out.
    const QString pdf = makePdf();
    for (const QString& first : { QStringLiteral("Jane"), QStringLiteral("Omar") }) {
        const IntakeService::Outcome outcome = m_intake->submit(
            { first, QStringLiteral("Doe"), first.toLower() + QStringLiteral("@example.com"), pdf }, QStringLiteral("cli"),
            IntakeService::Duplicates::SaveAnyway);
        QVERIFY(outcome.saved());
    }
    QVERIFY(m_repository->setStatus(2, LeadStatus::ReachedOut, QStringLiteral("cli"), 1));

    buildPalette();
    Session session(QStringLiteral("Front desk"));
    MainWindow window(*m_repository, *m_intake, *m_accounts, session, m_dialogs, m_fixture.db->path());
    window.setMail(m_fixture.mail.get());
    session.signIn(m_accountRepository->user(m_admin).value());
    window.resize(1100, 760);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    switchPalette();

    // The form's field errors (an empty form submitted) and its grey subtitle.
    QVERIFY(window.showPage(MainWindow::Page::Intake));
    auto* page = find<IntakePage>(&window, "intakePage");
    QTest::mouseClick(find<QPushButton>(page, "submitButton"), Qt::LeftButton);
    for (const char* name : { "firstNameError", "lastNameError", "emailError", "resumeError" })
        check(QStringLiteral("field error %1").arg(QLatin1String(name)), &window, find<QLabel>(page, name));
    check(QStringLiteral("form subtitle"), &window, find<QLabel>(page, "subtitleLabel"));

    // A saved lead: the form's success banner and the status bar's message; the status bar's
    // email problem (an administrator sees "not configured") in red.
    QTest::keyClicks(find<QLineEdit>(page, "firstNameEdit"), QStringLiteral("Ana"));
    QTest::keyClicks(find<QLineEdit>(page, "lastNameEdit"), QStringLiteral("Ruiz"));
    QTest::keyClicks(find<QLineEdit>(page, "emailEdit"), QStringLiteral("ana@example.com"));
    page->setResumePath(pdf);
    QTest::mouseClick(find<QPushButton>(page, "submitButton"), Qt::LeftButton);
    auto* banner = find<QLabel>(page, "banner");
    QTRY_VERIFY(banner->isVisible());
    QVERIFY(banner->property("success").toBool());
    check(QStringLiteral("form success banner"), &window, banner);
    auto* message = find<QLabel>(&window, "statusMessageLabel");
    QVERIFY2(message->text().contains(QStringLiteral("saved")), qPrintable(message->text()));
    check(QStringLiteral("status bar success message"), &window, message);
    m_fixture.mail->start();
    auto* mailStatus = find<QLabel>(&window, "mailStatusLabel");
    QTRY_VERIFY2(mailStatus->text().contains(QStringLiteral("not configured")), qPrintable(mailStatus->text()));
    check(QStringLiteral("status bar email problem"), &window, mailStatus);

    // The Leads table's status pills, each against the pill's own background, and the
    // detail pane's hint while no lead is selected.
    QVERIFY(window.showPage(MainWindow::Page::Leads));
    auto* table = find<QTableView>(&window, "leadsTable");
    LeadTableModel* model = window.leadsPage()->model();
    QTRY_COMPARE(model->rowCount(), 3);
    table->clearSelection();
    QCoreApplication::processEvents();
    check(QStringLiteral("detail pane hint"), &window, find<QLabel>(&window, "emptyState"));
    const QImage image = window.grab().toImage();
    const QFontMetrics metrics(table->font());
    QSet<int> seen;
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, LeadTableModel::Status);
        const int status = index.data(LeadTableModel::StatusRole).toInt();
        const QRect cell = table->visualRect(index).translated(table->viewport()->mapTo(&window, QPoint(0, 0)));
        // The pill starts 4 px into the cell and pads its text by 8 px: a point inside it,
        // left of the text, is its background.
        const QColor pillBackground = image.pixelColor(qRound((cell.left() + 8) * image.devicePixelRatio()),
                                                       qRound(cell.center().y() * image.devicePixelRatio()));
        const QRect pill(cell.left() + 4, cell.top(), metrics.horizontalAdvance(index.data().toString()) + 18,
                         cell.height());
        check(QStringLiteral("status pill “%1”").arg(index.data().toString()), image, pill, pillBackground);
        seen.insert(status);
    }
    QCOMPARE(seen.size(), 2);
}

void TestContrast::kiosk_data()
{
    palettes();
}

void TestContrast::kiosk()
{
    buildPalette();
    KioskWindow kiosk(*m_intake, *m_accounts, m_dialogs, QStringLiteral("Reception kiosk"));
    kiosk.setThanksDuration(60000);
    kiosk.resize(1100, 800);
    kiosk.show();
    QVERIFY(QTest::qWaitForWindowExposed(&kiosk));
    switchPalette();

    IntakePage* page = kiosk.intakePage();
    QTest::mouseClick(find<QPushButton>(page, "submitButton"), Qt::LeftButton);
    for (const char* name : { "firstNameError", "emailError", "resumeError" })
        check(QStringLiteral("kiosk field error %1").arg(QLatin1String(name)), &kiosk, find<QLabel>(page, name));
    check(QStringLiteral("kiosk subtitle"), &kiosk, find<QLabel>(page, "subtitleLabel"));

    QTest::keyClicks(find<QLineEdit>(page, "firstNameEdit"), QStringLiteral("Ana"));
    QTest::keyClicks(find<QLineEdit>(page, "lastNameEdit"), QStringLiteral("Ruiz"));
    QTest::keyClicks(find<QLineEdit>(page, "emailEdit"), QStringLiteral("ana@example.com"));
    page->setResumePath(makePdf());
    QTest::mouseClick(find<QPushButton>(page, "submitButton"), Qt::LeftButton);
    QTRY_VERIFY(kiosk.isShowingThanks());
    check(QStringLiteral("kiosk thanks title"), &kiosk, find<QLabel>(&kiosk, "thanksTitle"));
    check(QStringLiteral("kiosk thanks text"), &kiosk, find<QLabel>(&kiosk, "thanksText"));
}

void TestContrast::signInDialog_data()
{
    palettes();
}

void TestContrast::signInDialog()
{
    buildPalette();
    SignInDialog dialog(*m_accounts, QStringLiteral("Front desk"), Role::Attorney);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    switchPalette();
    QTest::keyClicks(find<QLineEdit>(&dialog, "usernameEdit"), QStringLiteral("ada"));
    QTest::keyClicks(find<QLineEdit>(&dialog, "passwordEdit"), QStringLiteral("not the password"));
    QTest::mouseClick(find<QPushButton>(&dialog, "signInButton"), Qt::LeftButton);
    auto* message = find<QLabel>(&dialog, "signInMessage");
    QTRY_VERIFY(message->isVisible());
    check(QStringLiteral("sign-in error"), &dialog, message);
}

void TestContrast::settingsDialog_data()
{
    palettes();
}

void TestContrast::settingsDialog()
{
    buildPalette();
    SettingsDialog dialog(*m_fixture.mail, m_dialogs);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    switchPalette();
    // A test email with nothing set up: its result in the error banner.
    auto* send = find<QPushButton>(&dialog, "sendTestButton");
    auto* result = find<QLabel>(&dialog, "testResultLabel");
    // The tab that holds them, in front.
    for (QWidget* w = send; w && w != &dialog; w = w->parentWidget()) {
        if (auto* stack = qobject_cast<QStackedWidget*>(w->parentWidget()))
            stack->setCurrentWidget(w);
    }
    QTest::mouseClick(send, Qt::LeftButton);
    QTRY_VERIFY(result->isVisible());
    check(QStringLiteral("settings test result (error)"), &dialog, result);
    auto* note = find<QLabel>(&dialog, "keychainNote");
    if (note->isVisible() && !note->text().isEmpty())
        check(QStringLiteral("settings keychain note"), &dialog, note);
}

QTEST_MAIN(TestContrast)
#include "tst_contrast.moc"
