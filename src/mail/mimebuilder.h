#pragma once

#include <QByteArray>

struct MailMessage;

// Renders a MailMessage as RFC 5322 / MIME bytes: CRLF only, 7-bit, lines ≤ 998
// octets, header values neutralised and RFC 2047/2231 encoded.
class MimeBuilder
{
public:
    static QByteArray build(const MailMessage& message);

    // A fresh Message-ID value "<random@domain>".
    static QByteArray makeMessageId(const QByteArray& domain);

    // A random boundary (≤ 70 characters) that does not occur in `content`.
    static QByteArray makeBoundary(const QByteArray& content);
};
