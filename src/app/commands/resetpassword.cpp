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
    return { { { QStringLiteral("one-time-code"),
                 tr("Office server only: instead of a password, print a one-time code for the person; "
                    "they sign in with it once and then choose their own password.") } },
        { { QStringLiteral("username"), tr("The account.") } } };
}

int resetPassword(Context& context)
{
    return withNamedAccount(context, [&](Accounts& accounts, const UserAccount& user) {
        if (context.parser.isSet(QStringLiteral("one-time-code"))) {
            const Result<QString> code = accounts.service().issueOneTimeCode(user.id, accounts.actor());
            if (!code)
                return CommandLine::fail(context, code.error());
            context.console.out() << tr("One-time code for %1: %2").arg(user.username, *code) << '\n';
            return int(CommandLine::Success);
        }
        QByteArray password;
        if (!readNewPassword(context, user.username, password))
            return int(CommandLine::Usage);
        return exitCodeOf(context,
                          accounts.service().resetPassword(user.id, std::move(password), accounts.actor()));
    });
}

} // namespace AccountCommands
