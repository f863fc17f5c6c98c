#pragma once

#include "oauthprovider.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

// Hands out an OAuth 2.0 access token for XOAUTH2, kept in memory with its expiry, and
// gets a new one from the token endpoint with the refresh token when fewer than five
// minutes remain or when the caller says the last one was refused (a 535 after XOAUTH2).
// The refresh token itself lives in the keychain: the owner passes it in and saves the
// new one when the server rotates it (refreshTokenChanged). Neither token is ever logged.
class OAuthTokenSource final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OAuthTokenSource)

public:
    struct Token
    {
        QString accessToken; // empty on failure
        QString error; // translated, for the desk; empty on success
        bool signInAgain = false; // the refresh token was refused (invalid_grant): only a new sign-in helps

        bool ok() const { return !accessToken.isEmpty(); }
    };
    using Done = std::function<void(const Token& token)>;
    using Clock = std::function<QDateTime()>;

    static constexpr qint64 kRefreshMarginSecs = 5 * 60;

    OAuthTokenSource(const OAuthClient& client, const QString& refreshToken, QObject* parent = nullptr);
    ~OAuthTokenSource() override;

    const OAuthClient& client() const { return m_client; }
    void setClock(Clock clock) { m_clock = std::move(clock); }
    void setRequestTimeout(int ms) { m_timeoutMs = ms; }

    // The access token a sign-in just obtained, so that the first send needs no refresh.
    void setAccessToken(const QString& token, const QDateTime& expiresAt);
    QDateTime expiresAt() const { return m_expiresAt; }
    bool hasRefreshToken() const { return !m_refreshToken.isEmpty(); }
    // True after the token endpoint refused the refresh token.
    bool needsSignIn() const { return m_needsSignIn; }

    // Answers with a usable access token: the one in memory while more than five minutes
    // remain (unless forceRefresh), else a fresh one. Concurrent calls share one request.
    // `done` may run before this returns when no request is needed.
    void token(bool forceRefresh, Done done);

Q_SIGNALS:
    // The server issued a new refresh token: store it in place of the old one.
    void refreshTokenChanged(const QString& refreshToken);
    // A refresh happened (for the tests and the log: no token in it).
    void refreshed(const QDateTime& expiresAt);

private:
    QDateTime now() const;
    void refresh();
    void onReply(QNetworkReply* reply);
    void finish(const Token& token);

    OAuthClient m_client;
    QString m_refreshToken;
    QString m_accessToken;
    QDateTime m_expiresAt;
    bool m_needsSignIn = false;
    Clock m_clock;
    int m_timeoutMs = 30000;
    QNetworkAccessManager* m_network = nullptr;
    QList<Done> m_waiting;
    bool m_requesting = false;
};
