#include "smtpsupport.h"

#include "commandline.h"
#include "common.h"
#include "console.h"
#include "firmsettings.h"
#include "smtpsettings.h"

#include <QCommandLineParser>
#include <QFile>

namespace CommandLine {

namespace {

QString optionName(const QString& argument)
{
    QString name = argument;
    while (name.startsWith(QLatin1Char('-')))
        name.remove(0, 1);
    const qsizetype equals = name.indexOf(QLatin1Char('='));
    return equals < 0 ? name : name.left(equals);
}

} // namespace

QList<QCommandLineOption> smtpOptions()
{
    return {
        { QStringLiteral("smtp-host"),
            tr("The SMTP server (else $LEADINTAKE_SMTP_HOST, else the firm setting smtp.host)."),
            tr("host") },
        { QStringLiteral("smtp-port"),
            tr("The SMTP port (else $LEADINTAKE_SMTP_PORT, else smtp.port, default 465)."),
            tr("port") },
        { QStringLiteral("smtp-security"),
            tr("implicit (TLS, 465), starttls (587) or plain (local relay only) (else "
               "$LEADINTAKE_SMTP_SECURITY, else smtp.security)."),
            tr("mode") },
        { QStringLiteral("smtp-user"),
            tr("The SMTP user name (else $LEADINTAKE_SMTP_USER, else smtp.username)."),
            tr("name") },
        { QStringLiteral("smtp-ca-file"),
            tr("Extra CA certificates (PEM) to trust (else $LEADINTAKE_SMTP_CA_FILE, else "
               "smtp.ca_file)."),
            tr("file") },
        { QStringLiteral("smtp-password-file"),
            tr("Read the SMTP password from this file (first line). Otherwise it comes from "
               "$LEADINTAKE_SMTP_PASSWORD; it is never accepted as an argument."),
            tr("file") },
    };
}

bool passesPasswordAsArgument(const QStringList& arguments)
{
    for (const QString& argument : arguments) {
        const QString name = optionName(argument);
        if (argument.startsWith(QLatin1Char('-'))
            && (name == QLatin1String("smtp-password") || name == QLatin1String("password")
                || name == QLatin1String("smtp-pass")))
            return true;
    }
    return false;
}

bool smtpConfig(Context& context, const QSqlDatabase& db, SmtpConfig* config, int* code)
{
    const QCommandLineParser& parser = context.parser;
    *config = SmtpSettings::fromFirmSettings(FirmSettings(db));
    const auto pick = [&](const char* option, const char* variable, QString* value) {
        if (parser.isSet(QLatin1String(option)))
            *value = parser.value(QLatin1String(option)).trimmed();
        else if (qEnvironmentVariableIsSet(variable))
            *value = qEnvironmentVariable(variable).trimmed();
        else
            return false;
        return true;
    };
    QString value;
    if (pick("smtp-host", "LEADINTAKE_SMTP_HOST", &value))
        config->host = value;
    if (pick("smtp-port", "LEADINTAKE_SMTP_PORT", &value)) {
        bool ok = false;
        const uint port = value.toUInt(&ok);
        if (!ok || port < 1 || port > 65535) {
            *code = usage(context, tr("The SMTP port must be a number from 1 to 65535, not \"%1\".").arg(value));
            return false;
        }
        config->port = quint16(port);
    }
    if (pick("smtp-security", "LEADINTAKE_SMTP_SECURITY", &value)) {
        const std::optional<SmtpConfig::Security> security = SmtpSettings::securityFromName(value);
        if (!security) {
            *code = usage(context,
                tr("The SMTP security must be implicit, starttls or plain, not \"%1\".").arg(value));
            return false;
        }
        config->security = *security;
    }
    if (pick("smtp-user", "LEADINTAKE_SMTP_USER", &value))
        config->username = value;
    if (pick("smtp-ca-file", "LEADINTAKE_SMTP_CA_FILE", &value))
        config->caFile = value;
    if (parser.isSet(QStringLiteral("smtp-password-file"))) {
        const QString path = parser.value(QStringLiteral("smtp-password-file"));
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            context.console.error(
                tr("Cannot read the SMTP password file %1: %2.").arg(path, file.errorString()));
            *code = Failure;
            return false;
        }
        QByteArray line = file.readLine();
        while (line.endsWith('\n') || line.endsWith('\r'))
            line.chop(1);
        config->password = QString::fromUtf8(line);
    } else if (qEnvironmentVariableIsSet("LEADINTAKE_SMTP_PASSWORD")) {
        config->password = qEnvironmentVariable("LEADINTAKE_SMTP_PASSWORD");
    }
    return true;
}

QString describeServer(const SmtpConfig& config)
{
    return QStringLiteral("%1:%2 (%3)")
        .arg(config.host)
        .arg(config.port)
        .arg(SmtpSettings::securityName(config.security));
}

} // namespace CommandLine
