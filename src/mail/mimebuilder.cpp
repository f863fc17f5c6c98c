#include "mimebuilder.h"

#include "mailencoding.h"
#include "mailmessage.h"

#include <QList>
#include <QLocale>
#include <QUrl>

namespace {

QByteArray header(const QByteArray& name, const QByteArray& value)
{
    return name + ": " + value + "\r\n";
}

QByteArray addressList(const QByteArray& name, const QList<MailAddress>& list)
{
    QByteArray value;
    qsizetype used = name.size() + 2;
    for (const MailAddress& a : list) {
        const QByteArray mailbox = MailEncoding::encodeMailbox(a.name, a.address, int(used));
        if (mailbox.isEmpty())
            continue; // an unusable address never reaches the header
        if (!value.isEmpty()) {
            value += ",\r\n ";
            used = 1;
        }
        value += mailbox;
        used += mailbox.size();
    }
    return value;
}

QByteArray textPart(const QByteArray& subtype, const QString& text)
{
    return "Content-Type: text/" + subtype + "; charset=UTF-8\r\n"
           "Content-Transfer-Encoding: quoted-printable\r\n\r\n"
        + MailEncoding::quotedPrintable(text);
}

QByteArray multipart(const QByteArray& subtype, const QList<QByteArray>& parts)
{
    QByteArray joined;
    for (const QByteArray& p : parts)
        joined += p;
    const QByteArray boundary = MimeBuilder::makeBoundary(joined);
    QByteArray out = "Content-Type: multipart/" + subtype + ";\r\n boundary=\"" + boundary
        + "\"\r\n\r\nThis is a multi-part message in MIME format.\r\n";
    // Every part ends with CRLF, and that CRLF belongs to the delimiter that follows
    // (RFC 2046 5.1.1), so a part's content ends exactly where its bytes end.
    for (const QByteArray& p : parts)
        out += "--" + boundary + "\r\n" + p;
    out += "--" + boundary + "--\r\n";
    return out;
}

QByteArray attachmentPart(const MailAttachment& attachment)
{
    QByteArray type = attachment.mimeType.isEmpty() ? QByteArrayLiteral("application/octet-stream")
                                                    : attachment.mimeType;
    // The MIME type is ours, not the user's; still keep it to one token.
    for (char& c : type) {
        if (c == '\r' || c == '\n' || c == ';' || c == '"' || c == ' ' || c == '\0')
            c = '_';
    }
    const QString fileName = MailEncoding::neutralise(attachment.fileName).trimmed().isEmpty()
        ? QStringLiteral("attachment")
        : MailEncoding::neutralise(attachment.fileName).trimmed();

    // name= is for older readers that ignore RFC 2231: plain when ASCII, otherwise the
    // RFC 2047 form they understand (filename*= below is the standard one).
    QByteArray name = "\"";
    // The length counts the backslashes that escaping adds (a line stays within 998 octets).
    if (MailEncoding::isPrintableAscii(fileName)
        && fileName.size() + fileName.count(u'"') + fileName.count(u'\\') < 900
        && !fileName.contains(QLatin1String("=?"))) {
        for (const QChar c : fileName) {
            if (c == u'"' || c == u'\\')
                name += '\\';
            name += char(c.unicode());
        }
    } else {
        name += MailEncoding::encodeWords(fileName, 9);
    }
    name += '"';
    return "Content-Type: " + type + ";\r\n name=" + name + "\r\n"
           "Content-Transfer-Encoding: base64\r\n"
           "Content-Disposition: attachment;\r\n "
        + MailEncoding::rfc2231Parameter(QByteArrayLiteral("filename"), fileName) + "\r\n\r\n"
        + MailEncoding::base64Lines(attachment.data);
}

// A caller's Message-ID is used only when it is a plain "<local@domain>" of printable
// ASCII without spaces, neither part empty: it goes into a header verbatim.
bool validMessageId(const QByteArray& id)
{
    if (id.size() < 5 || id.size() > 250 || !id.startsWith('<') || !id.endsWith('>')
        || id.count('@') != 1)
        return false;
    for (const char ch : id) {
        if (ch <= ' ' || ch > '~')
            return false;
    }
    // Something on each side of the '@' (RFC 5322's id-left and id-right).
    const qsizetype at = id.indexOf('@');
    return id.indexOf('<', 1) < 0 && id.indexOf('>') == id.size() - 1 && at > 1 && at < id.size() - 2;
}

} // namespace

QByteArray MimeBuilder::makeMessageId(const QByteArray& domain)
{
    return '<' + MailEncoding::randomToken(16) + '@'
        + (domain.isEmpty() ? QByteArrayLiteral("localhost") : domain) + '>';
}

QByteArray MimeBuilder::makeBoundary(const QByteArray& content)
{
    for (;;) {
        // "=_" cannot occur in quoted-printable or base64 output.
        const QByteArray boundary = "=_LeadIntake_" + MailEncoding::randomToken(16);
        if (!content.contains(boundary))
            return boundary;
    }
}

QByteArray MimeBuilder::build(const MailMessage& message)
{
    const QDateTime date = message.date.isValid() ? message.date : QDateTime::currentDateTime();
    const QByteArray fromAddress = MailEncoding::encodeAddress(message.from.address);
    const qsizetype at = fromAddress.lastIndexOf('@');
    const QByteArray domain = at >= 0 ? fromAddress.mid(at + 1) : QByteArray();

    QByteArray out;
    out += header("Date", date.toString(Qt::RFC2822Date).toLatin1());
    out += header("From", addressList("From", { message.from }));
    if (!message.to.isEmpty())
        out += header("To", addressList("To", message.to));
    else
        out += header("To", "undisclosed-recipients:;");
    if (!message.cc.isEmpty())
        out += header("Cc", addressList("Cc", message.cc));
    if (const QByteArray replyTo = addressList("Reply-To", { message.replyTo }); !replyTo.isEmpty())
        out += header("Reply-To", replyTo); // an unusable address gives no header at all
    out += header("Subject", MailEncoding::encodeUnstructured("Subject", message.subject));
    out += header("Message-ID", validMessageId(message.messageId) ? message.messageId
                                                                  : makeMessageId(domain));
    out += header("MIME-Version", "1.0");

    QByteArray body = textPart("plain", message.textBody);
    if (!message.htmlBody.isEmpty())
        body = multipart("alternative", { body, textPart("html", message.htmlBody) });

    if (!message.attachments.isEmpty()) {
        QList<QByteArray> parts{ body };
        for (const MailAttachment& a : message.attachments)
            parts.append(attachmentPart(a));
        body = multipart("mixed", parts);
    }
    out += body;
    return out;
}
