#pragma once

#include <QString>
#include <QStringList>

// The account sub-commands of `leadintake`: add-user, set-role, reset-password,
// disable-user, enable-user and list-users. Passwords are never arguments: they are read
// from the terminal without echo (twice), or from standard input when it is not a terminal.
namespace AccountCommands {

QStringList commandNames();
bool handles(const QString& command);
// Runs one of them (arguments as for CommandLine::runHeadless); returns a CommandLine::ExitCode.
int run(const QStringList& arguments);

} // namespace AccountCommands
