#include "accountdialog.h"

#include "fieldmessage.h"
#include "newpasswordfields.h"

#include "accountservice.h"
#include "palettecolors.h"
#include "passwordhasher.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

AccountDialog::AccountDialog(AccountService& accounts, const Actor& actor, QWidget* parent)
    : QDialog(parent)
    , m_accounts(accounts)
    , m_actor(actor)
{
    setWindowTitle(tr("Add Account"));
    build(Mode::Add);
}

AccountDialog::AccountDialog(AccountService& accounts, const Actor& actor, const UserAccount& user,
                             QWidget* parent)
    : AccountDialog(accounts, actor, user, Purpose::NewPassword, parent)
{
}

AccountDialog::AccountDialog(AccountService& accounts, const Actor& actor, const UserAccount& user,
                             Purpose purpose, QWidget* parent)
    : QDialog(parent)
    , m_accounts(accounts)
    , m_actor(actor)
    , m_accountId(user.id)
{
    if (purpose == Purpose::NewPassword) {
        setWindowTitle(tr("Reset Password"));
        build(Mode::NewPassword);
        findChild<QLabel*>(QStringLiteral("accountDialogIntro"))
            ->setText(tr("A new password for %1 (%2). Tell it to them in person; the old one stops "
                         "working at once, and a lockout is lifted.")
                          .arg(user.displayName, user.username));
        return;
    }
    setWindowTitle(tr("Edit Account"));
    build(Mode::Profile);
    m_displayName->setText(user.displayName);
    m_email->setText(user.email);
    auto* who = findChild<QLabel*>(QStringLiteral("accountDialogIntro"));
    who->setText(tr("The full name and email address of %1 (user name %2, which never changes). The "
                    "name is what the history, the leads and the emails show from now on.")
                     .arg(user.displayName, user.username));
}

AccountDialog::~AccountDialog()
{
    if (m_password)
        m_password->clear();
    if (m_confirm)
        m_confirm->clear();
}

void AccountDialog::build(Mode mode)
{
    m_mode = mode;
    const bool newAccount = mode == Mode::Add;
    setObjectName(newAccount                     ? QStringLiteral("addAccountDialog")
                      : mode == Mode::NewPassword ? QStringLiteral("resetPasswordDialog")
                                                  : QStringLiteral("editAccountDialog"));
    auto* intro = new QLabel(tr("The person signs in with this user name and password. Roles: a "
                                "receptionist uses the intake page only; an attorney sees the "
                                "leads; an administrator also manages accounts and settings."),
                             this);
    intro->setObjectName(QStringLiteral("accountDialogIntro"));
    intro->setWordWrap(true);

    auto* form = new QFormLayout;
    if (mode == Mode::Profile) {
        m_displayName = new QLineEdit(this);
        m_displayName->setObjectName(QStringLiteral("displayNameEdit"));
        m_displayName->setPlaceholderText(tr("As it appears in the history, e.g. Ana Ruiz"));
        m_email = new QLineEdit(this);
        m_email->setObjectName(QStringLiteral("emailEdit"));
        m_email->setPlaceholderText(tr("Optional: where the firm's notifications reach the person"));
        form->addRow(tr("Full &name:"), m_displayName);
        form->addRow(tr("&Email:"), m_email);
    } else if (newAccount) {
        m_displayName = new QLineEdit(this);
        m_displayName->setObjectName(QStringLiteral("displayNameEdit"));
        m_displayName->setPlaceholderText(tr("As it appears in the history, e.g. Ana Ruiz"));
        m_username = new QLineEdit(this);
        m_username->setObjectName(QStringLiteral("usernameEdit"));
        m_email = new QLineEdit(this);
        m_email->setObjectName(QStringLiteral("emailEdit"));
        m_role = new QComboBox(this);
        m_role->setObjectName(QStringLiteral("roleCombo"));
        for (const Role role : RoleText::all())
            m_role->addItem(RoleText::display(role), int(role));
        m_role->setCurrentIndex(m_role->findData(int(Role::Attorney)));
        form->addRow(tr("Full &name:"), m_displayName);
        form->addRow(tr("&User name:"), m_username);
        form->addRow(tr("&Email:"), m_email);
        form->addRow(tr("&Role:"), m_role);
    }
    if (mode != Mode::Profile) {
        const NewPasswordFields fields
            = NewPasswordFields::addTo(form, this, tr("&Password:"), tr("Repea&t password:"));
        m_password = fields.password;
        m_confirm = fields.confirm;
        m_strength = fields.strength;
    }

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("accountDialogMessage"));
    m_message->setWordWrap(true);
    PaletteColors::follow(this, [this] { m_message->setStyleSheet(PaletteColors::textStyleSheet(PaletteColors::Tone::Error, palette())); });
    m_message->hide();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton* ok = buttons->addButton(newAccount                  ? tr("&Add account")
                                             : mode == Mode::Profile ? tr("&Save changes")
                                                                     : tr("&Set password"),
                                         QDialogButtonBox::AcceptRole);
    ok->setObjectName(QStringLiteral("accountDialogOk"));
    ok->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &AccountDialog::finish);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    setMinimumWidth(460);
}

void AccountDialog::showMessage(const QString& text, QWidget* field)
{
    FieldMessage::show(this, m_message, text, field);
}

void AccountDialog::finish()
{
    if (m_mode == Mode::Profile) {
        // The same checks as at creation; which field is wrong gets the focus.
        const QString name = m_displayName->text();
        const QString email = m_email->text();
        if (const QString problem = AccountService::checkProfile(name, QString()); !problem.isEmpty()) {
            showMessage(problem, m_displayName);
            return;
        }
        const VoidResult saved = m_accounts.setProfile(m_accountId, name, email, m_actor);
        if (!saved) {
            showMessage(saved.error().message, saved.error().code == Error::Code::Invalid ? m_email : nullptr);
            return;
        }
        accept();
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
    QByteArray password = typed.toUtf8();
    PasswordHasher::wipe(typed);
    if (m_displayName) {
        AccountService::NewAccount account;
        account.username = m_username->text().trimmed();
        account.displayName = m_displayName->text().trimmed();
        account.email = m_email->text().trimmed();
        account.role = static_cast<Role>(m_role->currentData().toInt());
        const Result<qint64> id = m_accounts.addUser(account, std::move(password), m_actor);
        if (!id) {
            showMessage(id.error().message);
            return;
        }
        m_accountId = id.value();
    } else {
        const VoidResult reset = m_accounts.resetPassword(m_accountId, std::move(password), m_actor);
        if (!reset) {
            showMessage(reset.error().message);
            return;
        }
    }
    m_password->clear();
    m_confirm->clear();
    accept();
}
