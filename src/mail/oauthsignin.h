#pragma once

#include "oauthprovider.h"

#include <QDateTime>
#include <QObject>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;
class QOAuth2AuthorizationCodeFlow;
class QOAuthHttpServerReplyHandler;
class QTimer;

// One "Sign in with Microsoft / Google": the OAuth 2.0 authorisation code flow with PKCE
// (S256) and a loopback redirect (http://127.0.0.1:<free port>/), through QtNetworkAuth.
// Qt 6.4's QOAuth2AuthorizationCodeFlow has no PKCE of its own, and it reports a refused
// code or a state mismatch only to its log: this class adds the PKCE parameters, checks the
// answer itself and says what went wrong. The browser is opened by the given function
// (QDesktopServices::openUrl in the app; a test plays the browser).
class OAuthSignIn final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OAuthSignIn)

public:
    using BrowserOpener = std::function<bool(const QUrl& url)>;

    OAuthSignIn(const OAuthClient& client, BrowserOpener openBrowser, QObject* parent = nullptr);
    ~OAuthSignIn() override;

    // The mailbox being signed in, passed to the provider as login_hint.
    void setLoginHint(const QString& user) { m_loginHint = user; }
    // How long to wait for the person in the browser (default five minutes).
    void setTimeout(int ms) { m_timeoutMs = ms; }

    // Listens on the loopback port and opens the browser. Ends in succeeded() or failed().
    void start();
    void cancel();
    bool isRunning() const { return m_running; }
    // http://127.0.0.1:<port>/ while running.
    QUrl redirectUri() const;

Q_SIGNALS:
    // Never logged: the caller puts the refresh token in the keychain.
    void succeeded(const QString& refreshToken, const QString& accessToken, const QDateTime& expiresAtUtc);
    void failed(const QString& message);

private:
    void onCallback(const QVariantMap& data);
    void onTokenReply(QNetworkReply* reply);
    void onGranted();
    void fail(const QString& message);
    void stop();

    OAuthClient m_client;
    BrowserOpener m_openBrowser;
    QString m_loginHint;
    int m_timeoutMs = 5 * 60 * 1000;
    QByteArray m_verifier;
    QString m_state;
    QString m_code; // the authorisation code as issued (decoded), for the token request
    bool m_running = false;
    QNetworkAccessManager* m_network = nullptr;
    QOAuthHttpServerReplyHandler* m_handler = nullptr;
    QOAuth2AuthorizationCodeFlow* m_flow = nullptr;
    QTimer* m_timer = nullptr;
};
