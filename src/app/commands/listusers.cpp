// list-users: one line per account, tab-separated.
#include "accountsupport.h"
#include "commandline.h"
#include "common.h"
#include "console.h"
#include "handlers.h"

#include <QCommandLineParser>

namespace AccountCommands {

Syntax listUsersSyntax()
{
    return { { asOption() }, {} };
}

int listUsers(Context& context)
{
    int code = CommandLine::Success;
    if (CommandLine::tooManyArguments(context, 0, &code))
        return code;
    const std::unique_ptr<Accounts> accounts = Accounts::open(context, false, &code);
    if (!accounts)
        return code;
    const Result<QList<UserAccount>> users = accounts->repository().list();
    if (!users)
        return CommandLine::fail(context, users.error());
    for (const UserAccount& user : users.value())
        context.console.out() << user.username << '\t' << user.displayName << '\t' << RoleText::key(user.role) << '\t'
                              << (user.disabled ? "disabled" : "active") << '\t' << user.email << '\n';
    return CommandLine::Success;
}

} // namespace AccountCommands
