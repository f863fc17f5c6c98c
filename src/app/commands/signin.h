#pragma once

#include "command.h"

#include <QCommandLineOption>

// Who runs a command, checked in one place before any handler (commandline.cpp's dispatch).
// While the database has no account (a fresh one: the first administrator is still to be
// added) every command runs as the operating system user, as the window's first start
// does. Once an account exists, a command whose table role is above receptionist (anything
// beyond intake, which the front desk may do without signing in) needs --user NAME and
// that account's password, checked through AccountService::signIn (throttled, as slow for
// unknown names), and the account's role must reach the command's role. The account is
// then the actor of what the command records: never $USER, never an unchecked name.
namespace CommandLine {

// --user NAME (also spelled --as, its old name, which now needs the password too).
QCommandLineOption userOption();

// Whether this command needs an account once accounts exist.
bool needsSignIn(const Command& command);

// Signs in when needed (or when --user is given), and sets context.actor. Returns Success,
// NotSignedIn (7: no --user, no or a wrong password, throttled, role too low; the reason
// printed) or Failure (1: the database failed).
int authorize(Context& context, const Command& command);

} // namespace CommandLine
