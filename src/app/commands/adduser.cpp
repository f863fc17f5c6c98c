// add-user: a new account; the password from the terminal (twice) or standard input.
#include "accountsupport.h"
#include "commandline.h"
#include "common.h"
#include "console.h"
#include "handlers.h"

#include <QCommandLineParser>

namespace AccountCommands {

Syntax addUserSyntax()
{
    return { { { QStringLiteral("name"), tr("The person's full name, as the history shows it."), tr("name") },
                 { QStringLiteral("email"), tr("The person's email address."), tr("address") },
                 { QStringLiteral("role"), tr("receptionist, attorney or admin (default: attorney)."), tr("role") } },
        { { QStringLiteral("username"), tr("The name to sign in with.") } } };
}

int addUser(Context& context)
{
    const QCommandLineParser& parser = context.parser;
    if (context.arguments.isEmpty())
        return CommandLine::usage(context, tr("Missing argument."));
    int code = CommandLine::Success;
    if (CommandLine::tooManyArguments(context, 1, &code))
        return code;
    const QString username = context.arguments.at(0);
    if (const QString problem = AccountRepository::checkUsername(username); !problem.isEmpty())
        return CommandLine::usage(context, problem);
    const QString name = parser.value(QStringLiteral("name"));
    if (name.trimmed().isEmpty())
        return CommandLine::usage(context, tr("--name is required: the person's full name."));
    // Before the password is asked for: a typo in the address is told at once.
    if (const QString problem = AccountService::checkProfile(name, parser.value(QStringLiteral("email")));
        !problem.isEmpty())
        return CommandLine::usage(context, problem);
    const QString roleKey = parser.value(QStringLiteral("role"));
    const std::optional<Role> role
        = parser.isSet(QStringLiteral("role")) ? RoleText::fromKey(roleKey) : std::optional<Role>(Role::Attorney);
    if (!role)
        return CommandLine::usage(context, tr("Unknown role \"%1\": use receptionist, attorney or admin.").arg(roleKey));

    const std::unique_ptr<Accounts> accounts = Accounts::open(context, true, &code);
    if (!accounts)
        return code;
    QByteArray password;
    if (!readNewPassword(context, username, password))
        return CommandLine::Usage;
    const AccountService::NewAccount account { username, name, parser.value(QStringLiteral("email")), *role };
    const Result<qint64> id = accounts->service().addUser(account, std::move(password), accounts->actor());
    if (!id) {
        context.console.error(id.error().message);
        return id.error().code == Error::Code::Conflict ? CommandLine::Duplicate : CommandLine::exitCodeFor(id.error());
    }
    context.console.out() << id.value() << '\n';
    return CommandLine::Success;
}

} // namespace AccountCommands
