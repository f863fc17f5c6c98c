// export-resume: a lead's resume to a file, checked against its stored SHA-256.
#include "commandline.h"
#include "common.h"
#include "console.h"
#include "filetarget.h"
#include "handlers.h"
#include "intakeservice.h"
#include "leadrepository.h"
#include "leadvalidator.h"

#include <QCommandLineParser>
#include <QCryptographicHash>
#include <QFileInfo>
#include <QSaveFile>

namespace CommandLine {

namespace {

int writeFailed(Context& context, const QString& path, const QString& reason)
{
    context.console.error(tr("Cannot write %1: %2. Nothing was written.").arg(path, reason));
    return Failure;
}

} // namespace

Syntax exportResumeSyntax()
{
    return { { { QStringLiteral("force"), tr("Replace FILE if it exists.") } },
        { { QStringLiteral("id"), tr("The lead's id.") },
            { QStringLiteral("file"), tr("Where to save the resume (a PDF).") } } };
}

int exportResume(Context& context)
{
    const QStringList& arguments = context.arguments;
    if (arguments.size() < 2)
        return usage(context, tr("export-resume needs a lead id and a file, as in: "
                                 "leadintake export-resume 12 resume.pdf"));
    int code = Success;
    if (tooManyArguments(context, 2, &code))
        return code;
    const std::optional<qint64> id = parseId(arguments.at(0));
    if (!id)
        return usage(context, badIdMessage(arguments.at(0)));
    const QString path = arguments.at(1);
    if (path.isEmpty())
        return usage(context, tr("export-resume needs a file name."));
    // Only a new or a regular file may be replaced, --force or not: the save renames a new
    // file over the target, which would destroy a device, a FIFO or a folder.
    if (const VoidResult writable = FileTarget::checkWritableTarget(path, true); !writable)
        return usage(context, writable.error().message);
    const QFileInfo target(path);
    if (target.exists() && !context.parser.isSet(QStringLiteral("force")))
        return usage(context, tr("%1 already exists; nothing was written. Add --force "
                                 "to replace it.")
                                  .arg(path));

    std::optional<Database> database = openDatabase(context, Open::MustExistIfNamed, &code);
    if (!database)
        return code;
    LeadRepository repository(database->connection());
    if (const Result<Lead> lead = repository.lead(*id); !lead)
        return fail(context, lead.error());
    const Result<ResumeFile> resume = repository.resume(*id);
    if (!resume)
        return fail(context, resume.error());
    if (QCryptographicHash::hash(resume->content, QCryptographicHash::Sha256).toHex()
        != resume->sha256Hex.toLower()) {
        context.console.error(tr("The stored resume of lead %1 is damaged (its checksum does not "
                                 "match); nothing was written.")
                                  .arg(*id));
        return Failure;
    }

    // QSaveFile writes beside the target and renames at the end: a failure leaves the
    // old file (or none), never half a resume.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return writeFailed(context, path, file.errorString());
    if (file.write(resume->content) != resume->content.size())
        return writeFailed(context, path, file.errorString());
    if (!file.commit())
        return writeFailed(context, path, file.errorString());

    const QString absolute = target.absoluteFilePath();
    if (const VoidResult recorded = repository.recordEvent(
            *id, LeadEvent::Kind::ResumeExported, currentDeskUser(), absolute);
        !recorded) {
        context.console.error(tr("The resume was saved to %1, but recording the export in the "
                                 "lead's history failed: %2")
                                  .arg(absolute, recorded.error().message));
        return Failure;
    }
    context.console.out() << tr("Resume of lead %1 saved to %2 (%3).")
                                 .arg(*id)
                                 .arg(absolute, LeadValidator::formatSize(resume->content.size()))
                          << '\n';
    return Success;
}

} // namespace CommandLine
