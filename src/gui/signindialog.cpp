#include "signindialog.h"

#include "accountservice.h"
#include "fieldmessage.h"
#include "palettecolors.h"
#include "passwordhasher.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

SignInDialog::SignInDialog(AccountService& accounts, const QString& desk, Role minimumRole,
                           QWidget* parent)
    : QDialog(parent)
    , m_accounts(accounts)
    , m_desk(desk)
    , m_minimumRole(minimumRole)
{
    setObjectName(QStringLiteral("signInDialog"));
    setWindowTitle(tr("Sign In"));

    m_prompt = new QLabel(tr("Sign in to see the leads. The intake form stays open without "
                             "signing in."),
                          this);
    m_prompt->setObjectName(QStringLiteral("signInPrompt"));
    m_prompt->setWordWrap(true);

    m_username = new QLineEdit(this);
    m_username->setObjectName(QStringLiteral("usernameEdit"));
    m_username->setMaxLength(64);
    m_username->setInputMethodHints(Qt::ImhNoAutoUppercase | Qt::ImhNoPredictiveText);
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setMaxLength(PasswordHasher::kMaxLength);

    // Office mode's one-time code is replaced here, right after signing in with it.
    m_newPassword = new QLineEdit(this);
    m_newPassword->setObjectName(QStringLiteral("newPasswordEdit"));
    m_newPassword->setEchoMode(QLineEdit::Password);
    m_newPassword->setMaxLength(PasswordHasher::kMaxLength);
    m_repeat = new QLineEdit(this);
    m_repeat->setObjectName(QStringLiteral("repeatPasswordEdit"));
    m_repeat->setEchoMode(QLineEdit::Password);
    m_repeat->setMaxLength(PasswordHasher::kMaxLength);

    auto* form = new QFormLayout;
    m_form = form;
    form->addRow(tr("&User name:"), m_username);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(tr("&New password:"), m_newPassword);
    form->addRow(tr("&Repeat it:"), m_repeat);
    form->setRowVisible(m_newPassword, false);
    form->setRowVisible(m_repeat, false);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("signInMessage"));
    m_message->setWordWrap(true);
    PaletteColors::follow(this, [this] { m_message->setStyleSheet(PaletteColors::textStyleSheet(PaletteColors::Tone::Error, palette())); });
    m_message->hide();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_signIn = buttons->addButton(tr("&Sign in"), QDialogButtonBox::AcceptRole);
    m_signIn->setObjectName(QStringLiteral("signInButton"));
    m_signIn->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &SignInDialog::attempt);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_prompt);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    setMinimumWidth(380);
    m_username->setFocus();
}

SignInDialog::~SignInDialog()
{
    // The password edits' texts are the last plaintext copies we can reach.
    m_password->clear();
    m_newPassword->clear();
    m_repeat->clear();
}

void SignInDialog::reject()
{
    // Cancelled while choosing a password for a one-time code: not signed in after all.
    if (m_user && m_user->mustChangePassword) {
        m_accounts.recordSignOut(*m_user, false);
        m_user.reset();
    }
    QDialog::reject();
}

void SignInDialog::chooseOwnPassword()
{
    QString first = m_newPassword->text();
    QString second = m_repeat->text();
    const bool same = first == second;
    const QString problem = PasswordHasher::checkNewPassword(first);
    PasswordHasher::wipe(second);
    if (!same || !problem.isEmpty()) {
        PasswordHasher::wipe(first);
        m_repeat->clear();
        showMessage(same ? problem : tr("The two passwords differ."));
        (same ? m_newPassword : m_repeat)->setFocus();
        return;
    }
    QByteArray password = first.toUtf8();
    PasswordHasher::wipe(first);
    const VoidResult changed = m_accounts.changeOwnPassword(*m_user, std::move(password));
    m_newPassword->clear();
    m_repeat->clear();
    if (!changed) {
        showMessage(changed.error().message);
        m_newPassword->setFocus();
        return;
    }
    m_user->mustChangePassword = false;
    accept();
}

void SignInDialog::setPrompt(const QString& text)
{
    m_prompt->setText(text);
}

void SignInDialog::showMessage(const QString& text)
{
    showMessage(text, nullptr);
}

void SignInDialog::showMessage(const QString& text, QWidget* field)
{
    FieldMessage::show(this, m_message, text, field);
}

void SignInDialog::attempt()
{
    if (m_user && m_user->mustChangePassword) {
        chooseOwnPassword();
        return;
    }
    if (m_username->text().trimmed().isEmpty()) {
        showMessage(tr("Enter your user name."), m_username);
        return;
    }
    QString typed = m_password->text();
    m_password->clear();
    QByteArray password = typed.toUtf8();
    PasswordHasher::wipe(typed);
    const Result<UserAccount> user = m_accounts.signIn(m_username->text(), std::move(password), m_desk);
    if (!user) {
        showMessage(user.error().message, m_password);
        return;
    }
    if (!user->hasRole(m_minimumRole)) {
        m_accounts.recordSignOut(user.value(), false);
        showMessage(tr("This needs an account with the role %1.").arg(RoleText::display(m_minimumRole)),
                    m_password);
        return;
    }
    m_user = user.value();
    if (m_user->mustChangePassword) {
        // Signed in with a one-time code: the person chooses their own password now.
        m_prompt->setText(tr("You signed in with a one-time code. Choose your own password "
                             "(at least %n characters); the code stops working.",
                             nullptr, PasswordHasher::kMinLength));
        m_form->setRowVisible(m_username, false);
        m_form->setRowVisible(m_password, false);
        m_form->setRowVisible(m_newPassword, true);
        m_form->setRowVisible(m_repeat, true);
        m_signIn->setText(tr("&Save password"));
        showMessage({});
        m_newPassword->setFocus();
        return;
    }
    accept();
}
