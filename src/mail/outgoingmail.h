#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

// One message ready for the wire: envelope plus rendered MIME bytes, and the caller's
// id that comes back in SmtpClient's result signals.
struct OutgoingMail
{
    QString id;
    QString from;
    QStringList recipients;
    QByteArray mime;
};
