#include "firmsettings.h"

#include "accountrepository.h"
#include "attorneyassignment.h"
#include "leadvalidator.h"
#include "responsetarget.h"
#include "sqldialect.h"
#include "logging.h"

#include <QDateTime>
#include <QDir>
#include <QSqlError>
#include <QTime>
#include <QTimeZone>
#include <QSqlQuery>
#include <QUrl>

#include <array>

namespace {

struct Entry
{
    FirmSettings::Key key;
    const char* name;
    QMetaType::Type type;
    const char* defaultValue;
};

// The (key, default) table: names are stable, they are stored in every firm's database.
const std::array<Entry, 32> kEntries { {
    { FirmSettings::Key::FirmName, "firm.name", QMetaType::QString, "" },
    { FirmSettings::Key::NotificationAddress, "firm.notification_address", QMetaType::QString, "" },
    { FirmSettings::Key::NotificationName, "firm.notification_name", QMetaType::QString, "" },
    { FirmSettings::Key::AttachResume, "mail.attach_resume", QMetaType::Bool, "true" },
    { FirmSettings::Key::SenderName, "mail.sender_name", QMetaType::QString, "" },
    { FirmSettings::Key::SenderAddress, "mail.sender_address", QMetaType::QString, "" },
    { FirmSettings::Key::SmtpHost, "smtp.host", QMetaType::QString, "" },
    { FirmSettings::Key::SmtpPort, "smtp.port", QMetaType::Int, "465" },
    { FirmSettings::Key::SmtpSecurity, "smtp.security", QMetaType::QString, "implicit" },
    { FirmSettings::Key::SmtpUsername, "smtp.username", QMetaType::QString, "" },
    { FirmSettings::Key::SmtpCaFile, "smtp.ca_file", QMetaType::QString, "" },
    { FirmSettings::Key::AssignmentMode, "assignment.mode", QMetaType::QString, "manual" },
    { FirmSettings::Key::DefaultAttorney, "assignment.default_attorney", QMetaType::QString, "" },
    { FirmSettings::Key::LeadSources, "intake.sources", QMetaType::QString,
      "Web search;Referral from a client;Another lawyer;Social media;Advertisement" },
    { FirmSettings::Key::RetentionMonths, "retention.erase_after_months", QMetaType::Int, "0" },
    { FirmSettings::Key::BackupDaily, "backup.daily", QMetaType::Bool, "false" },
    { FirmSettings::Key::BackupFolder, "backup.folder", QMetaType::QString, "" },
    { FirmSettings::Key::BackupKeep, "backup.keep", QMetaType::Int, "7" },
    { FirmSettings::Key::BackupTime, "backup.time", QMetaType::QString, "12:00" },
    { FirmSettings::Key::BackupLastDone, "backup.last_done", QMetaType::QString, "" },
    { FirmSettings::Key::BackupClaimed, "backup.claimed", QMetaType::QString, "" },
    { FirmSettings::Key::SmtpAuth, "smtp.auth", QMetaType::QString, "password" },
    { FirmSettings::Key::OAuthClientId, "oauth.client_id", QMetaType::QString, "" },
    { FirmSettings::Key::OAuthTenant, "oauth.tenant", QMetaType::QString, "organizations" },
    { FirmSettings::Key::OAuthClientSecret, "oauth.client_secret", QMetaType::QString, "" },
    { FirmSettings::Key::OAuthAuthorizeUrl, "oauth.authorize_url", QMetaType::QString, "" },
    { FirmSettings::Key::OAuthTokenUrl, "oauth.token_url", QMetaType::QString, "" },
    { FirmSettings::Key::ResponseTargetDays, "response.target_business_days", QMetaType::Int, "1" },
    { FirmSettings::Key::ResponseWeekend, "response.weekend", QMetaType::QString, "sat,sun" },
    { FirmSettings::Key::FirmTimeZone, "firm.time_zone", QMetaType::QString, "" },
    { FirmSettings::Key::DigestDaily, "digest.daily", QMetaType::Bool, "true" },
    { FirmSettings::Key::DigestTime, "digest.time", QMetaType::QString, "08:00" },
} };

const Entry& entryFor(FirmSettings::Key key)
{
    for (const Entry& entry : kEntries) {
        if (entry.key == key)
            return entry;
    }
    return kEntries.front();
}

std::optional<bool> parseFlag(const QString& text)
{
    const QString value = text.trimmed().toLower();
    if (value == QLatin1String("true") || value == QLatin1String("1") || value == QLatin1String("yes")
        || value == QLatin1String("on"))
        return true;
    if (value == QLatin1String("false") || value == QLatin1String("0") || value == QLatin1String("no")
        || value == QLatin1String("off"))
        return false;
    return std::nullopt;
}

QVariant convert(const Entry& entry, const QString& text)
{
    switch (entry.type) {
    case QMetaType::Bool:
        return parseFlag(text).value_or(parseFlag(QString::fromLatin1(entry.defaultValue)).value_or(false));
    case QMetaType::Int: {
        bool ok = false;
        const int number = text.trimmed().toInt(&ok);
        return ok ? number : QString::fromLatin1(entry.defaultValue).toInt();
    }
    default:
        return text;
    }
}

Error sqlError(const QString& what, const QSqlQuery& query)
{
    qCWarning(lcDb) << what << query.lastError().text();
    return Error { Error::Code::Database, what + QStringLiteral(": ") + query.lastError().text() };
}

} // namespace

FirmSettings::FirmSettings(QSqlDatabase db)
    : m_db(std::move(db))
{
}

QList<FirmSettings::Key> FirmSettings::allKeys()
{
    QList<Key> keys;
    for (const Entry& entry : kEntries)
        keys.append(entry.key);
    return keys;
}

QString FirmSettings::keyName(Key key)
{
    return QString::fromLatin1(entryFor(key).name);
}

std::optional<FirmSettings::Key> FirmSettings::keyFromName(const QString& name)
{
    for (const Entry& entry : kEntries) {
        if (name.trimmed() == QLatin1String(entry.name))
            return entry.key;
    }
    return std::nullopt;
}

QVariant FirmSettings::defaultValue(Key key)
{
    const Entry& entry = entryFor(key);
    return convert(entry, QString::fromLatin1(entry.defaultValue));
}

QString FirmSettings::description(Key key)
{
    switch (key) {
    case Key::FirmName:
        return tr("The firm's name, as emails show it.");
    case Key::NotificationAddress:
        return tr("A copy of every new-lead notification (the responsible attorney gets the first); "
                  "the only one for leads nobody is responsible for.");
    case Key::NotificationName:
        return tr("The display name for the notification address.");
    case Key::AttachResume:
        return tr("Attach the resume to notifications: true or false (default true).");
    case Key::SenderName:
        return tr("The sender's display name (default: the firm's name).");
    case Key::SenderAddress:
        return tr("The sender's address (default: the SMTP user name).");
    case Key::SmtpHost:
        return tr("The SMTP server, such as smtp.gmail.com.");
    case Key::SmtpPort:
        return tr("The SMTP port (default 465).");
    case Key::SmtpSecurity:
        return tr("implicit (TLS, port 465), starttls (port 587) or plain (local relay only).");
    case Key::SmtpUsername:
        return tr("The SMTP user name (the password is never stored here).");
    case Key::SmtpCaFile:
        return tr("A PEM file of extra CA certificates to trust for the SMTP server.");
    case Key::AssignmentMode:
        return tr("Who is responsible for a new lead: manual (chosen at intake), round-robin "
                  "(active attorneys in turn) or default (the default attorney).");
    case Key::DefaultAttorney:
        return tr("The user name of the attorney who gets every new lead when assignment.mode is default.");
    case Key::LeadSources:
        return tr("The choices for \"How did you hear about us?\", separated by semicolons "
                  "(\"Other\" is always offered).");
    case Key::RetentionMonths:
        return tr("Erase leads this many months after their last activity, once an administrator "
                  "confirms (retention list / retention apply); 0 = off (the default).");
    case Key::BackupDaily:
        return tr("Back up the database once a day from the first desk open after backup.time: true or "
                  "false (default false).");
    case Key::BackupFolder:
        return tr("The folder (an absolute path) where the daily backups go.");
    case Key::BackupKeep:
        return tr("How many daily backups are kept; older ones are removed (default 7).");
    case Key::BackupTime:
        return tr("The time of day (HH:MM) after which the daily backup is due (default 12:00).");
    case Key::BackupLastDone:
        return tr("When the last backup was written (UTC; written by Lead Intake).");
    case Key::BackupClaimed:
        return tr("When a desk started the daily backup (written by Lead Intake).");
    case Key::SmtpAuth:
        return tr("How the desk signs in to the SMTP server: password (or app password), microsoft "
                  "or google (Sign in with… in Settings).");
    case Key::OAuthClientId:
        return tr("The client id of the firm's app registered with Microsoft or Google.");
    case Key::OAuthTenant:
        return tr("Microsoft only: the firm's tenant id or domain (default organizations).");
    case Key::OAuthClientSecret:
        return tr("Google only: the client secret of a \"Desktop app\" client, if it has one.");
    case Key::OAuthAuthorizeUrl:
        return tr("Replaces the provider's authorisation URL (leave empty).");
    case Key::OAuthTokenUrl:
        return tr("Replaces the provider's token URL (leave empty).");
    case Key::ResponseTargetDays:
        return tr("A pending lead is overdue this many business days after it arrived (default 1; "
                  "0 = no target).");
    case Key::ResponseWeekend:
        return tr("The days that are not business days, such as sat,sun (the default) or fri,sat; "
                  "none: every day is one.");
    case Key::FirmTimeZone:
        return tr("The firm's time zone, such as America/New_York (default: this computer's).");
    case Key::DigestDaily:
        return tr("Email each attorney a morning list of their overdue leads: true or false (default true).");
    case Key::DigestTime:
        return tr("The time of day (HH:MM, the firm's time zone) after which the morning digest goes "
                  "(default 08:00).");
    }
    return {};
}

Result<std::optional<QString>> FirmSettings::raw(const QString& key) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    query.addBindValue(key);
    if (!query.exec())
        return sqlError(tr("Reading the firm settings failed"), query);
    if (!query.next())
        return std::optional<QString>();
    return std::optional<QString>(query.value(0).toString());
}

Result<QVariant> FirmSettings::value(Key key) const
{
    const Entry& entry = entryFor(key);
    const Result<std::optional<QString>> stored = raw(QString::fromLatin1(entry.name));
    if (!stored)
        return stored.error();
    return convert(entry, stored->value_or(QString::fromLatin1(entry.defaultValue)));
}

QString FirmSettings::text(Key key) const
{
    const Result<QVariant> v = value(key);
    return (v ? *v : defaultValue(key)).toString();
}

bool FirmSettings::flag(Key key) const
{
    const Result<QVariant> v = value(key);
    return (v ? *v : defaultValue(key)).toBool();
}

int FirmSettings::number(Key key) const
{
    const Result<QVariant> v = value(key);
    return (v ? *v : defaultValue(key)).toInt();
}

bool FirmSettings::isSet(Key key) const
{
    const Result<std::optional<QString>> stored = raw(keyName(key));
    return stored && stored->has_value();
}

QString FirmSettings::checkValue(Key key, const QString& value)
{
    const QString text = value.trimmed();
    if (text.isEmpty())
        return {};
    switch (entryFor(key).type) {
    case QMetaType::Bool:
        if (!parseFlag(text))
            return tr("%1 must be true or false, not \"%2\".").arg(keyName(key), text);
        return {};
    case QMetaType::Int:
        if (key == Key::SmtpPort) {
            bool ok = false;
            const int port = text.toInt(&ok);
            if (!ok || port < 1 || port > 65535)
                return tr("The SMTP port must be a number from 1 to 65535, not \"%1\".").arg(text);
        }
        if (key == Key::RetentionMonths) {
            bool ok = false;
            const int months = text.toInt(&ok);
            if (!ok || months < 0 || months > kMaxRetentionMonths)
                return tr("The retention period must be a number of months from 0 (off) to %1, not \"%2\".")
                    .arg(kMaxRetentionMonths)
                    .arg(text);
        }
        if (key == Key::ResponseTargetDays) {
            bool ok = false;
            const int days = text.toInt(&ok);
            if (!ok || days < 0 || days > kMaxResponseTargetDays)
                return tr("The response target must be a number of business days from 0 (none) to %1, not \"%2\".")
                    .arg(kMaxResponseTargetDays)
                    .arg(text);
        }
        if (key == Key::BackupKeep) {
            bool ok = false;
            const int keep = text.toInt(&ok);
            if (!ok || keep < 1 || keep > 366)
                return tr("backup.keep must be a number from 1 to 366, not \"%1\".").arg(text);
        }
        return {};
    default:
        break;
    }
    if (key == Key::AssignmentMode && !AttorneyAssignment::modeFromKey(text))
        return tr("The assignment mode must be manual, round-robin or default, not \"%1\".").arg(text);
    if (key == Key::DefaultAttorney) {
        if (const QString problem = AccountRepository::checkUsername(text); !problem.isEmpty())
            return keyName(key) + QStringLiteral(": ") + problem;
    }
    if (key == Key::LeadSources) {
        const QStringList sources = splitSources(text);
        if (sources.size() > kMaxSources)
            return tr("At most %n sources can be offered.", nullptr, kMaxSources);
        for (const QString& source : sources) {
            if (const QString problem = LeadValidator::checkSource(source); !problem.isEmpty())
                return problem;
        }
    }
    if (key == Key::SmtpSecurity && text != QLatin1String("implicit")
        && text != QLatin1String("starttls") && text != QLatin1String("plain"))
        return tr("The SMTP security must be implicit, starttls or plain, not \"%1\".").arg(text);
    if (key == Key::BackupFolder && !QDir::isAbsolutePath(text))
        return tr("backup.folder must be an absolute path, not \"%1\".").arg(text);
    if (key == Key::BackupTime && !QTime::fromString(text, QStringLiteral("HH:mm")).isValid())
        return tr("backup.time must be a time of day as HH:MM, such as 12:00, not \"%1\".").arg(text);
    if (key == Key::DigestTime && !QTime::fromString(text, QStringLiteral("HH:mm")).isValid())
        return tr("digest.time must be a time of day as HH:MM, such as 08:00, not \"%1\".").arg(text);
    if (key == Key::ResponseWeekend && !ResponseTarget::parseWeekend(text))
        return tr("response.weekend must list days as mon, tue, wed, thu, fri, sat or sun separated by "
                  "commas (at most six), not \"%1\".").arg(text);
    if (key == Key::FirmTimeZone && !QTimeZone(text.toUtf8()).isValid())
        return tr("firm.time_zone must be a time zone such as America/New_York or Europe/Madrid, not \"%1\".")
            .arg(text);
    if ((key == Key::BackupLastDone || key == Key::BackupClaimed)
        && !QDateTime::fromString(text, Qt::ISODate).isValid())
        return tr("%1 must be a date and time (ISO 8601), not \"%2\".").arg(keyName(key), text);
    if (key == Key::SmtpAuth && text != QLatin1String("password") && text != QLatin1String("microsoft")
        && text != QLatin1String("google"))
        return tr("The SMTP sign-in must be password, microsoft or google, not \"%1\".").arg(text);
    if (key == Key::OAuthAuthorizeUrl || key == Key::OAuthTokenUrl) {
        // Tokens travel over it: HTTPS, or plain HTTP only to this computer (a test server).
        const QUrl url(text, QUrl::StrictMode);
        const bool loopback = url.scheme() == QLatin1String("http")
                              && (url.host() == QLatin1String("127.0.0.1") || url.host() == QLatin1String("localhost")
                                  || url.host() == QLatin1String("::1"));
        if (!url.isValid() || url.host().isEmpty() || (url.scheme() != QLatin1String("https") && !loopback))
            return tr("%1 must be an https:// address, not \"%2\".").arg(keyName(key), text);
    }
    if (key == Key::OAuthTenant) {
        for (const QChar ch : text) {
            if (!ch.isLetterOrNumber() && ch != QLatin1Char('.') && ch != QLatin1Char('-'))
                return tr("The Microsoft tenant is an id or a domain such as example.com, not \"%1\".").arg(text);
        }
    }
    if (key == Key::NotificationAddress || key == Key::SenderAddress) {
        const QString problem = LeadValidator::checkEmail(text);
        if (!problem.isEmpty())
            return keyName(key) + QStringLiteral(": ") + problem;
    }
    for (const QChar ch : text) {
        if (ch.category() == QChar::Other_Control)
            return tr("%1 must not contain control characters such as line breaks.").arg(keyName(key));
    }
    return {};
}

VoidResult FirmSettings::store(const QString& key, const QString& value)
{
    QSqlQuery query(m_db);
    if (value.isEmpty()) {
        query.prepare(QStringLiteral("DELETE FROM settings WHERE key = ?"));
        query.addBindValue(key);
    } else {
        query.prepare(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?) "
                                     "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
        query.addBindValue(key);
        query.addBindValue(value);
    }
    if (!query.exec())
        return sqlError(tr("Saving the firm settings failed"), query);
    return Done {};
}

VoidResult FirmSettings::setValue(Key key, const QVariant& value)
{
    QString text = value.typeId() == QMetaType::Bool ? (value.toBool() ? QStringLiteral("true")
                                                                       : QStringLiteral("false"))
                                                     : value.toString().trimmed();
    const QString problem = checkValue(key, text);
    if (!problem.isEmpty())
        return Error { Error::Code::Invalid, problem };
    if (entryFor(key).type == QMetaType::Bool && !text.isEmpty())
        text = *parseFlag(text) ? QStringLiteral("true") : QStringLiteral("false");
    if (key == Key::AssignmentMode && !text.isEmpty())
        text = AttorneyAssignment::modeKey(*AttorneyAssignment::modeFromKey(text));
    if (key == Key::LeadSources && !text.isEmpty())
        text = splitSources(text).join(QLatin1Char(';'));
    if (key == Key::DefaultAttorney && !text.isEmpty()) {
        // Stored as the account's key: the server's rule compares it with users.username_key.
        const Result<UserAccount> account = AccountRepository(m_db).userByName(text);
        if (!account)
            return account.error();
        if (const QString why = AttorneyAssignment::whyNotResponsible(*account); !why.isEmpty())
            return Error { Error::Code::Invalid, why };
        text = AccountRepository::usernameKey(account->username);
    }
    return store(keyName(key), text);
}

VoidResult FirmSettings::reset(Key key)
{
    return store(keyName(key), QString());
}

QStringList FirmSettings::splitSources(const QString& text)
{
    QStringList sources;
    for (const QString& part : text.split(QLatin1Char(';'))) {
        const QString source = part.simplified();
        if (!source.isEmpty() && !sources.contains(source, Qt::CaseInsensitive))
            sources.append(source);
    }
    return sources;
}

QStringList FirmSettings::leadSources() const
{
    if (SqlDialect(m_db).isPostgres()) {
        // Through the server's function: the kiosk's intake role reads no settings.
        QSqlQuery query(m_db);
        if (query.exec(QStringLiteral("SELECT leadintake_lead_sources()")) && query.next())
            return splitSources(query.value(0).isNull() ? defaultValue(Key::LeadSources).toString()
                                                        : query.value(0).toString());
        qCWarning(lcDb) << "reading the lead sources failed:" << query.lastError().text();
    }
    return splitSources(text(Key::LeadSources));
}

QString FirmSettings::templateOverride(const QString& name) const
{
    const Result<std::optional<QString>> stored = raw(templateKeyPrefix() + name);
    return stored ? stored->value_or(QString()) : QString();
}

VoidResult FirmSettings::setTemplateOverride(const QString& name, const QString& text)
{
    if (name.isEmpty() || name.contains(QLatin1Char(' ')))
        return Error { Error::Code::Invalid, tr("\"%1\" is not a template name.").arg(name) };
    return store(templateKeyPrefix() + name, text.trimmed().isEmpty() ? QString() : text);
}
