#include "oauthsignin.h"

#include "smtplogging.h"

#include <QCryptographicHash>
#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QOAuth2AuthorizationCodeFlow>
#include <QOAuthHttpServerReplyHandler>
#include <QRandomGenerator>
#include <QTimer>

namespace {

// RFC 7636 4.1: 43 to 128 characters of [A-Za-z0-9-._~]; 64 random bytes in base64url
// (86 characters) from the system's generator, not QtNetworkAuth's time-seeded one.
QByteArray randomBase64Url(int bytes)
{
    QByteArray random(bytes, Qt::Uninitialized);
    QRandomGenerator::system()->generate(random.begin(), random.end());
    return random.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

} // namespace

OAuthSignIn::OAuthSignIn(const OAuthClient& client, BrowserOpener openBrowser, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_openBrowser(std::move(openBrowser))
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, [this] {
        fail(tr("The sign-in with %1 was not completed in the browser in time. Try again.")
                 .arg(OAuthProvider::displayName(m_client.provider)));
    });
}

OAuthSignIn::~OAuthSignIn() = default;

QUrl OAuthSignIn::redirectUri() const
{
    return m_handler && m_handler->isListening() ? QUrl(m_handler->callback()) : QUrl();
}

void OAuthSignIn::start()
{
    stop();
    m_running = true;
    const QString provider = OAuthProvider::displayName(m_client.provider);
    if (m_client.clientId.isEmpty()) {
        fail(tr("Enter the client id of the firm's app registered with %1 first.").arg(provider));
        return;
    }
    m_network = new QNetworkAccessManager(this);
    // Port 0: a free port chosen by the system, on the loopback interface only.
    m_handler = new QOAuthHttpServerReplyHandler(QHostAddress(QHostAddress::LocalHost), 0, this);
    if (!m_handler->isListening()) {
        fail(tr("Cannot listen on 127.0.0.1 for the answer from %1.").arg(provider));
        return;
    }
    m_handler->setCallbackText(tr("Lead Intake is signed in to %1. You can close this page.").arg(provider));

    m_verifier = randomBase64Url(64);
    m_state = QString::fromLatin1(randomBase64Url(24));
    const QByteArray challenge = QCryptographicHash::hash(m_verifier, QCryptographicHash::Sha256)
                                     .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);

    m_flow = new QOAuth2AuthorizationCodeFlow(m_network, this);
    m_flow->setAuthorizationUrl(m_client.authorizeUrl);
    m_flow->setAccessTokenUrl(m_client.tokenUrl);
    m_flow->setClientIdentifier(m_client.clientId);
    if (!m_client.clientSecret.isEmpty())
        m_flow->setClientIdentifierSharedKey(m_client.clientSecret);
    m_flow->setScope(m_client.scope);
    m_flow->setState(m_state);
    m_flow->setReplyHandler(m_handler);
    const QString hint = m_loginHint;
    const bool google = m_client.provider == OAuthProvider::Id::Google;
    const QByteArray verifier = m_verifier;
    m_flow->setModifyParametersFunction(
        [this, challenge, verifier, hint, google](QAbstractOAuth::Stage stage, QMultiMap<QString, QVariant>* parameters) {
        if (stage == QAbstractOAuth::Stage::RequestingAuthorization) {
            parameters->insert(QStringLiteral("code_challenge"), QString::fromLatin1(challenge));
            parameters->insert(QStringLiteral("code_challenge_method"), QStringLiteral("S256"));
            if (!hint.isEmpty())
                parameters->insert(QStringLiteral("login_hint"), hint);
            if (google) {
                // Google returns a refresh token only with access_type=offline, and again
                // for an account that signed in before only with prompt=consent.
                parameters->insert(QStringLiteral("access_type"), QStringLiteral("offline"));
                parameters->insert(QStringLiteral("prompt"), QStringLiteral("consent"));
            }
        } else if (stage == QAbstractOAuth::Stage::RequestingAccessToken) {
            parameters->insert(QStringLiteral("code_verifier"), QString::fromLatin1(verifier));
            // Qt 6.4 takes the code from the redirect still percent-encoded and encodes it
            // again, so Google's "4/..." codes arrive as "4%2F..." and are refused: send the
            // code as the provider issued it.
            parameters->replace(QStringLiteral("code"), QUrl::toPercentEncoding(m_code));
        }
    });
    // Ours first, so that a mismatched or refused answer is reported before the flow
    // (which would only log it) sees it.
    connect(m_handler, &QAbstractOAuthReplyHandler::callbackReceived, this, &OAuthSignIn::onCallback);
    connect(m_network, &QNetworkAccessManager::finished, this, &OAuthSignIn::onTokenReply);
    connect(m_flow, &QAbstractOAuth::granted, this, &OAuthSignIn::onGranted);
    connect(m_flow, &QAbstractOAuth::authorizeWithBrowser, this, [this, provider](const QUrl& url) {
        if (!m_openBrowser || !m_openBrowser(url))
            fail(tr("Cannot open a web browser for the sign-in with %1.").arg(provider));
    });
    qCInfo(lcSmtp) << "OAuth sign-in with" << provider << "started; redirect" << m_handler->callback();
    m_timer->start(m_timeoutMs);
    m_flow->grant();
}

void OAuthSignIn::onCallback(const QVariantMap& data)
{
    if (!m_running)
        return;
    const QString provider = OAuthProvider::displayName(m_client.provider);
    const QString error = data.value(QStringLiteral("error")).toString();
    if (!error.isEmpty()) {
        const QString description = data.value(QStringLiteral("error_description")).toString();
        fail(error == QLatin1String("access_denied")
                 ? tr("The sign-in with %1 was cancelled or not allowed.").arg(provider)
                 : tr("%1 refused the sign-in: %2").arg(provider, description.isEmpty() ? error : description));
        return;
    }
    if (data.value(QStringLiteral("state")).toString() != m_state) {
        // Not the answer to this request (an old tab, or a forged redirect): never use its code.
        qCWarning(lcSmtp) << "OAuth sign-in: the answer's state does not match the request";
        fail(tr("The answer from the browser does not belong to this sign-in, so it was not used. "
                "Try again."));
        return;
    }
    m_code = QUrl::fromPercentEncoding(data.value(QStringLiteral("code")).toString().toUtf8());
    if (m_code.isEmpty())
        fail(tr("%1 sent no authorisation code.").arg(provider));
}

void OAuthSignIn::onTokenReply(QNetworkReply* reply)
{
    if (!m_running || reply->request().url() != m_client.tokenUrl)
        return;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->error() == QNetworkReply::NoError && status == 200)
        return; // the flow reads the tokens; onGranted() follows
    // peek: the flow's reply handler reads the same reply after us.
    const QJsonObject json = QJsonDocument::fromJson(reply->peek(reply->bytesAvailable())).object();
    const QString error = json.value(QLatin1String("error")).toString();
    const QString description = json.value(QLatin1String("error_description")).toString();
    qCInfo(lcSmtp) << "OAuth sign-in: the token endpoint refused the code:" << status << error;
    const QString provider = OAuthProvider::displayName(m_client.provider);
    if (status == 0)
        fail(tr("Cannot reach %1: %2").arg(m_client.tokenUrl.host(), reply->errorString()));
    else
        fail(tr("%1 did not accept the sign-in (HTTP %2: %3).")
                 .arg(provider)
                 .arg(status)
                 .arg(description.isEmpty() ? (error.isEmpty() ? reply->errorString() : error) : description));
}

void OAuthSignIn::onGranted()
{
    if (!m_running)
        return;
    const QString refreshToken = m_flow->refreshToken();
    const QString accessToken = m_flow->token();
    const QDateTime expiresAt = m_flow->expirationAt().toUTC();
    if (refreshToken.isEmpty()) {
        fail(tr("%1 signed in but gave no refresh token, so the desk could not stay signed in. "
                "Check that the app's permissions include offline access.")
                 .arg(OAuthProvider::displayName(m_client.provider)));
        return;
    }
    qCInfo(lcSmtp) << "OAuth sign-in with" << OAuthProvider::displayName(m_client.provider) << "succeeded";
    stop();
    Q_EMIT succeeded(refreshToken, accessToken, expiresAt);
}

void OAuthSignIn::fail(const QString& message)
{
    const bool wasRunning = m_running;
    stop();
    if (wasRunning)
        Q_EMIT failed(message);
}

void OAuthSignIn::cancel()
{
    stop();
}

void OAuthSignIn::stop()
{
    m_running = false;
    m_timer->stop();
    m_verifier.fill('\0');
    m_verifier.clear();
    m_code.clear();
    // deleteLater: stop() may run inside one of their signals.
    if (m_flow) {
        m_flow->disconnect(this);
        m_flow->deleteLater();
        m_flow = nullptr;
    }
    if (m_handler) {
        m_handler->disconnect(this);
        m_handler->close();
        m_handler->deleteLater();
        m_handler = nullptr;
    }
    if (m_network) {
        m_network->disconnect(this);
        m_network->deleteLater();
        m_network = nullptr;
    }
}
