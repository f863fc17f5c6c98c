#include "oauthprovider.h"

QString OAuthProvider::name(Id id)
{
    return id == Id::Microsoft ? QStringLiteral("microsoft") : QStringLiteral("google");
}

std::optional<OAuthProvider::Id> OAuthProvider::fromName(const QString& name)
{
    const QString key = name.trimmed().toLower();
    if (key == QLatin1String("microsoft"))
        return Id::Microsoft;
    if (key == QLatin1String("google"))
        return Id::Google;
    return std::nullopt;
}

QString OAuthProvider::displayName(Id id)
{
    return id == Id::Microsoft ? QStringLiteral("Microsoft") : QStringLiteral("Google");
}

namespace {
QString tenantOrDefault(const QString& tenant)
{
    const QString t = tenant.trimmed();
    // A tenant is a GUID or a domain: nothing that could change the URL's path or host.
    for (const QChar ch : t) {
        if (!ch.isLetterOrNumber() && ch != QLatin1Char('.') && ch != QLatin1Char('-'))
            return OAuthProvider::defaultTenant();
    }
    return t.isEmpty() ? OAuthProvider::defaultTenant() : t;
}
} // namespace

QUrl OAuthProvider::authorizeUrl(Id id, const QString& tenant)
{
    if (id == Id::Google)
        return QUrl(QStringLiteral("https://accounts.google.com/o/oauth2/v2/auth"));
    return QUrl(QStringLiteral("https://login.microsoftonline.com/%1/oauth2/v2.0/authorize").arg(tenantOrDefault(tenant)));
}

QUrl OAuthProvider::tokenUrl(Id id, const QString& tenant)
{
    if (id == Id::Google)
        return QUrl(QStringLiteral("https://oauth2.googleapis.com/token"));
    return QUrl(QStringLiteral("https://login.microsoftonline.com/%1/oauth2/v2.0/token").arg(tenantOrDefault(tenant)));
}

QString OAuthProvider::scope(Id id)
{
    // offline_access: Microsoft gives a refresh token only when asked for it; Google gives
    // one to an installed app by default.
    if (id == Id::Google)
        return QStringLiteral("https://mail.google.com/");
    return QStringLiteral("https://outlook.office.com/SMTP.Send offline_access");
}

QString OAuthProvider::smtpHost(Id id)
{
    return id == Id::Google ? QStringLiteral("smtp.gmail.com") : QStringLiteral("smtp.office365.com");
}

quint16 OAuthProvider::smtpPort(Id id)
{
    return id == Id::Google ? 465 : 587;
}

SmtpConfig::Security OAuthProvider::smtpSecurity(Id id)
{
    return id == Id::Google ? SmtpConfig::Security::ImplicitTls : SmtpConfig::Security::StartTls;
}

QString OAuthProvider::signInAgainMessage(Id id)
{
    return tr("Sign in again to %1 in Settings \u2192 Email: the saved sign-in no longer works "
              "(it was revoked or has expired). Emails wait in the outbox until then.")
        .arg(displayName(id));
}

OAuthClient OAuthClient::forProvider(OAuthProvider::Id provider, const QString& clientId, const QString& tenant,
                                     const QString& clientSecret, const QUrl& authorizeOverride,
                                     const QUrl& tokenOverride)
{
    OAuthClient client;
    client.provider = provider;
    client.clientId = clientId.trimmed();
    client.clientSecret = clientSecret.trimmed();
    client.authorizeUrl = authorizeOverride.isEmpty() ? OAuthProvider::authorizeUrl(provider, tenant) : authorizeOverride;
    client.tokenUrl = tokenOverride.isEmpty() ? OAuthProvider::tokenUrl(provider, tenant) : tokenOverride;
    client.scope = OAuthProvider::scope(provider);
    return client;
}
