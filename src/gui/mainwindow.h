#pragma once

#include "user.h"

#include <QKeySequence>
#include <QList>
#include <QMainWindow>
#include <QPointer>

#include <functional>
#include <memory>
#include <optional>

class AccountService;
class AuditCheck;
class DataActions;
class Dialogs;
class ElidedLabel;
class IdleWatcher;
class ImportDialog;
class IntakePage;
class IntakeService;
class LeadRepository;
class LeadsPage;
class MailController;
class MorningDigestTimer;
class QAction;
class QLabel;
class QMenu;
class QFrame;
class QTabWidget;
class QTimer;
class Session;
class SettingsDialog;
class SignInDialog;

// The desk's window. The Intake page is always there; every other page exists only while
// someone with its role is signed in: it is built at sign-in and destroyed at sign-out or
// after the idle time, so nothing confidential stays on screen or in a widget.
class JournalUploader;
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    enum class Page { Intake, Leads, Accounts };
    // Builds a page for the signed-in account (parent: the tab widget).
    using PageFactory = std::function<QWidget*(QWidget* parent)>;

    static constexpr int kDefaultIdleMinutes = 10;

    MainWindow(LeadRepository& repository, IntakeService& intake, AccountService& accounts,
               Session& session, Dialogs& dialogs, const QString& databaseName,
               QWidget* parent = nullptr);
    ~MainWindow() override;

    // A page (tab) for accounts with at least minimumRole, with an entry in the Go menu
    // (and a shortcut, if given). Pages appear in the order they were added.
    void addPage(const QString& objectName, const QString& title, Role minimumRole,
                 PageFactory factory, const QKeySequence& shortcut = {});
    // A menu item that is shown and enabled only for accounts with at least minimumRole
    // (e.g. Settings… for administrators). The window does not take ownership.
    void addGuardedAction(QMenu* menu, QAction* action, Role minimumRole);
    QMenu* fileMenu() const { return m_fileMenu; }
    QMenu* goMenu() const { return m_goMenu; }

    // Email: the status bar's outbox line (for everyone, without names), the Outbox page
    // (attorneys and up), Settings… (administrators), and a wake-up after each saved lead.
    // The controller must outlive the window.
    void setMail(MailController* mail);
    MailController* mail() const { return m_mail; }
    // Office mode: the status bar's "Waiting to upload (N)" for walk-ins kept on this desk
    // while the server was unreachable; the Leads page refreshes as they arrive. The uploader
    // must outlive the window.
    void setJournalUploader(JournalUploader* uploader);
    // The open Settings dialog, if any.
    SettingsDialog* settingsDialog() const;
    // The open File → Import leads… dialog, if any.
    ImportDialog* importDialog() const;
    // Export View…, Back Up Now…, Restore from Backup…, the daily backup (issue 13).
    DataActions* dataActions() const { return m_dataActions; }
    // The morning digest's timer (issue 12, part 2).
    MorningDigestTimer* digestTimer() const { return m_digestTimer; }

    // False when the page does not exist for the signed-in role.
    bool showPage(Page page);
    bool showPage(const QString& objectName);
    // The page while it exists (nullptr while nobody with its role is signed in).
    QWidget* page(const QString& objectName) const;
    IntakePage* intakePage() const { return m_intakePage; }
    LeadsPage* leadsPage() const;

    Session& session() const { return m_session; }
    // Signs out and returns to the Intake page; `automatic` when the idle time ran out.
    void lock(bool automatic = false);
    // Opens the sign-in dialog (not blocking); null when none is open.
    void requestSignIn();
    SignInDialog* signInDialog() const;
    void setIdleTimeout(int ms);
    int idleTimeout() const;
    // A passing message in the status bar, shown whole (never cut by the permanent labels),
    // until timeoutMs (0: until the next one) or until the next lead is started.
    void showStatus(const QString& text, int timeoutMs);
    QString statusText() const;

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    struct PageEntry
    {
        QString objectName;
        QString title;
        Role minimumRole;
        PageFactory factory;
        QAction* goAction = nullptr;
        QPointer<QWidget> widget;
    };
    struct GuardedAction
    {
        QPointer<QAction> action;
        Role minimumRole;
    };

    QWidget* createAuditBanner(QWidget* parent);
    void createMenus();
    void registerBuiltInPages();
    void applySession();
    void restoreWindowGeometry();
    void updateMailStatus();
    // The error colours of the status bar and the audit banner from the current palette;
    // again whenever it changes (PaletteColors::follow).
    void applyColors();
    void warnAdminsAboutPasswordStore();
    void openSettings();
    void openImport();
    void openRetention();
    PageEntry* entry(const QString& objectName);
    const PageEntry* entry(const QString& objectName) const;

    LeadRepository& m_repository;
    AccountService& m_accounts;
    Session& m_session;
    Dialogs& m_dialogs;
    // Writes for the signed-in account (its id in the history); exists while signed in.
    std::unique_ptr<LeadRepository> m_sessionRepository;

    QTabWidget* m_tabs = nullptr;
    IntakePage* m_intakePage = nullptr;
    QList<PageEntry> m_pages;
    QList<GuardedAction> m_guarded;
    IdleWatcher* m_idle = nullptr;
    QPointer<SignInDialog> m_signInDialog;

    QMenu* m_fileMenu = nullptr;
    QMenu* m_goMenu = nullptr;
    QMenu* m_leadMenu = nullptr;
    QAction* m_signInAction = nullptr;
    QAction* m_signOutAction = nullptr;
    QAction* m_importAction = nullptr;
    QPointer<ImportDialog> m_importDialog;
    QAction* m_findAction = nullptr;
    ElidedLabel* m_sessionLabel = nullptr;
    QAction* m_quitAction = nullptr;
    MailController* m_mail = nullptr;
    DataActions* m_dataActions = nullptr;
    MorningDigestTimer* m_digestTimer = nullptr;
    // "The history was changed": for administrators, when AuditCheck finds a broken link.
    AuditCheck* m_auditCheck = nullptr;
    QFrame* m_auditBanner = nullptr;
    QLabel* m_auditText = nullptr;
    ElidedLabel* m_mailStatusLabel = nullptr;
    QLabel* m_statusMessage = nullptr;
    // "Reconnecting to the office server…" while the server cannot be reached (office mode).
    QLabel* m_connectionLabel = nullptr;
    QTimer* m_statusTimer = nullptr;
    // Whether the password store turned out to keep passwords for this session only.
    std::optional<bool> m_passwordsPersistent;
    bool m_passwordWarningShown = false;
};
