#pragma once

#include "oauthprovider.h"
#include "smtpconfig.h"

#include <QDateTime>
#include <QObject>
#include <QSqlDatabase>

class FirmSettings;
class OAuthTokenSource;
class OutboxDispatcher;
class PasswordStore;

// Connects the desk to its outbox dispatcher: builds the SMTP configuration from the firm
// settings plus the password from the PasswordStore, hands it to the dispatcher and
// starts it. With an OAuth sign-in (smtp.auth microsoft/google) it gives the dispatcher an
// OAuthTokenSource holding the refresh token from the PasswordStore instead, and stores
// the new refresh token when the provider rotates it. The dispatcher runs on its own database connection; `db` is the window's.
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

    // The OAuth client the firm settings describe for provider (client id, tenant,
    // endpoints or their overrides).
    static OAuthClient oauthClient(const FirmSettings& settings, OAuthProvider::Id provider);
    // A sign-in just gave this access token: use it for the next sends instead of renewing.
    void adoptAccessToken(const QString& accessToken, const QDateTime& expiresAtUtc);
    OAuthTokenSource* tokenSource() const { return m_tokenSource; }

Q_SIGNALS:
    void configChanged();

private:
    void setTokenSource(OAuthTokenSource* source);

    bool m_startWhenLoaded = false;
    OAuthTokenSource* m_tokenSource = nullptr;
    QString m_adoptedToken;
    QDateTime m_adoptedExpiry;
    OutboxDispatcher& m_dispatcher;
    QSqlDatabase m_db;
    PasswordStore& m_passwords;
};
