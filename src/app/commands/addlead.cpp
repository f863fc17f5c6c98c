// add-lead: a new lead with its resume, through the same service and checks as the form.
#include "commandline.h"
#include "common.h"
#include "console.h"
#include "handlers.h"
#include "intakeservice.h"
#include "leadrepository.h"
#include "leadvalidator.h"
#include "texttable.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace CommandLine {

Syntax addLeadSyntax()
{
    return { { { QStringLiteral("first-name"), tr("The prospect's first name."), tr("name") },
                 { QStringLiteral("last-name"), tr("The prospect's last name."), tr("name") },
                 { QStringLiteral("email"), tr("The prospect's email address."), tr("address") },
                 { QStringLiteral("resume"), tr("The resume, a PDF file."), tr("file") },
                 { QStringLiteral("allow-duplicate"),
                     tr("Save even when a lead with this email already exists.") },
                 { QStringLiteral("language"),
                     tr("The prospect's language for the confirmation email: en or es "
                        "(default en)."),
                     tr("en|es"), QStringLiteral("en") },
                 { QStringLiteral("attorney"),
                     tr("The user name of the attorney responsible for the lead (default: the "
                        "firm's rule, assignment.mode)."),
                     tr("username") },
                 { QStringLiteral("source"), tr("How the prospect heard of the firm (free text)."),
                     tr("text") } },
        {} };
}

int addLead(Context& context)
{
    const QCommandLineParser& parser = context.parser;
    int code = Success;
    if (tooManyArguments(context, 0, &code))
        return code;
    QStringList missing;
    for (const char* option : { "first-name", "last-name", "email", "resume" }) {
        if (!parser.isSet(QLatin1String(option)))
            missing.append(QStringLiteral("--") + QLatin1String(option));
    }
    if (!missing.isEmpty())
        return usage(context, tr("add-lead needs %1.").arg(missing.join(QStringLiteral(", "))));

    const QString language = parser.value(QStringLiteral("language")).trimmed().toLower();
    if (const QString problem = LeadValidator::checkLanguage(language); !problem.isEmpty())
        return usage(context, problem);

    const QString source = parser.value(QStringLiteral("source"));
    if (const QString problem = LeadValidator::checkSource(source); !problem.isEmpty())
        return usage(context, problem);

    std::optional<Database> database = openDatabase(context, Open::MayCreate, &code);
    if (!database)
        return code;
    std::optional<qint64> attorneyId;
    if (parser.isSet(QStringLiteral("attorney"))) {
        const std::optional<UserAccount> attorney = attorneyNamed(
            context, database->connection(), parser.value(QStringLiteral("attorney")), true, &code);
        if (!attorney)
            return code;
        attorneyId = attorney->id;
    }
    LeadRepository repository(database->connection());
    const IntakeService service(repository, LeadValidator());
    const LeadDraft draft { parser.value(QStringLiteral("first-name")),
        parser.value(QStringLiteral("last-name")), parser.value(QStringLiteral("email")),
        parser.value(QStringLiteral("resume")), language, attorneyId, source };
    const IntakeService::Outcome outcome = service.submit(draft, context.actor.name,
        parser.isSet(QStringLiteral("allow-duplicate")) ? IntakeService::Duplicates::SaveAnyway
                                                        : IntakeService::Duplicates::Warn,
        context.actor.id);

    Console& console = context.console;
    if (!outcome.fieldErrors.isEmpty()) {
        for (const LeadValidator::FieldError& fieldError : outcome.fieldErrors)
            console.error(LeadValidator::fieldName(fieldError.field) + QStringLiteral(": ")
                + fieldError.message);
        return Usage;
    }
    if (!outcome.duplicates.isEmpty()) {
        console.error(QCoreApplication::translate("CommandLine",
            "The email %1 already belongs to %n lead(s):", nullptr, int(outcome.duplicates.size()))
                          .arg(draft.email.trimmed()));
        for (const Lead& lead : outcome.duplicates)
            console.error(tr("  lead %1: %2").arg(lead.id).arg(TextTable::terminalSafe(lead.fullName())));
        console.error(tr("Nothing was saved. Add --allow-duplicate to save it anyway."));
        return Duplicate;
    }
    if (outcome.error)
        return fail(context, *outcome.error);

    console.out() << tr("Lead %1 saved.").arg(outcome.leadId) << '\n';
    return Success;
}

} // namespace CommandLine
