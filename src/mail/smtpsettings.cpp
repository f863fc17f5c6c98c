#include "smtpsettings.h"

#include "firmsettings.h"

SmtpConfig SmtpSettings::fromFirmSettings(const FirmSettings& settings)
{
    SmtpConfig config;
    config.host = settings.text(FirmSettings::Key::SmtpHost).trimmed();
    config.port = quint16(settings.number(FirmSettings::Key::SmtpPort));
    config.security = securityFromName(settings.text(FirmSettings::Key::SmtpSecurity))
                          .value_or(SmtpConfig::Security::ImplicitTls);
    config.username = settings.text(FirmSettings::Key::SmtpUsername).trimmed();
    config.caFile = settings.text(FirmSettings::Key::SmtpCaFile).trimmed();
    return config;
}

QString SmtpSettings::securityName(SmtpConfig::Security security)
{
    switch (security) {
    case SmtpConfig::Security::ImplicitTls:
        return QStringLiteral("implicit");
    case SmtpConfig::Security::StartTls:
        return QStringLiteral("starttls");
    case SmtpConfig::Security::Plain:
        return QStringLiteral("plain");
    }
    return {};
}

std::optional<SmtpConfig::Security> SmtpSettings::securityFromName(const QString& name)
{
    const QString key = name.trimmed().toLower();
    if (key == QLatin1String("implicit") || key == QLatin1String("tls") || key == QLatin1String("ssl"))
        return SmtpConfig::Security::ImplicitTls;
    if (key == QLatin1String("starttls"))
        return SmtpConfig::Security::StartTls;
    if (key == QLatin1String("plain") || key == QLatin1String("none"))
        return SmtpConfig::Security::Plain;
    return std::nullopt;
}

QString SmtpSettings::missing(const SmtpConfig& config)
{
    if (config.host.trimmed().isEmpty())
        return tr("Email is not configured: set the SMTP server in Settings (or smtp.host).");
    if (config.port == 0)
        return tr("Email is not configured: the SMTP port is missing.");
    if (!config.username.isEmpty() && config.password.isEmpty() && config.oauthToken.isEmpty()
        && config.oauthProvider.isEmpty())
        return tr("Email is not configured: the SMTP password for %1 is missing.").arg(config.username);
    return {};
}
