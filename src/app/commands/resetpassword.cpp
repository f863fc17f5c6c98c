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
    return { {}, { { QStringLiteral("username"), tr("The account.") } } };
}

int resetPassword(Context& context)
{
    return withNamedAccount(context, [&](Accounts& accounts, const UserAccount& user) {
        QByteArray password;
        if (!readNewPassword(context, user.username, password))
            return int(CommandLine::Usage);
        return exitCodeOf(context,
                          accounts.service().resetPassword(user.id, std::move(password), accounts.actor()));
    });
}

} // namespace AccountCommands
