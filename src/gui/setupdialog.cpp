#include "setupdialog.h"

#include "newpasswordfields.h"

#include "accountrepository.h"
#include "accountservice.h"
#include "firmsettings.h"
#include "passwordhasher.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
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
    firmForm->addRow(tr("Firm &name:"), m_firmName);
    firmForm->addRow(tr("&Notify new leads to:"), m_notificationAddress);

    auto* admin = new QGroupBox(tr("The first account (administrator)"), this);
    auto* adminForm = new QFormLayout(admin);
    m_displayName = lineEdit(QStringLiteral("displayNameEdit"), admin);
    m_displayName->setPlaceholderText(tr("As it appears in the history, e.g. Ana Ruiz"));
    m_username = lineEdit(QStringLiteral("usernameEdit"), admin);
    m_email = lineEdit(QStringLiteral("emailEdit"), admin);
    adminForm->addRow(tr("Full &name:"), m_displayName);
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
    m_message->setStyleSheet(QStringLiteral("QLabel { color: #8c1d18; }"));
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

void SetupDialog::showMessage(const QString& text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
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
                        : problem);
        m_firmName->setFocus();
        return;
    }
    const QString address = m_notificationAddress->text().trimmed();
    if (const QString problem = FirmSettings::checkValue(FirmSettings::Key::NotificationAddress, address);
        !problem.isEmpty() || address.isEmpty()) {
        showMessage(address.isEmpty() ? tr("Enter the address that is told about new leads.") : problem);
        m_notificationAddress->setFocus();
        return;
    }
    if (m_displayName->text().trimmed().isEmpty()) {
        showMessage(tr("Enter your full name as it should appear in the history."));
        m_displayName->setFocus();
        return;
    }
    if (const QString problem = AccountRepository::checkUsername(m_username->text()); !problem.isEmpty()) {
        showMessage(problem);
        m_username->setFocus();
        return;
    }
    if (const QString problem = PasswordHasher::checkNewPassword(m_password->text()); !problem.isEmpty()) {
        showMessage(problem);
        m_password->setFocus();
        return;
    }
    if (m_password->text() != m_confirm->text()) {
        showMessage(tr("The two passwords differ; type the same one twice."));
        m_confirm->clear();
        m_confirm->setFocus();
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
    const Result<qint64> id = m_accounts.createFirstAdmin(account, std::move(password),
                                                          Actor { std::nullopt, m_desk });
    if (!id) {
        showMessage(id.error().message);
        return;
    }
    m_adminId = id.value();
    for (const auto& [key, value] : { std::pair { FirmSettings::Key::FirmName, firmName },
                                      std::pair { FirmSettings::Key::NotificationAddress, address } }) {
        if (const VoidResult stored = m_settings.setValue(key, value); !stored) {
            showMessage(stored.error().message);
            return;
        }
    }
    accept();
}
