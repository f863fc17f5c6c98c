#pragma once

#include "smtpconfig.h"

#include <QCoreApplication>
#include <QString>
#include <QUrl>

#include <optional>

// What the desk needs to know to sign in to one mail provider with OAuth 2.0 (authorisation
// code + PKCE, loopback redirect) and to send with XOAUTH2: its endpoints, the scope that
// allows SMTP and its SMTP server. The firm registers its own app and configures its client
// id; the URLs can be overridden (tests run their own authorisation server).
class OAuthProvider
{
    Q_DECLARE_TR_FUNCTIONS(OAuthProvider)

public:
    enum class Id { Microsoft, Google };

    // "microsoft" | "google": the values of the firm setting smtp.auth besides "password".
    static QString name(Id id);
    static std::optional<Id> fromName(const QString& name);
    // "Microsoft" | "Google", as buttons and messages say it.
    static QString displayName(Id id);

    // Microsoft's tenant: the firm's tenant id or domain, or "organizations" (any work account).
    static QUrl authorizeUrl(Id id, const QString& tenant);
    static QUrl tokenUrl(Id id, const QString& tenant);
    static QString scope(Id id);
    static QString defaultTenant() { return QStringLiteral("organizations"); }

    static QString smtpHost(Id id);
    static quint16 smtpPort(Id id);
    static SmtpConfig::Security smtpSecurity(Id id);

    // For the admins when the saved sign-in no longer works (revoked, expired, password
    // changed): the emails stay in the outbox until someone signs in again.
    static QString signInAgainMessage(Id id);
};

// One configured OAuth client: which provider, the firm's client id (and, for Google's
// "desktop app" clients, its client secret, which Google does not treat as confidential),
// the endpoints in use and the scope.
struct OAuthClient
{
    OAuthProvider::Id provider = OAuthProvider::Id::Microsoft;
    QString clientId;
    QString clientSecret;
    QUrl authorizeUrl;
    QUrl tokenUrl;
    QString scope;

    // The provider's endpoints, unless authorizeOverride / tokenOverride are given.
    static OAuthClient forProvider(OAuthProvider::Id provider, const QString& clientId, const QString& tenant,
                                   const QString& clientSecret = {}, const QUrl& authorizeOverride = {},
                                   const QUrl& tokenOverride = {});
};
