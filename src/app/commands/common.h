#pragma once

#include "command.h"
#include "database.h"
#include "error.h"
#include "user.h"

#include <QSqlDatabase>

#include <optional>

// Helpers every command shares: exit codes for errors, ids, statuses, opening the
// database, the firm settings' keys. One place, so that every command reports alike.
namespace CommandLine {

QString tr(const char* text); // QCoreApplication::translate("CommandLine", text)

// The exit code (CommandLine::ExitCode) for an error of the core.
int exitCodeFor(const Error& error);
// Prints the error's message and returns its exit code.
int fail(Context& context, const Error& error);
// A usage error for this command (exit 2).
int usage(Context& context, const QString& message);

// A lead (or email) id as typed: a positive whole number.
std::optional<qint64> parseId(const QString& text);
QString badIdMessage(const QString& text);
QString badEmailIdMessage(const QString& text); // an outbox row's id
QString unexpectedArgument(const QString& argument);
// Usage error unless there are at most `count` positional arguments.
bool tooManyArguments(Context& context, qsizetype count, int* code);

// The account named --attorney / assign's USERNAME, or nullopt with the message printed and
// *code set: no such account (NotFound); with mustBeResponsible, one that cannot be
// responsible for leads, a receptionist or a disabled account (Usage).
std::optional<UserAccount> attorneyNamed(Context& context, const QSqlDatabase& db, const QString& username,
                                         bool mustBeResponsible, int* code);

QString validStatuses();
QString badStatusMessage(const QString& text);

enum class Open {
    MayCreate, // add-lead, add-user, config-set, smtp-test
    MustExistIfNamed, // a mistyped --database should not quietly become a new database
    MustExist, // also the default one (account commands)
};
// --database as given (a path or a postgresql:// URL), else this desk's kept choice, else
// the default file.
QString databaseText(const Context& context);
// Opens the database named by --database, or the desk's one (OfficeDatabase); on failure prints why,
// sets *code and returns nullopt.
std::optional<Database> openDatabase(Context& context, Open mode, int* code);
// backup and restore: a server as the --database URL's own login (pg_dump and pg_restore
// need the owner's rights; --user only authorised the command), a desk's file as
// openDatabase(MustExist) opens it. On failure prints why, sets *code and returns nullopt.
std::optional<Database> openAsTheUrlsLogin(Context& context, const DatabaseTarget& named, int* code);

// The firm settings' keys, for config-set/config-get and --help.
QString configKeysHelp();

} // namespace CommandLine
