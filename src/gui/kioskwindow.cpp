#include "kioskwindow.h"

#include "accountlogging.h"
#include "accountservice.h"
#include "applanguage.h"
#include "enterkeybuttons.h"
#include "idlewatcher.h"
#include "intakepage.h"
#include "signindialog.h"

#include <QButtonGroup>
#include <QAbstractButton>
#include <QCloseEvent>
#include <QComboBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>
#include <QWindow>

#include <utility>

KioskWindow::KioskWindow(IntakeService& intake, AccountService& accounts, Dialogs& dialogs,
                         const QString& desk, QWidget* parent)
    : QWidget(parent, Qt::Window | Qt::FramelessWindowHint | Qt::WindowStaysOnTopHint)
    , m_accounts(accounts)
    , m_desk(desk)
    , m_deskLocale(AppLanguage::current())
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
    // The form is styled with style sheets (a field in error has a red border, the resume has
    // a drop zone), and a widget under a style sheet that is polished again takes its font
    // from the application, not from this window: the Email field fell back to the small type
    // each time it turned red or back, and the drop zone never had the larger one. As their
    // own font, the larger type survives re-polishing.
    for (QWidget* widget : m_intakePage->findChildren<QWidget*>()) {
        if (!widget->testAttribute(Qt::WA_SetFont))
            widget->setFont(readable);
    }
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
    auto* thanks = m_thanksTitle = new QLabel(tr("Thank you!"), m_thanksPage);
    thanks->setObjectName(QStringLiteral("thanksTitle"));
    QFont big = thanks->font();
    big.setPointSizeF(big.pointSizeF() * 2.4);
    big.setBold(true);
    thanks->setFont(big);
    thanks->setAlignment(Qt::AlignCenter);
    auto* next = m_thanksText = new QLabel(tr("We have your details and your resume. An attorney will contact "
                               "you soon.\nPlease let the front desk know you are done."),
                            m_thanksPage);
    next->setObjectName(QStringLiteral("thanksText"));
    QFont larger = next->font();
    larger.setPointSizeF(larger.pointSizeF() * 1.3);
    next->setFont(larger);
    next->setAlignment(Qt::AlignCenter);
    next->setWordWrap(true);
    auto* again = m_doneButton = new QPushButton(tr("&Done"), m_thanksPage);
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
    auto* staff = m_staffButton = new QPushButton(tr("Staff"), this);
    staff->setObjectName(QStringLiteral("staffButton"));
    staff->setFlat(true);
    staff->setFocusPolicy(Qt::NoFocus);
    staff->setToolTip(tr("Leave the kiosk (administrator's password)"));
    auto* footer = new QHBoxLayout;
    footer->addStretch();
    footer->addWidget(staff);

    // English / Español for the prospect: touch-sized, each language named in itself (never
    // translated), the one in use shown pressed.
    auto* header = new QHBoxLayout;
    header->addStretch();
    auto* languages = new QButtonGroup(this);
    const int touch = qMax(48, fontMetrics().height() * 2);
    for (const auto& [code, name] : { std::pair { QStringLiteral("en"), QStringLiteral("English") },
                                      std::pair { QStringLiteral("es"), QStringLiteral("Español") } }) {
        auto* button = new QPushButton(name, this);
        button->setObjectName(code == u"en" ? QStringLiteral("languageEnglishButton")
                                            : QStringLiteral("languageSpanishButton"));
        button->setCheckable(true);
        button->setAccessibleName(name);
        button->setMinimumSize(qMax(touch * 2, button->sizeHint().width() + touch / 2), touch);
        languages->addButton(button);
        header->addWidget(button);
        connect(button, &QPushButton::clicked, this, [this, code] { switchLanguage(code); });
        (code == u"en" ? m_englishButton : m_spanishButton) = button;
    }
    languages->setExclusive(true);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(header);
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
    retranslate();
    makeTouchSized();
}

void KioskWindow::makeTouchSized()
{
    // A kiosk is often a touch screen: every control at least a fingertip (44×44
    // device-independent pixels, WCAG 2.5.5), whatever the scale factor.
    constexpr int kTouch = 44;
    for (QWidget* widget : findChildren<QWidget*>()) {
        if (qobject_cast<QAbstractButton*>(widget)) {
            widget->setMinimumSize(widget->minimumSize().expandedTo(QSize(kTouch, kTouch)));
        } else if (qobject_cast<QComboBox*>(widget) || qobject_cast<QLineEdit*>(widget)) {
            widget->setMinimumHeight(qMax(widget->minimumHeight(), kTouch));
        }
    }
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
    // The next prospect finds the desk's language (the form's preferred language follows).
    if (AppLanguage::current() != m_deskLocale)
        AppLanguage::install(m_deskLocale);
    m_stack->setCurrentIndex(0);
    m_picker->setPlaces({});
    m_intakePage->setFocus(Qt::OtherFocusReason);
}

QPushButton* KioskWindow::languageButton(const QString& code) const
{
    return code == u"es" ? m_spanishButton : m_englishButton;
}

void KioskWindow::switchLanguage(const QString& code)
{
    const QLocale locale = code == u"es" ? QLocale(QLocale::Spanish, QLocale::Spain)
                                         : QLocale(QLocale::English, QLocale::UnitedStates);
    // The desk's own locale when it speaks that language (its country's dates and numbers).
    const QLocale target = m_deskLocale.language() == locale.language() ? m_deskLocale : locale;
    if (AppLanguage::current() != target)
        AppLanguage::install(target); // every widget gets a LanguageChange and retranslates
    retranslate();
}

void KioskWindow::retranslate()
{
    setWindowTitle(tr("Welcome"));
    m_thanksTitle->setText(tr("Thank you!"));
    m_thanksText->setText(tr("We have your details and your resume. An attorney will contact "
                             "you soon.\nPlease let the front desk know you are done."));
    m_doneButton->setText(tr("&Done"));
    m_staffButton->setText(tr("Staff"));
    m_staffButton->setToolTip(tr("Leave the kiosk (administrator's password)"));
    const bool spanish = AppLanguage::current().language() == QLocale::Spanish;
    m_spanishButton->setChecked(spanish);
    m_englishButton->setChecked(!spanish);
    // The language in use also in bold: a pressed look alone is faint in some styles.
    for (QPushButton* button : { m_englishButton, m_spanishButton }) {
        QFont bold = button->font();
        bold.setBold(button->isChecked());
        button->setFont(bold);
    }
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
    if (event->type() == QEvent::LanguageChange)
        retranslate();
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
    makeTouchSized(); // and the controls added since it was built
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
