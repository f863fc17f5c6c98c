#include "settingsdialog.h"

#include "accountrepository.h"
#include "attorneyassignment.h"
#include "dialogs.h"
#include "mailcontroller.h"
#include "oauthtokensource.h"
#include "outboxcomposer.h"
#include "outboxdispatcher.h"
#include "palettecolors.h"
#include "passwordstore.h"
#include "responsetarget.h"
#include "smtpclient.h"
#include "smtpsettings.h"
#include "sqldialect.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSpinBox>
#include <QTabWidget>
#include <QTextBrowser>
#include <QTimeZone>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace {

struct PresetValues
{
    SettingsDialog::Preset preset;
    const char* host;
    int port;
    SmtpConfig::Security security;
};

const PresetValues kPresets[] = {
    { SettingsDialog::Preset::Gmail465, "smtp.gmail.com", 465, SmtpConfig::Security::ImplicitTls },
    { SettingsDialog::Preset::Gmail587, "smtp.gmail.com", 587, SmtpConfig::Security::StartTls },
    { SettingsDialog::Preset::Microsoft365, "smtp.office365.com", 587, SmtpConfig::Security::StartTls },
};

// Message banners tinted from the dialog's palette (readable on a light or dark desktop).
QString errorStyle(const QPalette& palette)
{
    return PaletteColors::bannerStyleSheet(PaletteColors::Tone::Error, palette);
}

QString okStyle(const QPalette& palette)
{
    return PaletteColors::bannerStyleSheet(PaletteColors::Tone::Success, palette);
}

// The part of an HTML document between <body> and </body> (the whole text when it has none),
// so that a template can be shown inside the preview's own document.
QString htmlBodyOf(const QString& html)
{
    static const QRegularExpression bodyOpen(QStringLiteral("<body[^>]*>"), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression bodyClose(QStringLiteral("</body\\s*>"), QRegularExpression::CaseInsensitiveOption);
    QString body = html;
    const QRegularExpressionMatch start = bodyOpen.match(body);
    if (start.hasMatch())
        body = body.mid(start.capturedEnd());
    const QRegularExpressionMatch end = bodyClose.match(body);
    if (end.hasMatch())
        body.truncate(end.capturedStart());
    return body;
}

} // namespace

SettingsDialog::SettingsDialog(MailController& mail, Dialogs& dialogs, QWidget* parent)
    : QDialog(parent)
    , m_mail(mail)
    , m_dialogs(dialogs)
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));

    const auto edit = [this](const char* name, FirmSettings::Key key) {
        auto* line = new QLineEdit(this);
        line->setObjectName(QLatin1String(name));
        line->setToolTip(FirmSettings::description(key));
        m_fields.insert(key, line);
        return line;
    };

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("settingsError"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->hide();

    // The firm and its sender.
    auto* firmBox = new QGroupBox(tr("Firm"), this);
    auto* firmForm = new QFormLayout(firmBox);
    m_firmName = edit("firmNameEdit", FirmSettings::Key::FirmName);
    firmForm->addRow(tr("Firm &name:"), m_firmName);
    m_notificationAddress = edit("notificationAddressEdit", FirmSettings::Key::NotificationAddress);
    m_notificationAddress->setPlaceholderText(tr("attorneys@example.com"));
    // The responsible attorney gets each new lead's notification; this address a copy.
    firmForm->addRow(tr("Also noti&fy new leads to:"), m_notificationAddress);
    m_attachResume = new QCheckBox(tr("&Attach the resume to the notification"), this);
    m_attachResume->setObjectName(QStringLiteral("attachResumeCheck"));
    m_attachResume->setToolTip(FirmSettings::description(FirmSettings::Key::AttachResume));
    m_fields.insert(FirmSettings::Key::AttachResume, m_attachResume);
    firmForm->addRow(QString(), m_attachResume);
    m_senderName = edit("senderNameEdit", FirmSettings::Key::SenderName);
    m_senderName->setPlaceholderText(tr("The firm's name"));
    firmForm->addRow(tr("Sender na&me:"), m_senderName);
    m_senderAddress = edit("senderAddressEdit", FirmSettings::Key::SenderAddress);
    m_senderAddress->setPlaceholderText(tr("The SMTP user name"));
    firmForm->addRow(tr("Sender a&ddress:"), m_senderAddress);
    // Retention: leads become due for erasure after this long without activity; an
    // administrator still confirms each erasure (File → Leads due for erasure…).
    m_retention = new QSpinBox(this);
    m_retention->setObjectName(QStringLiteral("retentionSpin"));
    m_retention->setRange(0, FirmSettings::kMaxRetentionMonths);
    m_retention->setSuffix(tr(" months"));
    m_retention->setSpecialValueText(tr("Always (retention off)"));
    m_retention->setToolTip(FirmSettings::description(FirmSettings::Key::RetentionMonths));
    m_retention->setAccessibleName(tr("Erase leads after this many months without activity"));
    m_fields.insert(FirmSettings::Key::RetentionMonths, m_retention);
    firmForm->addRow(tr("Keep inacti&ve leads:"), m_retention);

    // The outgoing mail server.
    auto* serverBox = new QGroupBox(tr("Outgoing mail server (SMTP)"), this);
    auto* serverForm = new QFormLayout(serverBox);
    m_preset = new QComboBox(this);
    m_preset->setObjectName(QStringLiteral("presetCombo"));
    m_preset->addItem(tr("Gmail (port 465, TLS)"), int(Preset::Gmail465));
    m_preset->addItem(tr("Gmail (port 587, STARTTLS)"), int(Preset::Gmail587));
    m_preset->addItem(tr("Microsoft 365 (port 587, STARTTLS)"), int(Preset::Microsoft365));
    m_preset->addItem(tr("Custom server"), int(Preset::Custom));
    serverForm->addRow(tr("&Provider:"), m_preset);
    m_host = edit("hostEdit", FirmSettings::Key::SmtpHost);
    m_host->setPlaceholderText(tr("smtp.example.com"));
    serverForm->addRow(tr("&Server:"), m_host);
    m_port = new QSpinBox(this);
    m_port->setObjectName(QStringLiteral("portSpin"));
    m_port->setRange(1, 65535);
    m_port->setToolTip(FirmSettings::description(FirmSettings::Key::SmtpPort));
    m_fields.insert(FirmSettings::Key::SmtpPort, m_port);
    m_security = new QComboBox(this);
    m_security->setObjectName(QStringLiteral("securityCombo"));
    m_security->setToolTip(FirmSettings::description(FirmSettings::Key::SmtpSecurity));
    m_security->addItem(tr("TLS from the start"), SmtpSettings::securityName(SmtpConfig::Security::ImplicitTls));
    m_security->addItem(tr("STARTTLS"), SmtpSettings::securityName(SmtpConfig::Security::StartTls));
    m_security->addItem(tr("None (local relay only)"), SmtpSettings::securityName(SmtpConfig::Security::Plain));
    m_fields.insert(FirmSettings::Key::SmtpSecurity, m_security);
    auto* portRow = new QHBoxLayout;
    portRow->addWidget(m_port);
    auto* securityLabel = new QLabel(tr("S&ecurity:"), this);
    securityLabel->setBuddy(m_security);
    portRow->addWidget(securityLabel);
    portRow->addWidget(m_security, 1);
    auto* portLabel = new QLabel(tr("P&ort:"), this);
    portLabel->setBuddy(m_port);
    serverForm->addRow(portLabel, portRow);
    m_username = edit("usernameEdit", FirmSettings::Key::SmtpUsername);
    m_username->setPlaceholderText(tr("office@example.com"));
    serverForm->addRow(tr("&User name:"), m_username);
    // How the desk signs in: a password (or app password), or OAuth with the provider.
    m_authMethod = new QComboBox(this);
    m_authMethod->setObjectName(QStringLiteral("authMethodCombo"));
    m_authMethod->setToolTip(FirmSettings::description(FirmSettings::Key::SmtpAuth));
    m_authMethod->addItem(tr("Password or app password"), QStringLiteral("password"));
    m_authMethod->addItem(tr("Microsoft 365 account (sign in with Microsoft)"),
                          OAuthProvider::name(OAuthProvider::Id::Microsoft));
    m_authMethod->addItem(tr("Google account (sign in with Google)"), OAuthProvider::name(OAuthProvider::Id::Google));
    m_fields.insert(FirmSettings::Key::SmtpAuth, m_authMethod);
    serverForm->addRow(tr("Si&gn-in type:"), m_authMethod);
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setToolTip(tr("Kept in the system keychain (or, without one, for this session only), "
                              "never in a file or the database. For Gmail use an app password."));
    serverForm->addRow(tr("Pass&word:"), m_password);
    m_keychainNote = new QLabel(this);
    m_keychainNote->setObjectName(QStringLiteral("keychainNote"));
    m_keychainNote->setWordWrap(true);
    serverForm->addRow(QString(), m_keychainNote);
    // Written out, not in a tooltip: Google refuses the account's own password over SMTP.
    m_appPasswordSteps = new QLabel(this);
    m_appPasswordSteps->setObjectName(QStringLiteral("appPasswordSteps"));
    m_appPasswordSteps->setWordWrap(true);
    m_appPasswordSteps->setTextFormat(Qt::PlainText);
    m_appPasswordSteps->setTextInteractionFlags(Qt::TextSelectableByMouse);
    serverForm->addRow(QString(), m_appPasswordSteps);

    m_clientId = edit("oauthClientIdEdit", FirmSettings::Key::OAuthClientId);
    m_clientId->setPlaceholderText(tr("From the firm's app registration"));
    serverForm->addRow(tr("App &registration (client ID):"), m_clientId);
    m_tenant = edit("oauthTenantEdit", FirmSettings::Key::OAuthTenant);
    m_tenant->setPlaceholderText(OAuthProvider::defaultTenant());
    serverForm->addRow(tr("Tenant (director&y):"), m_tenant);
    m_clientSecret = edit("oauthClientSecretEdit", FirmSettings::Key::OAuthClientSecret);
    m_clientSecret->setPlaceholderText(tr("Only if Google gave the desktop app one"));
    serverForm->addRow(tr("Client secret (if an&y):"), m_clientSecret);
    // Only the chosen provider's button is shown, so both can use Alt+H.
    m_signInMicrosoft = new QPushButton(tr("Sign in wit&h Microsoft"), this);
    m_signInMicrosoft->setObjectName(QStringLiteral("signInMicrosoftButton"));
    m_signInMicrosoft->setAutoDefault(false);
    m_signInGoogle = new QPushButton(tr("Sign in wit&h Google"), this);
    m_signInGoogle->setObjectName(QStringLiteral("signInGoogleButton"));
    m_signInGoogle->setAutoDefault(false);
    m_signInStatus = new QLabel(this);
    m_signInStatus->setObjectName(QStringLiteral("signInStatus"));
    m_signInStatus->setWordWrap(true);
    m_signInStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* signInRow = new QHBoxLayout;
    signInRow->addWidget(m_signInMicrosoft, 0, Qt::AlignTop);
    signInRow->addWidget(m_signInGoogle, 0, Qt::AlignTop);
    signInRow->addWidget(m_signInStatus, 1);
    serverForm->addRow(QString(), signInRow);
    m_signInRow = signInRow;
    m_signInHelp = new QLabel(this);
    m_signInHelp->setObjectName(QStringLiteral("signInHelp"));
    m_signInHelp->setWordWrap(true);
    m_signInHelp->setText(tr("Your browser opens for the sign-in. The app registration must allow the "
                             "redirect address http://127.0.0.1 (any port). The sign-in is kept in the system "
                             "keychain, never in a file or the database."));
    serverForm->addRow(QString(), m_signInHelp);
    m_serverForm = serverForm;
    m_caFile = edit("caFileEdit", FirmSettings::Key::SmtpCaFile);
    m_caFile->setPlaceholderText(tr("Only for a server with its own certificate authority"));
    auto* caButton = new QToolButton(this);
    caButton->setObjectName(QStringLiteral("caFileButton"));
    caButton->setText(tr("Choose…"));
    caButton->setAccessibleName(tr("Choose the extra CA file"));
    auto* caRow = new QHBoxLayout;
    caRow->addWidget(m_caFile, 1);
    caRow->addWidget(caButton);
    auto* caLabel = new QLabel(tr("Extra &CA file:"), this);
    caLabel->setBuddy(m_caFile);
    serverForm->addRow(caLabel, caRow);

    // Trying it.
    auto* testBox = new QGroupBox(tr("Test"), this);
    auto* testLayout = new QVBoxLayout(testBox);
    auto* testRow = new QHBoxLayout;
    m_testAddress = new QLineEdit(this);
    m_testAddress->setObjectName(QStringLiteral("testAddressEdit"));
    m_testAddress->setPlaceholderText(tr("Send it to…"));
    m_testAddress->setAccessibleName(tr("Send the test email to"));
    m_testButton = new QPushButton(tr("Send a test emai&l"), this);
    m_testButton->setObjectName(QStringLiteral("sendTestButton"));
    m_testButton->setAutoDefault(false);
    testRow->addWidget(m_testAddress, 1);
    testRow->addWidget(m_testButton);
    testLayout->addLayout(testRow);
    m_testResult = new QLabel(this);
    m_testResult->setObjectName(QStringLiteral("testResultLabel"));
    m_testResult->setWordWrap(true);
    m_testResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_testResult->hide();
    testLayout->addWidget(m_testResult);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_saveButton = buttons->button(QDialogButtonBox::Save);
    m_saveButton->setObjectName(QStringLiteral("saveButton"));

    auto* emailTab = new QWidget(this);
    emailTab->setObjectName(QStringLiteral("emailTab"));
    auto* emailLayout = new QVBoxLayout(emailTab);
    emailLayout->addWidget(firmBox);
    emailLayout->addWidget(serverBox);
    emailLayout->addWidget(testBox);
    emailLayout->addStretch(1);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("settingsTabs"));
    // Scrolls rather than grow past a small or scaled screen (the sign-in rows and longer
    // translations make it the dialog's tallest page).
    auto* emailScroll = new QScrollArea(this);
    emailScroll->setObjectName(QStringLiteral("emailScroll"));
    emailScroll->setFrameShape(QFrame::NoFrame);
    emailScroll->setFocusPolicy(Qt::NoFocus); // not a stop of its own in the Tab chain
    emailScroll->setWidgetResizable(true);
    emailScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    emailScroll->setWidget(emailTab);
    m_tabs->addTab(emailScroll, tr("Ema&il"));
    m_templatesTab = createTemplatesTab();
    m_tabs->addTab(m_templatesTab, tr("&Templates"));
    m_tabs->addTab(createLeadsTab(), tr("Lead inta&ke"));
    // No Alt+letter: every letter of the title is taken by a field of some tab (Ctrl+Tab
    // reaches it, as every tab).
    m_tabs->addTab(createResponseTab(), tr("Response times"));
    // A desk's own file only: in office mode IT backs up the server (README).
    if (!SqlDialect(m_mail.database()).isPostgres())
        m_tabs->addTab(createBackupTab(), tr("&Backups"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_error);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    connect(m_preset, &QComboBox::activated, this, &SettingsDialog::applyPreset);
    connect(m_host, &QLineEdit::textEdited, this, &SettingsDialog::matchPreset);
    connect(m_port, &QSpinBox::valueChanged, this, &SettingsDialog::matchPreset);
    connect(m_security, &QComboBox::currentIndexChanged, this, &SettingsDialog::matchPreset);
    connect(caButton, &QToolButton::clicked, this, &SettingsDialog::chooseCaFile);
    connect(m_testButton, &QPushButton::clicked, this, &SettingsDialog::sendTestEmail);
    connect(m_authMethod, &QComboBox::activated, this, [this] {
        // Choosing a provider fills in its SMTP server, unless one of its own is set.
        if (const auto provider = shownProvider()) {
            const QString host = OAuthProvider::smtpHost(*provider);
            if (m_host->text().trimmed().compare(host, Qt::CaseInsensitive) != 0) {
                m_loadingPreset = true;
                m_host->setText(host);
                m_port->setValue(OAuthProvider::smtpPort(*provider));
                m_security->setCurrentIndex(m_security->findData(SmtpSettings::securityName(OAuthProvider::smtpSecurity(*provider))));
                m_loadingPreset = false;
                matchPreset();
            }
        }
    });
    connect(m_authMethod, &QComboBox::currentIndexChanged, this, &SettingsDialog::authMethodChanged);
    connect(m_host, &QLineEdit::textChanged, this, &SettingsDialog::updateAppPasswordSteps);
    connect(m_username, &QLineEdit::editingFinished, this, &SettingsDialog::readSignInStatus);
    connect(m_signInMicrosoft, &QPushButton::clicked, this, [this] { startSignIn(OAuthProvider::Id::Microsoft); });
    connect(m_signInGoogle, &QPushButton::clicked, this, [this] { startSignIn(OAuthProvider::Id::Google); });
    m_openBrowser = [](const QUrl& url) { return QDesktopServices::openUrl(url); };

    load();
    PaletteColors::follow(this, [this] { applyColors(); });
    resize(sizeHint().expandedTo(QSize(560, 0)));
}

QWidget* SettingsDialog::createLeadsTab()
{
    auto* tab = new QWidget(this);
    auto* form = new QFormLayout(tab);
    m_assignmentMode = new QComboBox(tab);
    m_assignmentMode->setObjectName(QStringLiteral("assignmentModeCombo"));
    m_assignmentMode->setToolTip(FirmSettings::description(FirmSettings::Key::AssignmentMode));
    for (const AttorneyAssignment::Mode mode : AttorneyAssignment::allModes())
        m_assignmentMode->addItem(AttorneyAssignment::modeDisplay(mode), AttorneyAssignment::modeKey(mode));
    m_fields.insert(FirmSettings::Key::AssignmentMode, m_assignmentMode);
    form->addRow(tr("Who &gets a new lead:"), m_assignmentMode);

    m_defaultAttorney = new QComboBox(tab);
    m_defaultAttorney->setObjectName(QStringLiteral("defaultAttorneyCombo"));
    m_defaultAttorney->setToolTip(FirmSettings::description(FirmSettings::Key::DefaultAttorney));
    m_defaultAttorney->addItem(tr("Nobody"), QString());
    if (const Result<QList<UserAccount>> attorneys = AttorneyAssignment::activeAttorneys(m_mail.database())) {
        for (const UserAccount& account : *attorneys)
            m_defaultAttorney->addItem(account.displayName, AccountRepository::usernameKey(account.username));
    }
    m_fields.insert(FirmSettings::Key::DefaultAttorney, m_defaultAttorney);
    form->addRow(tr("Default attorne&y:"), m_defaultAttorney);
    const auto followMode = [this] {
        m_defaultAttorney->setEnabled(m_assignmentMode->currentData().toString()
                                      == AttorneyAssignment::modeKey(AttorneyAssignment::Mode::DefaultAttorney));
    };
    connect(m_assignmentMode, &QComboBox::currentIndexChanged, this, followMode);
    followMode();

    m_sources = new QLineEdit(tab);
    m_sources->setObjectName(QStringLiteral("sourcesEdit"));
    m_sources->setToolTip(FirmSettings::description(FirmSettings::Key::LeadSources));
    m_sources->setPlaceholderText(tr("Web search; Referral; Radio"));
    m_fields.insert(FirmSettings::Key::LeadSources, m_sources);
    form->addRow(tr("\"&How did you hear about us?\" choices:"), m_sources);
    auto* note = new QLabel(tr("Separate the choices with semicolons. The form always offers "
                               "\"Other\" with a field of its own."),
                            tab);
    note->setWordWrap(true);
    form->addRow(QString(), note);
    return tab;
}

void SettingsDialog::applyColors()
{
    m_error->setStyleSheet(errorStyle(palette()));
    // A hint, quieter than the fields but readable (PlaceholderText is not, on every palette).
    m_keychainNote->setStyleSheet(QStringLiteral("QLabel { color: %1; }").arg(PaletteColors::muted(palette()).name()));
    m_signInHelp->setStyleSheet(m_keychainNote->styleSheet());
    if (const QVariant tone = m_signInStatus->property("tone"); tone.isValid())
        m_signInStatus->setStyleSheet(tone.toBool() ? okStyle(palette()) : errorStyle(palette()));
    if (const QVariant tone = m_testResult->property("tone"); tone.isValid())
        m_testResult->setStyleSheet(tone.toBool() ? okStyle(palette()) : errorStyle(palette()));
    updatePreview();
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::load()
{
    const FirmSettings settings(m_mail.database());
    const auto setText = [&](QLineEdit* line, FirmSettings::Key key) {
        line->setText(settings.isSet(key) ? settings.text(key) : QString());
    };
    setText(m_firmName, FirmSettings::Key::FirmName);
    setText(m_notificationAddress, FirmSettings::Key::NotificationAddress);
    m_attachResume->setChecked(settings.flag(FirmSettings::Key::AttachResume));
    setText(m_senderName, FirmSettings::Key::SenderName);
    setText(m_senderAddress, FirmSettings::Key::SenderAddress);
    setText(m_host, FirmSettings::Key::SmtpHost);
    setText(m_username, FirmSettings::Key::SmtpUsername);
    setText(m_caFile, FirmSettings::Key::SmtpCaFile);
    setText(m_clientId, FirmSettings::Key::OAuthClientId);
    setText(m_tenant, FirmSettings::Key::OAuthTenant);
    setText(m_clientSecret, FirmSettings::Key::OAuthClientSecret);
    m_authMethod->setCurrentIndex(qMax(0, m_authMethod->findData(settings.text(FirmSettings::Key::SmtpAuth))));
    authMethodChanged();
    m_port->setValue(settings.number(FirmSettings::Key::SmtpPort));
    m_assignmentMode->setCurrentIndex(
        qMax(0, m_assignmentMode->findData(settings.text(FirmSettings::Key::AssignmentMode))));
    m_defaultAttorney->setCurrentIndex(
        qMax(0, m_defaultAttorney->findData(settings.text(FirmSettings::Key::DefaultAttorney))));
    m_sources->setText(settings.leadSources().join(QStringLiteral("; ")));
    m_retention->setValue(settings.number(FirmSettings::Key::RetentionMonths));
    const int security = m_security->findData(settings.text(FirmSettings::Key::SmtpSecurity));
    m_security->setCurrentIndex(qMax(0, security));
    m_testAddress->setText(m_notificationAddress->text());
    matchPreset();
    loadTemplates(settings);

    if (!m_host->text().isEmpty() && !m_username->text().isEmpty()) {
        m_storedKey = PasswordStore::keyFor(m_username->text(), m_host->text());
        QPointer<SettingsDialog> self(this);
        m_mail.passwords().read(m_storedKey, [self](const QString& password, const QString&) {
            if (!self)
                return;
            self->m_storedPassword = password;
            if (!password.isEmpty())
                self->m_password->setPlaceholderText(tr("Stored — type to replace"));
            self->updateKeychainNote();
        });
    }
    updateKeychainNote();
    QPointer<SettingsDialog> self(this);
    m_mail.passwords().checkPersistence([self](bool) {
        if (self)
            self->updateKeychainNote();
    });
}

void SettingsDialog::updateKeychainNote()
{
    // Only a keychain that answered keeps the password across restarts.
    m_keychainNote->setText(m_mail.passwords().isPersistent()
                                ? tr("The password is kept in the system keychain.")
                                : tr("No system keychain answered: the password is kept for this session "
                                     "only. After Lead Intake restarts, type it here again."));
}

void SettingsDialog::applyPreset()
{
    const auto preset = static_cast<Preset>(m_preset->currentData().toInt());
    for (const PresetValues& values : kPresets) {
        if (values.preset != preset)
            continue;
        m_loadingPreset = true;
        m_host->setText(QLatin1String(values.host));
        m_port->setValue(values.port);
        m_security->setCurrentIndex(m_security->findData(SmtpSettings::securityName(values.security)));
        m_loadingPreset = false;
    }
    if (preset == Preset::Custom)
        m_host->setFocus(Qt::OtherFocusReason);
}

void SettingsDialog::matchPreset()
{
    if (m_loadingPreset)
        return;
    Preset match = Preset::Custom;
    const QString security = m_security->currentData().toString();
    for (const PresetValues& values : kPresets) {
        if (m_host->text().trimmed().compare(QLatin1String(values.host), Qt::CaseInsensitive) == 0
            && m_port->value() == values.port && security == SmtpSettings::securityName(values.security)) {
            match = values.preset;
            break;
        }
    }
    m_preset->setCurrentIndex(m_preset->findData(int(match)));
}

void SettingsDialog::chooseCaFile()
{
    const QString path = m_dialogs.openFile(this, tr("Choose the CA certificates"),
                                            tr("PEM certificates (*.pem *.crt);;All files (*)"));
    if (!path.isEmpty())
        m_caFile->setText(path);
}

QWidget* SettingsDialog::createBackupTab()
{
    auto* tab = new QWidget(this);
    tab->setObjectName(QStringLiteral("backupTab"));
    auto* form = new QFormLayout(tab);
    auto* daily = new QCheckBox(tr("Back up every da&y, from the first desk open after the time below"), tab);
    daily->setObjectName(QStringLiteral("backupDailyCheck"));
    daily->setToolTip(FirmSettings::description(FirmSettings::Key::BackupDaily));
    m_fields.insert(FirmSettings::Key::BackupDaily, daily);
    form->addRow(daily);
    auto* folder = new QLineEdit(tab);
    folder->setObjectName(QStringLiteral("backupFolderEdit"));
    folder->setPlaceholderText(tr("/media/backup/leads"));
    folder->setToolTip(FirmSettings::description(FirmSettings::Key::BackupFolder));
    m_fields.insert(FirmSettings::Key::BackupFolder, folder);
    form->addRow(tr("Sa&ve them in:"), folder);
    auto* keep = new QSpinBox(tab);
    keep->setObjectName(QStringLiteral("backupKeepSpin"));
    keep->setRange(1, 366);
    keep->setToolTip(FirmSettings::description(FirmSettings::Key::BackupKeep));
    m_fields.insert(FirmSettings::Key::BackupKeep, keep);
    form->addRow(tr("&Copies to keep:"), keep);
    auto* time = new QLineEdit(tab);
    time->setObjectName(QStringLiteral("backupTimeEdit"));
    time->setPlaceholderText(QStringLiteral("12:00"));
    time->setToolTip(FirmSettings::description(FirmSettings::Key::BackupTime));
    m_fields.insert(FirmSettings::Key::BackupTime, time);
    auto* timeLabel = new QLabel(tr("Due after (HH:MM):"), tab);
    timeLabel->setBuddy(time);
    form->addRow(timeLabel, time);
    auto* note = new QLabel(tr("Each backup is a checked copy of the whole database, readable by this account "
                               "only; keep the folder on another disk. File → Back Up Now… and File → Restore "
                               "from Backup… are in the main window."),
                            tab);
    note->setWordWrap(true);
    form->addRow(note);
    const FirmSettings settings(m_mail.database());
    daily->setChecked(settings.flag(FirmSettings::Key::BackupDaily));
    folder->setText(settings.text(FirmSettings::Key::BackupFolder));
    keep->setValue(settings.number(FirmSettings::Key::BackupKeep));
    time->setText(settings.isSet(FirmSettings::Key::BackupTime) ? settings.text(FirmSettings::Key::BackupTime) : QString());
    return tab;
}

QWidget* SettingsDialog::createResponseTab()
{
    auto* tab = new QWidget(this);
    tab->setObjectName(QStringLiteral("responseTab"));
    auto* form = new QFormLayout(tab);
    const FirmSettings settings(m_mail.database());

    m_responseDays = new QSpinBox(tab);
    m_responseDays->setObjectName(QStringLiteral("responseDaysSpin"));
    m_responseDays->setRange(0, FirmSettings::kMaxResponseTargetDays);
    const auto daysSuffix = [this](int days) {
        m_responseDays->setSuffix(days == 1 ? tr(" business day") : tr(" business days"));
    };
    connect(m_responseDays, &QSpinBox::valueChanged, this, daysSuffix);
    daysSuffix(1);
    m_responseDays->setSpecialValueText(tr("No target"));
    m_responseDays->setToolTip(FirmSettings::description(FirmSettings::Key::ResponseTargetDays));
    m_responseDays->setAccessibleName(tr("Answer a new lead within this many business days (0: no target)"));
    m_fields.insert(FirmSettings::Key::ResponseTargetDays, m_responseDays);
    form->addRow(tr("Answer &within:"), m_responseDays);

    // Seven days, Monday first, in the interface's language; checked = not a business day.
    auto* daysOff = new QGroupBox(tr("&Days off (not business days)"), tab);
    daysOff->setObjectName(QStringLiteral("daysOffBox"));
    daysOff->setToolTip(FirmSettings::description(FirmSettings::Key::ResponseWeekend));
    auto* daysRow = new QHBoxLayout(daysOff);
    const QList<Qt::DayOfWeek> weekend = ResponseTarget::parseWeekend(settings.text(FirmSettings::Key::ResponseWeekend))
                                             .value_or(QList<Qt::DayOfWeek> { Qt::Saturday, Qt::Sunday });
    for (int day = Qt::Monday; day <= Qt::Sunday; ++day) {
        auto* check = new QCheckBox(QLocale().dayName(day, QLocale::ShortFormat), daysOff);
        check->setObjectName(QStringLiteral("dayOff%1Check").arg(day));
        check->setAccessibleName(tr("%1 is a day off").arg(QLocale().dayName(day, QLocale::LongFormat)));
        check->setChecked(weekend.contains(static_cast<Qt::DayOfWeek>(day)));
        daysRow->addWidget(check);
        m_daysOff.append(check);
    }
    daysRow->addStretch(1);
    m_fields.insert(FirmSettings::Key::ResponseWeekend, daysOff);
    form->addRow(daysOff);

    // Any IANA zone can be typed; the list offers them all, this computer's first.
    m_timeZone = new QComboBox(tab);
    m_timeZone->setObjectName(QStringLiteral("timeZoneCombo"));
    m_timeZone->setEditable(true);
    m_timeZone->setInsertPolicy(QComboBox::NoInsert);
    m_timeZone->setToolTip(FirmSettings::description(FirmSettings::Key::FirmTimeZone));
    m_timeZone->setAccessibleName(tr("The firm's time zone"));
    m_timeZone->addItem(tr("This computer's (%1)").arg(QString::fromUtf8(QTimeZone::systemTimeZoneId())), QString());
    for (const QByteArray& id : QTimeZone::availableTimeZoneIds())
        m_timeZone->addItem(QString::fromUtf8(id), QString::fromUtf8(id));
    const QString zone = settings.text(FirmSettings::Key::FirmTimeZone).trimmed();
    const int zoneIndex = zone.isEmpty() ? 0 : m_timeZone->findData(zone);
    if (zoneIndex >= 0)
        m_timeZone->setCurrentIndex(zoneIndex);
    else
        m_timeZone->setEditText(zone);
    m_fields.insert(FirmSettings::Key::FirmTimeZone, m_timeZone);
    form->addRow(tr("Firm's time &zone:"), m_timeZone);

    m_digestDaily = new QCheckBox(tr("Email each attorney a &morning digest of their overdue leads"), tab);
    m_digestDaily->setObjectName(QStringLiteral("digestDailyCheck"));
    m_digestDaily->setToolTip(FirmSettings::description(FirmSettings::Key::DigestDaily));
    m_digestDaily->setChecked(settings.flag(FirmSettings::Key::DigestDaily));
    m_fields.insert(FirmSettings::Key::DigestDaily, m_digestDaily);
    form->addRow(m_digestDaily);
    m_digestTime = new QLineEdit(tab);
    m_digestTime->setObjectName(QStringLiteral("digestTimeEdit"));
    m_digestTime->setPlaceholderText(QStringLiteral("08:00"));
    m_digestTime->setToolTip(FirmSettings::description(FirmSettings::Key::DigestTime));
    m_digestTime->setAccessibleName(tr("Send the digest after this time of day (HH:MM, the firm's time zone)"));
    m_digestTime->setText(settings.isSet(FirmSettings::Key::DigestTime) ? settings.text(FirmSettings::Key::DigestTime)
                                                                          : QString());
    m_fields.insert(FirmSettings::Key::DigestTime, m_digestTime);
    form->addRow(tr("Send it &after (HH:MM):"), m_digestTime);
    connect(m_digestDaily, &QCheckBox::toggled, m_digestTime, &QWidget::setEnabled);
    m_digestTime->setEnabled(m_digestDaily->isChecked());

    auto* note = new QLabel(tr("A pending lead is overdue once this many business days have passed since it "
                               "arrived (a lead with a follow-up date: on that day). The digest goes once each "
                               "business day, from the first desk open after the time, to the firm's "
                               "notification address for leads nobody is responsible for."),
                            tab);
    note->setObjectName(QStringLiteral("responseNote"));
    note->setWordWrap(true);
    form->addRow(note);
    m_responseDays->setValue(settings.number(FirmSettings::Key::ResponseTargetDays));
    daysSuffix(m_responseDays->value());
    return tab;
}

QString SettingsDialog::weekendText() const
{
    static const char* const kNames[] = { "mon", "tue", "wed", "thu", "fri", "sat", "sun" };
    QStringList days;
    for (int i = 0; i < m_daysOff.size(); ++i) {
        if (m_daysOff.at(i)->isChecked())
            days.append(QLatin1String(kNames[i]));
    }
    // An empty value would mean the default (sat,sun): "none" says every day is worked.
    return days.isEmpty() ? QStringLiteral("none") : days.join(QLatin1Char(','));
}

QString SettingsDialog::timeZoneText() const
{
    const QString text = m_timeZone->currentText().trimmed();
    if (text.isEmpty() || text == m_timeZone->itemText(0))
        return {};
    return text;
}

QString SettingsDialog::fieldText(FirmSettings::Key key) const
{
    if (key == FirmSettings::Key::ResponseWeekend)
        return weekendText();
    if (key == FirmSettings::Key::FirmTimeZone)
        return timeZoneText();
    QWidget* field = m_fields.value(key);
    if (auto* line = qobject_cast<QLineEdit*>(field))
        return line->text().trimmed();
    if (auto* check = qobject_cast<QCheckBox*>(field))
        return check->isChecked() ? QStringLiteral("true") : QStringLiteral("false");
    if (auto* spin = qobject_cast<QSpinBox*>(field))
        return QString::number(spin->value());
    if (auto* combo = qobject_cast<QComboBox*>(field))
        return combo->currentData().toString();
    return {};
}

void SettingsDialog::showError(const QString& text, QWidget* field)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
    // The refused value's field says why, for a screen reader that lands on it (the
    // message label above cannot have the focus).
    if (m_errorField)
        m_errorField->setAccessibleDescription(QString()); // the tooltip again
    m_errorField = field;
    if (field) {
        // The refused field's tab comes to the front (the value may be on another one).
        for (int i = 0; i < m_tabs->count(); ++i) {
            if (m_tabs->widget(i)->isAncestorOf(field))
                m_tabs->setCurrentIndex(i);
        }
        field->setAccessibleDescription(text);
        field->setFocus(Qt::OtherFocusReason);
    }
}

void SettingsDialog::accept()
{
    // Check everything first, so that a refused value saves nothing.
    if (std::all_of(m_daysOff.cbegin(), m_daysOff.cend(), [](const QCheckBox* day) { return day->isChecked(); })) {
        showError(tr("At least one day must be a business day: uncheck one of the days off."),
                  m_daysOff.constFirst());
        return;
    }
    for (const FirmSettings::Key key : FirmSettings::allKeys()) {
        if (!m_fields.contains(key))
            continue;
        if (const QString why = FirmSettings::checkValue(key, fieldText(key)); !why.isEmpty()) {
            showError(why, m_fields.value(key));
            return;
        }
    }
    for (const TemplateDraft& draft : std::as_const(m_templateDrafts)) {
        if (!draft.touched)
            continue;
        if (const QString why = templateProblem(draft); !why.isEmpty()) {
            // Show the template that is refused, whichever one is selected.
            m_tabs->setCurrentWidget(m_templatesTab);
            m_templateKind->setCurrentIndex(m_templateKind->findData(int(draft.kind)));
            m_templateLanguage->setCurrentIndex(m_templateLanguage->findData(draft.language));
            showError(why, m_templateText);
            return;
        }
    }
    FirmSettings settings(m_mail.database());
    for (const FirmSettings::Key key : FirmSettings::allKeys()) {
        if (!m_fields.contains(key))
            continue;
        const VoidResult saved = settings.setValue(key, fieldText(key));
        if (!saved) {
            showError(saved.error().message, m_fields.value(key));
            return;
        }
    }
    if (!saveTemplates(settings))
        return;
    showError({}, nullptr);

    if (shownProvider()) {
        // The sign-in's refresh token is already in the PasswordStore; no password to keep.
        QDialog::accept();
        return;
    }
    const QString password = m_password->text();
    const QString key = PasswordStore::keyFor(m_username->text().trimmed(), m_host->text().trimmed());
    if (password.isEmpty() && (key == m_storedKey || m_storedPassword.isEmpty())) {
        QDialog::accept();
        return;
    }
    // A new server or user name keeps the password typed before, or the stored one.
    const QString toStore = password.isEmpty() ? m_storedPassword : password;
    m_saveButton->setEnabled(false);
    QPointer<SettingsDialog> self(this);
    m_mail.passwords().write(key, toStore, [self](const QString& error) {
        if (!self)
            return;
        self->m_saveButton->setEnabled(true);
        if (!error.isEmpty()) {
            self->showError(error, self->m_password);
            return;
        }
        self->QDialog::accept();
    });
}

SmtpConfig SettingsDialog::shownConfig() const
{
    SmtpConfig config;
    config.host = m_host->text().trimmed();
    config.port = quint16(m_port->value());
    config.security = SmtpSettings::securityFromName(m_security->currentData().toString())
                          .value_or(SmtpConfig::Security::ImplicitTls);
    config.username = m_username->text().trimmed();
    config.password = m_password->text().isEmpty() ? m_storedPassword : m_password->text();
    config.caFile = m_caFile->text().trimmed();
    if (const auto provider = shownProvider()) {
        config.password.clear();
        config.oauthProvider = OAuthProvider::name(*provider);
    }
    return config;
}

void SettingsDialog::showTestResult(bool ok, const QString& text)
{
    m_testResult->setText(text);
    m_testResult->setProperty("tone", ok);
    m_testResult->setStyleSheet(ok ? okStyle(palette()) : errorStyle(palette()));
    m_testResult->setVisible(!text.isEmpty());
}

void SettingsDialog::finishTest(bool sent, const QString& report)
{
    if (m_testReported)
        return;
    m_testReported = true;
    m_testButton->setEnabled(true);
    showTestResult(sent, report);
    Q_EMIT testFinished(sent, report);
}

void SettingsDialog::sendTestEmail()
{
    if (m_testClient)
        return;
    const SmtpConfig config = shownConfig();
    if (const QString missing = SmtpSettings::missing(config); !missing.isEmpty()) {
        showTestResult(false, missing);
        return;
    }
    const QString to = m_testAddress->text().trimmed();
    if (const QString why = FirmSettings::checkValue(FirmSettings::Key::NotificationAddress, to);
        !why.isEmpty() || to.isEmpty()) {
        showTestResult(false, to.isEmpty() ? tr("Enter the address to send the test email to.") : why);
        m_testAddress->setFocus(Qt::OtherFocusReason);
        return;
    }
    OutgoingMail mail;
    OutboxComposer::Problem problem;
    if (!OutboxComposer(m_mail.database()).composeTest(to, QStringLiteral("en"), config, &mail, &problem)) {
        showTestResult(false, problem.message);
        return;
    }
    m_testReported = false;
    m_testButton->setEnabled(false);
    if (const auto provider = shownProvider()) {
        // The token of this dialog's sign-in, else the desk's own sign-in for this account.
        if (!m_signInAccessToken.isEmpty() && m_signInAccount == config.username
            && QDateTime::currentDateTimeUtc().secsTo(m_signInExpiry) > 60) {
            SmtpConfig withToken = config;
            withToken.oauthToken = m_signInAccessToken;
            sendTest(withToken, mail, to);
            return;
        }
        OAuthTokenSource* source = m_mail.tokenSource();
        if (!source || source->client().provider != *provider || m_mail.dispatcher().config().username != config.username) {
            finishTest(false, tr("Sign in with %1 first.").arg(OAuthProvider::displayName(*provider)));
            return;
        }
        QPointer<SettingsDialog> self(this);
        source->token(false, [self, config, mail, to](const OAuthTokenSource::Token& token) {
            if (!self)
                return;
            if (!token.ok()) {
                self->finishTest(false, token.error);
                return;
            }
            SmtpConfig withToken = config;
            withToken.oauthToken = token.accessToken;
            self->sendTest(withToken, mail, to);
        });
        return;
    }
    sendTest(config, mail, to);
}

void SettingsDialog::sendTest(SmtpConfig config, const OutgoingMail& mail, const QString& to)
{
    showTestResult(true, tr("Sending a test email to %1 through %2…").arg(to, config.host));
    m_testResult->setProperty("tone", QVariant());
    m_testResult->setStyleSheet(QString());
    auto* client = new SmtpClient(config, this);
    m_testClient = client;
    connect(client, &SmtpClient::messageSent, this, [this, to] {
        finishTest(true, tr("The test email was sent to %1. Check that it arrived.").arg(to));
    });
    connect(client, &SmtpClient::messageFailed, this, [this](const QString&, const SmtpFailure& failure) {
        QString report = tr("The test email was not sent (stage: %1).").arg(SmtpFailure::stageName(failure.stage));
        if (!failure.message.isEmpty())
            report += QLatin1Char(' ') + failure.message;
        if (!failure.serverText.isEmpty())
            report += QLatin1Char('\n') + tr("The server said: %1 %2").arg(failure.replyCode).arg(failure.serverText);
        if (!failure.advice.isEmpty())
            report += QLatin1Char('\n') + failure.advice;
        finishTest(false, report);
    });
    connect(client, &SmtpClient::finished, this, [this, client] {
        finishTest(false, tr("The test email was not sent."));
        client->deleteLater();
    });
    client->sendMessages({ mail });
}

std::optional<OAuthProvider::Id> SettingsDialog::shownProvider() const
{
    return OAuthProvider::fromName(m_authMethod->currentData().toString());
}

void SettingsDialog::showRow(QWidget* field, bool on)
{
    // Hiding the widgets themselves: QFormLayout skips a row whose widgets are all hidden.
    field->setVisible(on);
    if (QWidget* label = m_serverForm->labelForField(field))
        label->setVisible(on);
    // The layout item caches the height-for-width it got while hidden (none): ask again.
    field->updateGeometry();
}

void SettingsDialog::authMethodChanged()
{
    const std::optional<OAuthProvider::Id> provider = shownProvider();
    const bool password = !provider;
    const bool microsoft = provider == OAuthProvider::Id::Microsoft;
    showRow(m_password, password);
    showRow(m_keychainNote, password);
    showRow(m_appPasswordSteps, password);
    showRow(m_clientId, !password);
    showRow(m_tenant, microsoft);
    showRow(m_clientSecret, provider == OAuthProvider::Id::Google);
    showRow(m_signInHelp, !password);
    m_signInStatus->setVisible(!password);
    m_signInMicrosoft->setVisible(microsoft);
    m_signInGoogle->setVisible(provider == OAuthProvider::Id::Google);
    if (m_signIn && m_signIn->isRunning()) {
        m_signIn->cancel();
        finishSignIn(false, tr("The sign-in was cancelled."));
    }
    updateAppPasswordSteps();
    readSignInStatus();
}

void SettingsDialog::updateAppPasswordSteps()
{
    const QString host = m_host->text().trimmed().toLower();
    const bool google = host == QLatin1String("smtp.gmail.com") || host == QLatin1String("smtp.googlemail.com");
    // The row stays; its text comes and goes (a word-wrapped label shown again after being
    // hidden before the dialog first appeared got no height from QFormLayout in Qt 6.4).
    m_appPasswordSteps->setText(
        google && !shownProvider()
            ? tr("Gmail with an app password:\n"
                 "1. Turn on 2-Step Verification for the Google account first (Google account \u2192 Security).\n"
                 "2. Then create an app password at myaccount.google.com/apppasswords.\n"
                 "3. Paste its 16 characters in Password above (spaces do not matter).")
            : QString());
}

void SettingsDialog::showSignInStatus(const QString& text, std::optional<bool> ok)
{
    m_signInStatus->setText(text);
    m_signInStatus->setProperty("tone", ok ? QVariant(*ok) : QVariant());
    m_signInStatus->setStyleSheet(ok ? (*ok ? okStyle(palette()) : errorStyle(palette())) : QString());
}

void SettingsDialog::readSignInStatus()
{
    const std::optional<OAuthProvider::Id> provider = shownProvider();
    if (!provider || (m_signIn && m_signIn->isRunning()))
        return;
    const QString user = m_username->text().trimmed();
    const QString name = OAuthProvider::displayName(*provider);
    if (user.isEmpty()) {
        showSignInStatus(tr("Enter the mailbox's address as the user name, then sign in with %1.").arg(name));
        return;
    }
    QPointer<SettingsDialog> self(this);
    m_mail.passwords().read(PasswordStore::oauthKeyFor(OAuthProvider::name(*provider), user),
                            [self, user, name, provider](const QString& refreshToken, const QString&) {
        if (!self || self->shownProvider() != provider || self->m_username->text().trimmed() != user)
            return;
        if (refreshToken.isEmpty())
            self->showSignInStatus(tr("Not signed in: use \u201cSign in with %1\u201d.").arg(name));
        else
            self->showSignInStatus(tr("Signed in to %1 as %2.").arg(name, user));
    });
}

void SettingsDialog::startSignIn(OAuthProvider::Id provider)
{
    if (m_signIn && m_signIn->isRunning()) {
        // The button says "Cancel sign-in" meanwhile.
        m_signIn->cancel();
        finishSignIn(false, tr("The sign-in was cancelled."));
        return;
    }
    const QString name = OAuthProvider::displayName(provider);
    const QString user = m_username->text().trimmed();
    if (user.isEmpty()) {
        showError(tr("Enter the mailbox's address as the user name first: it is the account that signs in."),
                  m_username);
        return;
    }
    if (const QString why = FirmSettings::checkValue(FirmSettings::Key::SmtpUsername, user); !why.isEmpty()) {
        showError(why, m_username);
        return;
    }
    if (m_clientId->text().trimmed().isEmpty()) {
        showError(tr("Enter the client ID of the firm's app registered with %1 first (see the README, "
                     "\u201cSigning in with Microsoft 365 or Google Workspace\u201d).").arg(name),
                  m_clientId);
        return;
    }
    for (QLineEdit* field : { m_tenant, m_clientSecret }) {
        const FirmSettings::Key key = m_fields.key(field);
        if (const QString why = FirmSettings::checkValue(key, field->text()); !why.isEmpty()) {
            showError(why, field);
            return;
        }
    }
    showError({}, nullptr);
    const FirmSettings settings(m_mail.database());
    const QString authorize = settings.text(FirmSettings::Key::OAuthAuthorizeUrl).trimmed();
    const QString token = settings.text(FirmSettings::Key::OAuthTokenUrl).trimmed();
    const OAuthClient client = OAuthClient::forProvider(
        provider, m_clientId->text(), m_tenant->text(),
        provider == OAuthProvider::Id::Google ? m_clientSecret->text() : QString(),
        authorize.isEmpty() ? QUrl() : QUrl(authorize), token.isEmpty() ? QUrl() : QUrl(token));

    if (m_signIn)
        m_signIn->deleteLater();
    m_signIn = new OAuthSignIn(client, m_openBrowser, this);
    m_signIn->setLoginHint(user);
    QPushButton* button = provider == OAuthProvider::Id::Microsoft ? m_signInMicrosoft : m_signInGoogle;
    connect(m_signIn, &OAuthSignIn::failed, this, [this](const QString& message) { finishSignIn(false, message); });
    connect(m_signIn, &OAuthSignIn::succeeded, this,
            [this, provider, user, name](const QString& refreshToken, const QString& accessToken,
                                         const QDateTime& expiresAt) {
        m_signInAccessToken = accessToken;
        m_signInExpiry = expiresAt;
        m_signInAccount = user;
        showSignInStatus(tr("Signed in; saving the sign-in…"));
        QPointer<SettingsDialog> self(this);
        m_mail.passwords().write(PasswordStore::oauthKeyFor(OAuthProvider::name(provider), user), refreshToken,
                                 [self, user, name, accessToken, expiresAt](const QString& error) {
            if (!self)
                return;
            if (!error.isEmpty()) {
                self->finishSignIn(false, tr("Signed in, but the sign-in could not be kept: %1").arg(error));
                return;
            }
            self->m_mail.adoptAccessToken(accessToken, expiresAt);
            self->finishSignIn(true, self->m_mail.passwords().isPersistent()
                                         ? tr("Signed in to %1 as %2. Save to send with this account.").arg(name, user)
                                         : tr("Signed in to %1 as %2 for this session only (no system keychain "
                                              "answered). Save to send with this account.")
                                               .arg(name, user));
        });
    });
    button->setText(tr("Cancel t&he sign-in"));
    m_authMethod->setEnabled(false);
    showSignInStatus(tr("Waiting for the sign-in with %1 in your browser…").arg(name));
    m_signIn->start();
}

void SettingsDialog::finishSignIn(bool signedIn, const QString& report)
{
    m_signInMicrosoft->setText(tr("Sign in wit&h Microsoft"));
    m_signInGoogle->setText(tr("Sign in wit&h Google"));
    m_authMethod->setEnabled(true);
    showSignInStatus(report, signedIn);
    Q_EMIT signInFinished(signedIn, report);
}

QWidget* SettingsDialog::createTemplatesTab()
{
    auto* tab = new QWidget(this);

    m_templateKind = new QComboBox(tab);
    m_templateKind->setObjectName(QStringLiteral("templateKindCombo"));
    m_templateKind->addItem(tr("Prospect confirmation"), int(OutboxKind::ProspectConfirmation));
    m_templateKind->addItem(tr("Attorney notification"), int(OutboxKind::AttorneyNotification));
    m_templateLanguage = new QComboBox(tab);
    m_templateLanguage->setObjectName(QStringLiteral("templateLanguageCombo"));
    m_templateLanguage->addItem(tr("English"), QStringLiteral("en"));
    m_templateLanguage->addItem(tr("Español"), QStringLiteral("es"));
    m_templateReset = new QPushButton(tr("&Reset to default"), tab);
    m_templateReset->setObjectName(QStringLiteral("templateResetButton"));
    m_templateReset->setAutoDefault(false);
    m_templateReset->setToolTip(tr("Go back to the built-in subject, text and HTML of this email "
                                   "(saved with Save)."));

    auto* chooser = new QHBoxLayout;
    auto* kindLabel = new QLabel(tr("E&mail:"), tab);
    kindLabel->setBuddy(m_templateKind);
    chooser->addWidget(kindLabel);
    chooser->addWidget(m_templateKind, 1);
    auto* languageLabel = new QLabel(tr("&Language:"), tab);
    languageLabel->setBuddy(m_templateLanguage);
    chooser->addWidget(languageLabel);
    chooser->addWidget(m_templateLanguage);
    chooser->addWidget(m_templateReset);

    m_templateSubject = new QLineEdit(tab);
    m_templateSubject->setObjectName(QStringLiteral("templateSubjectEdit"));
    m_templateText = new QPlainTextEdit(tab);
    m_templateText->setObjectName(QStringLiteral("templateTextEdit"));
    m_templateText->setTabChangesFocus(true);
    m_templateHtml = new QPlainTextEdit(tab);
    m_templateHtml->setObjectName(QStringLiteral("templateHtmlEdit"));
    m_templateHtml->setTabChangesFocus(true);
    m_templateHtml->setPlaceholderText(tr("Empty: the email is sent as plain text only."));
    m_templateHtml->setToolTip(tr("The HTML version of the email. Leave it empty to send plain text "
                                  "only; when you change the text, change or clear the HTML too so "
                                  "that both say the same."));
    m_placeholders = new QListWidget(tab);
    m_placeholders->setObjectName(QStringLiteral("templatePlaceholderList"));
    m_placeholders->setSelectionMode(QAbstractItemView::NoSelection);
    m_placeholders->setFocusPolicy(Qt::NoFocus);
    m_placeholders->setToolTip(tr("The placeholders this email can use."));
    m_placeholders->setMaximumWidth(180);
    m_placeholders->setAccessibleName(tr("Placeholders"));

    auto* form = new QFormLayout;
    form->addRow(tr("&Subject:"), m_templateSubject);
    form->addRow(tr("Te&xt body:"), m_templateText);
    form->addRow(tr("&HTML body:"), m_templateHtml);

    auto* placeholderColumn = new QVBoxLayout;
    auto* placeholderLabel = new QLabel(tr("Placeholders:"), tab);
    placeholderColumn->addWidget(placeholderLabel);
    placeholderColumn->addWidget(m_placeholders, 1);

    auto* editors = new QHBoxLayout;
    editors->addLayout(form, 1);
    editors->addLayout(placeholderColumn);

    m_templatePreview = new QTextBrowser(tab);
    m_templatePreview->setObjectName(QStringLiteral("templatePreview"));
    m_templatePreview->setOpenLinks(false);
    m_templatePreview->setMinimumHeight(160);
    auto* previewLabel = new QLabel(tr("Preview (sample values):"), tab);
    previewLabel->setBuddy(m_templatePreview);
    m_templatePreview->setAccessibleName(tr("Preview (sample values)"));

    auto* layout = new QVBoxLayout(tab);
    layout->addLayout(chooser);
    layout->addLayout(editors, 3);
    layout->addWidget(previewLabel);
    layout->addWidget(m_templatePreview, 2);

    connect(m_templateKind, &QComboBox::currentIndexChanged, this, &SettingsDialog::showSelectedTemplate);
    connect(m_templateLanguage, &QComboBox::currentIndexChanged, this, &SettingsDialog::showSelectedTemplate);
    connect(m_templateSubject, &QLineEdit::textChanged, this, &SettingsDialog::templateEdited);
    connect(m_templateText, &QPlainTextEdit::textChanged, this, &SettingsDialog::templateEdited);
    connect(m_templateHtml, &QPlainTextEdit::textChanged, this, &SettingsDialog::templateEdited);
    connect(m_templateReset, &QPushButton::clicked, this, &SettingsDialog::resetTemplate);
    connect(m_firmName, &QLineEdit::textChanged, this, &SettingsDialog::updatePreview);
    return tab;
}

void SettingsDialog::loadTemplates(const FirmSettings& settings)
{
    m_templateDrafts.clear();
    for (const OutboxKind kind : { OutboxKind::ProspectConfirmation, OutboxKind::AttorneyNotification }) {
        for (const QString& language : MailTemplates::languages()) {
            TemplateDraft draft;
            draft.kind = kind;
            draft.language = language;
            draft.edited = MailTemplates::effective(kind, language, settings);
            m_templateDrafts.insert(MailTemplates::baseName(kind, language), draft);
        }
    }
    showSelectedTemplate();
}

QString SettingsDialog::currentTemplateName() const
{
    return MailTemplates::baseName(static_cast<OutboxKind>(m_templateKind->currentData().toInt()),
                                   m_templateLanguage->currentData().toString());
}

void SettingsDialog::showSelectedTemplate()
{
    const auto it = m_templateDrafts.constFind(currentTemplateName());
    if (it == m_templateDrafts.constEnd())
        return;
    m_showingTemplate = true;
    m_templateSubject->setText(it->edited.subject);
    m_templateText->setPlainText(it->edited.text);
    m_templateHtml->setPlainText(it->edited.html);
    m_showingTemplate = false;
    m_placeholders->clear();
    for (const QString& name : MailTemplates::placeholdersFor(it->kind))
        m_placeholders->addItem(QStringLiteral("{{%1}}").arg(name));
    updatePreview();
}

void SettingsDialog::templateEdited()
{
    if (m_showingTemplate)
        return;
    const auto it = m_templateDrafts.find(currentTemplateName());
    if (it == m_templateDrafts.end())
        return;
    it->edited.subject = m_templateSubject->text();
    it->edited.text = m_templateText->toPlainText();
    it->edited.html = m_templateHtml->toPlainText();
    it->touched = true;
    updatePreview();
}

void SettingsDialog::resetTemplate()
{
    const auto it = m_templateDrafts.find(currentTemplateName());
    if (it == m_templateDrafts.end())
        return;
    // The built-in parts, all together: Save then clears every override of this email.
    it->edited = MailTemplates::builtIn(it->kind, it->language);
    it->touched = true;
    showSelectedTemplate();
}

QString SettingsDialog::previewFirmName() const
{
    const QString name = m_firmName->text().trimmed();
    return name.isEmpty() ? tr("Example Law Firm") : name;
}

QString SettingsDialog::templateProblem(const TemplateDraft& draft) const
{
    const QString which = tr("%1 (%2)").arg(m_templateKind->itemText(m_templateKind->findData(int(draft.kind))),
                                            m_templateLanguage->itemText(m_templateLanguage->findData(draft.language)));
    if (draft.edited.subject.trimmed().isEmpty() || draft.edited.text.trimmed().isEmpty())
        return tr("The %1 email needs a subject and a text body; use \u201cReset to default\u201d to go back "
                  "to the built-in one.").arg(which);
    MailMessage message;
    QString error;
    if (!OutboxComposer::render(draft.edited, OutboxComposer::sampleValues(draft.kind, previewFirmName(), draft.language),
                                &message, &error))
        return tr("The %1 email cannot be saved: %2").arg(which, error);
    return {};
}

void SettingsDialog::updatePreview()
{
    const auto it = m_templateDrafts.constFind(currentTemplateName());
    if (it == m_templateDrafts.constEnd())
        return;
    MailMessage message;
    QString error;
    if (!OutboxComposer::render(it->edited, OutboxComposer::sampleValues(it->kind, previewFirmName(), it->language),
                                &message, &error)) {
        // Drawn on the preview's Base, not the dialog's Window.
        const QColor red = PaletteColors::accent(PaletteColors::Tone::Error, m_templatePreview->palette().color(QPalette::Base));
        m_templatePreview->setHtml(QStringLiteral("<p style=\"color:%1; font-weight:bold;\">%2</p>")
                                       .arg(red.name(), error.toHtmlEscaped()));
        return;
    }
    QString html = QStringLiteral("<p><b>%1</b> %2</p><hr/><pre style=\"white-space: pre-wrap;\">%3</pre>")
                       .arg(tr("Subject:").toHtmlEscaped(), message.subject.toHtmlEscaped(),
                            message.textBody.toHtmlEscaped());
    if (!message.htmlBody.trimmed().isEmpty())
        html += QStringLiteral("<hr/><p><i>%1</i></p>%2").arg(tr("HTML version:").toHtmlEscaped(), htmlBodyOf(message.htmlBody));
    else
        html += QStringLiteral("<hr/><p><i>%1</i></p>").arg(tr("No HTML version: sent as plain text only.").toHtmlEscaped());
    m_templatePreview->setHtml(html);
}

bool SettingsDialog::saveTemplates(FirmSettings& settings)
{
    for (auto it = m_templateDrafts.begin(); it != m_templateDrafts.end(); ++it) {
        if (!it->touched)
            continue;
        const MailTemplates::Template builtIn = MailTemplates::builtIn(it->kind, it->language);
        const MailTemplates::Template& edited = it->edited;
        // Only what differs from the built-in template becomes an override. MailTemplates
        // drops the built-in HTML when the text is overridden without HTML, so an emptied
        // HTML body (no HTML alternative) is stored as a text override, and a kept HTML
        // body next to a new text is stored too.
        const QString subject = edited.subject.trimmed() == builtIn.subject.trimmed() ? QString() : edited.subject.trimmed();
        const bool textOverride = edited.text != builtIn.text
                                  || (edited.html.trimmed().isEmpty() && !builtIn.html.trimmed().isEmpty());
        const QString text = textOverride ? edited.text : QString();
        const QString html = textOverride || edited.html != builtIn.html ? edited.html : QString();
        const QList<QPair<MailTemplates::Part, QString>> parts = {
            { MailTemplates::Part::Subject, subject },
            { MailTemplates::Part::Text, text },
            { MailTemplates::Part::Html, html },
        };
        for (const auto& [part, value] : parts) {
            const VoidResult saved = settings.setTemplateOverride(
                MailTemplates::partName(it->kind, it->language, part), value);
            if (!saved) {
                m_tabs->setCurrentWidget(m_templatesTab);
                showError(saved.error().message, m_templateText);
                return false;
            }
        }
        it->touched = false;
    }
    return true;
}
