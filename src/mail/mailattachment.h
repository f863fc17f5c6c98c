#pragma once

#include <QByteArray>
#include <QString>

// One file attached to a message (the resume PDF, typically).
struct MailAttachment
{
    QString fileName;
    QByteArray mimeType = QByteArrayLiteral("application/pdf");
    QByteArray data;
};
