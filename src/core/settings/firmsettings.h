#pragma once

#include "error.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QVariant>

#include <optional>

// Firm-wide settings shared by every desk, stored in the database's `settings` table:
// typed access keyed by an enum with a (key, default) table. Never holds secrets: the
// SMTP password lives in the OS keychain (GUI) or the environment (command line).
class FirmSettings
{
    Q_DECLARE_TR_FUNCTIONS(FirmSettings)

public:
    enum class Key {
        FirmName, // "firm.name": shown in emails ({{firm_name}})
        // "firm.notification_address": a copy of every new-lead notification (the lead's
        // attorney gets the first), and the one recipient for a lead nobody is responsible for
        NotificationAddress,
        NotificationName, // "firm.notification_name": display name for that address
        AttachResume, // "mail.attach_resume": attach the resume to notifications (default on)
        SenderName, // "mail.sender_name": From display name (default: the firm's name)
        SenderAddress, // "mail.sender_address": From address (default: the SMTP user name)
        SmtpHost, // "smtp.host"
        SmtpPort, // "smtp.port" (default 465)
        SmtpSecurity, // "smtp.security": implicit | starttls | plain (default implicit)
        SmtpUsername, // "smtp.username"
        SmtpCaFile, // "smtp.ca_file": extra CA certificates (PEM) to trust
        AssignmentMode, // "assignment.mode": manual | round-robin | default (AttorneyAssignment)
        DefaultAttorney, // "assignment.default_attorney": the user name for "default" (stored as its key)
        LeadSources, // "intake.sources": the "How did you hear about us?" choices, separated by ";"
        // "retention.erase_after_months": leads are due for erasure this many months after
        // their last activity (LeadEraser::due); 0 = off. Never applied without an admin.
        RetentionMonths,
        // Daily backup from the window (issue 13, part 3; SQLite desks). Off by default.
        BackupDaily, // "backup.daily": true or false (default false)
        BackupFolder, // "backup.folder": where the daily backups go (an absolute path)
        BackupKeep, // "backup.keep": how many daily backups are kept (default 7)
        BackupTime, // "backup.time": HH:MM, the first desk open after it backs up (default 12:00)
        // Written by Lead Intake, not by people: the last backup that checked out (UTC, ISO
        // 8601), and the daily backup's claim (so that two desks do not both run it).
        BackupLastDone, // "backup.last_done"
        BackupClaimed, // "backup.claimed"
        // How the desk signs in to the SMTP server (issue 11, item 5).
        SmtpAuth, // "smtp.auth": password | microsoft | google (OAuth 2.0, XOAUTH2)
        OAuthClientId, // "oauth.client_id": the firm's app registered with the provider
        OAuthTenant, // "oauth.tenant": Microsoft tenant id or domain (default organizations)
        // "oauth.client_secret": only Google's "desktop app" clients have one, and Google
        // says it is not treated as a secret there (it ships inside every installed app).
        OAuthClientSecret,
        OAuthAuthorizeUrl, // "oauth.authorize_url": overrides the provider's (tests, proxies)
        OAuthTokenUrl, // "oauth.token_url": overrides the provider's
        // How fast the firm answers (issue 12, part 2; ResponseTarget).
        // "response.target_business_days": a pending lead is overdue this many business days
        // after it arrived (default 1; 0 = no target)
        ResponseTargetDays,
        ResponseWeekend, // "response.weekend": the days skipped, such as "sat,sun" (the default)
        FirmTimeZone, // "firm.time_zone": IANA id such as America/New_York (default: this computer's)
        // The morning digest of overdue leads, one a day to each attorney who has some.
        DigestDaily, // "digest.daily": true or false (default true)
        DigestTime, // "digest.time": HH:MM in the firm's time zone after which it goes (default 08:00)
    };
    static constexpr int kMaxResponseTargetDays = 60;
    static constexpr int kMaxRetentionMonths = 1200;

    explicit FirmSettings(QSqlDatabase db);

    static QList<Key> allKeys();
    static QString keyName(Key key);
    static std::optional<Key> keyFromName(const QString& name);
    static QVariant defaultValue(Key key);
    // One line for `leadintake config-get --help` and the settings dialog's tooltips.
    static QString description(Key key);

    // The stored value converted to the key's type, or the default when unset.
    Result<QVariant> value(Key key) const;
    // Convenience forms that fall back to the default when the database cannot be read.
    QString text(Key key) const;
    bool flag(Key key) const;
    int number(Key key) const;
    // True when the value was set explicitly (not the default).
    bool isSet(Key key) const;

    // Checks the value (port range, security mode, email address...) and stores it; an
    // empty string removes it (back to the default). An Error::Code::Invalid says why not.
    VoidResult setValue(Key key, const QVariant& value);
    VoidResult reset(Key key);

    // The "How did you hear about us?" choices, in the firm's order (without "Other").
    QStringList leadSources() const;
    static QStringList splitSources(const QString& text);
    static constexpr int kMaxSources = 30;
    static QString checkValue(Key key, const QString& value);

    // Firm overrides of the built-in mail templates, by name such as
    // "prospect_confirmation.es.subject" (see MailTemplates). Empty: no override.
    QString templateOverride(const QString& name) const;
    VoidResult setTemplateOverride(const QString& name, const QString& text);
    static QString templateKeyPrefix() { return QStringLiteral("template."); }

private:
    Result<std::optional<QString>> raw(const QString& key) const;
    VoidResult store(const QString& key, const QString& value);

    QSqlDatabase m_db;
};
