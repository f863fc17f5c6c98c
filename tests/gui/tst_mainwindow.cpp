#include "accountrepository.h"
#include "accountservice.h"
#include "database.h"
#include "intakepage.h"
#include "intakeservice.h"
#include "leadrepository.h"
#include "leadspage.h"
#include "mainwindow.h"
#include "passwordhasher.h"
#include "pgserver.h"
#include "deskservices.h"
#include "scripteddialogs.h"
#include "session.h"
#include "signindialog.h"
#include "testsupport.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

// The whole desk, end to end: type a lead at the front desk, sign in as an attorney, find it
// on the Leads page, change its status.
class TestMainWindow final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void leadsNeedSignIn();
    void enterFindAndUpdateALead();
    void duplicateWarningOpensTheExistingLead();
    void keyboardSwitchesPages();
    void statusBarNamesTheDatabase();
    void fitsASmallLaptopScreen();
    void statusMessagesAreShownWhole_data();
    void statusMessagesAreShownWhole();
    void staleMessagesGoWhenTheNextLeadIsStarted();
    void unsignedDeskDuplicateNamesNobody();
    void titleNamesTheApplicationOnce();
    void startedWhileTheServerIsDownSaysSo();

private:
    template<typename T>
    T* find(const char* name) const
    {
        auto* widget = m_window->findChild<T*>(QLatin1String(name));
        if (!widget)
            qFatal("no widget %s", name);
        return widget;
    }
    void typeLead(const QString& first, const QString& last, const QString& email);
    void signInAsAttorney();

    QTemporaryDir m_dir;
    std::unique_ptr<DeskServices> m_desk;
    std::unique_ptr<Session> m_session;
    ScriptedDialogs m_dialogs;
    std::unique_ptr<MainWindow> m_window;
    QString m_pdf;
    int m_counter = 0;
};

void TestMainWindow::initTestCase()
{
    // Window geometry is per-desk state in QSettings: keep the tests' own.
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setApplicationName(QStringLiteral("leadintake-test"));
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Lead Intake"));
}

void TestMainWindow::startedWhileTheServerIsDownSaysSo()
{
    if (!TestDatabase::isPostgres())
        QSKIP("office mode only: a desk's own file is always there");
    // A desk started while the server is down (Database::unopened, main.cpp): its window
    // says at once that it is reconnecting, and stops saying so once connected.
    Result<Database> unopened = Database::unopened(m_desk->db.target());
    QVERIFY(unopened);
    LeadRepository leads(unopened->connection());
    IntakeService intake(leads, LeadValidator());
    Session session(QStringLiteral("reception"));
    MainWindow window(leads, intake, m_desk->accounts, session, m_dialogs, unopened->path());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto* label = window.findChild<QLabel*>(QStringLiteral("connectionLabel"));
    QVERIFY(label);
    QVERIFY(label->isVisible());
    QCOMPARE(label->text(), MainWindow::tr("Reconnecting to the office server…"));
    QTRY_VERIFY_WITH_TIMEOUT(!label->isVisible(), 15000); // the server is up: it connects
    QVERIFY(unopened->connection().isOpen());
}

void TestMainWindow::init()
{
    ++m_counter;
    auto desk = DeskServices::openFresh();
    QVERIFY2(desk, qPrintable(desk.error().message));
    m_desk = std::move(desk).value();
    QVERIFY(m_desk->accounts.addUser({ QStringLiteral("ana"), QStringLiteral("Ana Ruiz"), {}, Role::Attorney },
                                "ana's long password", Actor { std::nullopt, QStringLiteral("test") }));
    m_session = std::make_unique<Session>(QStringLiteral("reception"));
    m_dialogs = ScriptedDialogs();
    m_window = std::make_unique<MainWindow>(m_desk->leads, m_desk->intake, m_desk->accounts, *m_session, m_dialogs,
                                            m_desk->db.path());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->activateWindow();
    m_pdf = TestSupport::writeFile(m_dir, QStringLiteral("cv.pdf"), TestSupport::makePdf());
}

void TestMainWindow::cleanup()
{
    m_window.reset();
    m_session.reset();
    m_desk.reset();
}

void TestMainWindow::typeLead(const QString& first, const QString& last, const QString& email)
{
    QTest::keyClicks(find<QLineEdit>("firstNameEdit"), first);
    QTest::keyClicks(find<QLineEdit>("lastNameEdit"), last);
    QTest::keyClicks(find<QLineEdit>("emailEdit"), email);
    m_dialogs.nextOpenFile = m_pdf;
    QTest::mouseClick(find<QPushButton>("chooseResumeButton"), Qt::LeftButton);
    QTest::mouseClick(find<QPushButton>("submitButton"), Qt::LeftButton);
}

void TestMainWindow::signInAsAttorney()
{
    QTest::keySequence(m_window.get(), QKeySequence(Qt::CTRL | Qt::Key_L));
    SignInDialog* dialog = m_window->signInDialog();
    QVERIFY(dialog);
    QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("usernameEdit")), QStringLiteral("ana"));
    QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("passwordEdit")), QStringLiteral("ana's long password"));
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("signInButton")), Qt::LeftButton);
    QVERIFY(m_session->isSignedIn());
    QTRY_VERIFY(!m_window->signInDialog());
    m_window->activateWindow();
    QTRY_VERIFY(m_window->isActiveWindow());
}

void TestMainWindow::leadsNeedSignIn()
{
    auto* tabs = find<QTabWidget>("pages");
    QTest::keySequence(m_window.get(), QKeySequence(Qt::CTRL | Qt::Key_2));
    QCOMPARE(tabs->currentWidget(), m_window->intakePage());
    QCOMPARE(tabs->count(), 1);
    QVERIFY(!m_window->leadsPage());
}

void TestMainWindow::enterFindAndUpdateALead()
{
    typeLead(QStringLiteral("Jane"), QStringLiteral("Doe"), QStringLiteral("jane@example.com"));
    typeLead(QStringLiteral("Omar"), QStringLiteral("Haddad"), QStringLiteral("omar@example.com"));
    QCOMPARE(find<QLabel>("banner")->text(), QStringLiteral("Lead for Omar Haddad saved."));
    signInAsAttorney();
    QTest::keySequence(m_window.get(), QKeySequence(Qt::CTRL | Qt::Key_1));

    QTest::keySequence(m_window.get(), QKeySequence(Qt::CTRL | Qt::Key_2));
    auto* tabs = find<QTabWidget>("pages");
    QCOMPARE(tabs->currentWidget(), m_window->leadsPage());
    auto* table = find<QTableView>("leadsTable");
    QTRY_COMPARE(table->model()->rowCount(), 2);

    // Search as a person types.
    QTest::keyClicks(find<QLineEdit>("searchField"), QStringLiteral("jan"));
    QTRY_COMPARE(table->model()->rowCount(), 1);
    const QModelIndex first = table->model()->index(0, 0);
    QCOMPARE(first.data().toString(), QStringLiteral("Jane"));

    // Change the status in place through the delegate.
    int statusColumn = -1;
    for (int column = 0; column < table->model()->columnCount(); ++column) {
        if (table->model()->headerData(column, Qt::Horizontal).toString() == QStringLiteral("Status"))
            statusColumn = column;
    }
    QVERIFY(statusColumn >= 0);
    const QModelIndex status = table->model()->index(0, statusColumn);
    QCOMPARE(status.data().toString(), QStringLiteral("Pending"));
    table->setCurrentIndex(status);
    table->edit(status);
    QComboBox* editor = nullptr;
    QTRY_VERIFY((editor = table->viewport()->findChild<QComboBox*>()) != nullptr);
    editor->setCurrentIndex(editor->findText(QStringLiteral("Reached out")));
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_COMPARE(table->model()->index(0, statusColumn).data().toString(), QStringLiteral("Reached out"));

    const auto leads = m_desk->leads.findByEmail(QStringLiteral("jane@example.com")).value();
    QCOMPARE(leads.size(), 1);
    QCOMPARE(leads.first().status, LeadStatus::ReachedOut);

    // The detail pane shows the history row that change wrote.
    auto* history = find<QListWidget>("historyList");
    QTRY_COMPARE(history->count(), 2);
    const QString change = history->item(1)->text();
    QVERIFY2(change.startsWith(QStringLiteral("Marked reached out by Ana Ruiz, ")), qPrintable(change));
    QVERIFY2(history->item(0)->text().startsWith(QStringLiteral("Entered by reception, ")),
             qPrintable(history->item(0)->text()));
}

void TestMainWindow::duplicateWarningOpensTheExistingLead()
{
    signInAsAttorney();
    typeLead(QStringLiteral("Jane"), QStringLiteral("Doe"), QStringLiteral("jane@example.com"));
    const qint64 existing = m_desk->leads.findByEmail(QStringLiteral("jane@example.com"))->first().id;
    m_dialogs.nextAnswer = Dialogs::Answer::Primary;
    typeLead(QStringLiteral("Jane"), QStringLiteral("Doe"), QStringLiteral("Jane@Example.com"));
    QCOMPARE(m_dialogs.asked.size(), 1);
    QCOMPARE(find<QTabWidget>("pages")->currentWidget(), m_window->leadsPage());
    auto* table = find<QTableView>("leadsTable");
    QTRY_VERIFY(table->currentIndex().isValid());
    QCOMPARE(table->currentIndex().siblingAtColumn(2).data().toString(), QStringLiteral("jane@example.com"));
    QCOMPARE(m_desk->leads.count({}).value(), 1);
    Q_UNUSED(existing)
}

void TestMainWindow::keyboardSwitchesPages()
{
    signInAsAttorney();
    auto* tabs = find<QTabWidget>("pages");
    QTest::keySequence(m_window.get(), QKeySequence(Qt::CTRL | Qt::Key_2));
    QCOMPARE(tabs->currentWidget(), m_window->leadsPage());
    QTest::keySequence(m_window.get(), QKeySequence::Find);
    QTRY_VERIFY(find<QLineEdit>("searchField")->hasFocus());
    QTest::keySequence(m_window.get(), QKeySequence(Qt::CTRL | Qt::Key_1));
    QCOMPARE(tabs->currentWidget(), m_window->intakePage());
    QTRY_VERIFY(find<QLineEdit>("firstNameEdit")->hasFocus());
}

void TestMainWindow::statusBarNamesTheDatabase()
{
    auto* label = find<QLabel>("databaseLabel");
    if (m_desk->db.target().isServer()) {
        // The server and database, never the URL's last part (its sslrootcert file) nor a
        // password.
        const DatabaseTarget& target = m_desk->db.target();
        QCOMPARE(label->text(), QStringLiteral("Office server: %1/%2").arg(target.host(), target.databaseName()));
        QVERIFY(!label->toolTip().contains(TestDatabase::server()->superuserPassword()));
        return;
    }
    QVERIFY(label->text().contains(QFileInfo(m_desk->db.path()).fileName()));
    QVERIFY(label->toolTip().contains(QDir::toNativeSeparators(m_desk->db.path())));
}

namespace {
// What a person sees of a label: all of its text, or only what fits.
bool showsWhole(QLabel* label)
{
    const int needed = label->fontMetrics().horizontalAdvance(label->text());
    return label->isVisible() && label->contentsRect().width() >= needed;
}
} // namespace

void TestMainWindow::statusMessagesAreShownWhole_data()
{
    QTest::addColumn<int>("width");
    QTest::newRow("default size") << 0;
    QTest::newRow("narrow window") << 760;
}

void TestMainWindow::statusMessagesAreShownWhole()
{
    QFETCH(int, width);
    if (width > 0)
        m_window->resize(width, m_window->height());
    auto* message = find<QLabel>("statusMessageLabel");

    typeLead(QStringLiteral("Jane"), QStringLiteral("Doe"), QStringLiteral("jane@example.com"));
    QCOMPARE(message->text(), QStringLiteral("Lead number 1 saved."));
    QTRY_VERIFY2(showsWhole(message), qPrintable(QStringLiteral("%1 of %2 px").arg(message->contentsRect().width())
                                                     .arg(message->fontMetrics().horizontalAdvance(message->text()))));

    signInAsAttorney();
    QCOMPARE(message->text(), QStringLiteral("Welcome, Ana Ruiz."));
    QTRY_VERIFY(showsWhole(message));
    QTest::keySequence(m_window.get(), QKeySequence(Qt::CTRL | Qt::Key_1));
    typeLead(QStringLiteral("Omar"), QStringLiteral("Haddad"), QStringLiteral("omar@example.com"));
    QCOMPARE(message->text(), QStringLiteral("Lead for Omar Haddad saved (number 2)."));
    QTRY_VERIFY(showsWhole(message));
}

void TestMainWindow::staleMessagesGoWhenTheNextLeadIsStarted()
{
    typeLead(QStringLiteral("Jane"), QStringLiteral("Doe"), QStringLiteral("jane@example.com"));
    QCOMPARE(m_window->statusText(), QStringLiteral("Lead number 1 saved."));
    QVERIFY(find<QLabel>("banner")->isVisible());
    QTest::keyClick(find<QLineEdit>("firstNameEdit"), Qt::Key_O);
    QVERIFY(m_window->statusText().isEmpty());
    QVERIFY(!find<QLabel>("banner")->isVisible());
}

void TestMainWindow::unsignedDeskDuplicateNamesNobody()
{
    typeLead(QStringLiteral("Jane"), QStringLiteral("Doe"), QStringLiteral("jane@example.com"));
    m_dialogs.nextAnswer = Dialogs::Answer::Primary;
    typeLead(QStringLiteral("Janet"), QStringLiteral("Roe"), QStringLiteral("JANE@example.com"));
    QCOMPARE(m_dialogs.asked.size(), 1);
    QVERIFY2(!m_dialogs.asked.first().contains(QStringLiteral("Jane")), qPrintable(m_dialogs.asked.first()));
    QCOMPARE(m_dialogs.choices.first(), QStringList { QStringLiteral("Save anyway") });
    QCOMPARE(m_desk->leads.count({}).value(), 2);
}

void TestMainWindow::titleNamesTheApplicationOnce()
{
    const QString application = QGuiApplication::applicationDisplayName();
    QCOMPARE(application, QStringLiteral("Lead Intake"));
    // What the window manager shows: Qt appends the display name to a title that does not
    // already end with it (QPlatformWindow::formatWindowTitle).
    const auto shown = [&] {
        const QString title = m_window->windowTitle();
        return title.endsWith(application) ? title : title + QStringLiteral(" \u2014 ") + application;
    };
    QCOMPARE(shown(), QStringLiteral("Lead Intake"));
    signInAsAttorney();
    QCOMPARE(shown(), QStringLiteral("Ana Ruiz \u2014 Lead Intake"));
    QCOMPARE(shown().count(application), 1);
    m_window->lock(false);
    QCOMPARE(shown(), QStringLiteral("Lead Intake"));
}

void TestMainWindow::fitsASmallLaptopScreen()
{
    // Everything must fit a 1366×768 laptop (less the panel) without clipping.
    const QSize minimum = m_window->minimumSizeHint();
    QVERIFY2(minimum.width() <= 1366 && minimum.height() <= 700,
             qPrintable(QStringLiteral("%1x%2").arg(minimum.width()).arg(minimum.height())));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
