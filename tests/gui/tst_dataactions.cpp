#include "csvwriter.h"
#include "dailybackup.h"
#include "dataactions.h"
#include "databasebackup.h"
#include "deskservices.h"
#include "firmsettings.h"
#include "leadspage.h"
#include "leadtablemodel.h"
#include "mainwindow.h"
#include "scripteddialogs.h"
#include "session.h"
#include "testdatabase.h"
#include "viewexport.h"

#include <QAction>
#include <QCryptographicHash>
#include <QLabel>
#include <QLineEdit>
#include <QProgressDialog>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

// The window's data actions (issue 13): File → Export View… writes exactly the rows the
// Leads table shows; Restore from Backup… is an administrator's, asks twice, and every
// open desk reloads; the daily backup runs once with two desks open; the last backup's
// age is shown to administrators.
class TestDataActions final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void exportViewWritesTheTablesRows();
    void exportViewCanBeCancelled();
    void restoreIsForAdministratorsAndAsksTwice();
    void anOpenDeskReloadsWhenAnotherDeskRestores();
    void dailyBackupRunsOnceWithTwoDesksOpen();
    void lastBackupWarnsWhenOld();

private:
    bool sqliteOnly();
    void addLead(const QString& first, const QString& last, const QString& email);
    void signIn(Role role);
    LeadTableModel* model() const { return m_window->leadsPage()->model(); }
    std::unique_ptr<MainWindow> openWindow(DeskServices& desk, Session& session);

    QTemporaryDir m_dir;
    std::unique_ptr<DeskServices> m_desk;
    std::unique_ptr<Session> m_session;
    ScriptedDialogs m_dialogs;
    std::unique_ptr<MainWindow> m_window;
    int m_counter = 0;
};

namespace {

// RFC 4180 as CsvWriter writes it.
QList<QStringList> parseCsv(const QString& text)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                field += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            row.append(field);
            field.clear();
        } else if (c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n')) {
            row.append(field);
            rows.append(row);
            row.clear();
            field.clear();
            ++i;
        } else {
            field += c;
        }
    }
    return rows;
}

} // namespace

void TestDataActions::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setApplicationName(QStringLiteral("leadintake-test"));
}

bool TestDataActions::sqliteOnly()
{
    return !TestDatabase::isPostgres();
}

std::unique_ptr<MainWindow> TestDataActions::openWindow(DeskServices& desk, Session& session)
{
    auto window = std::make_unique<MainWindow>(desk.leads, desk.intake, desk.accounts, session, m_dialogs,
                                               desk.db.path());
    window->show();
    return window;
}

void TestDataActions::init()
{
    ++m_counter;
    auto desk = DeskServices::openFresh();
    QVERIFY2(desk, qPrintable(desk.error().message));
    m_desk = std::move(desk).value();
    m_session = std::make_unique<Session>(QStringLiteral("reception"));
    m_dialogs = ScriptedDialogs();
    m_window = openWindow(*m_desk, *m_session);
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestDataActions::cleanup()
{
    m_window.reset();
    m_session.reset();
    m_desk.reset();
}

void TestDataActions::addLead(const QString& first, const QString& last, const QString& email)
{
    const QByteArray pdf = "%PDF-1.4\n% " + email.toUtf8() + "\n%%EOF\n";
    const ResumeFile resume { QStringLiteral("cv.pdf"), QStringLiteral("application/pdf"), pdf,
                              QCryptographicHash::hash(pdf, QCryptographicHash::Sha256).toHex() };
    const auto id = m_desk->leads.create(first, last, email, resume, QStringLiteral("test"));
    QVERIFY2(id, qPrintable(id.error().message));
}

void TestDataActions::signIn(Role role)
{
    const QString name = QStringLiteral("user%1r%2").arg(m_counter).arg(int(role));
    const Result<qint64> id = m_desk->accounts.addUser({ name, QStringLiteral("Test User"), {}, role },
                                                       "a long enough password",
                                                       Actor { std::nullopt, QStringLiteral("test") });
    QVERIFY2(id, qPrintable(id.error().message));
    UserAccount account;
    account.id = *id;
    account.username = name;
    account.displayName = QStringLiteral("Test User");
    account.role = role;
    m_session->signIn(account);
}

void TestDataActions::exportViewWritesTheTablesRows()
{
    addLead(QStringLiteral("Ana"), QStringLiteral("Zamora"), QStringLiteral("ana@example.com"));
    addLead(QStringLiteral("José"), QStringLiteral("Muñoz, Jr."), QStringLiteral("jose@example.com"));
    addLead(QStringLiteral("=HYPERLINK(\"x\")"), QStringLiteral("Andrade"), QStringLiteral("evil@example.com"));
    addLead(QStringLiteral("Bob"), QStringLiteral("Brown"), QStringLiteral("bob@example.com"));
    addLead(QStringLiteral("Anabel"), QStringLiteral("\"Quoted\" Name"), QStringLiteral("anabel@example.com"));
    signIn(Role::Attorney);
    QVERIFY(m_window->showPage(MainWindow::Page::Leads));
    QAction* action = m_window->dataActions()->exportViewAction();
    QVERIFY(action->isVisible() && action->isEnabled());

    // A search and an order, as a person sets them.
    auto* search = m_window->leadsPage()->findChild<QLineEdit*>(QStringLiteral("searchField"));
    QVERIFY(search);
    search->setText(QStringLiteral("an"));
    QTRY_COMPARE(model()->query().search, QStringLiteral("an"));
    model()->sort(LeadTableModel::LastName, Qt::AscendingOrder);
    QTRY_VERIFY(model()->isCountExact());
    QVERIFY(model()->rowCount() >= 3);
    QVERIFY(model()->rowCount() < 5); // Bob Brown is not in the view

    const QString path = m_dir.filePath(QStringLiteral("view-%1.csv").arg(m_counter));
    m_dialogs.nextSaveFile = path;
    action->trigger();
    QVERIFY2(m_dialogs.warnings.isEmpty(), qPrintable(m_dialogs.warnings.join(QLatin1Char('\n'))));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF")); // spreadsheets then read the accents
    QCOMPARE(file.permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup), QFileDevice::Permissions());
    const QList<QStringList> rows = parseCsv(QString::fromUtf8(bytes.mid(3)));
    QCOMPARE(rows.value(0), ViewExport::header());
    QCOMPARE(rows.size() - 1, model()->rowCount());
    for (int row = 0; row < model()->rowCount(); ++row) {
        QStringList expected { model()->index(row, 0).data(LeadTableModel::LeadIdRole).toString() };
        for (int column = 0; column < LeadTableModel::ColumnCount; ++column)
            expected.append(CsvWriter::neutralised(model()->index(row, column).data().toString()));
        QCOMPARE(rows.at(row + 1), expected);
    }
    QVERIFY(QString::fromUtf8(bytes).contains(QStringLiteral("'=HYPERLINK")));
    QVERIFY(m_window->statusText().contains(QString::number(model()->rowCount())));
}

void TestDataActions::exportViewCanBeCancelled()
{
    for (int i = 0; i < 2 * ViewExport::kProgressEvery + 10; ++i)
        addLead(QStringLiteral("Lead"), QStringLiteral("N%1").arg(i), QStringLiteral("n%1@example.com").arg(i));
    signIn(Role::Attorney);
    QVERIFY(m_window->showPage(MainWindow::Page::Leads));
    const QString path = m_dir.filePath(QStringLiteral("cancelled-%1.csv").arg(m_counter));
    bool sawProgress = false;
    // Cancel as soon as the progress dialog asks for events.
    QTimer canceller;
    canceller.setInterval(0);
    connect(&canceller, &QTimer::timeout, this, [&] {
        if (auto* progress = m_window->findChild<QProgressDialog*>(QStringLiteral("exportProgress"))) {
            sawProgress = true;
            progress->cancel();
        }
    });
    canceller.start();
    QVERIFY(!m_window->dataActions()->exportView(path));
    canceller.stop();
    QVERIFY(sawProgress);
    QVERIFY(!QFileInfo::exists(path));
    QVERIFY(m_dialogs.warnings.isEmpty());
    QVERIFY(m_window->statusText().contains(ViewExport::tr("cancelled").left(6)));
}

void TestDataActions::restoreIsForAdministratorsAndAsksTwice()
{
    if (!sqliteOnly())
        QSKIP("the window restores a desk's file; office mode is IT's restore (pg_restore)");
    QAction* restore = m_window->dataActions()->restoreAction();
    QVERIFY(restore);
    QVERIFY(!restore->isVisible());
    signIn(Role::Attorney);
    QVERIFY(!restore->isVisible());
    m_session->signOut();
    signIn(Role::Admin);
    QVERIFY(restore->isVisible() && restore->isEnabled());

    addLead(QStringLiteral("Kept"), QStringLiteral("Before"), QStringLiteral("kept@example.com"));
    const QString backup = m_dir.filePath(QStringLiteral("window-%1.sqlite").arg(m_counter));
    QVERIFY(DatabaseBackup::backup(m_desk->db.connection(), backup, false));
    addLead(QStringLiteral("Gone"), QStringLiteral("After"), QStringLiteral("gone@example.com"));
    const auto before = DatabaseBackup::tableDigests(m_desk->db.connection());

    // A bad file: said so, nothing asked, nothing changed.
    const QString bad = m_dir.filePath(QStringLiteral("bad-%1.sqlite").arg(m_counter));
    QFile out(bad);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(QByteArray(8192, 'x'));
    out.close();
    m_dialogs.nextOpenFile = bad;
    restore->trigger();
    QCOMPARE(m_dialogs.asked.size(), 0);
    QCOMPARE(m_dialogs.warnings.size(), 1);
    QVERIFY(m_dialogs.warnings.constFirst().contains(DataActions::tr("Nothing was changed.")));

    // Cancelled at the first question: nothing changed.
    m_dialogs.nextOpenFile = backup;
    m_dialogs.nextAnswer = Dialogs::Answer::Cancel;
    restore->trigger();
    QCOMPARE(m_dialogs.asked.size(), 1);
    QCOMPARE(DatabaseBackup::tableDigests(m_desk->db.connection()).value(), before.value());

    // Yes, twice.
    m_dialogs.nextAnswer = Dialogs::Answer::Primary;
    restore->trigger();
    QCOMPARE(m_dialogs.asked.size(), 3);
    QVERIFY(m_dialogs.asked.at(1).contains(QLatin1String("window-")));
    QCOMPARE(m_dialogs.warnings.size(), 1);
    const auto found = m_desk->leads.findByEmail(QStringLiteral("gone@example.com"));
    QVERIFY(found);
    QVERIFY(found->isEmpty());
    QVERIFY(m_window->statusText().contains(QLatin1String(".replaced-")));
}

void TestDataActions::anOpenDeskReloadsWhenAnotherDeskRestores()
{
    if (!sqliteOnly())
        QSKIP("a desk's file restored under an open desk; office mode is pg_restore (tst_databasebackup_pg)");
    for (int i = 0; i < 3; ++i)
        addLead(QStringLiteral("Before"), QStringLiteral("N%1").arg(i), QStringLiteral("b%1@example.com").arg(i));
    signIn(Role::Attorney);
    QVERIFY(m_window->showPage(MainWindow::Page::Leads));
    QTRY_COMPARE(model()->rowCount(), 3);

    // Another desk (its own connection) backs up, more leads come, then it restores.
    Result<Database> other = m_desk->db.openAnother();
    QVERIFY(other);
    const QString backup = m_dir.filePath(QStringLiteral("desk-%1.sqlite").arg(m_counter));
    QVERIFY(DatabaseBackup::backup(other->connection(), backup, false));
    addLead(QStringLiteral("After"), QStringLiteral("One"), QStringLiteral("a1@example.com"));
    addLead(QStringLiteral("After"), QStringLiteral("Two"), QStringLiteral("a2@example.com"));
    m_window->leadsPage()->refresh();
    QCOMPARE(model()->rowCount(), 5);
    QVERIFY(m_window->leadsPage()->findChild<QTableView*>(QStringLiteral("leadsTable")));
    m_window->leadsPage()->findChild<QTableView*>(QStringLiteral("leadsTable"))->selectRow(0);

    const Result<DatabaseBackup::Report> restored
        = DatabaseBackup::restore(other->connection(), other->path(), backup);
    QVERIFY2(restored, qPrintable(restored.error().message));
    // The open desk notices by itself (its data_version watcher) and shows the backup's rows.
    QTRY_COMPARE_WITH_TIMEOUT(model()->rowCount(), 3, 10000);
    for (int row = 0; row < 3; ++row)
        QCOMPARE(model()->index(row, LeadTableModel::FirstName).data().toString(), QStringLiteral("Before"));
    // And keeps working on the restored file: another desk's next lead appears too.
    LeadRepository otherLeads(other->connection());
    const QByteArray pdf = "%PDF-1.4\n% next\n%%EOF\n";
    QVERIFY(otherLeads.create(QStringLiteral("Next"), QStringLiteral("Lead"), QStringLiteral("next@example.com"),
                              { QStringLiteral("cv.pdf"), QStringLiteral("application/pdf"), pdf,
                                QCryptographicHash::hash(pdf, QCryptographicHash::Sha256).toHex() },
                              QStringLiteral("other desk")));
    QTRY_COMPARE_WITH_TIMEOUT(model()->rowCount(), 4, 10000);
}

void TestDataActions::dailyBackupRunsOnceWithTwoDesksOpen()
{
    if (!sqliteOnly())
        QSKIP("the daily backup is a desk's SQLite file's; IT backs up the server");
    const QString folder = m_dir.filePath(QStringLiteral("daily-%1").arg(m_counter));
    FirmSettings settings(m_desk->db.connection());
    QVERIFY(settings.setValue(FirmSettings::Key::BackupDaily, true));
    QVERIFY(settings.setValue(FirmSettings::Key::BackupFolder, folder));
    QVERIFY(settings.setValue(FirmSettings::Key::BackupTime, QStringLiteral("00:00")));

    Result<Database> secondDb = m_desk->db.openAnother();
    QVERIFY(secondDb);
    DeskServices secondDesk(std::move(secondDb).value());
    Session secondSession(QStringLiteral("second"));
    std::unique_ptr<MainWindow> second = openWindow(secondDesk, secondSession);
    QSignalSpy firstDone(m_window->dataActions(), &DataActions::dailyBackupFinished);
    m_window->dataActions()->checkDailyBackup();
    second->dataActions()->checkDailyBackup();
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->dataActions()->isDailyBackupRunning()
                                 && !second->dataActions()->isDailyBackupRunning(),
                             30000);
    QCOMPARE(QDir(folder).entryList({ QStringLiteral("leads-*.sqlite") }, QDir::Files).size(), 1);
    // Again: done for today.
    m_window->dataActions()->checkDailyBackup();
    second->dataActions()->checkDailyBackup();
    QTRY_VERIFY(!m_window->dataActions()->isDailyBackupRunning() && !second->dataActions()->isDailyBackupRunning());
    QCOMPARE(QDir(folder).entryList({ QStringLiteral("leads-*.sqlite") }, QDir::Files).size(), 1);

    signIn(Role::Admin);
    QLabel* label = m_window->dataActions()->lastBackupLabel();
    QVERIFY(label->isVisible());
    QVERIFY2(label->text().startsWith(DataActions::tr("Last backup: %1").section(QLatin1Char('%'), 0, 0)),
             qPrintable(label->text()));
    QVERIFY(!label->text().contains(QLatin1String("over 2 days")));
    second.reset();
}

void TestDataActions::lastBackupWarnsWhenOld()
{
    if (!sqliteOnly())
        QSKIP("the window's backups are a desk's SQLite file's");
    bool stale = false;
    const QDateTime now(QDate(2026, 12, 1), QTime(9, 0));
    QCOMPARE(DataActions::lastBackupText({}, now, &stale), DataActions::tr("No backup yet"));
    QVERIFY(stale);
    DataActions::lastBackupText(now.addDays(-1), now, &stale);
    QVERIFY(!stale);
    QVERIFY(DataActions::lastBackupText(now.addDays(-3), now, &stale).contains(QLatin1String("over 2 days ago")));
    QVERIFY(stale);

    QLabel* label = m_window->dataActions()->lastBackupLabel();
    QVERIFY(label);
    signIn(Role::Attorney);
    QVERIFY(!label->isVisible()); // not an attorney's business
    m_session->signOut();
    QVERIFY(FirmSettings(m_desk->db.connection())
                .setValue(FirmSettings::Key::BackupLastDone,
                          QDateTime::currentDateTimeUtc().addDays(-3).toString(Qt::ISODate)));
    signIn(Role::Admin);
    QVERIFY(label->isVisible());
    QVERIFY2(label->text().contains(QLatin1String("over 2 days ago")), qPrintable(label->text()));
    QVERIFY(!label->styleSheet().isEmpty()); // the error colour
}

QTEST_MAIN(TestDataActions)
#include "tst_dataactions.moc"
