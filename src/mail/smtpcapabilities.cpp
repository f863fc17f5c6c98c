#include "smtpcapabilities.h"

#include "smtpreply.h"

SmtpCapabilities SmtpCapabilities::fromEhlo(const SmtpReply& reply)
{
    SmtpCapabilities caps;
    caps.esmtp = true;
    // The first line is the server's greeting name, not a capability.
    for (qsizetype i = 1; i < reply.lines.size(); ++i) {
        const QString line = QString::fromLatin1(reply.lines.at(i)).trimmed().toUpper();
        QStringList words = line.split(u' ', Qt::SkipEmptyParts);
        if (words.isEmpty())
            continue;
        QString keyword = words.takeFirst();
        if (keyword.startsWith(QLatin1String("AUTH="))) { // pre-RFC 4954 form
            words.prepend(keyword.mid(5));
            keyword = QStringLiteral("AUTH");
        }
        if (keyword == QLatin1String("STARTTLS")) {
            caps.startTls = true;
        } else if (keyword == QLatin1String("8BITMIME")) {
            caps.eightBitMime = true;
        } else if (keyword == QLatin1String("SMTPUTF8")) {
            caps.smtpUtf8 = true;
        } else if (keyword == QLatin1String("PIPELINING")) {
            caps.pipelining = true;
        } else if (keyword == QLatin1String("ENHANCEDSTATUSCODES")) {
            caps.enhancedStatusCodes = true;
        } else if (keyword == QLatin1String("SIZE")) {
            caps.hasSize = true;
            caps.sizeLimit = words.isEmpty() ? 0 : words.constFirst().toLongLong();
        } else if (keyword == QLatin1String("AUTH")) {
            for (const QString& m : std::as_const(words)) {
                if (!m.isEmpty() && !caps.authMechanisms.contains(m))
                    caps.authMechanisms.append(m);
            }
        }
    }
    return caps;
}
