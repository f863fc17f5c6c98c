// config-set: one firm setting or template override; an empty value restores the default.
#include "commandline.h"
#include "common.h"
#include "console.h"
#include "firmsettings.h"
#include "handlers.h"
#include "mailtemplates.h"

#include <QCommandLineParser>
#include <QFile>

namespace CommandLine {

Syntax configSetSyntax()
{
    return { { { QStringLiteral("file"), tr("config-set: read VALUE from this UTF-8 file (templates)."),
                 tr("file") } },
        { { QStringLiteral("key"), tr("The setting (see Keys).") },
            { QStringLiteral("value"), tr("Its new value; \"\" restores the default.") } } };
}

int configSet(Context& context)
{
    const QStringList& arguments = context.arguments;
    const bool fromFile = context.parser.isSet(QStringLiteral("file"));
    const qsizetype wanted = fromFile ? 1 : 2;
    if (arguments.size() < wanted)
        return usage(context, tr("config-set needs a key and a value, as in: leadintake "
                                 "config-set firm.name \"Smith & Partners\""));
    int code = Success;
    if (tooManyArguments(context, wanted, &code))
        return code;
    const QString key = arguments.at(0).trimmed();
    QString value = fromFile ? QString() : arguments.at(1);
    if (key.contains(QLatin1String("password")))
        return usage(context, tr("The SMTP password is never stored in the database; give "
                                 "it in $LEADINTAKE_SMTP_PASSWORD or with --smtp-password-file."));
    const std::optional<FirmSettings::Key> known = FirmSettings::keyFromName(key);
    const QString templateName = key.startsWith(FirmSettings::templateKeyPrefix())
        ? key.mid(FirmSettings::templateKeyPrefix().size())
        : QString();
    if (!known && !MailTemplates::overrideNames().contains(templateName))
        return usage(context,
            tr("Unknown setting \"%1\".").arg(key) + QLatin1Char('\n') + configKeysHelp());
    if (fromFile) {
        QFile file(context.parser.value(QStringLiteral("file")));
        if (!file.open(QIODevice::ReadOnly)) {
            context.console.error(tr("Cannot read %1: %2.").arg(file.fileName(), file.errorString()));
            return Failure;
        }
        value = QString::fromUtf8(file.readAll());
    }
    if (known) {
        if (const QString problem = FirmSettings::checkValue(*known, value); !problem.isEmpty())
            return usage(context, problem);
    }

    std::optional<Database> database = openDatabase(context, Open::MayCreate, &code);
    if (!database)
        return code;
    FirmSettings settings(database->connection());
    const VoidResult stored = known ? settings.setValue(*known, value)
                                    : settings.setTemplateOverride(templateName, value);
    if (!stored)
        return fail(context, stored.error());
    if (value.trimmed().isEmpty())
        context.console.out() << tr("%1 reset to its default.").arg(key) << '\n';
    else
        context.console.out() << tr("%1 set.").arg(key) << '\n';
    return Success;
}

} // namespace CommandLine
