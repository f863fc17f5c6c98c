#include "mailmessage.h"

#include "mimebuilder.h"

QStringList MailMessage::recipients() const
{
    QStringList out;
    for (const MailAddress& a : to)
        out.append(a.address);
    for (const MailAddress& a : cc)
        out.append(a.address);
    return out;
}

QByteArray MailMessage::toMime() const
{
    return MimeBuilder::build(*this);
}
