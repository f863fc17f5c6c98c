#include "oauthtokensource.h"

#include "smtplogging.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

OAuthTokenSource::OAuthTokenSource(const OAuthClient& client, const QString& refreshToken, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_refreshToken(refreshToken)
    , m_network(new QNetworkAccessManager(this))
{
}

OAuthTokenSource::~OAuthTokenSource()
{
    // Replaced (settings saved) while a renewal was under way: whoever waits must still get
    // an answer, or a dispatcher would wait for ever with its emails claimed.
    if (!m_waiting.isEmpty())
        finish(Token { {}, tr("The sign-in settings changed; the emails will be tried again."), false });
}

QDateTime OAuthTokenSource::now() const
{
    return m_clock ? m_clock() : QDateTime::currentDateTimeUtc();
}

void OAuthTokenSource::setAccessToken(const QString& token, const QDateTime& expiresAt)
{
    m_accessToken = token;
    m_expiresAt = expiresAt;
}

void OAuthTokenSource::token(bool forceRefresh, Done done)
{
    const bool fresh = !m_accessToken.isEmpty()
                       && (!m_expiresAt.isValid() || now().secsTo(m_expiresAt) > kRefreshMarginSecs);
    if (fresh && !forceRefresh && !m_requesting) {
        done(Token { m_accessToken, {}, false });
        return;
    }
    m_waiting.append(std::move(done));
    if (!m_requesting)
        refresh();
}

void OAuthTokenSource::refresh()
{
    if (m_refreshToken.isEmpty()) {
        m_needsSignIn = true;
        finish(Token { {}, OAuthProvider::signInAgainMessage(m_client.provider), true });
        return;
    }
    m_requesting = true;
    // application/x-www-form-urlencoded, every value percent-encoded (a token may hold '+',
    // '/' or '=', which QUrlQuery would leave as they are).
    QList<std::pair<QByteArray, QString>> fields {
        { "grant_type", QStringLiteral("refresh_token") },
        { "refresh_token", m_refreshToken },
        { "client_id", m_client.clientId },
    };
    if (!m_client.clientSecret.isEmpty())
        fields.append({ "client_secret", m_client.clientSecret });
    fields.append({ "scope", m_client.scope });
    QByteArray body;
    for (const auto& [name, value] : fields) {
        if (!body.isEmpty())
            body += '&';
        body += name + '=' + QUrl::toPercentEncoding(value);
    }

    QNetworkRequest request(m_client.tokenUrl);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/x-www-form-urlencoded"));
    request.setTransferTimeout(m_timeoutMs);
    QNetworkReply* reply = m_network->post(request, body);
    connect(reply, &QNetworkReply::finished, this, [this, reply] { onReply(reply); });
}

void OAuthTokenSource::onReply(QNetworkReply* reply)
{
    reply->deleteLater();
    m_requesting = false;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QJsonObject json = QJsonDocument::fromJson(reply->readAll()).object();
    const QString host = m_client.tokenUrl.host();
    const QString provider = OAuthProvider::displayName(m_client.provider);

    if (status == 0) {
        qCInfo(lcSmtp) << "token refresh: no answer from" << host << reply->errorString();
        finish(Token { {}, tr("Cannot reach %1 to renew the %2 sign-in: %3").arg(host, provider, reply->errorString()), false });
        return;
    }
    const QString error = json.value(QLatin1String("error")).toString();
    const QString accessToken = json.value(QLatin1String("access_token")).toString();
    if (status != 200 || !error.isEmpty() || accessToken.isEmpty()) {
        // RFC 6749 5.2: invalid_grant = the refresh token is invalid, expired or revoked.
        qCInfo(lcSmtp) << "token refresh refused:" << status << error;
        if (error == QLatin1String("invalid_grant")) {
            m_needsSignIn = true;
            m_accessToken.clear();
            finish(Token { {}, OAuthProvider::signInAgainMessage(m_client.provider), true });
            return;
        }
        const QString description = json.value(QLatin1String("error_description")).toString();
        finish(Token { {},
                       tr("%1 did not renew the sign-in (HTTP %2%3).")
                           .arg(host)
                           .arg(status)
                           .arg(error.isEmpty() ? QString()
                                                : QStringLiteral(": ") + error
                                                      + (description.isEmpty() ? QString() : QStringLiteral(", ") + description)),
                       false });
        return;
    }
    m_accessToken = accessToken;
    const qint64 expiresIn = json.value(QLatin1String("expires_in")).toVariant().toLongLong();
    m_expiresAt = expiresIn > 0 ? now().addSecs(expiresIn) : QDateTime();
    m_needsSignIn = false;
    qCInfo(lcSmtp) << "token refreshed; valid until" << m_expiresAt.toString(Qt::ISODate);
    Q_EMIT refreshed(m_expiresAt);
    const QString rotated = json.value(QLatin1String("refresh_token")).toString();
    if (!rotated.isEmpty() && rotated != m_refreshToken) {
        m_refreshToken = rotated;
        Q_EMIT refreshTokenChanged(rotated);
    }
    finish(Token { m_accessToken, {}, false });
}

void OAuthTokenSource::finish(const Token& token)
{
    const QList<Done> waiting = std::exchange(m_waiting, {});
    for (const Done& done : waiting)
        done(token);
}
