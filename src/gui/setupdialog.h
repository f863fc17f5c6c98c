#pragma once

#include "databasetarget.h"
#include "error.h"
#include "user.h"

#include <QDialog>

#include <functional>
#include <optional>

class AccountService;
class FirmSettings;
class QLabel;
class QLineEdit;

// The first start: the firm's name and notification address, and the first account (an
// administrator, who is also an attorney). There is no default password.
class SetupDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SetupDialog)

public:
    SetupDialog(AccountService& accounts, FirmSettings& settings, const QString& desk,
                QWidget* parent = nullptr);
    ~SetupDialog() override;

    qint64 adminId() const { return m_adminId; }
    // The administrator just created, signed in (recorded like any sign-in): the desk
    // starts as them. nullopt until the dialog is accepted.
    const std::optional<UserAccount>& signedIn() const { return m_signedIn; }

    // Opens a server and says what it found ("Connected to ...: schema N, PostgreSQL V") or
    // why not; given by main.cpp, so that this dialog runs no SQL of its own.
    using ConnectionTest = std::function<Result<QString>(const DatabaseTarget&)>;
    // The very first start of a desk, before any database is opened: "This desk only" (the
    // SQLite file localPath, today's behaviour) or "Our office server" (a postgresql:// URL,
    // with a "Test connection" button). No password is taken: the dialog says to use
    // ~/.pgpass or a service file. nullopt when the user quits.
    static std::optional<DatabaseTarget> chooseDatabase(
        const QString& localPath, const ConnectionTest& test, QWidget* parent = nullptr);

private:
    void finish();
    // Shows the message, and makes it the accessible description of field (else of the
    // widget with the focus), which gets the focus: the message label cannot have it.
    void showMessage(const QString& text, QWidget* field = nullptr);

    AccountService& m_accounts;
    FirmSettings& m_settings;
    QString m_desk;
    qint64 m_adminId = 0;
    std::optional<UserAccount> m_signedIn;

    QLineEdit* m_firmName = nullptr;
    QLineEdit* m_notificationAddress = nullptr;
    QLineEdit* m_displayName = nullptr;
    QLineEdit* m_username = nullptr;
    QLineEdit* m_email = nullptr;
    QLineEdit* m_password = nullptr;
    QLineEdit* m_confirm = nullptr;
    QLabel* m_strength = nullptr;
    QLabel* m_message = nullptr;
};
