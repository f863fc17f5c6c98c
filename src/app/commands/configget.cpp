// config-get: one firm setting, or all of them with "(default)" where none is set.
#include "commandline.h"
#include "common.h"
#include "console.h"
#include "firmsettings.h"
#include "handlers.h"
#include "mailtemplates.h"
#include "texttable.h"

namespace CommandLine {

Syntax configGetSyntax()
{
    return { {}, { { QStringLiteral("key"), tr("The setting; without it, all of them."), QStringLiteral("[key]") } } };
}

int configGet(Context& context)
{
    int code = Success;
    if (tooManyArguments(context, 1, &code))
        return code;
    const QString key = context.arguments.isEmpty() ? QString() : context.arguments.at(0).trimmed();
    const std::optional<FirmSettings::Key> known = FirmSettings::keyFromName(key);
    const QString templateName = key.startsWith(FirmSettings::templateKeyPrefix())
        ? key.mid(FirmSettings::templateKeyPrefix().size())
        : QString();
    if (!key.isEmpty() && !known && !MailTemplates::overrideNames().contains(templateName))
        return usage(context,
            tr("Unknown setting \"%1\".").arg(key) + QLatin1Char('\n') + configKeysHelp());

    std::optional<Database> database = openDatabase(context, Open::MustExistIfNamed, &code);
    if (!database)
        return code;
    const FirmSettings settings(database->connection());
    const auto show = [&settings](FirmSettings::Key k) {
        const Result<QVariant> value = settings.value(k);
        QVariant v = value ? *value : FirmSettings::defaultValue(k);
        return v.typeId() == QMetaType::Bool ? (v.toBool() ? QStringLiteral("true") : QStringLiteral("false"))
                                             : v.toString();
    };
    QTextStream& out = context.console.out();
    if (known) {
        out << TextTable::terminalSafe(show(*known)) << '\n';
        return Success;
    }
    if (!templateName.isEmpty()) {
        out << settings.templateOverride(templateName);
        return Success;
    }
    for (const FirmSettings::Key k : FirmSettings::allKeys())
        out << FirmSettings::keyName(k) << " = " << TextTable::terminalSafe(show(k))
            << (settings.isSet(k) ? QString() : QStringLiteral("  ") + tr("(default)")) << '\n';
    for (const QString& name : MailTemplates::overrideNames()) {
        if (!settings.templateOverride(name).isEmpty())
            out << FirmSettings::templateKeyPrefix() << name << " = " << tr("(overridden)") << '\n';
    }
    return Success;
}

} // namespace CommandLine
