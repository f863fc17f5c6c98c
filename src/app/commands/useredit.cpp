// user-edit: an account's full name and email address, checked as add-user checks them.
#include "accountsupport.h"
#include "commandline.h"
#include "common.h"
#include "console.h"
#include "handlers.h"
#include "texttable.h"

#include <QCommandLineParser>

namespace AccountCommands {

Syntax userEditSyntax()
{
    return { { { QStringLiteral("name"), tr("The person's new full name, as the history shows it."), tr("name") },
                 { QStringLiteral("email"), tr("The person's new email address (\"\" for none)."), tr("address") } },
        { { QStringLiteral("username"), tr("The account (its user name never changes).") } } };
}

int userEdit(Context& context)
{
    const QCommandLineParser& parser = context.parser;
    const bool name = parser.isSet(QStringLiteral("name"));
    const bool email = parser.isSet(QStringLiteral("email"));
    if (!context.arguments.isEmpty() && !name && !email)
        return CommandLine::usage(context, tr("user-edit needs --name, --email or both, as in: "
                                              "leadintake user-edit ana --email ana.ruiz@firm.example"));
    return withNamedAccount(context, [&](Accounts& accounts, const UserAccount& user) {
        const QString newName = name ? parser.value(QStringLiteral("name")) : user.displayName;
        const QString newEmail = email ? parser.value(QStringLiteral("email")) : user.email;
        if (const VoidResult done = accounts.service().setProfile(user.id, newName, newEmail, accounts.actor()); !done)
            return CommandLine::fail(context, done.error());
        const QString shown = newEmail.trimmed().isEmpty() ? tr("no email address") : newEmail.trimmed();
        context.console.out() << tr("%1: %2, %3.")
                                     .arg(user.username, TextTable::terminalSafe(newName.trimmed()),
                                          TextTable::terminalSafe(shown))
                              << '\n';
        return int(CommandLine::Success);
    });
}

} // namespace AccountCommands
