#pragma once

#include "error.h"
#include "mailmessage.h"
#include "mailtemplates.h"
#include "outboxentry.h"
#include "outgoingmail.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QSqlDatabase>

struct SmtpConfig;

// Renders an outbox row into a message ready for the wire, from the database at send
// time: the lead, its resume, the firm settings and the (possibly overridden) templates.
class OutboxComposer
{
    Q_DECLARE_TR_FUNCTIONS(OutboxComposer)

public:
    // Why a row could not be composed: the configuration (sender, notification address) is
    // incomplete — wait and retry — or the content itself is broken (bad template, lead
    // gone) — fail it with the message.
    struct Problem
    {
        bool configuration = false;
        QString message;
    };

    explicit OutboxComposer(QSqlDatabase db);

    // `config` supplies the sender address when the firm set none (its user name). A lead's
    // email needs the firm name (a configuration problem without it); the attorney's
    // notification has Reply-To: the prospect.
    bool compose(const OutboxEntry& entry, const SmtpConfig& config, OutgoingMail* mail,
                 Problem* problem) const;

    // A test email to `to` (smtp-test and the settings dialog's "Send test email").
    bool composeTest(const QString& to, const QString& language, const SmtpConfig& config,
                     OutgoingMail* mail, Problem* problem) const;

    // Renders a template with sample or real values (the settings dialog's preview).
    static bool render(const MailTemplates::Template& source, const QHash<QString, QString>& values,
                       MailMessage* message, QString* error);
    // Example values for a preview.
    static QHash<QString, QString> sampleValues(OutboxKind kind, const QString& firmName,
                                                const QString& language);

    // The From address: the firm's sender address, else the SMTP user name when it is an
    // address. Empty: none configured.
    QString senderAddress(const SmtpConfig& config) const;

private:
    QSqlDatabase m_db;
};
