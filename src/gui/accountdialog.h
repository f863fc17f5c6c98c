#pragma once

#include "user.h"

#include <QDialog>

class AccountService;
class QComboBox;
class QLabel;
class QLineEdit;

// Adds an account, sets a new password for one (an administrator's reset), or edits one's
// full name and email address. Does the change itself on OK, so that a refusal (name taken,
// password too short, an address that is no address) shows here.
class AccountDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountDialog)

public:
    // A new account.
    AccountDialog(AccountService& accounts, const Actor& actor, QWidget* parent = nullptr);
    // A new password for `user`.
    AccountDialog(AccountService& accounts, const Actor& actor, const UserAccount& user,
                  QWidget* parent = nullptr);
    // The full name and email address of `user` (Purpose::Profile).
    enum class Purpose { NewPassword, Profile };
    AccountDialog(AccountService& accounts, const Actor& actor, const UserAccount& user, Purpose purpose,
                  QWidget* parent = nullptr);
    ~AccountDialog() override;

    qint64 accountId() const { return m_accountId; }

private:
    enum class Mode { Add, NewPassword, Profile };
    void build(Mode mode);
    void finish();
    // Shows the message, and makes it the accessible description of field (else of the
    // widget with the focus), which gets the focus: the message label cannot have it.
    void showMessage(const QString& text, QWidget* field = nullptr);

    AccountService& m_accounts;
    Actor m_actor;
    qint64 m_accountId = 0;
    Mode m_mode = Mode::Add;

    QLineEdit* m_displayName = nullptr;
    QLineEdit* m_username = nullptr;
    QLineEdit* m_email = nullptr;
    QComboBox* m_role = nullptr;
    QLineEdit* m_password = nullptr;
    QLineEdit* m_confirm = nullptr;
    QLabel* m_strength = nullptr;
    QLabel* m_message = nullptr;
};
