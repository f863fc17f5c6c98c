#pragma once

#include "user.h"

#include <QList>
#include <QWidget>

class AccountService;
class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;
class QTableWidget;
class Session;

// The administrators' page: every account with its role and state, and the changes an
// administrator may make (add, edit the name and email, disable or enable, reset password,
// change role). Accounts
// are never deleted: the history keeps the name. Below, the latest sign-ins and changes.
class AccountsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountsPage)

public:
    enum Column { Name, Username, RoleColumn, Email, State, ColumnCount };

    AccountsPage(AccountService& accounts, const Session& session, QWidget* parent = nullptr);
    ~AccountsPage() override;

    void refresh();
    // The account on the selected row, or 0.
    qint64 selectedId() const;
    void selectAccount(qint64 id);

private:
    void addAccount();
    // The selected account's full name and email address (also: a double-click on its row).
    void editAccount();
    void resetPassword();
    // Office mode: a one-time code instead of a password (its holder chooses one at sign-in).
    void issueOneTimeCode();
    void toggleDisabled();
    void changeRole(int comboIndex);
    void updateButtons();
    void showMessage(const QString& text, bool error);
    const UserAccount* selected() const;

    AccountService& m_accounts;
    const Session& m_session;
    QList<UserAccount> m_users;

    QLabel* m_message = nullptr;
    QTableWidget* m_table = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_edit = nullptr;
    QPushButton* m_reset = nullptr;
    QPushButton* m_code = nullptr; // office mode only
    QPushButton* m_disable = nullptr;
    QComboBox* m_role = nullptr;
    QListWidget* m_log = nullptr;
};
