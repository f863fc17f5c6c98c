#pragma once

#include <QStringList>

struct SmtpReply;

// What an EHLO reply advertised; keywords matched case-insensitively.
struct SmtpCapabilities
{
    bool esmtp = false; // false after a HELO fallback
    bool startTls = false;
    bool eightBitMime = false;
    bool smtpUtf8 = false;
    bool pipelining = false;
    bool enhancedStatusCodes = false;
    bool hasSize = false;
    qint64 sizeLimit = 0; // 0: no limit announced
    QStringList authMechanisms; // upper case

    static SmtpCapabilities fromEhlo(const SmtpReply& reply);
};
