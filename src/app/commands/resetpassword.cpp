// reset-password: a new password (and the end of a lockout).
#include "accountsupport.h"
#include "commandline.h"
#include "common.h"
#include "console.h"
#include "handlers.h"

#include <QCommandLineParser>

namespace AccountCommands {

Syntax resetPasswordSyntax()
{
    return { { asOption() }, { { QStringLiteral("username"), tr("The account.") } } };
}

int resetPassword(Context& context)
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
    QByteArray password;
    if (!readNewPassword(context, user->username, password))
        return CommandLine::Usage;
    if (const VoidResult done = accounts->service().resetPassword(user->id, std::move(password), accounts->actor());
        !done)
        return CommandLine::fail(context, done.error());
    return CommandLine::Success;
}

} // namespace AccountCommands
