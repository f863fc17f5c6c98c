#include "setupdialog.h"

#include "fieldmessage.h"
#include "newpasswordfields.h"

#include "accountrepository.h"
#include "accountservice.h"
#include "firmsettings.h"
#include "palettecolors.h"
#include "passwordhasher.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QHBoxLayout>
#include <QVBoxLayout>

namespace {

QLineEdit* lineEdit(const QString& objectName, QWidget* parent)
{
    auto* edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    return edit;
}

} // namespace

SetupDialog::SetupDialog(AccountService& accounts, FirmSettings& settings, const QString& desk,
                         QWidget* parent)
    : QDialog(parent)
    , m_accounts(accounts)
    , m_settings(settings)
    , m_desk(desk)
{
    setObjectName(QStringLiteral("setupDialog"));
    setWindowTitle(tr("Set Up Lead Intake"));

    auto* intro = new QLabel(tr("Welcome. Before the first lead, tell Lead Intake about the firm "
                                "and create the first account: an administrator, who is also an "
                                "attorney and can add the others."),
                             this);
    intro->setWordWrap(true);

    auto* firm = new QGroupBox(tr("The firm"), this);
    auto* firmForm = new QFormLayout(firm);
    m_firmName = lineEdit(QStringLiteral("firmNameEdit"), firm);
    m_notificationAddress = lineEdit(QStringLiteral("notificationAddressEdit"), firm);
    m_firmName->setPlaceholderText(tr("Required: it signs every email to prospects"));
    m_notificationAddress->setPlaceholderText(tr("intake@firm.example"));
    firmForm->addRow(tr("&Firm name:"), m_firmName);
    firmForm->addRow(tr("&Notify new leads to:"), m_notificationAddress);

    auto* admin = new QGroupBox(tr("The first account (administrator)"), this);
    auto* adminForm = new QFormLayout(admin);
    m_displayName = lineEdit(QStringLiteral("displayNameEdit"), admin);
    m_displayName->setPlaceholderText(tr("As it appears in the history, e.g. Ana Ruiz"));
    m_username = lineEdit(QStringLiteral("usernameEdit"), admin);
    m_email = lineEdit(QStringLiteral("emailEdit"), admin);
    adminForm->addRow(tr("Full na&me:"), m_displayName);
    adminForm->addRow(tr("&User name:"), m_username);
    adminForm->addRow(tr("&Email:"), m_email);
    const NewPasswordFields fields
        = NewPasswordFields::addTo(adminForm, admin, tr("&Password:"), tr("&Repeat password:"));
    m_password = fields.password;
    m_confirm = fields.confirm;
    m_strength = fields.strength;

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("setupMessage"));
    m_message->setWordWrap(true);
    PaletteColors::follow(this, [this] { m_message->setStyleSheet(PaletteColors::textStyleSheet(PaletteColors::Tone::Error, palette())); });
    m_message->hide();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton* create = buttons->addButton(tr("&Create account and start"), QDialogButtonBox::AcceptRole);
    create->setObjectName(QStringLiteral("finishSetupButton"));
    create->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &SetupDialog::finish);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(firm);
    layout->addWidget(admin);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    setMinimumWidth(520);
}

SetupDialog::~SetupDialog()
{
    m_password->clear();
    m_confirm->clear();
}

void SetupDialog::showMessage(const QString& text, QWidget* field)
{
    FieldMessage::show(this, m_message, text, field);
}

void SetupDialog::finish()
{
    // Everything is checked before the account is created: once it exists, setup is over
    // and a firm name refused afterwards would never be stored (no email could go out).
    const QString firmName = m_firmName->text().trimmed();
    if (const QString problem = FirmSettings::checkValue(FirmSettings::Key::FirmName, firmName);
        !problem.isEmpty() || firmName.isEmpty()) {
        showMessage(firmName.isEmpty()
                        ? tr("Enter the firm's name: it appears in every email to prospects, and "
                             "no email is sent without it.")
                        : problem, m_firmName);
        return;
    }
    const QString address = m_notificationAddress->text().trimmed();
    if (const QString problem = FirmSettings::checkValue(FirmSettings::Key::NotificationAddress, address);
        !problem.isEmpty() || address.isEmpty()) {
        showMessage(address.isEmpty() ? tr("Enter the address that is told about new leads.") : problem, m_notificationAddress);
        return;
    }
    if (m_displayName->text().trimmed().isEmpty()) {
        showMessage(tr("Enter your full name as it should appear in the history."), m_displayName);
        return;
    }
    if (const QString problem = AccountRepository::checkUsername(m_username->text()); !problem.isEmpty()) {
        showMessage(problem, m_username);
        return;
    }
    if (const QString problem = PasswordHasher::checkNewPassword(m_password->text()); !problem.isEmpty()) {
        showMessage(problem, m_password);
        return;
    }
    if (m_password->text() != m_confirm->text()) {
        m_confirm->clear();
        showMessage(tr("The two passwords differ; type the same one twice."), m_confirm);
        return;
    }

    QString typed = m_password->text();
    m_password->clear();
    m_confirm->clear();
    QByteArray password = typed.toUtf8();
    PasswordHasher::wipe(typed);
    AccountService::NewAccount account;
    account.username = m_username->text().trimmed();
    account.displayName = m_displayName->text().trimmed();
    account.email = m_email->text().trimmed();
    account.role = Role::Admin;
    QByteArray forSignIn = password; // the desk starts signed in as this administrator
    const Result<qint64> id = m_accounts.createFirstAdmin(account, std::move(password),
                                                          Actor { std::nullopt, m_desk });
    if (!id) {
        PasswordHasher::wipe(forSignIn);
        showMessage(id.error().message);
        return;
    }
    m_adminId = id.value();
    for (const auto& [key, value] : { std::pair { FirmSettings::Key::FirmName, firmName },
                                      std::pair { FirmSettings::Key::NotificationAddress, address } }) {
        if (const VoidResult stored = m_settings.setValue(key, value); !stored) {
            PasswordHasher::wipe(forSignIn);
            showMessage(stored.error().message);
            return;
        }
    }
    // A failure here only means signing in by hand (Ctrl+L): the account and firm are saved.
    if (Result<UserAccount> user = m_accounts.signIn(account.username, std::move(forSignIn), m_desk))
        m_signedIn = user.value();
    accept();
}

std::optional<DatabaseTarget> SetupDialog::chooseDatabase(
    const QString& localPath, const ConnectionTest& test, QWidget* parent)
{
    QDialog dialog(parent);
    dialog.setObjectName(QStringLiteral("databaseChoiceDialog"));
    dialog.setWindowTitle(tr("Where Lead Intake Keeps the Leads"));

    auto* intro = new QLabel(tr("Welcome. First choose where this desk keeps the leads. You can "
                                "change it later only with --database, so ask IT if unsure."),
                             &dialog);
    intro->setWordWrap(true);

    auto* local = new QRadioButton(tr("&This desk only"), &dialog);
    local->setObjectName(QStringLiteral("thisDeskOnlyRadio"));
    local->setAccessibleDescription(tr("The leads stay in a file on this computer"));
    auto* localNote = new QLabel(tr("The leads stay in a file on this computer, readable only by "
                                    "your account:\n%1").arg(localPath),
                                 &dialog);
    localNote->setWordWrap(true);
    localNote->setIndent(24);

    auto* server = new QRadioButton(tr("&Our office server"), &dialog);
    server->setObjectName(QStringLiteral("officeServerRadio"));
    server->setAccessibleDescription(tr("Every desk of the firm shares one PostgreSQL server"));
    auto* serverNote = new QLabel(tr("Every desk of the firm shares one PostgreSQL server that IT "
                                     "has set up with \"leadintake server-init\"."),
                                  &dialog);
    serverNote->setWordWrap(true);
    serverNote->setIndent(24);
    auto* url = new QLineEdit(&dialog);
    url->setObjectName(QStringLiteral("serverUrlEdit"));
    url->setPlaceholderText(QStringLiteral("postgresql://leads.firm.lan/leadintake?sslmode=verify-full"));
    url->setAccessibleDescription(tr("A postgresql:// address without a password"));
    auto* passwordNote = new QLabel(tr("Do not put a password in the address: Lead Intake never "
                                       "stores one. Keep it in ~/.pgpass (mode 0600) or in a "
                                       "pg_service.conf entry (service=NAME in the address)."),
                                    &dialog);
    passwordNote->setWordWrap(true);
    auto* testButton = new QPushButton(tr("Test &connection"), &dialog);
    testButton->setObjectName(QStringLiteral("testConnectionButton"));
    auto* result = new QLabel(&dialog);
    result->setObjectName(QStringLiteral("connectionResultLabel"));
    result->setWordWrap(true);
    result->setTextInteractionFlags(Qt::TextSelectableByMouse);

    // A box layout, not a form: a form row clips a word-wrapped label's second and third
    // lines (libpq's reasons are long).
    auto* serverBox = new QWidget(&dialog);
    auto* serverLayout = new QVBoxLayout(serverBox);
    serverLayout->setContentsMargins(24, 0, 0, 0);
    auto* addressRow = new QHBoxLayout;
    auto* addressLabel = new QLabel(tr("Server &address:"), serverBox);
    addressLabel->setBuddy(url);
    addressRow->addWidget(addressLabel);
    addressRow->addWidget(url, 1);
    serverLayout->addLayout(addressRow);
    serverLayout->addWidget(passwordNote);
    auto* testRow = new QHBoxLayout;
    testRow->addWidget(testButton);
    testRow->addStretch();
    serverLayout->addLayout(testRow);
    serverLayout->addWidget(result);

    auto* choice = new QButtonGroup(&dialog);
    choice->addButton(local);
    choice->addButton(server);
    local->setChecked(true);
    serverBox->setEnabled(false);
    QObject::connect(server, &QRadioButton::toggled, serverBox, &QWidget::setEnabled);

    // The address as typed, refused with a reason when it holds a password or is no URL.
    const auto serverTarget = [url, result]() -> std::optional<DatabaseTarget> {
        const QString text = url->text().trimmed();
        const Result<DatabaseTarget> target = DatabaseTarget::parse(text);
        QString problem;
        if (text.isEmpty())
            problem = tr("Enter the server's address, e.g. postgresql://leads.firm.lan/leadintake.");
        else if (!DatabaseTarget::looksLikeServer(text))
            problem = tr("The address starts with postgresql://.");
        else if (!target)
            problem = target.error().message;
        else if (target->hasPassword())
            problem = tr("Remove the password from the address; keep it in ~/.pgpass or a "
                         "service file instead.");
        if (!problem.isEmpty()) {
            result->setStyleSheet(PaletteColors::textStyleSheet(PaletteColors::Tone::Error, result->window()->palette()));
            result->setText(problem);
            return std::nullopt;
        }
        return *target;
    };
    const auto runTest = [&]() -> bool {
        const std::optional<DatabaseTarget> target = serverTarget();
        if (!target)
            return false;
        result->setStyleSheet(QString());
        result->setText(tr("Connecting to %1…").arg(target->displayText()));
        result->repaint();
        const Result<QString> outcome = test(*target);
        result->setStyleSheet(outcome ? QString()
                                      : PaletteColors::textStyleSheet(PaletteColors::Tone::Error, dialog.palette()));
        result->setText(outcome ? outcome.value() : outcome.error().message);
        // A long reason (libpq's, two lines) must show whole: grow with it.
        dialog.adjustSize();
        return bool(outcome);
    };
    QObject::connect(testButton, &QPushButton::clicked, &dialog, [&runTest] { runTest(); });

    auto* buttons = new QDialogButtonBox(&dialog);
    QPushButton* quit = buttons->addButton(tr("&Quit"), QDialogButtonBox::RejectRole);
    quit->setObjectName(QStringLiteral("quitSetupButton"));
    QPushButton* next = buttons->addButton(tr("Co&ntinue"), QDialogButtonBox::AcceptRole);
    next->setObjectName(QStringLiteral("continueSetupButton"));
    next->setDefault(true);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    // The server must answer before the choice is kept: a typo is found now, not at every start.
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, [&] {
        if (local->isChecked() || runTest())
            dialog.accept();
    });

    auto* layout = new QVBoxLayout(&dialog);
    layout->addWidget(intro);
    layout->addWidget(local);
    layout->addWidget(localNote);
    layout->addWidget(server);
    layout->addWidget(serverNote);
    layout->addWidget(serverBox);
    layout->addStretch();
    layout->addWidget(buttons);
    dialog.setMinimumWidth(560);

    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    if (local->isChecked())
        return DatabaseTarget::sqliteFile(localPath);
    return serverTarget();
}
