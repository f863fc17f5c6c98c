#pragma once

#include "smtpconfig.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

class FirmSettings;

// Builds an SmtpConfig from the firm settings stored in the database (host, port,
// security, user name, CA file). The password is never stored there: the caller adds it
// (keychain, environment or a file) before handing the config to a dispatcher.
class SmtpSettings
{
    Q_DECLARE_TR_FUNCTIONS(SmtpSettings)

public:
    static SmtpConfig fromFirmSettings(const FirmSettings& settings);

    // "implicit" | "starttls" | "plain"
    static QString securityName(SmtpConfig::Security security);
    static std::optional<SmtpConfig::Security> securityFromName(const QString& name);

    // Empty when the config can be tried; else what is missing, for the person at the desk.
    static QString missing(const SmtpConfig& config);
};
