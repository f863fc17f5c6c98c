// disable-user: Stop an account from signing in (it is never deleted).
#include "accountsupport.h"
#include "commandline.h"
#include "common.h"
#include "console.h"
#include "handlers.h"

#include <QCommandLineParser>

namespace AccountCommands {

Syntax disableUserSyntax()
{
    return { {}, { { QStringLiteral("username"), tr("The account.") } } };
}

int disableUser(Context& context)
{
    return withNamedAccount(context, [&](Accounts& accounts, const UserAccount& user) {
        return exitCodeOf(context, accounts.service().setDisabled(user.id, true, accounts.actor()));
    });
}

} // namespace AccountCommands
