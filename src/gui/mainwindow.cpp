#include "mainwindow.h"

#include "conflictnotice.h"
#include "conflictrepository.h"
#include "partiespage.h"
#include "dashboardpage.h"

#include "journaluploader.h"

#include "accountservice.h"
#include "accountspage.h"
#include "applanguage.h"
#include "auditcheck.h"
#include "dataactions.h"
#include "dataversionwatcher.h"
#include "dialogs.h"
#include "elidedlabel.h"
#include "helpwindow.h"
#include "idlewatcher.h"
#include "importdialog.h"
#include "intakepage.h"
#include "leadrepository.h"
#include "leaddetailpane.h"
#include "leadspage.h"
#include "mailcontroller.h"
#include "morningdigesttimer.h"
#include "outboxdispatcher.h"
#include "outboxpage.h"
#include "outboxrepository.h"
#include "palettecolors.h"
#include "passwordstore.h"
#include "resumecopies.h"
#include "retentiondialog.h"
#include "settingsdialog.h"
#include "session.h"
#include "signindialog.h"
#include "sqldialect.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QFrame>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>
#include <QPushButton>
#include <QStatusBar>
#include <QTabWidget>
#include <QVBoxLayout>
#include <QTimer>
#include <QUrl>

namespace {
const QString kLeadsPage = QStringLiteral("leadsPage");
const QString kAccountsPage = QStringLiteral("accountsPage");
} // namespace

MainWindow::MainWindow(LeadRepository& repository, IntakeService& intake, AccountService& accounts,
                       Session& session, Dialogs& dialogs, const QString& databaseName,
                       QWidget* parent)
    : QMainWindow(parent)
    , m_repository(repository)
    , m_accounts(accounts)
    , m_session(session)
    , m_dialogs(dialogs)
{
    setWindowTitle(QGuiApplication::applicationDisplayName());
    setObjectName(QStringLiteral("mainWindow"));

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("pages"));
    m_tabs->setDocumentMode(true);
    m_intakePage = new IntakePage(intake, dialogs, session.deskName(), m_tabs);
    m_intakePage->setObjectName(QStringLiteral("intakePage"));
    m_tabs->addTab(m_intakePage, tr("&Intake"));
    // As the names are typed: "possible conflict" and nothing more (issue 12). On the office
    // server a function answers yes or no, so reception reads no party and no lead.
    m_intakePage->conflictNotice()->setCheck([this](const QString& first, const QString& last, const QString& email) {
        return ConflictRepository(m_repository.database()).possibleConflict(first, last, email);
    });
    auto* central = new QWidget(this);
    auto* centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    centralLayout->addWidget(createAuditBanner(central));
    centralLayout->addWidget(m_tabs);
    setCentralWidget(central);

    connect(m_intakePage, &IntakePage::leadSaved, this, [this](qint64 id, const QString& name) {
        if (LeadsPage* leads = leadsPage())
            leads->refresh();
        // A receptionist's status bar does not repeat the prospect's name.
        showStatus(m_session.allows(Role::Attorney) ? tr("Lead for %1 saved (number %2).").arg(name).arg(id)
                                                    : tr("Lead number %1 saved.").arg(id),
                   8000);
    });
    // The next prospect's first keystroke: what was said about the previous one is stale.
    connect(m_intakePage, &IntakePage::formStarted, this, [this] { showStatus({}, 0); });
    connect(m_intakePage, &IntakePage::openLeadRequested, this, [this](qint64 id) {
        if (!showPage(Page::Leads)) {
            showStatus(tr("Sign in as an attorney to open the existing lead."), 8000);
            return;
        }
        if (LeadsPage* leads = leadsPage())
            leads->showLead(id);
    });

    // Passing messages live in a label of their own: QStatusBar::showMessage() paints them in
    // whatever the permanent labels leave over, and cut them ("Lead number 1 savec"). This
    // label keeps its full width; the permanent labels give way when space is short.
    m_statusMessage = new QLabel(this);
    m_statusMessage->setObjectName(QStringLiteral("statusMessageLabel"));
    m_statusMessage->setSizePolicy(QSizePolicy::Minimum, QSizePolicy::Preferred);
    statusBar()->addWidget(m_statusMessage, 1);
    m_statusTimer = new QTimer(this);
    m_statusTimer->setSingleShot(true);
    connect(m_statusTimer, &QTimer::timeout, m_statusMessage, &QLabel::clear);

    m_sessionLabel = new ElidedLabel(this);
    m_sessionLabel->setObjectName(QStringLiteral("sessionLabel"));
    statusBar()->addPermanentWidget(m_sessionLabel);
    // The file's name; its folder is in the tooltip (a long path left no room for messages).
    auto* databaseLabel = new ElidedLabel(this);
    // Office mode: the server and database (a URL's last path part was its sslrootcert).
    const QUrl server(databaseName);
    databaseLabel->setText(server.scheme().startsWith(QLatin1String("postgres"))
                               ? tr("Office server: %1").arg(server.host() + server.path())
                               : QFileInfo(databaseName).fileName());
    databaseLabel->setObjectName(QStringLiteral("databaseLabel"));
    databaseLabel->setToolTip(server.scheme().startsWith(QLatin1String("postgres"))
                                  ? databaseName
                                  : tr("Database: %1").arg(QDir::toNativeSeparators(databaseName)));
    statusBar()->addPermanentWidget(databaseLabel);
    // Office mode: the window's connection reconnects by itself after the server restarts
    // or the network drops (DataVersionWatcher); meanwhile this says why nothing is saved.
    if (SqlDialect(repository.database()).isPostgres()) {
        m_connectionLabel = new QLabel(tr("Reconnecting to the office server…"), this);
        m_connectionLabel->setObjectName(QStringLiteral("connectionLabel"));
        statusBar()->addPermanentWidget(m_connectionLabel);
        m_connectionLabel->hide();
        auto* connection = new DataVersionWatcher(repository.database(), 0, this);
        connect(connection, &DataVersionWatcher::connectionLost, m_connectionLabel, &QLabel::show);
        connect(connection, &DataVersionWatcher::reconnected, m_connectionLabel, &QLabel::hide);
        // Started while the server was down (the desk keeps walk-ins in its journal): the
        // watcher knew before these connections existed.
        m_connectionLabel->setVisible(!connection->isConnected());
    }

    m_idle = new IdleWatcher(kDefaultIdleMinutes * 60 * 1000, this);
    connect(m_idle, &IdleWatcher::idle, this, [this] { lock(true); });

    createMenus();
    registerBuiltInPages();
    m_dataActions = new DataActions(*this, repository, dialogs, databaseName);
    // The morning digest of overdue leads, from the first desk open after digest.time.
    m_digestTimer = new MorningDigestTimer(repository.database(), AppLanguage::leadLanguage(), this);
    connect(&m_session, &Session::changed, this, &MainWindow::applySession);
    applySession();
    restoreWindowGeometry();
    showPage(Page::Intake);
    PaletteColors::follow(this, [this] { applyColors(); });
}

void MainWindow::applyColors()
{
    // The status bar's and the banner's reds, readable on this palette (a dark one too).
    const QPalette colors = palette();
    if (m_connectionLabel)
        m_connectionLabel->setStyleSheet(PaletteColors::textStyleSheet(PaletteColors::Tone::Error, colors, true));
    const PaletteColors::Tint banner = PaletteColors::banner(PaletteColors::Tone::Error, colors);
    m_auditBanner->setStyleSheet(QStringLiteral("QFrame#auditBanner { background-color: %1; border: 1px solid %2; } "
                                                "QFrame#auditBanner QLabel { color: %3; }")
                                     .arg(banner.background.name(), banner.border.name(), banner.text.name()));
    updateMailStatus();
}

MainWindow::~MainWindow()
{
    // Pages hold the session repository: destroy them first.
    for (PageEntry& page : m_pages)
        delete page.widget.data();
}

QWidget* MainWindow::createAuditBanner(QWidget* parent)
{
    m_auditCheck = new AuditCheck(m_repository.database(), this);
    m_auditBanner = new QFrame(parent);
    m_auditBanner->setObjectName(QStringLiteral("auditBanner"));
    m_auditBanner->setFrameShape(QFrame::StyledPanel);
    m_auditText = new QLabel(m_auditBanner);
    m_auditText->setObjectName(QStringLiteral("auditBannerText"));
    m_auditText->setWordWrap(true);
    m_auditText->setTextFormat(Qt::PlainText);
    m_auditText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* layout = new QVBoxLayout(m_auditBanner);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->addWidget(m_auditText);
    m_auditBanner->hide();
    connect(m_auditCheck, &AuditCheck::finished, this, [this](const QString& broken) {
        const std::optional<UserAccount>& user = m_session.user();
        if (broken.isEmpty() || !user || !user->hasRole(Role::Admin)) {
            m_auditBanner->hide();
            return;
        }
        m_auditText->setText(tr("The recorded history was changed outside Lead Intake. %1 "
                                "Keep a copy of this database file and check who could write it.")
                                 .arg(broken));
        m_auditBanner->show();
    });
    return m_auditBanner;
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(tr("&File"));
    m_signInAction = m_fileMenu->addAction(tr("&Sign In…"), this, &MainWindow::requestSignIn);
    m_signInAction->setObjectName(QStringLiteral("signInAction"));
    m_signInAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_signOutAction = m_fileMenu->addAction(tr("Sign &Out"), this, [this] { lock(false); });
    m_signOutAction->setObjectName(QStringLiteral("signOutAction"));
    m_signOutAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    m_fileMenu->addSeparator();
    // Administrators: a spreadsheet of people at once (as `import-csv`, Role::Admin).
    m_importAction = m_fileMenu->addAction(tr("&Import leads…"), this, &MainWindow::openImport);
    m_importAction->setObjectName(QStringLiteral("importLeadsAction"));
    addGuardedAction(nullptr, m_importAction, Role::Admin);
    m_fileMenu->addSeparator();
    m_quitAction = m_fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);

    m_goMenu = menuBar()->addMenu(tr("&Go"));
    QAction* intake = m_goMenu->addAction(tr("&Intake"), this, [this] { showPage(Page::Intake); });
    intake->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));

    m_leadMenu = menuBar()->addMenu(tr("L&ead"));

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    // One help window per main window, made when first asked for (a child: it closes with us).
    const auto showHelp = [this](HelpWindow::Document document) {
        auto* window = findChild<HelpWindow*>(QString(), Qt::FindDirectChildrenOnly);
        if (!window)
            window = new HelpWindow(this);
        window->showDocument(document);
    };
    QAction* guide = help->addAction(tr("&User guide"), this, [showHelp] { showHelp(HelpWindow::Document::Guide); });
    guide->setObjectName(QStringLiteral("userGuideAction"));
    guide->setShortcut(QKeySequence::HelpContents);
    QAction* whatsNew = help->addAction(tr("What's &new"), this,
                                        [showHelp] { showHelp(HelpWindow::Document::WhatsNew); });
    whatsNew->setObjectName(QStringLiteral("whatsNewAction"));
    help->addSeparator();
    help->addAction(tr("&About Lead Intake"), this, [this] {
        QMessageBox::about(this, tr("About Lead Intake"),
                           tr("<h3>Lead Intake %1</h3><p>Walk-in prospects, their resumes and the "
                              "firm's follow-up, in one place.</p>")
                               .arg(QApplication::applicationVersion()));
    });
}

void MainWindow::registerBuiltInPages()
{
    addPage(kLeadsPage, tr("&Leads"), Role::Attorney, [this](QWidget* parent) -> QWidget* {
        auto* leads = new LeadsPage(*m_sessionRepository, m_dialogs, m_session.actor().name, parent);
        leads->setMayErase(m_session.allows(Role::Admin));
        m_leadMenu->addAction(leads->markReachedOutAction());
        // "3 of your leads are overdue": the page counts and owns it; it goes with the page.
        statusBar()->insertPermanentWidget(1, leads->overdueStatusButton());
        connect(leads, &QObject::destroyed, leads->overdueStatusButton(), &QObject::deleteLater);
        return leads;
    }, QKeySequence(Qt::CTRL | Qt::Key_2));

    m_findAction = new QAction(tr("&Find lead…"), this);
    m_findAction->setShortcut(QKeySequence::Find);
    connect(m_findAction, &QAction::triggered, this, [this] {
        if (!showPage(Page::Leads))
            return;
        if (auto* search = leadsPage()->findChild<QWidget*>(QStringLiteral("searchField")))
            search->setFocus(Qt::ShortcutFocusReason);
    });
    addGuardedAction(m_goMenu, m_findAction, Role::Attorney);

    // The conflict check's parties (issue 12): attorneys and admins.
    addPage(QStringLiteral("partiesPage"), tr("&Known parties"), Role::Attorney, [this](QWidget* parent) -> QWidget* {
        return new PartiesPage(m_sessionRepository->database(), m_dialogs, m_session.actor().name, parent);
    }, QKeySequence(Qt::CTRL | Qt::Key_6));

    // The dashboard (issue 12, part 5): attorneys and admins, never reception.
    addPage(QStringLiteral("dashboardPage"), tr("Dash&board"), Role::Attorney, [this](QWidget* parent) -> QWidget* {
        return new DashboardPage(m_sessionRepository->database(), m_dialogs, parent);
    }, QKeySequence(Qt::CTRL | Qt::Key_5));

    addPage(kAccountsPage, tr("&Accounts"), Role::Admin, [this](QWidget* parent) -> QWidget* {
        return new AccountsPage(m_accounts, m_session, parent);
    }, QKeySequence(Qt::CTRL | Qt::Key_3));
}

void MainWindow::addPage(const QString& objectName, const QString& title, Role minimumRole,
                         PageFactory factory, const QKeySequence& shortcut)
{
    PageEntry page { objectName, title, minimumRole, std::move(factory), nullptr, {} };
    page.goAction = new QAction(title, this);
    page.goAction->setObjectName(objectName + QStringLiteral("Action"));
    page.goAction->setShortcut(shortcut);
    connect(page.goAction, &QAction::triggered, this, [this, objectName] { showPage(objectName); });
    m_goMenu->addAction(page.goAction);
    m_pages.append(std::move(page));
    addGuardedAction(nullptr, m_pages.last().goAction, minimumRole);
}

void MainWindow::addGuardedAction(QMenu* menu, QAction* action, Role minimumRole)
{
    if (menu)
        menu->addAction(action);
    m_guarded.append(GuardedAction { action, minimumRole });
    const bool allowed = m_session.allows(minimumRole);
    action->setVisible(allowed);
    action->setEnabled(allowed);
    // Some pages may have been waiting for the session to exist.
    if (!m_pages.isEmpty() && m_session.isSignedIn())
        applySession();
}

MainWindow::PageEntry* MainWindow::entry(const QString& objectName)
{
    for (PageEntry& page : m_pages) {
        if (page.objectName == objectName)
            return &page;
    }
    return nullptr;
}

const MainWindow::PageEntry* MainWindow::entry(const QString& objectName) const
{
    for (const PageEntry& page : m_pages) {
        if (page.objectName == objectName)
            return &page;
    }
    return nullptr;
}

void MainWindow::applySession()
{
    const std::optional<UserAccount>& user = m_session.user();
    // Whatever the new account may not see goes first, then its repository if it changed.
    const bool accountChanged = !user || !m_sessionRepository
        || m_sessionRepository->actingAccount() != std::optional<qint64>(user->id);
    for (PageEntry& page : m_pages) {
        if (page.widget && (accountChanged || !m_session.allows(page.minimumRole))) {
            m_tabs->removeTab(m_tabs->indexOf(page.widget));
            delete page.widget.data();
        }
    }
    if (accountChanged) {
        // The dialog shows the file's rows: it goes with the account that opened it (an
        // import under way stops after its batch).
        delete m_importDialog.data();
        m_sessionRepository.reset();
        if (user) {
            m_sessionRepository = std::make_unique<LeadRepository>(m_repository.database(),
                                                                   m_repository.clock());
            m_sessionRepository->setActingAccount(user->id);
        }
    }
    int index = 1; // after Intake
    for (PageEntry& page : m_pages) {
        if (m_session.allows(page.minimumRole)) {
            if (!page.widget) {
                page.widget = page.factory(m_tabs);
                page.widget->setObjectName(page.objectName);
                m_tabs->insertTab(index, page.widget, page.title);
            }
            ++index;
        }
    }
    for (const GuardedAction& guarded : std::as_const(m_guarded)) {
        if (!guarded.action)
            continue;
        const bool allowed = m_session.allows(guarded.minimumRole);
        guarded.action->setVisible(allowed);
        guarded.action->setEnabled(allowed);
    }
    m_leadMenu->menuAction()->setVisible(m_session.allows(Role::Attorney));
    if (LeadsPage* leads = leadsPage())
        leads->setMayErase(m_session.allows(Role::Admin));
    m_intakePage->setActor(m_session.actor());
    m_intakePage->reloadChoices(); // who may be chosen depends on who is signed in
    m_signInAction->setVisible(!user);
    m_signInAction->setEnabled(!user);
    m_signOutAction->setVisible(user.has_value());
    m_signOutAction->setEnabled(user.has_value());
    m_idle->setActive(user.has_value());
    // Administrators are told when the history's hash chain is broken (checked at each
    // administrator's sign-in, off the GUI thread); nobody else sees the banner.
    if (!user || !user->hasRole(Role::Admin))
        m_auditBanner->hide();
    else if (accountChanged)
        m_auditCheck->start();
    m_intakePage->setMayOpenLeads(m_session.allows(Role::Attorney));
    // Short in the status bar (an administrator's is crowded: mail, overdue leads, the
    // database); the whole sentence in the tooltip.
    m_sessionLabel->setText(user ? tr("%1 (%2)").arg(user->displayName, RoleText::display(user->role))
                                 : tr("Not signed in: intake only"));
    m_sessionLabel->setToolTip(user ? tr("Signed in: %1 (%2)").arg(user->displayName, RoleText::display(user->role))
                                    : m_sessionLabel->text());
    m_sessionLabel->setAccessibleName(m_sessionLabel->toolTip());
    // Qt appends the application's display name to a title that does not already end with
    // it ("Lead Intake — Ana Ruiz — Lead Intake"): end with it ourselves, once.
    const QString application = QGuiApplication::applicationDisplayName();
    setWindowTitle(user ? tr("%1 — %2").arg(user->displayName, application) : application);
    updateMailStatus();
    warnAdminsAboutPasswordStore();
}

bool MainWindow::showPage(Page page)
{
    switch (page) {
    case Page::Intake:
        m_tabs->setCurrentWidget(m_intakePage);
        m_intakePage->setFocus(Qt::OtherFocusReason);
        return true;
    case Page::Leads:
        return showPage(kLeadsPage);
    case Page::Accounts:
        return showPage(kAccountsPage);
    }
    return false;
}

bool MainWindow::showPage(const QString& objectName)
{
    const PageEntry* page = entry(objectName);
    if (!page || !page->widget || !m_session.allows(page->minimumRole))
        return false;
    m_tabs->setCurrentWidget(page->widget);
    page->widget->setFocus(Qt::OtherFocusReason);
    return true;
}

QWidget* MainWindow::page(const QString& objectName) const
{
    const PageEntry* page = entry(objectName);
    return page ? page->widget.data() : nullptr;
}

LeadsPage* MainWindow::leadsPage() const
{
    return qobject_cast<LeadsPage*>(page(kLeadsPage));
}

SignInDialog* MainWindow::signInDialog() const
{
    return m_signInDialog;
}

void MainWindow::requestSignIn()
{
    if (m_session.isSignedIn())
        return;
    if (m_signInDialog) {
        m_signInDialog->raise();
        m_signInDialog->activateWindow();
        return;
    }
    m_signInDialog = new SignInDialog(m_accounts, m_session.deskName(), Role::Receptionist, this);
    m_signInDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_signInDialog, &QDialog::accepted, this, [this] {
        if (!m_signInDialog || !m_signInDialog->user())
            return;
        const UserAccount user = *m_signInDialog->user();
        // Before signing in: a warning for administrators given at sign-in comes after it.
        showStatus(tr("Welcome, %1.").arg(user.displayName), 5000);
        m_session.signIn(user);
        if (!showPage(Page::Leads))
            showPage(Page::Intake);
    });
    m_signInDialog->open();
}

void MainWindow::lock(bool automatic)
{
    if (m_signInDialog)
        m_signInDialog->reject();
    const std::optional<UserAccount> user = m_session.user();
    if (!user)
        return;
    m_accounts.recordSignOut(*user, automatic);
    m_session.signOut();
    m_intakePage->clearForm();
    showPage(Page::Intake);
    showStatus(automatic ? tr("Signed out after %n minute(s) without use.", nullptr,
                              qMax(1, m_idle->timeout() / 60000))
                         : tr("Signed out."),
               8000);
}

void MainWindow::showStatus(const QString& text, int timeoutMs)
{
    m_statusTimer->stop();
    m_statusMessage->setText(text);
    if (!text.isEmpty() && timeoutMs > 0)
        m_statusTimer->start(timeoutMs);
}

QString MainWindow::statusText() const
{
    return m_statusMessage->text();
}

void MainWindow::setIdleTimeout(int ms)
{
    m_idle->setTimeout(ms);
}

int MainWindow::idleTimeout() const
{
    return m_idle->timeout();
}

void MainWindow::setJournalUploader(JournalUploader* uploader)
{
    auto* label = new QLabel(this);
    label->setObjectName(QStringLiteral("journalLabel"));
    statusBar()->insertPermanentWidget(1, label);
    const auto show = [label](int waiting) {
        label->setText(tr("Waiting to upload (%n)", nullptr, waiting));
        label->setToolTip(tr("Leads saved on this desk while the office server could not be reached. "
                             "They are sent to the server, in order, as soon as it answers."));
        label->setVisible(waiting > 0);
    };
    show(uploader->waiting());
    connect(uploader, &JournalUploader::waitingChanged, label, show);
    connect(uploader, &JournalUploader::uploaded, this, [this] {
        if (LeadsPage* leads = leadsPage())
            leads->refresh();
        if (m_mail)
            m_mail->dispatcher().wake();
    });
    connect(m_intakePage, &IntakePage::leadKeptOnDesk, this, [this, uploader] {
        uploader->recount();
        showStatus(tr("Lead saved on this desk; it is uploaded when the office server answers."), 8000);
    });
}

void MainWindow::setMail(MailController* mail)
{
    if (m_mail || !mail)
        return;
    m_mail = mail;
    OutboxDispatcher& dispatcher = mail->dispatcher();

    m_mailStatusLabel = new ElidedLabel(this);
    m_mailStatusLabel->setObjectName(QStringLiteral("mailStatusLabel"));
    // First of the permanent labels (index 0 is the passing message's label).
    statusBar()->insertPermanentWidget(1, m_mailStatusLabel);
    connect(&dispatcher, &OutboxDispatcher::stateChanged, this, [this] {
        updateMailStatus();
        if (auto* pane = findChild<LeadDetailPane*>())
            pane->refreshDelivery();
    });
    connect(&dispatcher, &OutboxDispatcher::problem, this, &MainWindow::updateMailStatus);
    connect(&dispatcher, &OutboxDispatcher::problemCleared, this, &MainWindow::updateMailStatus);
    connect(&dispatcher, &OutboxDispatcher::drained, this, &MainWindow::updateMailStatus);
    connect(mail, &MailController::configChanged, this, &MainWindow::updateMailStatus);
    connect(m_digestTimer, &MorningDigestTimer::queued, &dispatcher, &OutboxDispatcher::wake);
    connect(m_intakePage, &IntakePage::leadSaved, &dispatcher, [this] {
        m_mail->dispatcher().wake();
        updateMailStatus();
    });

    addPage(QStringLiteral("outboxPage"), tr("&Outbox"), Role::Attorney, [this](QWidget* parent) -> QWidget* {
        return new OutboxPage(*m_mail, parent);
    }, QKeySequence(Qt::CTRL | Qt::Key_4));

    auto* settings = new QAction(tr("Se&ttings…"), this);
    settings->setObjectName(QStringLiteral("settingsAction"));
    settings->setMenuRole(QAction::PreferencesRole);
    m_fileMenu->insertAction(m_quitAction, settings);
    m_fileMenu->insertSeparator(m_quitAction);
    connect(settings, &QAction::triggered, this, &MainWindow::openSettings);
    addGuardedAction(nullptr, settings, Role::Admin);

    // Retention: what is due, erased only when an administrator confirms.
    auto* retention = new QAction(tr("Leads &due for erasure…"), this);
    retention->setObjectName(QStringLiteral("retentionAction"));
    m_fileMenu->insertAction(m_quitAction, retention);
    connect(retention, &QAction::triggered, this, &MainWindow::openRetention);
    addGuardedAction(nullptr, retention, Role::Admin);

    updateMailStatus();
}

ImportDialog* MainWindow::importDialog() const
{
    return m_importDialog.data();
}

void MainWindow::openImport()
{
    if (!m_sessionRepository || !m_session.allows(Role::Admin))
        return;
    if (m_importDialog) {
        m_importDialog->raise();
        m_importDialog->activateWindow();
        return;
    }
    const Actor actor = m_session.actor();
    m_importDialog = new ImportDialog(m_sessionRepository->database(), m_dialogs, actor.name, actor.id, this);
    m_importDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_importDialog, &ImportDialog::imported, this, [this](qint64 added, qint64 updated) {
        showStatus(tr("Import: %n lead(s) added", nullptr, int(added))
                       + (updated > 0 ? tr(", %n updated", nullptr, int(updated)) : QString()),
                   10000);
    });
    m_importDialog->show();
}

void MainWindow::openSettings()
{
    if (!m_mail || !m_session.allows(Role::Admin))
        return;
    if (auto* open = findChild<SettingsDialog*>()) {
        open->raise();
        open->activateWindow();
        return;
    }
    auto* dialog = new SettingsDialog(*m_mail, m_dialogs, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, m_mail, &MailController::reloadConfig);
    connect(dialog, &QDialog::accepted, m_intakePage, &IntakePage::reloadChoices);
    // A daily backup just switched on (or its time moved) may be due now.
    connect(dialog, &QDialog::accepted, m_dataActions, &DataActions::checkDailyBackup);
    // Settings are for the administrator who opened them: they go with the session.
    connect(&m_session, &Session::changed, dialog, &QDialog::reject);
    dialog->open();
}

void MainWindow::openRetention()
{
    if (!m_session.allows(Role::Admin))
        return;
    if (auto* open = findChild<RetentionDialog*>()) {
        open->raise();
        open->activateWindow();
        return;
    }
    auto* dialog = new RetentionDialog(m_sessionRepository->database(), m_session.actor(),
                                       ResumeCopies::defaultFolder(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &RetentionDialog::erased, this, [this] {
        if (LeadsPage* leads = leadsPage())
            leads->refresh();
    });
    // For the administrator who opened it: it goes with the session.
    connect(&m_session, &Session::changed, dialog, &QDialog::reject);
    dialog->open();
}

SettingsDialog* MainWindow::settingsDialog() const
{
    return findChild<SettingsDialog*>();
}

void MainWindow::updateMailStatus()
{
    if (!m_mail || !m_mailStatusLabel)
        return;
    // Office mode: a desk's own login (nobody signed in) may not read the outbox, and this
    // desk sends nothing meanwhile; no count is better than a wrong "No emails waiting".
    if (const Result<bool> may = LeadRepository(m_mail->database()).mayReadLeads(); !may || !*may) {
        m_mailStatusLabel->hide();
        return;
    }
    m_mailStatusLabel->show();
    // Counts only: the status bar is seen without signing in, so it names nobody.
    const Result<OutboxCounts> counts = OutboxRepository(m_mail->database()).counts();
    const int waiting = counts ? counts->pending() : 0;
    // What is wrong with email (and the addresses it names) is for administrators, who can
    // fix it; everyone else sees the counts.
    QString problem;
    if (m_session.allows(Role::Admin)) {
        problem = m_mail->dispatcher().currentProblem();
        if (problem.isEmpty())
            problem = m_mail->configProblem();
    }
    // "Emails waiting: %n" reads right for any count even without a plural translation.
    QString text = waiting == 0 ? tr("No emails waiting") : tr("Emails waiting: %n", nullptr, waiting);
    if (counts && counts->failed > 0)
        text += QStringLiteral(" · ") + tr("Failed: %n", nullptr, counts->failed);
    if (!problem.isEmpty())
        text += QStringLiteral(" — ") + problem;
    m_mailStatusLabel->setText(text);
    m_mailStatusLabel->setToolTip(problem.isEmpty() ? text : problem);
    m_mailStatusLabel->setStyleSheet(problem.isEmpty()
                                         ? QString()
                                         : PaletteColors::textStyleSheet(PaletteColors::Tone::Error, palette(), true));
}

void MainWindow::warnAdminsAboutPasswordStore()
{
    if (!m_mail || !m_session.allows(Role::Admin) || m_passwordWarningShown)
        return;
    if (!m_passwordsPersistent) {
        // Ask once per run; the answer comes back later (the keychain is asynchronous).
        QPointer<MainWindow> self(this);
        m_mail->passwords().checkPersistence([self](bool persistent) {
            if (!self)
                return;
            self->m_passwordsPersistent = persistent;
            self->warnAdminsAboutPasswordStore();
        });
        return;
    }
    if (*m_passwordsPersistent)
        return;
    m_passwordWarningShown = true;
    showStatus(tr("No system keychain answered: the email password is kept for this session only. "
                  "After Lead Intake restarts, type it again in Settings."),
               30000);
}

void MainWindow::restoreWindowGeometry()
{
    const QSettings settings;
    if (restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        return;
    // First start: a comfortable size that still fits a 1366×768 laptop.
    const QRect available = screen() ? screen()->availableGeometry() : QRect(0, 0, 1366, 768);
    resize(QSize(1180, 760).boundedTo(available.size() * 0.92));
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    if (const std::optional<UserAccount> user = m_session.user()) {
        m_accounts.recordSignOut(*user, false);
        m_session.signOut();
    }
    event->accept();
}
