#pragma once

#include "user.h"

#include <QDialog>

#include <optional>

class AccountService;
class QLabel;
class QLineEdit;
class QPushButton;

// Asks for a user name and password and signs in through AccountService (throttled and
// logged there). With a minimum role, only such an account is accepted (the kiosk's exit
// needs an administrator). Office mode: an account that signed in with a one-time code
// chooses its own password here before the dialog accepts (cancelling signs it out again).
class SignInDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SignInDialog)

public:
    SignInDialog(AccountService& accounts, const QString& desk, Role minimumRole,
                 QWidget* parent = nullptr);
    ~SignInDialog() override;

    void setPrompt(const QString& text);
    // The account once accepted.
    const std::optional<UserAccount>& user() const { return m_user; }

    void reject() override;

private:
    void attempt();
    void chooseOwnPassword();
    void showMessage(const QString& text);

    AccountService& m_accounts;
    QString m_desk;
    Role m_minimumRole;
    std::optional<UserAccount> m_user;

    QLabel* m_prompt = nullptr;
    QLineEdit* m_username = nullptr;
    QLineEdit* m_password = nullptr;
    QLineEdit* m_newPassword = nullptr;
    QLineEdit* m_repeat = nullptr;
    class QFormLayout* m_form = nullptr;
    QLabel* m_message = nullptr;
    QPushButton* m_signIn = nullptr;

    // Shows the message, and makes it the accessible description of field (else of the
    // widget with the focus), which gets the focus: the message label cannot have it.
    void showMessage(const QString& text, QWidget* field);
};
