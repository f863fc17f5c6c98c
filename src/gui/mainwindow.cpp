#include "mainwindow.h"

#include "dialogs.h"
#include "intakepage.h"
#include "leadspage.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>

MainWindow::MainWindow(LeadRepository& repository, IntakeService& intake, Dialogs& dialogs,
                       const QString& actor, const QString& databaseName, QWidget* parent)
    : QMainWindow(parent)
    , m_dialogs(dialogs)
{
    setWindowTitle(tr("Lead Intake"));
    setObjectName(QStringLiteral("mainWindow"));

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("pages"));
    m_tabs->setDocumentMode(true);
    m_intakePage = new IntakePage(intake, dialogs, actor, m_tabs);
    m_intakePage->setObjectName(QStringLiteral("intakePage"));
    m_leadsPage = new LeadsPage(repository, dialogs, actor, m_tabs);
    m_leadsPage->setObjectName(QStringLiteral("leadsPage"));
    m_tabs->addTab(m_intakePage, tr("&Intake"));
    m_tabs->addTab(m_leadsPage, tr("&Leads"));
    setCentralWidget(m_tabs);

    connect(m_intakePage, &IntakePage::leadSaved, this, [this](qint64 id, const QString& name) {
        m_leadsPage->refresh();
        statusBar()->showMessage(tr("Lead for %1 saved (number %2).").arg(name).arg(id), 8000);
    });
    connect(m_intakePage, &IntakePage::openLeadRequested, this, [this](qint64 id) {
        showPage(Page::Leads);
        m_leadsPage->showLead(id);
    });

    auto* databaseLabel = new QLabel(tr("Database: %1").arg(databaseName), this);
    databaseLabel->setObjectName(QStringLiteral("databaseLabel"));
    databaseLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    statusBar()->addPermanentWidget(databaseLabel);

    createMenus();
    restoreWindowGeometry();
    showPage(Page::Intake);
}

MainWindow::~MainWindow() = default;

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu* go = menuBar()->addMenu(tr("&Go"));
    QAction* intake = go->addAction(tr("&Intake"), this, [this] { showPage(Page::Intake); });
    intake->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    QAction* leads = go->addAction(tr("&Leads"), this, [this] { showPage(Page::Leads); });
    leads->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    QAction* find = go->addAction(tr("&Find lead…"), this, [this] {
        showPage(Page::Leads);
        if (auto* search = m_leadsPage->findChild<QWidget*>(QStringLiteral("searchField")))
            search->setFocus(Qt::ShortcutFocusReason);
    });
    find->setShortcut(QKeySequence::Find);

    QMenu* lead = menuBar()->addMenu(tr("L&ead"));
    lead->addAction(m_leadsPage->markReachedOutAction());

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Lead Intake"), this, [this] {
        QMessageBox::about(this, tr("About Lead Intake"),
                           tr("<h3>Lead Intake %1</h3><p>Walk-in prospects, their resumes and the "
                              "firm's follow-up, in one place.</p>")
                               .arg(QApplication::applicationVersion()));
    });
}

void MainWindow::showPage(Page page)
{
    QWidget* widget = page == Page::Intake ? static_cast<QWidget*>(m_intakePage) : m_leadsPage;
    m_tabs->setCurrentWidget(widget);
    widget->setFocus(Qt::OtherFocusReason);
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
    event->accept();
}
