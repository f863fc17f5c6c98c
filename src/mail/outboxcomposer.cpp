#include "outboxcomposer.h"

#include "firmsettings.h"
#include "leadrepository.h"
#include "morningdigest.h"
#include "smtpconfig.h"
#include "templaterenderer.h"

namespace {

QString displayTime(const QDateTime& utc)
{
    return utc.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm t"));
}

// Email content follows the template's language, not the desk's: no tr() here.
QString resumeNote(const QString& language, bool attached)
{
    if (language == QLatin1String("es"))
        return attached ? QStringLiteral("El currículum va adjunto.")
                        : QStringLiteral("El currículum no va adjunto; ábralo en Lead Intake.");
    return attached ? QStringLiteral("The resume is attached.")
                    : QStringLiteral("The resume is not attached; open it in Lead Intake.");
}

// "3 days late" in the email's language (how long before the digest's moment it was due).
QString lateness(const QString& language, qint64 ms)
{
    const bool es = language == QLatin1String("es");
    const qint64 hours = ms / (3600 * 1000);
    if (hours < 1)
        return es ? QStringLiteral("menos de una hora de retraso") : QStringLiteral("less than an hour late");
    if (hours < 48) {
        if (es)
            return hours == 1 ? QStringLiteral("1 hora de retraso") : QStringLiteral("%1 horas de retraso").arg(hours);
        return hours == 1 ? QStringLiteral("1 hour late") : QStringLiteral("%1 hours late").arg(hours);
    }
    const qint64 days = hours / 24;
    return es ? QStringLiteral("%1 días de retraso").arg(days) : QStringLiteral("%1 days late").arg(days);
}

// The digest's list, one lead a line, then "and N more".
QString digestList(const QString& language, const MorningDigest::Contents& contents)
{
    const bool es = language == QLatin1String("es");
    QStringList lines;
    for (const MorningDigest::Item& item : contents.items) {
        // Concatenated, not arg(): a name is never read as a placeholder.
        QString line = QStringLiteral("- ") + item.name.simplified() + QStringLiteral(" (")
            + (es ? QStringLiteral("n.º ") : QStringLiteral("lead ")) + QString::number(item.leadId)
            + QStringLiteral("): ") + lateness(language, qMax<qint64>(0, item.dueAt.msecsTo(contents.asOf)));
        if (item.followUpOn.isValid())
            line += (es ? QStringLiteral("; volver a llamar el %1") : QStringLiteral("; follow up on %1"))
                        .arg(item.followUpOn.toString(Qt::ISODate));
        lines.append(line);
    }
    if (contents.unlisted > 0)
        lines.append(es ? QStringLiteral("... y %1 más (véalos en Lead Intake).").arg(contents.unlisted)
                        : QStringLiteral("... and %1 more (see them in Lead Intake).").arg(contents.unlisted));
    return lines.join(QLatin1Char('\n'));
}

} // namespace

OutboxComposer::OutboxComposer(QSqlDatabase db)
    : m_db(std::move(db))
{
}

QString OutboxComposer::senderAddress(const SmtpConfig& config) const
{
    const FirmSettings settings(m_db);
    const QString configured = settings.text(FirmSettings::Key::SenderAddress).trimmed();
    if (!configured.isEmpty())
        return configured;
    if (config.username.contains(QLatin1Char('@')))
        return config.username.trimmed();
    return {};
}

bool OutboxComposer::render(const MailTemplates::Template& source,
                            const QHash<QString, QString>& values, MailMessage* message,
                            QString* error)
{
    using Format = TemplateRenderer::Format;
    const TemplateRenderer::Rendered subject = TemplateRenderer::render(source.subject, values, Format::PlainText);
    const TemplateRenderer::Rendered text = TemplateRenderer::render(source.text, values, Format::PlainText);
    const TemplateRenderer::Rendered html = TemplateRenderer::render(source.html, values, Format::Html);
    QStringList unknown = subject.unknown;
    for (const QString& name : text.unknown + html.unknown) {
        if (!unknown.contains(name))
            unknown.append(name);
    }
    if (!unknown.isEmpty()) {
        if (error)
            *error = TemplateRenderer::Rendered { {}, unknown }.errorMessage();
        return false;
    }
    // Subjects are one line: a line break from a template or a value must not start a header.
    QString oneLine = subject.text;
    oneLine.replace(QLatin1Char('\r'), QLatin1Char(' ')).replace(QLatin1Char('\n'), QLatin1Char(' '));
    message->subject = oneLine.simplified();
    message->textBody = text.text;
    message->htmlBody = html.text;
    return true;
}

QHash<QString, QString> OutboxComposer::sampleValues(OutboxKind kind, const QString& firmName,
                                                     const QString& language)
{
    QHash<QString, QString> values;
    values.insert(QStringLiteral("firm_name"), firmName);
    values.insert(QStringLiteral("created_at"), displayTime(QDateTime::currentDateTimeUtc()));
    if (kind != OutboxKind::Test && kind != OutboxKind::MorningDigest) {
        values.insert(QStringLiteral("first_name"), QStringLiteral("Jane"));
        values.insert(QStringLiteral("last_name"), QStringLiteral("Doe"));
    }
    if (kind == OutboxKind::MorningDigest) {
        MorningDigest::Contents sample;
        sample.asOf = QDateTime::currentDateTimeUtc();
        sample.items.append({ 42, QStringLiteral("Jane Doe"), sample.asOf.addDays(-3), {} });
        sample.items.append({ 57, QStringLiteral("John Roe"), sample.asOf.addSecs(-5 * 3600),
                              sample.asOf.date() });
        values.insert(QStringLiteral("recipient_name"), QStringLiteral("Ana Ruiz"));
        values.insert(QStringLiteral("overdue_count"), QStringLiteral("2"));
        values.insert(QStringLiteral("digest_day"), sample.asOf.date().toString(Qt::ISODate));
        values.insert(QStringLiteral("lead_list"), digestList(language, sample));
    }
    if (kind == OutboxKind::AttorneyNotification) {
        values.insert(QStringLiteral("lead_name"), QStringLiteral("Jane Doe"));
        values.insert(QStringLiteral("lead_email"), QStringLiteral("jane.doe@example.com"));
        values.insert(QStringLiteral("lead_id"), QStringLiteral("42"));
        values.insert(QStringLiteral("resume_note"), resumeNote(language, true));
    }
    return values;
}

bool OutboxComposer::compose(const OutboxEntry& entry, const SmtpConfig& config, OutgoingMail* mail,
                             Problem* problem) const
{
    const FirmSettings settings(m_db);
    const QString firmName = settings.text(FirmSettings::Key::FirmName).trimmed();
    if (firmName.isEmpty() && entry.kind != OutboxKind::Test) {
        // The lead emails name the firm: without it the prospect would read "Thank you
        // for contacting . We have received…". Wait, like any missing setting. (A test
        // email only checks the connection.)
        *problem = { true, tr("Email is not configured: set the firm name in Settings "
                              "(or firm.name).") };
        return false;
    }
    MailMessage message;
    message.from.address = senderAddress(config);
    message.from.name = settings.text(FirmSettings::Key::SenderName);
    if (message.from.name.isEmpty())
        message.from.name = firmName;
    if (message.from.address.isEmpty()) {
        *problem = { true, tr("Email is not configured: set the sender address in Settings "
                              "(or mail.sender_address).") };
        return false;
    }
    message.messageId = entry.messageId.toLatin1();

    MailAddress to { entry.recipientName, entry.recipientAddress };
    QHash<QString, QString> values;
    values.insert(QStringLiteral("firm_name"), firmName);
    values.insert(QStringLiteral("created_at"), displayTime(entry.createdAt));

    if (entry.kind == OutboxKind::MorningDigest) {
        // The leads the digest listed when it was queued, as they are now: an erased one is
        // left out. Nothing left to list: the email fails with why (it is not sent empty).
        const Result<MorningDigest::Contents> contents = MorningDigest::contents(m_db, entry.id);
        if (!contents) {
            *problem = { contents.error().code == Error::Code::Database, contents.error().message };
            return false;
        }
        if (contents->items.isEmpty() && contents->unlisted == 0) {
            *problem = { false, tr("Morning digest %1 has no lead left to list (they were erased).").arg(entry.id) };
            return false;
        }
        values.insert(QStringLiteral("recipient_name"), to.name.isEmpty() ? to.address : to.name);
        values.insert(QStringLiteral("overdue_count"),
                      QString::number(contents->items.size() + contents->unlisted));
        values.insert(QStringLiteral("digest_day"), contents->day.toString(Qt::ISODate));
        values.insert(QStringLiteral("lead_list"), digestList(entry.language, *contents));
    } else if (entry.kind != OutboxKind::Test) {
        if (!entry.leadId) {
            *problem = { false, tr("Email %1 belongs to no lead.").arg(entry.id) };
            return false;
        }
        const LeadRepository leads(m_db);
        const Result<Lead> lead = leads.lead(*entry.leadId);
        if (!lead) {
            *problem = { lead.error().code == Error::Code::Database, lead.error().message };
            return false;
        }
        values.insert(QStringLiteral("first_name"), lead->firstName);
        values.insert(QStringLiteral("last_name"), lead->lastName);
        if (entry.kind == OutboxKind::AttorneyNotification) {
            if (to.address.isEmpty()) {
                to.address = settings.text(FirmSettings::Key::NotificationAddress);
                to.name = settings.text(FirmSettings::Key::NotificationName);
            }
            if (to.address.isEmpty()) {
                *problem = { true, tr("Email is not configured: set the notification address in "
                                      "Settings (or firm.notification_address).") };
                return false;
            }
            const bool attach = settings.flag(FirmSettings::Key::AttachResume);
            values.insert(QStringLiteral("lead_name"), lead->fullName());
            values.insert(QStringLiteral("lead_email"), lead->email);
            values.insert(QStringLiteral("lead_id"), QString::number(lead->id));
            values.insert(QStringLiteral("created_at"), displayTime(lead->createdAt));
            values.insert(QStringLiteral("resume_note"), resumeNote(entry.language, attach));
            // The attorney's Reply reaches the prospect, not the front desk's mailbox.
            message.replyTo = { lead->fullName(), lead->email };
            if (attach) {
                const Result<ResumeFile> resume = leads.resume(*entry.leadId);
                if (!resume) {
                    *problem = { resume.error().code == Error::Code::Database, resume.error().message };
                    return false;
                }
                message.attachments.append(
                    MailAttachment { resume->fileName, resume->mimeType.toLatin1(), resume->content });
            }
        }
    }
    if (to.address.isEmpty()) {
        *problem = { false, tr("Email %1 has no recipient.").arg(entry.id) };
        return false;
    }
    message.to.append(to);

    const MailTemplates::Template source = MailTemplates::effective(entry.kind, entry.language, settings);
    QString error;
    if (!render(source, values, &message, &error)) {
        *problem = { false, error };
        return false;
    }
    mail->id = QString::number(entry.id);
    mail->from = message.from.address;
    mail->recipients = message.recipients();
    mail->mime = message.toMime();
    return true;
}

bool OutboxComposer::composeTest(const QString& to, const QString& language, const SmtpConfig& config,
                                 OutgoingMail* mail, Problem* problem) const
{
    OutboxEntry entry;
    entry.id = 0;
    entry.kind = OutboxKind::Test;
    entry.language = language;
    entry.recipientAddress = to;
    entry.createdAt = QDateTime::currentDateTimeUtc();
    if (!compose(entry, config, mail, problem))
        return false;
    mail->id = QStringLiteral("test");
    return true;
}
