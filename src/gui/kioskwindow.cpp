#include "kioskwindow.h"

#include "accountlogging.h"
#include "accountservice.h"
#include "enterkeybuttons.h"
#include "idlewatcher.h"
#include "intakepage.h"
#include "signindialog.h"

#include <QCloseEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>
#include <QWindow>

KioskWindow::KioskWindow(IntakeService& intake, AccountService& accounts, Dialogs& dialogs,
                         const QString& desk, QWidget* parent)
    : QWidget(parent, Qt::Window | Qt::FramelessWindowHint | Qt::WindowStaysOnTopHint)
    , m_accounts(accounts)
    , m_desk(desk)
{
    setObjectName(QStringLiteral("kioskWindow"));
    setWindowTitle(tr("Welcome"));
    // Read from a step away, by people who have never seen the program: larger type.
    QFont readable = font();
    readable.setPointSizeF(readable.pointSizeF() * 1.4);
    setFont(readable);

    m_stack = new QStackedWidget(this);
    m_stack->setObjectName(QStringLiteral("kioskPages"));

    // The form, centred at a comfortable reading width on a large screen.
    auto* formHolder = new QWidget(m_stack);
    auto* formColumn = new QVBoxLayout(formHolder);
    auto* formRow = new QHBoxLayout;
    m_intakePage = new IntakePage(intake, dialogs, desk, formHolder);
    m_intakePage->setObjectName(QStringLiteral("intakePage"));
    m_intakePage->setKioskMode(true);
    // The resume's drop zone has its own style sheet, which does not inherit the larger type.
    if (auto* zone = m_intakePage->findChild<QWidget*>(QStringLiteral("resumeDropZone")))
        zone->setStyleSheet(zone->styleSheet()
                            + QStringLiteral(" QLabel, QAbstractButton { font-size: %1pt; }")
                                  .arg(readable.pointSizeF()));
    m_intakePage->setMaximumWidth(900);
    m_intakePage->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    formRow->addStretch(1);
    formRow->addWidget(m_intakePage, 6);
    formRow->addStretch(1);
    formColumn->addStretch(1);
    formColumn->addLayout(formRow);
    formColumn->addStretch(2);

    m_thanksPage = new QWidget(m_stack);
    m_thanksPage->setObjectName(QStringLiteral("thanksPage"));
    auto* thanksLayout = new QVBoxLayout(m_thanksPage);
    auto* thanks = new QLabel(tr("Thank you!"), m_thanksPage);
    thanks->setObjectName(QStringLiteral("thanksTitle"));
    QFont big = thanks->font();
    big.setPointSizeF(big.pointSizeF() * 2.4);
    big.setBold(true);
    thanks->setFont(big);
    thanks->setAlignment(Qt::AlignCenter);
    auto* next = new QLabel(tr("We have your details and your resume. An attorney will contact "
                               "you soon.\nPlease let the front desk know you are done."),
                            m_thanksPage);
    next->setObjectName(QStringLiteral("thanksText"));
    QFont larger = next->font();
    larger.setPointSizeF(larger.pointSizeF() * 1.3);
    next->setFont(larger);
    next->setAlignment(Qt::AlignCenter);
    next->setWordWrap(true);
    auto* again = new QPushButton(tr("&Done"), m_thanksPage);
    again->setObjectName(QStringLiteral("startOverButton"));
    thanksLayout->addStretch(2);
    thanksLayout->addWidget(thanks);
    thanksLayout->addSpacing(16);
    thanksLayout->addWidget(next);
    thanksLayout->addSpacing(24);
    thanksLayout->addWidget(again, 0, Qt::AlignHCenter);
    thanksLayout->addStretch(3);

    // The resume is chosen inside the kiosk, never in the desktop's file dialog (which
    // browses the whole disk and renames and deletes files).
    m_picker = new ResumePicker(m_stack);

    m_stack->addWidget(formHolder);
    m_stack->addWidget(m_thanksPage);
    m_stack->addWidget(m_picker);

    // Small and quiet: for the staff, not the prospect.
    auto* staff = new QPushButton(tr("Staff"), this);
    staff->setObjectName(QStringLiteral("staffButton"));
    staff->setFlat(true);
    staff->setFocusPolicy(Qt::NoFocus);
    staff->setToolTip(tr("Leave the kiosk (administrator's password)"));
    auto* footer = new QHBoxLayout;
    footer->addStretch();
    footer->addWidget(staff);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_stack, 1);
    layout->addLayout(footer);

    m_thanksTimer = new QTimer(this);
    m_thanksTimer->setSingleShot(true);
    m_thanksTimer->setInterval(8000);
    connect(m_thanksTimer, &QTimer::timeout, this, &KioskWindow::startOver);
    connect(again, &QPushButton::clicked, this, &KioskWindow::startOver);
    connect(staff, &QPushButton::clicked, this, &KioskWindow::requestExit);
    connect(m_intakePage, &IntakePage::leadSaved, this, &KioskWindow::showThanks);
    // The prospect is thanked the same way when the desk keeps the lead for the server.
    connect(m_intakePage, &IntakePage::leadKeptOnDesk, this, &KioskWindow::showThanks);
    connect(m_intakePage, &IntakePage::resumeChoiceRequested, this, &KioskWindow::showPicker);
    connect(m_picker, &ResumePicker::chosen, this, [this](const QString& path) {
        m_stack->setCurrentIndex(0);
        m_intakePage->setResumePath(path);
        m_intakePage->focusSubmit();
    });
    connect(m_picker, &ResumePicker::cancelled, this, [this] {
        m_stack->setCurrentIndex(0);
        m_intakePage->setFocus(Qt::OtherFocusReason);
    });

    // Enter presses "Done" on the thanks page, as Space does.
    EnterKeyButtons::install(this);

    m_abandoned = new IdleWatcher(3 * 60 * 1000, this);
    connect(m_abandoned, &IdleWatcher::idle, this, &KioskWindow::startOver);
    m_abandoned->setActive(true);
}

KioskWindow::~KioskWindow() = default;

SignInDialog* KioskWindow::exitDialog() const
{
    return m_exitDialog;
}

bool KioskWindow::isShowingThanks() const
{
    return m_stack->currentWidget() == m_thanksPage;
}

bool KioskWindow::isShowingPicker() const
{
    return m_stack->currentWidget() == m_picker;
}

void KioskWindow::showPicker()
{
    m_picker->setPlaces(m_resumePlaces.value_or(ResumePicker::defaultPlaces()));
    m_stack->setCurrentWidget(m_picker);
    m_picker->setFocus(Qt::OtherFocusReason);
}

void KioskWindow::setThanksDuration(int ms)
{
    m_thanksTimer->setInterval(ms);
}

void KioskWindow::setAbandonedFormTimeout(int ms)
{
    m_abandoned->setTimeout(ms);
}

void KioskWindow::showThanks()
{
    m_stack->setCurrentWidget(m_thanksPage);
    m_thanksTimer->start();
}

void KioskWindow::startOver()
{
    m_thanksTimer->stop();
    if (m_exitDialog)
        return; // the staff are at the keyboard
    m_intakePage->clearForm();
    m_stack->setCurrentIndex(0);
    m_picker->setPlaces({});
    m_intakePage->setFocus(Qt::OtherFocusReason);
}

void KioskWindow::requestExit()
{
    if (m_exitDialog) {
        m_exitDialog->raise();
        m_exitDialog->activateWindow();
        return;
    }
    m_exitDialog = new SignInDialog(m_accounts, m_desk, Role::Admin, this);
    m_exitDialog->setWindowTitle(tr("Leave the Kiosk"));
    m_exitDialog->setPrompt(tr("Only an administrator can leave the kiosk."));
    m_exitDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_exitDialog, &QDialog::accepted, this, [this] {
        qCInfo(lcAccounts) << "kiosk left by account" << (m_exitDialog && m_exitDialog->user() ? m_exitDialog->user()->id : 0);
        if (m_exitDialog && m_exitDialog->user())
            m_accounts.recordSignOut(*m_exitDialog->user(), false);
        m_mayClose = true;
        close();
    });
    m_exitDialog->open();
}

void KioskWindow::closeEvent(QCloseEvent* event)
{
    if (m_mayClose) {
        event->accept();
        return;
    }
    // Alt+F4, the window manager's close, a session's polite quit: all ask for the password.
    event->ignore();
    requestExit();
}

void KioskWindow::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Escape) {
        event->accept();
        return;
    }
    QWidget::keyPressEvent(event);
}

void KioskWindow::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() != QEvent::WindowStateChange)
        return;
    const Qt::WindowStates state = windowState();
    if ((state & Qt::WindowFullScreen) && !(state & Qt::WindowMinimized)) {
        m_keepFullScreen = true;
        return;
    }
    // The window manager's menu (Alt+Space), a "show desktop" key, a double-click: whatever
    // minimised the kiosk or took it out of full screen is undone at once. Queued, because
    // changing the state from inside its own change notification is not reliable.
    if (m_keepFullScreen && !m_mayClose && !m_restorePending) {
        m_restorePending = true;
        QMetaObject::invokeMethod(this, &KioskWindow::restoreFullScreen, Qt::QueuedConnection);
    }
}

void KioskWindow::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (!m_watchingExposure && windowHandle()) {
        windowHandle()->installEventFilter(this);
        m_watchingExposure = true;
    }
}

bool KioskWindow::eventFilter(QObject* watched, QEvent* event)
{
    // "Send to desktop 2", a desktop switch: the window manager unmaps the kiosk without
    // minimising it, and the prospect faces a bare desktop. Bring it back where they are.
    if (event->type() == QEvent::Expose && watched == windowHandle() && m_keepFullScreen && !m_mayClose
        && !m_restorePending && isVisible() && !windowHandle()->isExposed()
        && !(windowState() & Qt::WindowMinimized)) {
        m_restorePending = true;
        QMetaObject::invokeMethod(this, [this] {
            if (m_mayClose || !isVisible() || windowHandle()->isExposed()) {
                m_restorePending = false;
                return;
            }
            // Mapped again, the window manager puts it on the desktop in front of the prospect.
            // The unmapping's own notifications arrive first (and are ignored while pending).
            hide();
            QTimer::singleShot(100, this, [this] {
                setWindowState(Qt::WindowNoState);
                restoreFullScreen();
            });
        }, Qt::QueuedConnection);
    }
    return QWidget::eventFilter(watched, event);
}

void KioskWindow::restoreFullScreen()
{
    m_restorePending = false;
    if (m_mayClose)
        return;
    setWindowState((windowState() & ~(Qt::WindowMinimized | Qt::WindowMaximized)) | Qt::WindowFullScreen);
    show();
    raise();
    if (m_exitDialog) {
        m_exitDialog->raise();
        m_exitDialog->activateWindow();
    } else {
        activateWindow();
    }
}

bool KioskWindow::event(QEvent* event)
{
    // Keep Escape and the standard quit/close keys from reaching anything that would act on them.
    if (event->type() == QEvent::ShortcutOverride) {
        auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Escape || key->matches(QKeySequence::Quit)
            || key->matches(QKeySequence::Close)) {
            event->accept();
            return true;
        }
    }
    return QWidget::event(event);
}
