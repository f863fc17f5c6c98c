#include "commandline.h"

#include "commands/common.h"
#include "commands/registry.h"
#include "commands/signin.h"
#include "commands/smtpsupport.h"
#include "console.h"
#include "database.h"
#include "intakeservice.h"
#include "officedatabase.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>

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

// Options whose value is the next argument: ours (from the command table), and those
// QGuiApplication/QApplication take before they strip them from the arguments.
bool takesSeparateValue(const QString& argument)
{
    if (argument.contains(QLatin1Char('=')))
        return false;
    static const QStringList withValue = [] {
        QStringList names {
            QStringLiteral("database"),
            QStringLiteral("user"),
            QStringLiteral("as"),
            QStringLiteral("platform"),
            QStringLiteral("platformpluginpath"),
            QStringLiteral("platformtheme"),
            QStringLiteral("plugin"),
            QStringLiteral("qwindowgeometry"),
            QStringLiteral("qwindowicon"),
            QStringLiteral("qwindowtitle"),
            QStringLiteral("style"),
            QStringLiteral("stylesheet"),
            QStringLiteral("session"),
            QStringLiteral("display"),
            QStringLiteral("geometry"),
            QStringLiteral("title"),
            QStringLiteral("name"),
            QStringLiteral("icon"),
        };
        QList<QCommandLineOption> options;
        for (const Command& command : commandTable())
            options += command.syntax().options;
        for (const QCommandLineOption& option : std::as_const(options)) {
            if (!option.valueName().isEmpty())
                names += option.names();
        }
        return names;
    }();
    return withValue.contains(optionName(argument));
}

// The index of the first positional argument at or after `from` (the command word), or -1.
qsizetype positionalIndex(const QStringList& arguments, qsizetype from = 1)
{
    for (qsizetype i = from; i < arguments.size(); ++i) {
        const QString& argument = arguments.at(i);
        if (argument == QLatin1String("--"))
            return i + 1 < arguments.size() ? i + 1 : -1;
        if (argument.startsWith(QLatin1Char('-')) && argument.size() > 1) {
            if (takesSeparateValue(argument))
                ++i;
            continue;
        }
        return i;
    }
    return -1;
}

// Replaces the program as typed (often a full path) with its name in the usage line.
QString withProgramName(QString help, const QStringList& arguments)
{
    if (arguments.isEmpty())
        return help;
    const qsizetype endOfLine = help.indexOf(QLatin1Char('\n'));
    help.replace(0, endOfLine,
        help.left(endOfLine).replace(arguments.constFirst(), QCoreApplication::applicationName()));
    return help;
}

QString unknownCommand(const QString& command)
{
    return tr("Unknown command \"%1\". Commands: %2.").arg(command, commandNames().join(QStringLiteral(", ")));
}

} // namespace

void configureApplication()
{
    QCoreApplication::setOrganizationName(QString());
    QCoreApplication::setOrganizationDomain(QString());
    QCoreApplication::setApplicationName(QStringLiteral("leadintake"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LEADINTAKE_VERSION));

    // The display and desktop file names belong to QGuiApplication, which this QtCore
    // library does not link: set them through its properties, on the application that
    // exists now or, through a pre-routine, on the one created later.
    static bool registered = false;
    if (!registered) {
        registered = true;
        qAddPreRoutine([] {
            QObject* app = QCoreApplication::instance();
            if (!app || app->metaObject()->indexOfProperty("applicationDisplayName") < 0)
                return;
            app->setProperty("applicationDisplayName",
                QCoreApplication::translate("CommandLine", "Lead Intake"));
            app->setProperty("desktopFileName", QString::fromLatin1(kAppId));
        });
    }
}

bool isHeadless(const QStringList& arguments)
{
    static const QStringList headlessOptions { QStringLiteral("-h"), QStringLiteral("--help"),
        QStringLiteral("-?"), QStringLiteral("--help-all"), QStringLiteral("-v"),
        QStringLiteral("--version") };
    const qsizetype command = positionalIndex(arguments);
    const qsizetype end = command < 0 ? arguments.size() : command;
    for (qsizetype i = 1; i < end; ++i) {
        if (headlessOptions.contains(arguments.at(i)))
            return true;
        if (takesSeparateValue(arguments.at(i)))
            ++i;
    }
    return command >= 0;
}

int runHeadless(const QStringList& arguments)
{
    Console console;
    const qsizetype index = positionalIndex(arguments);
    QString name = index < 0 ? QString() : arguments.at(index);
    // A two-word command: "outbox list".
    const bool group = isCommandGroup(name);
    if (group) {
        const qsizetype second = positionalIndex(arguments, index + 1);
        if (second >= 0)
            name += QLatin1Char(' ') + arguments.at(second);
    }
    const Command* command = findCommand(name);

    QCommandLineParser parser;
    parser.setApplicationDescription(command
            ? command->summaryText()
            : tr("Lead Intake: a law firm's front-desk intake of prospects "
                 "and their resumes.\nWithout a command, opens the window."));
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    const QCommandLineOption database = databaseOption();
    parser.addOption(database);
    if (command) {
        const Syntax syntax = command->syntax();
        parser.addOption(userOption());
        parser.addOptions(syntax.options);
        parser.addPositionalArgument(command->name, tr("The command."));
        for (const Argument& argument : syntax.arguments)
            parser.addPositionalArgument(argument.name, argument.description, argument.syntax);
    } else {
        parser.addPositionalArgument(QStringLiteral("command"), tr("One of the commands below."),
            QStringLiteral("[command]"));
    }

    if (passesPasswordAsArgument(arguments))
        return console.usage(tr("The SMTP password is never taken as an argument (other users could read it in the "
                                "process list). Put it in $LEADINTAKE_SMTP_PASSWORD or in a file given with "
                                "--smtp-password-file."));
    const bool help = arguments.contains(QStringLiteral("--help")) || arguments.contains(QStringLiteral("-h"))
        || arguments.contains(QStringLiteral("-?")) || arguments.contains(QStringLiteral("--help-all"));
    if (!name.isEmpty() && !command) {
        // "outbox" alone: its commands.
        if (group && name.indexOf(QLatin1Char(' ')) < 0) {
            if (help) {
                console.out() << commandsHelp(name);
                return console.finish(Success);
            }
            return console.usage(tr("\"%1\" needs one of its commands:").arg(name) + QLatin1Char('\n')
                + commandsHelp(name).section(QLatin1Char('\n'), 1).trimmed());
        }
        return console.usage(unknownCommand(name));
    }
    if (!parser.parse(arguments))
        return console.usage(parser.errorText(), name);

    // --help-all (Qt's, with its own options) gets the same text: this run has no GUI.
    if (parser.isSet(helpOption) || parser.isSet(QStringLiteral("help-all"))) {
        QString text = withProgramName(parser.helpText(), arguments);
        const int extras = command ? command->helpExtras : ConfigKeysHelp | SmtpSourcesHelp;
        if (!command)
            text += QLatin1Char('\n') + commandsHelp() + QLatin1Char('\n') + windowOptionsHelp();
        if (command && command->role)
            text += QLatin1Char('\n')
                + (needsSignIn(*command)
                        ? tr("An account needs the role %1 for the same action in the window. Once the "
                             "database has accounts, this command needs --user with such an account and "
                             "its password.")
                        : tr("An account needs the role %1 for the same action in the window; this command "
                             "needs no sign-in (--user records an account, after its password, as the "
                             "actor)."))
                      .arg(RoleText::key(*command->role))
                + QLatin1Char('\n');
        text += QLatin1Char('\n') + exitCodeHelp();
        if (!command)
            text += QLatin1Char('\n') + tr("Run 'leadintake COMMAND --help' for a command's options.")
                + QLatin1Char('\n');
        if (extras & ConfigKeysHelp)
            text += QLatin1Char('\n') + configKeysHelp();
        if (extras & SmtpSourcesHelp)
            text += QLatin1Char('\n') + smtpSourcesHelp();
        console.out() << text;
        return console.finish(Success);
    }
    if (parser.isSet(versionOption)) {
        console.out() << QCoreApplication::applicationName() << ' '
                      << QCoreApplication::applicationVersion() << '\n';
        return console.finish(Success);
    }
    if (parser.isSet(database) && parser.value(database).trimmed().isEmpty())
        return console.usage(tr("--database needs a file path or a postgresql:// URL."), name);
    if (!command)
        return console.usage(tr("No command given."));

    Context context { console, parser, parser.positionalArguments().mid(name.count(QLatin1Char(' ')) + 1), name,
        Actor { std::nullopt, currentDeskUser() } };
    // The one place where who runs a command is checked, before the command touches anything.
    if (const int allowed = authorize(context, *command); allowed != Success)
        return console.finish(allowed);
    return console.finish(command->run(context));
}

GuiOptions parseGuiOptions(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption database = databaseOption();
    const QCommandLineOption kiosk = kioskOption();
    parser.addOptions(windowOptions());

    GuiOptions options;
    const QString hint = tr("Run 'leadintake --help' for usage.");
    if (!parser.parse(arguments)) {
        options.error = parser.errorText() + QLatin1Char('\n') + hint;
        return options;
    }
    if (const QStringList positional = parser.positionalArguments(); !positional.isEmpty()) {
        options.error = unknownCommand(positional.constFirst()) + QLatin1Char('\n') + hint;
        return options;
    }
    if (parser.isSet(database)) {
        options.databasePath = parser.value(database);
        options.databaseNamed = true;
        if (options.databasePath.trimmed().isEmpty())
            options.error = tr("--database needs a file path or a postgresql:// URL.") + QLatin1Char('\n') + hint;
    } else {
        options.databasePath = OfficeDatabase::deskDatabase();
    }
    options.kiosk = parser.isSet(kiosk);
    return options;
}

} // namespace CommandLine
