#include "signindialog.h"

#include "accountservice.h"
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

    auto* form = new QFormLayout;
    form->addRow(tr("&User name:"), m_username);
    form->addRow(tr("&Password:"), m_password);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("signInMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("QLabel { color: #8c1d18; }"));
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
    // The password edit's text is the last plaintext copy we can reach.
    m_password->clear();
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
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
    QWidget* target = field ? field : focusWidget();
    for (QWidget* widget : findChildren<QWidget*>()) {
        if (widget->property("describedByMessage").toBool() && widget != target) {
            widget->setAccessibleDescription(QString());
            widget->setProperty("describedByMessage", false);
        }
    }
    if (target && !text.isEmpty()) {
        target->setAccessibleDescription(text);
        target->setProperty("describedByMessage", true);
    }
    if (field)
        field->setFocus();
}

void SignInDialog::attempt()
{
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
    accept();
}
