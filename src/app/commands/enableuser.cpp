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
    return { {}, { { QStringLiteral("username"), tr("The account.") } } };
}

int enableUser(Context& context)
{
    return withNamedAccount(context, [&](Accounts& accounts, const UserAccount& user) {
        return exitCodeOf(context, accounts.service().setDisabled(user.id, false, accounts.actor()));
    });
}

} // namespace AccountCommands
