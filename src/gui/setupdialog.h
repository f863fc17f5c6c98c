#pragma once

#include <QDialog>

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

private:
    void finish();
    void showMessage(const QString& text);

    AccountService& m_accounts;
    FirmSettings& m_settings;
    QString m_desk;
    qint64 m_adminId = 0;

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
