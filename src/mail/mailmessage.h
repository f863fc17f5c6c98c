#pragma once

#include "mailaddress.h"
#include "mailattachment.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

// A message as the application composes it; toMime() renders the bytes that go on
// the wire (see MimeBuilder).
struct MailMessage
{
    MailAddress from;
    QList<MailAddress> to;
    QList<MailAddress> cc;
    MailAddress replyTo; // empty address: no Reply-To header
    QString subject;
    QString textBody;
    QString htmlBody; // optional: sent as multipart/alternative with textBody
    QList<MailAttachment> attachments;
    QDateTime date; // invalid: the current time
    // "<id@domain>"; empty: a fresh one. A queued email keeps its id across retries so that
    // a resend is recognisably the same message.
    QByteArray messageId;

    // The envelope recipients (To and Cc addresses).
    QStringList recipients() const;

    QByteArray toMime() const;
};
