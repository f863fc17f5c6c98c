// conflict-check: a prospect's names and email against the firm's parties and every lead.
// Exit 0: nothing matched; 7: possible matches, listed with what matched and why.
#include "commandline.h"
#include "common.h"
#include "conflictrepository.h"
#include "console.h"
#include "handlers.h"
#include "texttable.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace CommandLine {

Syntax conflictCheckSyntax()
{
    return { { { QStringLiteral("first-name"), tr("The prospect's first name."), tr("name") },
                 { QStringLiteral("last-name"), tr("The prospect's last name."), tr("name") },
                 { QStringLiteral("email"), tr("The prospect's email (optional)."), tr("address") } },
        {} };
}

int conflictCheck(Context& context)
{
    const QCommandLineParser& parser = context.parser;
    int code = Success;
    if (tooManyArguments(context, 0, &code))
        return code;
    const QString first = parser.value(QStringLiteral("first-name"));
    const QString last = parser.value(QStringLiteral("last-name"));
    const QString email = parser.value(QStringLiteral("email"));
    if (first.trimmed().isEmpty() && last.trimmed().isEmpty() && email.trimmed().isEmpty())
        return usage(context, tr("conflict-check needs --first-name and --last-name (and optionally --email), "
                                 "as in: leadintake conflict-check --first-name José --last-name Núñez"));
    std::optional<Database> database = openDatabase(context, Open::MustExistIfNamed, &code);
    if (!database)
        return code;
    const ConflictRepository conflicts(database->connection());
    const Result<ConflictRepository::Outcome> outcome = conflicts.check(first, last, email);
    if (!outcome)
        return fail(context, outcome.error());
    if (outcome->matches.isEmpty()) {
        context.console.out() << tr("No possible conflict: no party or lead matches.") << '\n';
        return Success;
    }
    context.console.out() << QCoreApplication::translate("CommandLine", "Possible conflict: %n match(es).", nullptr, int(outcome->matches.size())) << '\n';
    for (const ConflictRepository::Match& match : outcome->matches)
        context.console.out() << "  " << TextTable::terminalSafe(match.describe()) << '\n';
    if (outcome->more)
        context.console.out() << tr("  … and more; narrow the check with the email.") << '\n';
    return PossibleConflict;
}

} // namespace CommandLine
