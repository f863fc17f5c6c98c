// enable-user: Let a disabled account sign in again.
#include "accountsupport.h"
#include "commandline.h"
#include "common.h"
#include "console.h"
#include "handlers.h"

#include <QCommandLineParser>

namespace AccountCommands {

Syntax enableUserSyntax()
{
    return { { asOption() }, { { QStringLiteral("username"), tr("The account.") } } };
}

int enableUser(Context& context)
{
    if (context.arguments.isEmpty())
        return CommandLine::usage(context, tr("Missing argument."));
    int code = CommandLine::Success;
    if (CommandLine::tooManyArguments(context, 1, &code))
        return code;
    const std::unique_ptr<Accounts> accounts = Accounts::open(context, false, &code);
    if (!accounts)
        return code;
    const Result<UserAccount> user = accounts->repository().userByName(context.arguments.at(0));
    if (!user)
        return CommandLine::fail(context, user.error());
    if (const VoidResult done = accounts->service().setDisabled(user->id, false, accounts->actor()); !done)
        return CommandLine::fail(context, done.error());
    return CommandLine::Success;
}

} // namespace AccountCommands
