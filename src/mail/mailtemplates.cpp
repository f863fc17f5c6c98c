#include "mailtemplates.h"

#include "firmsettings.h"

#include <QFile>

namespace {

QString readResource(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

QString partKey(MailTemplates::Part part)
{
    switch (part) {
    case MailTemplates::Part::Subject:
        return QStringLiteral("subject");
    case MailTemplates::Part::Text:
        return QStringLiteral("text");
    case MailTemplates::Part::Html:
        return QStringLiteral("html");
    }
    return {};
}

} // namespace

QStringList MailTemplates::languages()
{
    return { QStringLiteral("en"), QStringLiteral("es") };
}

QString MailTemplates::baseName(OutboxKind kind, const QString& language)
{
    const QString lang = languages().contains(language) ? language : QStringLiteral("en");
    return OutboxEntry::kindKey(kind) + QLatin1Char('.') + lang;
}

QString MailTemplates::partName(OutboxKind kind, const QString& language, Part part)
{
    return baseName(kind, language) + QLatin1Char('.') + partKey(part);
}

QStringList MailTemplates::overrideNames()
{
    QStringList names;
    for (const OutboxKind kind : { OutboxKind::ProspectConfirmation, OutboxKind::AttorneyNotification }) {
        for (const QString& language : languages()) {
            for (const Part part : { Part::Subject, Part::Text, Part::Html })
                names.append(partName(kind, language, part));
        }
    }
    return names;
}

MailTemplates::Template MailTemplates::builtIn(OutboxKind kind, const QString& language)
{
    const QString base = QStringLiteral(":/mail/") + baseName(kind, language);
    Template result;
    QString text = readResource(base + QStringLiteral(".txt"));
    // The first line is "Subject: ...", then an empty line, then the body.
    if (text.startsWith(QLatin1String("Subject:"))) {
        const qsizetype end = text.indexOf(QLatin1Char('\n'));
        result.subject = text.mid(8, end < 0 ? -1 : end - 8).trimmed();
        text = end < 0 ? QString() : text.mid(end + 1);
        if (text.startsWith(QLatin1Char('\n')))
            text.remove(0, 1);
    }
    result.text = text;
    result.html = readResource(base + QStringLiteral(".html"));
    return result;
}

MailTemplates::Template MailTemplates::effective(OutboxKind kind, const QString& language,
                                                 const FirmSettings& settings)
{
    Template result = builtIn(kind, language);
    const QString subject = settings.templateOverride(partName(kind, language, Part::Subject));
    const QString text = settings.templateOverride(partName(kind, language, Part::Text));
    const QString html = settings.templateOverride(partName(kind, language, Part::Html));
    if (!subject.trimmed().isEmpty())
        result.subject = subject.trimmed();
    if (!text.trimmed().isEmpty()) {
        result.text = text;
        // A firm that rewrites the text without an HTML version gets plain text only, so
        // the two alternatives never say different things.
        if (html.trimmed().isEmpty())
            result.html.clear();
    }
    if (!html.trimmed().isEmpty())
        result.html = html;
    return result;
}

QStringList MailTemplates::placeholdersFor(OutboxKind kind)
{
    switch (kind) {
    case OutboxKind::ProspectConfirmation:
        return { QStringLiteral("first_name"), QStringLiteral("last_name"), QStringLiteral("firm_name") };
    case OutboxKind::AttorneyNotification:
        return { QStringLiteral("first_name"), QStringLiteral("last_name"), QStringLiteral("lead_name"),
                 QStringLiteral("lead_email"), QStringLiteral("created_at"), QStringLiteral("lead_id"),
                 QStringLiteral("firm_name"), QStringLiteral("resume_note") };
    case OutboxKind::Test:
        return { QStringLiteral("firm_name"), QStringLiteral("created_at") };
    case OutboxKind::MorningDigest:
        return { QStringLiteral("recipient_name"), QStringLiteral("overdue_count"), QStringLiteral("digest_day"),
                 QStringLiteral("lead_list"), QStringLiteral("firm_name"), QStringLiteral("created_at") };
    }
    return {};
}
