// parties list: the firm's parties as an aligned table.
#include "commandline.h"
#include "common.h"
#include "console.h"
#include "handlers.h"
#include "partyrepository.h"
#include "texttable.h"

namespace CommandLine {

Syntax partiesListSyntax()
{
    return { {}, {} };
}

int partiesList(Context& context)
{
    int code = Success;
    if (tooManyArguments(context, 0, &code))
        return code;
    std::optional<Database> database = openDatabase(context, Open::MustExistIfNamed, &code);
    if (!database)
        return code;
    const PartyRepository parties(database->connection());
    const Result<QList<Party>> list = parties.list();
    if (!list)
        return fail(context, list.error());
    TextTable table({ { tr("ID"), 0, true }, { tr("Name"), 40 }, { tr("Role") }, { tr("Matter"), 20 }, { tr("Email"), 32 } });
    QList<QStringList> rows;
    for (const Party& party : *list)
        rows.append({ QString::number(party.id), TextTable::terminalSafe(party.name), Party::roleKey(party.role),
                      TextTable::terminalSafe(party.matter), TextTable::terminalSafe(party.email) });
    table.fit(rows);
    context.console.out() << table.headerLine() << '\n';
    for (const QStringList& row : std::as_const(rows))
        context.console.out() << table.line(row) << '\n';
    return Success;
}

} // namespace CommandLine
