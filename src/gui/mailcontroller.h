#pragma once

#include "smtpconfig.h"

#include <QObject>
#include <QSqlDatabase>

class OutboxDispatcher;
class PasswordStore;

// Connects the desk to its outbox dispatcher: builds the SMTP configuration from the firm
// settings plus the password from the PasswordStore, hands it to the dispatcher and
// starts it. The dispatcher runs on its own database connection; `db` is the window's.
class MailController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MailController)

public:
    MailController(OutboxDispatcher& dispatcher, QSqlDatabase db, PasswordStore& passwords,
                   QObject* parent = nullptr);
    ~MailController() override;

    OutboxDispatcher& dispatcher() const { return m_dispatcher; }
    PasswordStore& passwords() const { return m_passwords; }
    QSqlDatabase database() const { return m_db; }

    // Reads the settings and the password, then starts the dispatcher.
    void start();
    // The settings changed: read them again (and the password) and wake the dispatcher.
    void reloadConfig();
    // Empty when email can be tried; else what is missing (no password is ever shown).
    QString configProblem() const;

Q_SIGNALS:
    void configChanged();

private:
    bool m_startWhenLoaded = false;
    OutboxDispatcher& m_dispatcher;
    QSqlDatabase m_db;
    PasswordStore& m_passwords;
};
