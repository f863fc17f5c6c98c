#include "signin.h"

#include "accountrepository.h"
#include "accountservice.h"
#include "accountsupport.h"
#include "commandline.h"
#include "common.h"
#include "console.h"
#include "database.h"
#include "intakeservice.h"
#include "leadrepository.h"
#include "officedatabase.h"
#include "passwordhasher.h"
#include "serverlogin.h"

#include <QCommandLineParser>
#include <QFileInfo>

namespace CommandLine {

QCommandLineOption userOption()
{
    return { { QStringLiteral("user"), QStringLiteral("as") },
        tr("Sign in as this account (--as is the same option). Once the database has accounts, "
           "every command whose role is above receptionist needs it; the password is read from "
           "the terminal (not shown) or from the first line of standard input, and the account "
           "is recorded as the actor."),
        tr("username") };
}

bool needsSignIn(const Command& command)
{
    return command.role && int(*command.role) > int(Role::Receptionist);
}

int authorize(Context& context, const Command& command)
{
    const QCommandLineParser& parser = context.parser;
    const bool named = parser.isSet(QStringLiteral("user"));
    if (!needsSignIn(command) && !named)
        return Success;
    const QString username = parser.value(QStringLiteral("user"));
    const Result<DatabaseTarget> target = DatabaseTarget::parse(databaseText(context));
    if (!target)
        return usage(context, target.error().message);
    // No database file yet: no account either. The command itself says whether it may
    // create one. (A server is always there to ask, or says why not.)
    if (!target->isServer() && !QFileInfo::exists(target->path())) {
        if (!named)
            return Success;
        context.console.error(tr("There is no database at %1, so no account %2 to sign in as.")
                                  .arg(target->displayText(), username));
        return NotSignedIn;
    }

    // Its own short-lived connection, closed before the command opens the database.
    Result<Database> database = OfficeDatabase::open(*target);
    if (!database) {
        context.console.error(database.error().message);
        return Failure;
    }
    // Office mode: accounts are login roles of the server; signing in is connecting as one.
    std::optional<ServerLogin> serverLogin;
    bool byServer = false;
    if (target->isServer()) {
        serverLogin.emplace(database->connection());
        const Result<bool> signs = serverLogin->signsIn(username);
        byServer = signs && *signs;
    }
    if (byServer && !named) {
        context.console.error(
            tr("%1 needs an account: add --user USERNAME (an account with the role %2 or higher); "
               "its password is then read from the terminal or from standard input. Nothing was "
               "changed.")
                .arg(command.name, RoleText::key(command.role.value_or(Role::Attorney))));
        return NotSignedIn;
    }
    AccountRepository repository(database->connection());
    const Result<int> count = byServer ? Result<int>(1) : repository.count();
    if (!count) {
        context.console.error(count.error().message);
        return Failure;
    }
    if (count.value() == 0) {
        if (!named)
            return Success; // first-time setup: the operating system user adds the first
                            // administrator
        context.console.error(
            tr("This database has no accounts yet; run the command without --user."));
        return NotSignedIn;
    }
    if (!named) {
        context.console.error(
            tr("%1 needs an account once accounts exist: add --user USERNAME (an account with the "
               "role %2 or higher); its password is then read from the terminal or from "
               "standard input. Nothing was changed.")
                .arg(command.name, RoleText::key(*command.role)));
        return NotSignedIn;
    }

    QByteArray password;
    if (!AccountCommands::readPassword(
            context.console, tr("Password for %1: ").arg(username), password)) {
        context.console.error(
            tr("No password entered (on standard input, the first line is the password); "
               "nothing was changed."));
        return NotSignedIn;
    }
    const PasswordHasher hasher;
    AccountService service(repository, hasher);
    // The command's own connection is opened as the account's login (the password is kept
    // in it for the command's duration only).
    const QString secret = byServer ? QString::fromUtf8(password) : QString();
    if (byServer)
        service.setServerLogin(&*serverLogin);
    const Result<UserAccount> account = service.signIn(
        username, std::move(password), tr("Command line (%1)").arg(currentDeskUser()));
    if (account && byServer)
        context.signedInTarget = target->withUser(serverLogin->signedInRole(), secret);
    if (!account) {
        context.console.error(
            account.error().message + QLatin1Char(' ') + tr("Nothing was changed."));
        return account.error().code == Error::Code::Database ? Failure : NotSignedIn;
    }
    if (command.role && !account->hasRole(*command.role)) {
        context.console.error(tr("%1 needs the role %2; %3 is %4. Nothing was changed.")
                                  .arg(command.name, RoleText::key(*command.role),
                                      account->username, RoleText::key(account->role)));
        return NotSignedIn;
    }
    context.actor = Actor { account->id, account->displayName };
    return Success;
}

} // namespace CommandLine
