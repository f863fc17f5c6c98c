#include "outboxcomposer.h"

#include "firmsettings.h"
#include "leadrepository.h"
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
    if (kind != OutboxKind::Test) {
        values.insert(QStringLiteral("first_name"), QStringLiteral("Jane"));
        values.insert(QStringLiteral("last_name"), QStringLiteral("Doe"));
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

    if (entry.kind != OutboxKind::Test) {
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
