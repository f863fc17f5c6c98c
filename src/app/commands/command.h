#pragma once

#include "databasetarget.h"
#include "user.h"

#include <QCommandLineOption>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

class Console;
class QCommandLineParser;

// One sub-command of `leadintake`, as a row of the command table (registry.cpp). The
// table is the only list of commands: --help, dispatch and the README's command list all
// come from it, so a command cannot exist without being documented.
namespace CommandLine {

// A positional argument after the command word, for --help.
struct Argument
{
    Argument(QString argumentName, QString text, QString shown = {})
        : name(std::move(argumentName))
        , description(std::move(text))
        , syntax(std::move(shown))
    {
    }

    QString name;
    QString description;
    QString syntax; // as shown in the usage line; empty: the name
};

// What a command accepts besides --help, --version and --database.
struct Syntax
{
    QList<QCommandLineOption> options;
    QList<Argument> arguments;
};

// What a handler gets.
struct Context
{
    Console& console;
    const QCommandLineParser& parser; // options by name: parser.isSet("force")
    QStringList arguments; // the positional arguments after the command word(s)
    QString command; // the command's name, for usage messages
    // Who the command's changes are recorded as: the account whose password was given
    // (signin.cpp, before the handler runs), else the operating system user with no id.
    Actor actor {};
    // Office mode: the account's own login (its login role and password) once signed in;
    // the command's connection is opened as it, so the server decides what it may do.
    std::optional<DatabaseTarget> signedInTarget {};
};

// Extra sections at the end of a command's --help.
enum HelpExtra {
    NoExtra = 0,
    ConfigKeysHelp = 1, // the firm settings' keys
    SmtpSourcesHelp = 2, // where the SMTP settings come from
};

struct Command
{
    QString name; // "add-lead"; a group's commands are two words: "outbox list"
    const char* summary; // QT_TRANSLATE_NOOP("CommandLine", ...): translated when shown
    Syntax (*syntax)(); // built when needed, so that its texts are translated
    int (*run)(Context&); // returns a CommandLine::ExitCode
    // The role an account needs for the same action in the window (the accounts' rules);
    // nullopt: anyone at the desk.
    std::optional<Role> role;
    int helpExtras = NoExtra;

    QString summaryText() const;
};

} // namespace CommandLine
