#pragma once

#include "resumepicker.h"

#include <QLocale>
#include <QPointer>
#include <QWidget>

#include <optional>

class AccountService;
class Dialogs;
class IdleWatcher;
class IntakePage;
class IntakeService;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTimer;
class SignInDialog;

// The reception kiosk: full screen, the intake form worded for the prospect, a thank-you
// screen that resets itself, and no way out (close, Alt+F4, Escape, shortcuts, minimising or
// leaving full screen, the desktop's file dialog) without an administrator's password.
// The prospect may switch between English and Español (the header's switch); the kiosk
// goes back to the desk's language when it starts over.
class KioskWindow final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KioskWindow)

public:
    KioskWindow(IntakeService& intake, AccountService& accounts, Dialogs& dialogs,
                const QString& desk, QWidget* parent = nullptr);
    ~KioskWindow() override;

    IntakePage* intakePage() const { return m_intakePage; }
    bool isShowingThanks() const;
    // How long the thank-you screen stays (default 8 s) and how long a half-filled form
    // waits for its prospect before it is cleared (default 3 min).
    void setThanksDuration(int ms);
    void setAbandonedFormTimeout(int ms);
    // Opens the administrator's password prompt; the window closes once it is accepted.
    void requestExit();
    SignInDialog* exitDialog() const;
    // Where the resume may be chosen from (default: ResumePicker::defaultPlaces(), asked
    // each time the picker opens).
    void setResumePlaces(const QList<ResumePicker::Place>& places) { m_resumePlaces = places; }
    ResumePicker* resumePicker() const { return m_picker; }
    bool isShowingPicker() const;
    // The header's language switch, for "en" or "es".
    QPushButton* languageButton(const QString& code) const;

protected:
    void closeEvent(QCloseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    bool event(QEvent* event) override;
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void showThanks();
    void startOver();
    void showPicker();
    void restoreFullScreen();
    void switchLanguage(const QString& code);
    void retranslate();
    void makeTouchSized();

    AccountService& m_accounts;
    QString m_desk;
    bool m_mayClose = false;
    // Set once the kiosk has been full screen: from then on it stays so.
    bool m_keepFullScreen = false;
    bool m_restorePending = false;
    bool m_watchingExposure = false;
    std::optional<QList<ResumePicker::Place>> m_resumePlaces;

    QStackedWidget* m_stack = nullptr;
    IntakePage* m_intakePage = nullptr;
    QWidget* m_thanksPage = nullptr;
    ResumePicker* m_picker = nullptr;
    QTimer* m_thanksTimer = nullptr;
    IdleWatcher* m_abandoned = nullptr;
    QPointer<SignInDialog> m_exitDialog;
    // The language the desk runs in, restored after each prospect.
    QLocale m_deskLocale;
    QPushButton* m_englishButton = nullptr;
    QPushButton* m_spanishButton = nullptr;
    QLabel* m_thanksTitle = nullptr;
    QLabel* m_thanksText = nullptr;
    QPushButton* m_doneButton = nullptr;
    QPushButton* m_staffButton = nullptr;
};
