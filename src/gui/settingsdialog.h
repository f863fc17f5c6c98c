#pragma once

#include "firmsettings.h"
#include "mailtemplates.h"
#include "oauthprovider.h"
#include "oauthsignin.h"
#include "outgoingmail.h"
#include "smtpconfig.h"

#include <QDateTime>
#include <QDialog>
#include <QMap>
#include <QPointer>

class Dialogs;
class MailController;
class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLayout;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTextBrowser;
class SmtpClient;

// The firm's email settings (administrators): the firm, the sender, the SMTP server and
// how the desk signs in to it (a password or app password, or "Sign in with Microsoft /
// Google": OAuth 2.0 with the refresh token in the PasswordStore), and the email templates
// (with a live preview). Values go through
// FirmSettings (each refused value is explained inline); the password goes to the
// PasswordStore only. "Send test email" tries the values shown.
class SettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    SettingsDialog(MailController& mail, Dialogs& dialogs, QWidget* parent = nullptr);
    ~SettingsDialog() override;

    // The SMTP presets offered in the combo box.
    enum class Preset { Gmail465, Gmail587, Microsoft365, Custom };

    void accept() override;
    void sendTestEmail();
    // How "Sign in with…" opens the browser (default QDesktopServices::openUrl); tests play it.
    void setBrowserOpener(OAuthSignIn::BrowserOpener opener) { m_openBrowser = std::move(opener); }

Q_SIGNALS:
    // A "Sign in with…" ended: signed in (the refresh token is stored) or why not.
    void signInFinished(bool signedIn, const QString& report);

    // The test email went out (empty) or failed (why, and what to do).
    void testFinished(bool sent, const QString& report);

private:
    void load();
    void applyPreset();
    void matchPreset();
    void chooseCaFile();
    QString fieldText(FirmSettings::Key key) const;
    SmtpConfig shownConfig() const;
    void showError(const QString& text, QWidget* field);
    void showTestResult(bool ok, const QString& text);
    void updateKeychainNote();
    void finishTest(bool sent, const QString& report);
    void sendTest(SmtpConfig config, const OutgoingMail& mail, const QString& to);

    // Sign-in: password, or OAuth with a provider.
    std::optional<OAuthProvider::Id> shownProvider() const;
    void authMethodChanged();
    void updateAppPasswordSteps();
    void showRow(QWidget* field, bool on);
    void startSignIn(OAuthProvider::Id provider);
    void finishSignIn(bool signedIn, const QString& report);
    void showSignInStatus(const QString& text, std::optional<bool> ok = std::nullopt);
    void readSignInStatus();

    // The Templates tab: every template's edited parts, keyed by MailTemplates::baseName().
    struct TemplateDraft
    {
        OutboxKind kind = OutboxKind::ProspectConfirmation;
        QString language;
        MailTemplates::Template edited;
        bool touched = false;
    };
    QWidget* createTemplatesTab();
    // Backups: the daily backup's firm settings (issue 13).
    QWidget* createBackupTab();
    // Response times: the firm's response target, its weekend and time zone, and the
    // morning digest (issue 12, part 2).
    QWidget* createResponseTab();
    QString weekendText() const; // "sat,sun" from the check boxes; "none" when none is checked
    QString timeZoneText() const; // "" for this computer's
    void loadTemplates(const FirmSettings& settings);
    QString currentTemplateName() const;
    void showSelectedTemplate();
    void templateEdited();
    void resetTemplate();
    void updatePreview();
    // The banners' and the preview's colours from the current palette (PaletteColors::follow).
    void applyColors();
    QString previewFirmName() const;
    // Empty when the draft renders; otherwise why not.
    QString templateProblem(const TemplateDraft& draft) const;
    bool saveTemplates(FirmSettings& settings);

    MailController& m_mail;
    Dialogs& m_dialogs;
    QMap<FirmSettings::Key, QWidget*> m_fields;
    QLineEdit* m_firmName = nullptr;
    QLineEdit* m_notificationAddress = nullptr;
    QCheckBox* m_attachResume = nullptr;
    QLineEdit* m_senderName = nullptr;
    QLineEdit* m_senderAddress = nullptr;
    QComboBox* m_preset = nullptr;
    QLineEdit* m_host = nullptr;
    QSpinBox* m_retention = nullptr;
    QSpinBox* m_port = nullptr;
    QComboBox* m_security = nullptr;
    QLineEdit* m_username = nullptr;
    QLineEdit* m_password = nullptr;
    QLineEdit* m_caFile = nullptr;
    QLabel* m_keychainNote = nullptr;
    QFormLayout* m_serverForm = nullptr;
    QLayout* m_signInRow = nullptr;
    QComboBox* m_authMethod = nullptr;
    QLabel* m_appPasswordSteps = nullptr;
    QLineEdit* m_clientId = nullptr;
    QLineEdit* m_tenant = nullptr;
    QLineEdit* m_clientSecret = nullptr;
    QPushButton* m_signInMicrosoft = nullptr;
    QPushButton* m_signInGoogle = nullptr;
    QLabel* m_signInHelp = nullptr;
    QLabel* m_signInStatus = nullptr;
    QPointer<OAuthSignIn> m_signIn;
    OAuthSignIn::BrowserOpener m_openBrowser;
    // From this dialog's own sign-in, for the test email: never written anywhere.
    QString m_signInAccessToken;
    QDateTime m_signInExpiry;
    QString m_signInAccount;
    QLabel* m_error = nullptr;
    QPointer<QWidget> m_errorField; // the field whose description is m_error's text
    QLineEdit* m_testAddress = nullptr;
    QPushButton* m_testButton = nullptr;
    QLabel* m_testResult = nullptr;
    QPushButton* m_saveButton = nullptr;
    QTabWidget* m_tabs = nullptr;
    // The Leads tab: who gets new leads, and the "How did you hear about us?" choices.
    QWidget* createLeadsTab();
    QComboBox* m_assignmentMode = nullptr;
    QComboBox* m_defaultAttorney = nullptr;
    QLineEdit* m_sources = nullptr;
    QSpinBox* m_responseDays = nullptr;
    QList<QCheckBox*> m_daysOff; // Monday first
    QComboBox* m_timeZone = nullptr;
    QCheckBox* m_digestDaily = nullptr;
    QLineEdit* m_digestTime = nullptr;
    QWidget* m_templatesTab = nullptr;
    QComboBox* m_templateKind = nullptr;
    QComboBox* m_templateLanguage = nullptr;
    QLineEdit* m_templateSubject = nullptr;
    QPlainTextEdit* m_templateText = nullptr;
    QPlainTextEdit* m_templateHtml = nullptr;
    QListWidget* m_placeholders = nullptr;
    QTextBrowser* m_templatePreview = nullptr;
    QPushButton* m_templateReset = nullptr;
    QMap<QString, TemplateDraft> m_templateDrafts;
    bool m_showingTemplate = false;
    QPointer<SmtpClient> m_testClient;
    bool m_testReported = false;
    bool m_loadingPreset = false;
    // The stored password, read when the dialog opens, used when the field is left empty.
    QString m_storedPassword;
    QString m_storedKey;
};
