// verify-audit: walks the hash chains of the lead history and the account log.
#include "auditchain.h"
#include "auditverifier.h"
#include "commandline.h"
#include "common.h"
#include "console.h"
#include "handlers.h"

namespace CommandLine {

Syntax verifyAuditSyntax()
{
    return { {}, {} };
}

int verifyAudit(Context& context)
{
    int code = Success;
    if (tooManyArguments(context, 0, &code))
        return code;
    // Never creates a database: an empty new one would read as "intact".
    std::optional<Database> database = openDatabase(context, Open::MustExist, &code);
    if (!database)
        return code;
    const Result<AuditVerifier::Report> report = AuditVerifier(database->connection()).verify();
    if (!report) {
        context.console.error(report.error().message);
        return Failure;
    }
    // The heads, written down elsewhere, later show that no newest row was removed or rewritten.
    QTextStream& out = context.console.out();
    out << report->summary() << '\n';
    for (qsizetype i = 0; i < report->heads.size(); ++i) {
        const QString head = report->heads.at(i);
        out << tr("%1 head: %2")
                   .arg(AuditChain::tableName(AuditChain::kTables[i]),
                       head.isEmpty() ? tr("(no rows)") : head)
            << '\n';
    }
    if (!report->intact()) {
        context.console.error(tr("The first broken link is %1 row %2.")
                                  .arg(AuditChain::tableName(report->firstBreak->table))
                                  .arg(report->firstBreak->rowId));
        return AuditBroken;
    }
    return Success;
}

} // namespace CommandLine
