#include "dataactions.h"

#include "dailybackup.h"
#include "database.h"
#include "databasebackup.h"
#include "dialogs.h"
#include "displaytime.h"
#include "firmsettings.h"
#include "leadrepository.h"
#include "leadspage.h"
#include "logging.h"
#include "mainwindow.h"
#include "palettecolors.h"
#include "session.h"
#include "sqldialect.h"
#include "viewexport.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QLabel>
#include <QMenu>
#include <QProgressDialog>
#include <QStatusBar>
#include <QThread>
#include <QTimer>

#include <climits>
#include <memory>

namespace {

// Busy while a backup or a restore runs on the GUI thread (a few seconds at most).
class WaitCursor
{
public:
    WaitCursor() { QApplication::setOverrideCursor(Qt::WaitCursor); }
    ~WaitCursor() { QApplication::restoreOverrideCursor(); }
    WaitCursor(const WaitCursor&) = delete;
    WaitCursor& operator=(const WaitCursor&) = delete;
};

} // namespace

DataActions::DataActions(MainWindow& window, LeadRepository& repository, Dialogs& dialogs,
                         const QString& databaseName)
    : QObject(&window)
    , m_window(window)
    , m_repository(repository)
    , m_dialogs(dialogs)
{
    Q_UNUSED(databaseName)
    const QSqlDatabase db = repository.database();
    if (!SqlDialect(db).isPostgres())
        m_path = QFileInfo(db.databaseName()).absoluteFilePath();

    // Above "Quit" and its separator.
    QMenu* file = window.fileMenu();
    QAction* before = nullptr;
    const QList<QAction*> actions = file->actions();
    for (qsizetype i = 0; i < actions.size(); ++i) {
        if (actions.at(i)->menuRole() == QAction::QuitRole) {
            before = i > 0 && actions.at(i - 1)->isSeparator() ? actions.at(i - 1) : actions.at(i);
            break;
        }
    }
    m_exportView = new QAction(tr("&Export View…"), this);
    m_exportView->setObjectName(QStringLiteral("exportViewAction"));
    m_exportView->setToolTip(tr("Save the leads the table shows (its search, filter and order) as a CSV file."));
    connect(m_exportView, &QAction::triggered, this, &DataActions::chooseExportFile);
    file->insertAction(before, m_exportView);
    file->insertSeparator(m_exportView); // after Sign In / Sign Out
    window.addGuardedAction(nullptr, m_exportView, Role::Attorney);
    if (!m_path.isEmpty()) {
        m_backUp = new QAction(tr("&Back Up Now…"), this);
        m_backUp->setObjectName(QStringLiteral("backUpAction"));
        connect(m_backUp, &QAction::triggered, this, &DataActions::chooseBackupFile);
        file->insertAction(before, m_backUp);
        window.addGuardedAction(nullptr, m_backUp, Role::Admin);
        m_restore = new QAction(tr("&Restore from Backup…"), this);
        m_restore->setObjectName(QStringLiteral("restoreAction"));
        connect(m_restore, &QAction::triggered, this, &DataActions::chooseRestoreFile);
        file->insertAction(before, m_restore);
        window.addGuardedAction(nullptr, m_restore, Role::Admin);

        m_lastBackup = new QLabel(&window);
        m_lastBackup->setObjectName(QStringLiteral("lastBackupLabel"));
        window.statusBar()->addPermanentWidget(m_lastBackup);
        connect(&window.session(), &Session::changed, this, &DataActions::updateLastBackup);
        PaletteColors::follow(m_lastBackup, [this] { updateLastBackup(); });

        m_timer = new QTimer(this);
        m_timer->setInterval(kCheckIntervalMs);
        connect(m_timer, &QTimer::timeout, this, [this] {
            updateLastBackup();
            checkDailyBackup();
        });
        m_timer->start();
        // Soon after the window opens: the first desk of the day does it.
        QTimer::singleShot(5000, this, &DataActions::checkDailyBackup);
        updateLastBackup();
    }
}

DataActions::~DataActions()
{
    // A backup under way finishes (its copy is checked and renamed, or removed).
    if (m_thread) {
        m_thread->wait();
        delete m_thread.data();
    }
}

void DataActions::setCheckInterval(int ms)
{
    if (m_timer)
        m_timer->setInterval(ms);
}

QString DataActions::lastBackupText(const QDateTime& last, const QDateTime& now, bool* stale)
{
    *stale = !last.isValid() || last.secsTo(now) > qint64(DailyBackup::kStaleDays) * 24 * 3600;
    if (!last.isValid())
        return tr("No backup yet");
    const QString when = DisplayTime::dateTime(last.toUTC());
    return *stale ? tr("Last backup: %1 (over %2 days ago)").arg(when).arg(DailyBackup::kStaleDays)
                  : tr("Last backup: %1").arg(when);
}

void DataActions::updateLastBackup()
{
    if (!m_lastBackup)
        return;
    const bool admin = m_window.session().isSignedIn() && m_window.session().allows(Role::Admin);
    m_lastBackup->setVisible(admin);
    if (!admin) {
        m_lastBackup->clear(); // nothing about the firm's backups for others
        return;
    }
    bool stale = false;
    m_lastBackup->setText(lastBackupText(DailyBackup::lastDone(m_repository.database()), QDateTime::currentDateTime(),
                                         &stale));
    m_lastBackup->setToolTip(tr("The last backup that checked out (File → Back Up Now…, the daily backup or "
                                "leadintake backup). The daily backup is set up in the firm settings backup.*."));
    m_lastBackup->setStyleSheet(stale ? PaletteColors::textStyleSheet(PaletteColors::Tone::Error, m_window.palette(), true)
                                      : QString());
}

void DataActions::checkDailyBackup()
{
    if (m_path.isEmpty() || m_thread)
        return;
    const QString path = m_path;
    auto outcome = std::make_shared<QPair<QString, QString>>(); // file, error
    m_thread = QThread::create([path, outcome] {
        // The thread's own connection: a backup of a large file takes a while.
        Result<Database> db = Database::open(DatabaseTarget::sqliteFile(path));
        if (!db) {
            outcome->second = db.error().message;
            return;
        }
        const Result<std::optional<QString>> ran = DailyBackup::runIfDue(db->connection());
        if (!ran)
            outcome->second = ran.error().message;
        else if (ran->has_value())
            outcome->first = **ran;
    });
    m_thread->setObjectName(QStringLiteral("dailyBackup"));
    connect(m_thread, &QThread::finished, this, [this, outcome] {
        m_thread->deleteLater();
        m_thread = nullptr;
        if (outcome->first.isEmpty() && outcome->second.isEmpty())
            return;
        updateLastBackup();
        if (!outcome->second.isEmpty()) {
            qCWarning(lcDb).noquote() << "daily backup failed:" << outcome->second;
            if (m_window.session().allows(Role::Admin) && m_window.session().isSignedIn())
                m_window.showStatus(tr("The daily backup failed: %1").arg(outcome->second), 0);
        }
        Q_EMIT dailyBackupFinished(outcome->first, outcome->second);
    });
    m_thread->start(QThread::LowPriority);
}

void DataActions::chooseExportFile()
{
    if (!m_window.leadsPage())
        return;
    const QString path = m_dialogs.saveFile(&m_window, tr("Export View"), QDir::home().filePath(tr("leads.csv")),
                                            tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        exportView(path);
}

bool DataActions::exportView(const QString& path)
{
    LeadsPage* leads = m_window.leadsPage();
    if (!leads)
        return false;
    const LeadQuery query = leads->model()->query();
    QProgressDialog progress(tr("Exporting leads…"), tr("Cancel"), 0, 0, &m_window);
    progress.setObjectName(QStringLiteral("exportProgress"));
    progress.setWindowTitle(tr("Export View"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    progress.setAutoReset(false);
    progress.setAutoClose(false);
    const Result<qint64> written = ViewExport::write(m_repository, query, path, [&progress](qint64 done, qint64 total) {
        progress.setMaximum(int(std::min<qint64>(total, INT_MAX)));
        progress.setValue(int(std::min<qint64>(done, INT_MAX)));
        // Cancel is clicked between rows; before the dialog shows, the window takes no input.
        QCoreApplication::processEvents(progress.isVisible() ? QEventLoop::AllEvents
                                                             : QEventLoop::ExcludeUserInputEvents);
        return !progress.wasCanceled();
    });
    const bool cancelled = progress.wasCanceled();
    progress.close();
    if (!written) {
        if (cancelled)
            m_window.showStatus(written.error().message, 8000);
        else
            m_dialogs.warn(&m_window, tr("Export View"), written.error().message);
        return false;
    }
    m_window.showStatus(tr("%n lead(s) exported to %1.", nullptr, int(*written)).arg(QDir::toNativeSeparators(path)),
                        8000);
    return true;
}

void DataActions::chooseBackupFile()
{
    const QString suggested = QDir::home().filePath(
        DailyBackup::filePrefix() + QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"))
        + QStringLiteral(".sqlite"));
    const QString path = m_dialogs.saveFile(&m_window, tr("Back Up Now"), suggested,
                                            tr("Lead Intake backups (*.sqlite)"));
    if (!path.isEmpty())
        backUpTo(path);
}

bool DataActions::backUpTo(const QString& path)
{
    if (m_path.isEmpty())
        return false;
    Result<DatabaseBackup::Report> report = Error {};
    {
        const WaitCursor busy;
        Result<Database> db = Database::open(DatabaseTarget::sqliteFile(m_path));
        if (!db)
            report = db.error();
        else
            report = DatabaseBackup::backup(db->connection(), path, true); // the file dialog asked
        if (report)
            FirmSettings(m_repository.database())
                .setValue(FirmSettings::Key::BackupLastDone, QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    }
    if (!report) {
        m_dialogs.warn(&m_window, tr("Back Up Now"), report.error().message);
        return false;
    }
    updateLastBackup();
    m_window.showStatus(tr("Backup written to %1 and checked.").arg(QDir::toNativeSeparators(path)), 8000);
    return true;
}

void DataActions::chooseRestoreFile()
{
    const QString title = tr("Restore from Backup");
    const QString path = m_dialogs.openFile(&m_window, title, tr("Lead Intake backups (*.sqlite *.db);;All files (*)"));
    if (path.isEmpty())
        return;
    Result<DatabaseBackup::Report> checked = Error {};
    {
        const WaitCursor busy;
        checked = DatabaseBackup::check(path);
    }
    if (!checked) {
        m_dialogs.warn(&m_window, title, checked.error().message + QLatin1Char(' ') + tr("Nothing was changed."));
        return;
    }
    qint64 leads = 0;
    for (const auto& [table, rows] : checked->counts) {
        if (table == QLatin1String("leads"))
            leads = rows;
    }
    // Asked twice: it replaces every desk's leads at once.
    const QString first
        = tr("Replace the whole database with the backup %1 (%2 leads, saved %3)?\n\nWhat was entered since "
             "that backup will no longer be in the database. The current database is kept as a file beside it.")
              .arg(QDir::toNativeSeparators(path))
              .arg(leads)
              .arg(DisplayTime::dateTime(QFileInfo(path).lastModified().toUTC()));
    if (m_dialogs.ask(&m_window, title, first, tr("&Continue…"), QString()) != Dialogs::Answer::Primary)
        return;
    if (m_dialogs.ask(&m_window, title,
                      tr("Restore now? Every desk with Lead Intake open will show the leads of the backup."),
                      tr("&Restore"), QString())
        != Dialogs::Answer::Primary)
        return;
    restoreFrom(path);
}

bool DataActions::restoreFrom(const QString& path)
{
    if (m_path.isEmpty())
        return false;
    Result<DatabaseBackup::Report> report = Error {};
    {
        const WaitCursor busy;
        Result<Database> db = Database::open(DatabaseTarget::sqliteFile(m_path));
        report = db ? DatabaseBackup::restore(db->connection(), m_path, path) : Result<DatabaseBackup::Report>(db.error());
    }
    if (!report) {
        m_dialogs.warn(&m_window, tr("Restore from Backup"), report.error().message);
        return false;
    }
    // This desk reloads like the others (its watcher sees the restore's commit); at once here.
    if (LeadsPage* leads = m_window.leadsPage())
        leads->refresh();
    updateLastBackup();
    m_window.showStatus(tr("Restored from %1; the replaced database is kept as %2.")
                            .arg(QDir::toNativeSeparators(path), QDir::toNativeSeparators(report->keptAs)),
                        0);
    Q_EMIT restored(report->keptAs);
    return true;
}
