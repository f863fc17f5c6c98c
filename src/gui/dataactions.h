#pragma once

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QThread>

class Dialogs;
class LeadRepository;
class MainWindow;
class QAction;
class QLabel;
class QTimer;

// The window's data actions (issue 13): File → Export View… (attorneys: the Leads table's
// current view to CSV, with a progress bar and Cancel), File → Back Up Now… and File →
// Restore from Backup… (administrators; the restore asks twice), the daily backup (firm
// settings backup.*, run off the GUI thread by the first desk that sees it due), and the
// status bar's "Last backup" line for administrators, in the error colour once it is older
// than DailyBackup::kStaleDays. Backups and restores are SQLite's: in office mode IT backs
// up the server with `leadintake backup` (pg_dump), so those actions are not offered.
class DataActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DataActions)

public:
    // How often a desk looks whether the daily backup is due.
    static constexpr int kCheckIntervalMs = 10 * 60 * 1000;

    DataActions(MainWindow& window, LeadRepository& repository, Dialogs& dialogs, const QString& databaseName);
    ~DataActions() override;

    QAction* exportViewAction() const { return m_exportView; }
    QAction* backUpAction() const { return m_backUp; }
    QAction* restoreAction() const { return m_restore; }
    QLabel* lastBackupLabel() const { return m_lastBackup; }

    // Looks at once whether the daily backup is due (and runs it off the GUI thread).
    void checkDailyBackup();
    bool isDailyBackupRunning() const { return m_thread != nullptr; }
    void setCheckInterval(int ms);

    // The actions' work, without their file dialogs (tests call these).
    bool exportView(const QString& path);
    bool backUpTo(const QString& path);
    bool restoreFrom(const QString& path);

    // The text of the "Last backup" line for this time.
    static QString lastBackupText(const QDateTime& last, const QDateTime& now, bool* stale);

Q_SIGNALS:
    // A daily backup ended: file written, or an empty file and why not.
    void dailyBackupFinished(const QString& file, const QString& error);
    void restored(const QString& keptAs);

private:
    void updateLastBackup();
    void updateActions();
    void chooseExportFile();
    void chooseBackupFile();
    void chooseRestoreFile();

    MainWindow& m_window;
    LeadRepository& m_repository;
    Dialogs& m_dialogs;
    QString m_path; // the SQLite file; empty in office mode
    QAction* m_exportView = nullptr;
    QAction* m_backUp = nullptr;
    QAction* m_restore = nullptr;
    QLabel* m_lastBackup = nullptr;
    QTimer* m_timer = nullptr;
    QPointer<QThread> m_thread;
};
