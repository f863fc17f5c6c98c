// nicknames list / nicknames add: the firm's nickname table for the conflict check.
#include "commandline.h"
#include "common.h"
#include "conflictrepository.h"
#include "console.h"
#include "handlers.h"

namespace CommandLine {

Syntax nicknamesListSyntax()
{
    return { {}, {} };
}

int nicknamesList(Context& context)
{
    int code = Success;
    if (tooManyArguments(context, 0, &code))
        return code;
    std::optional<Database> database = openDatabase(context, Open::MustExistIfNamed, &code);
    if (!database)
        return code;
    const ConflictRepository conflicts(database->connection());
    const Result<QList<QPair<QString, QString>>> pairs = conflicts.nicknamePairs();
    if (!pairs)
        return fail(context, pairs.error());
    for (const auto& [name, nickname] : *pairs)
        context.console.out() << name << " = " << nickname << '\n';
    return Success;
}

Syntax nicknamesAddSyntax()
{
    return { {}, { { QStringLiteral("name"), tr("The full name, as in William.") },
                   { QStringLiteral("nickname"), tr("Its nickname, as in Bill.") } } };
}

int nicknamesAdd(Context& context)
{
    int code = Success;
    if (context.arguments.size() < 2)
        return usage(context, tr("nicknames add needs a name and its nickname, as in: leadintake nicknames add José Chema"));
    if (tooManyArguments(context, 2, &code))
        return code;
    std::optional<Database> database = openDatabase(context, Open::MustExistIfNamed, &code);
    if (!database)
        return code;
    ConflictRepository conflicts(database->connection());
    if (const VoidResult added = conflicts.addNickname(context.arguments.at(0), context.arguments.at(1)); !added)
        return fail(context, added.error());
    context.console.out() << tr("%1 is now a nickname of %2 in the conflict check.")
                                 .arg(context.arguments.at(1), context.arguments.at(0))
                          << '\n';
    return Success;
}

} // namespace CommandLine
