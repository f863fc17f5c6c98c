// export-lead ID DIR: everything the firm holds on one lead, for a subject access request,
// in a new private folder: lead.json and lead.txt (the fields), history.csv, notes.txt,
// emails.csv and emails/*.eml (the emails sent, rendered again: the outbox keeps no bodies),
// and the resume. An erased lead exports its tombstone only.
#include "commandline.h"
#include "common.h"
#include "console.h"
#include "csvwriter.h"
#include "firmsettings.h"
#include "handlers.h"
#include "leaderaser.h"
#include "leadrepository.h"
#include "outboxcomposer.h"
#include "outboxrepository.h"
#include "privatefiles.h"
#include "smtpconfig.h"
#include "smtpsettings.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace CommandLine {

namespace {

QString isoTime(const QDateTime& at)
{
    return at.isValid() ? at.toUTC().toString(Qt::ISODateWithMs) : QString();
}

// Writes one 0600 file; returns why it failed, or an empty string.
QString writeFile(const QString& path, const QByteArray& bytes)
{
    if (const QString why = PrivateFiles::createFile(path); !why.isEmpty())
        return why;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return file.errorString();
    PrivateFiles::restrictToOwner(path);
    return {};
}

QString historyKind(const LeadEvent& event)
{
    return LeadEvent::kindKey(event.kind);
}

} // namespace

Syntax exportLeadSyntax()
{
    return { {},
        { { QStringLiteral("id"), tr("The lead's id.") },
            { QStringLiteral("dir"), tr("A new or empty folder to write into (made private: 0700).") } } };
}

int exportLead(Context& context)
{
    const QStringList& arguments = context.arguments;
    if (arguments.size() < 2)
        return usage(context, tr("export-lead needs a lead id and a folder, as in: "
                                 "leadintake export-lead 12 lead-12"));
    int code = Success;
    if (tooManyArguments(context, 2, &code))
        return code;
    const std::optional<qint64> id = parseId(arguments.at(0));
    if (!id)
        return usage(context, badIdMessage(arguments.at(0)));
    const QString folder = QDir::cleanPath(QFileInfo(arguments.at(1)).absoluteFilePath());
    const QFileInfo target(folder);
    if (target.exists() && !target.isDir())
        return usage(context, tr("%1 is not a folder; nothing was written.").arg(folder));
    if (target.isDir() && !QDir(folder).isEmpty(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot))
        return usage(context, tr("%1 is not empty; export-lead writes into a new or empty folder only. "
                                 "Nothing was written.")
                                  .arg(folder));

    std::optional<Database> database = openDatabase(context, Open::MustExist, &code);
    if (!database)
        return code;
    LeadRepository repository(database->connection());
    const Result<Lead> lead = repository.lead(*id);
    if (!lead)
        return fail(context, lead.error());
    const Result<std::optional<QDateTime>> erasedAt = LeadEraser(database->connection()).erasedAt(*id);
    if (!erasedAt)
        return fail(context, erasedAt.error());
    const Result<QList<LeadEvent>> history = repository.history(*id);
    if (!history)
        return fail(context, history.error());

    if (const QString why = PrivateFiles::makeFolder(folder); !why.isEmpty()) {
        context.console.error(tr("Cannot make the folder %1: %2").arg(folder, why));
        return Failure;
    }
    PrivateFiles::restrictToOwner(folder);
    QStringList written;
    const auto write = [&](const QString& name, const QByteArray& bytes) {
        if (const QString why = writeFile(folder + QLatin1Char('/') + name, bytes); !why.isEmpty()) {
            context.console.error(tr("Cannot write %1: %2").arg(folder + QLatin1Char('/') + name, why));
            return false;
        }
        written.append(name);
        return true;
    };

    if (*erasedAt) {
        // Nothing personal is left: what remains is the record that it was erased.
        QJsonObject tombstone { { QStringLiteral("id"), *id }, { QStringLiteral("erased"), true },
                                { QStringLiteral("erased_at"), isoTime(**erasedAt) } };
        for (const LeadEvent& event : *history) {
            if (event.kind == LeadEvent::Kind::Erased) {
                tombstone.insert(QStringLiteral("erased_by"), event.actor);
                tombstone.insert(QStringLiteral("reason"), event.detail);
            }
        }
        if (!write(QStringLiteral("tombstone.json"), QJsonDocument(tombstone).toJson()))
            return Failure;
        context.console.out() << tr("Lead %1 was erased on %2; %3 holds its erasure record only.")
                                     .arg(*id)
                                     .arg(isoTime(**erasedAt), folder)
                              << '\n';
        return Success;
    }

    const Result<QString> language = repository.preferredLanguage(*id);
    const QJsonObject fields { { QStringLiteral("id"), lead->id },
                               { QStringLiteral("first_name"), lead->firstName },
                               { QStringLiteral("last_name"), lead->lastName },
                               { QStringLiteral("email"), lead->email },
                               { QStringLiteral("status"), LeadStatusText::key(lead->status) },
                               { QStringLiteral("preferred_language"), language ? *language : QString() },
                               { QStringLiteral("created_at"), isoTime(lead->createdAt) },
                               { QStringLiteral("updated_at"), isoTime(lead->updatedAt) },
                               { QStringLiteral("created_by"), lead->createdBy } };
    if (!write(QStringLiteral("lead.json"), QJsonDocument(fields).toJson()))
        return Failure;
    QString text;
    text += tr("Lead %1").arg(lead->id) + QLatin1Char('\n');
    text += tr("First name: %1").arg(lead->firstName) + QLatin1Char('\n');
    text += tr("Last name: %1").arg(lead->lastName) + QLatin1Char('\n');
    text += tr("Email: %1").arg(lead->email) + QLatin1Char('\n');
    text += tr("Status: %1").arg(LeadStatusText::display(lead->status)) + QLatin1Char('\n');
    text += tr("Entered: %1 by %2").arg(isoTime(lead->createdAt), lead->createdBy) + QLatin1Char('\n');
    text += tr("Last changed: %1").arg(isoTime(lead->updatedAt)) + QLatin1Char('\n');
    if (!write(QStringLiteral("lead.txt"), text.toUtf8()))
        return Failure;

    QString historyCsv = CsvWriter::record({ QStringLiteral("at"), QStringLiteral("kind"), QStringLiteral("by"),
                                             QStringLiteral("from_status"), QStringLiteral("to_status"),
                                             QStringLiteral("detail") });
    QString notes;
    for (const LeadEvent& event : *history) {
        historyCsv += CsvWriter::record({ isoTime(event.at), historyKind(event), event.actor,
                                          event.fromStatus ? LeadStatusText::key(*event.fromStatus) : QString(),
                                          event.toStatus ? LeadStatusText::key(*event.toStatus) : QString(),
                                          event.detail });
        if (event.kind == LeadEvent::Kind::Note)
            notes += tr("%1, %2:").arg(isoTime(event.at), event.actor) + QLatin1Char('\n') + event.detail
                + QStringLiteral("\n\n");
    }
    if (!write(QStringLiteral("history.csv"), QByteArray("\xEF\xBB\xBF") + historyCsv.toUtf8())
        || !write(QStringLiteral("notes.txt"), notes.toUtf8()))
        return Failure;

    // The emails: their rows, and the sent ones rendered again (the outbox stores no body;
    // the rendering uses today's templates and settings, which the list says).
    const Result<QList<OutboxEntry>> emails = OutboxRepository(database->connection()).deliveryFor(*id);
    if (!emails)
        return fail(context, emails.error());
    QString emailsCsv = CsvWriter::record({ QStringLiteral("id"), QStringLiteral("kind"), QStringLiteral("state"),
                                            QStringLiteral("to"), QStringLiteral("message_id"),
                                            QStringLiteral("queued_at"), QStringLiteral("sent_at"),
                                            QStringLiteral("file") });
    const OutboxComposer composer(database->connection());
    const SmtpConfig config = SmtpSettings::fromFirmSettings(FirmSettings(database->connection()));
    bool madeEmailFolder = false;
    for (const OutboxEntry& entry : *emails) {
        QString file;
        if (entry.state == OutboxState::Sent) {
            OutgoingMail mail;
            OutboxComposer::Problem problem;
            if (composer.compose(entry, config, &mail, &problem)) {
                if (!madeEmailFolder) {
                    if (const QString why = PrivateFiles::makeFolder(folder + QStringLiteral("/emails")); !why.isEmpty()) {
                        context.console.error(tr("Cannot make the folder %1: %2").arg(folder + QStringLiteral("/emails"), why));
                        return Failure;
                    }
                    madeEmailFolder = true;
                }
                file = QStringLiteral("emails/email-%1.eml").arg(entry.id);
                if (!write(file, mail.mime))
                    return Failure;
            } else {
                file = tr("(not rendered: %1)").arg(problem.message);
            }
        }
        emailsCsv += CsvWriter::record({ QString::number(entry.id), OutboxEntry::kindKey(entry.kind),
                                         OutboxEntry::stateKey(entry.state),
                                         entry.recipientAddress.isEmpty() ? tr("(the firm)") : entry.recipientAddress,
                                         entry.messageId, isoTime(entry.createdAt), isoTime(entry.sentAt), file });
    }
    if (!write(QStringLiteral("emails.csv"), QByteArray("\xEF\xBB\xBF") + emailsCsv.toUtf8()))
        return Failure;

    const Result<ResumeFile> resume = repository.resume(*id);
    if (resume) {
        if (!write(QStringLiteral("resume-") + QFileInfo(resume->fileName).fileName(), resume->content))
            return Failure;
    } else if (resume.error().code != Error::Code::NotFound) {
        return fail(context, resume.error());
    }

    context.console.out() << tr("Lead %1 exported to %2: %3.").arg(*id).arg(folder, written.join(QStringLiteral(", ")))
                          << '\n';
    return Success;
}

} // namespace CommandLine
