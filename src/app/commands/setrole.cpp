// set-role: an account's role (the last administrator stays one).
#include "accountsupport.h"
#include "commandline.h"
#include "common.h"
#include "console.h"
#include "handlers.h"

#include <QCommandLineParser>

namespace AccountCommands {

Syntax setRoleSyntax()
{
    return { { asOption() },
        { { QStringLiteral("username"), tr("The account.") },
            { QStringLiteral("role"), tr("receptionist, attorney or admin.") } } };
}

int setRole(Context& context)
{
    if (context.arguments.size() < 2)
        return CommandLine::usage(context, tr("Missing argument."));
    int code = CommandLine::Success;
    if (CommandLine::tooManyArguments(context, 2, &code))
        return code;
    const std::optional<Role> role = RoleText::fromKey(context.arguments.at(1));
    if (!role)
        return CommandLine::usage(
            context, tr("Unknown role \"%1\": use receptionist, attorney or admin.").arg(context.arguments.at(1)));
    const std::unique_ptr<Accounts> accounts = Accounts::open(context, false, &code);
    if (!accounts)
        return code;
    const Result<UserAccount> user = accounts->repository().userByName(context.arguments.at(0));
    if (!user)
        return CommandLine::fail(context, user.error());
    if (const VoidResult done = accounts->service().setRole(user->id, *role, accounts->actor()); !done)
        return CommandLine::fail(context, done.error());
    return CommandLine::Success;
}

} // namespace AccountCommands
