// fuzz_mime: MimeBuilder on fuzzed display names, addresses, subject, bodies and attachment
// names, parsed back by the small strict parser below. The message must:
// - use CRLF only (no bare CR or LF, no NUL) and keep every line within 998 octets;
// - have exactly the header fields the builder writes, each once, in order: a name, a
//   subject or a file name can never add a line such as "Bcc:";
// - mean what was asked: each address header holds exactly the usable mailboxes with their
//   display names, the Subject decodes to the subject, the bodies and attachments decode to
//   what went in, the file name (name= and filename*=) decodes to the file name;
// - keep "=?" out of quoted strings: many readers (Python's email package among them)
//   decode encoded-words there, against RFC 2047, and a decoded word can hold CR LF.
//
// Input: fields separated by 0x1F; a field that starts with 0x1E is UTF-16LE (lone
// surrogates and any code unit), otherwise UTF-8. Slots: 0 from name, 1 from address,
// 2 to name, 3 to address, 4 cc name, 5 cc address, 6 reply-to name, 7 reply-to address,
// 8 subject, 9 text body, 10 HTML body, 11 attachment name, 12 attachment bytes,
// 13 second attachment name, 14 Message-ID, then more (to name, to address) pairs.

#include "mailencoding.h"
#include "mailmessage.h"
#include "mimebuilder.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QTimeZone>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {

[[noreturn]] void fail(const char* what)
{
    std::fprintf(stderr, "fuzz_mime: %s\n", what);
    std::abort();
}

void check(bool ok, const char* what)
{
    if (!ok)
        fail(what);
}

QString decodeField(const QByteArray& field)
{
    if (field.startsWith('\x1e')) {
        const QByteArray raw = field.mid(1);
        return QString::fromUtf16(reinterpret_cast<const char16_t*>(raw.constData()), raw.size() / 2);
    }
    return QString::fromUtf8(field);
}

// What a reader gets back for `text` once it went through UTF-8.
QString viaUtf8(const QString& text)
{
    return QString::fromUtf8(text.toUtf8());
}

QString collapseSpaces(const QString& text)
{
    QString out;
    bool space = false;
    for (const QChar c : text) {
        if (c == u' ' || c == u'\t') {
            space = true;
            continue;
        }
        if (space && !out.isEmpty())
            out += u' ';
        space = false;
        out += c;
    }
    return out;
}

bool isAtext(char c)
{
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
        return true;
    return QByteArrayView("!#$%&'*+-/=?^_`{|}~").contains(c);
}

// "=?UTF-8?B?...?=" (or Q): its bytes, or nullopt when `word` is not an encoded-word.
std::optional<QByteArray> decodeWord(const QByteArray& word)
{
    static const QRegularExpression re(QStringLiteral("^=\\?([^?]+)\\?([BbQq])\\?([^?]*)\\?=$"));
    const QRegularExpressionMatch m = re.match(QString::fromLatin1(word));
    if (!m.hasMatch())
        return std::nullopt;
    check(m.captured(1).compare(QLatin1String("UTF-8"), Qt::CaseInsensitive) == 0, "charset");
    const QByteArray text = m.captured(3).toLatin1();
    if (m.captured(2).toUpper() == QLatin1String("B")) {
        const auto decoded = QByteArray::fromBase64Encoding(text, QByteArray::AbortOnBase64DecodingErrors);
        check(bool(decoded), "bad base64 in an encoded-word");
        return *decoded;
    }
    QByteArray out;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == '_') {
            out += ' ';
        } else if (text.at(i) == '=' && i + 2 < text.size()) {
            out += QByteArray::fromHex(text.mid(i + 1, 2));
            i += 2;
        } else {
            out += text.at(i);
        }
    }
    return out;
}

struct Header
{
    QByteArray name;
    QByteArray value; // unfolded: each CRLF removed, the white space after it kept
};

// Splits "headers CRLF CRLF body"; every header line is "Name: value" or a continuation.
QList<Header> parseHeaders(const QByteArray& block)
{
    QList<Header> headers;
    const QList<QByteArray> lines = block.split('\n');
    for (qsizetype n = 0; n < lines.size(); ++n) {
        QByteArray l = lines.at(n);
        check(l.endsWith('\r') || n + 1 == lines.size(), "line not CRLF");
        if (l.endsWith('\r'))
            l.chop(1);
        if (l.isEmpty())
            continue;
        if (l.at(0) == ' ' || l.at(0) == '\t') {
            check(!headers.isEmpty(), "continuation before any header");
            check(!l.trimmed().isEmpty(), "a folded line of white space only");
            headers.last().value += l;
            continue;
        }
        const qsizetype colon = l.indexOf(':');
        check(colon > 0, "a header line without a name");
        const QByteArray name = l.left(colon);
        for (const char c : name)
            check(c > ' ' && c < 127, "a header name with a strange character");
        headers.append({ name, l.mid(colon + 1) });
    }
    return headers;
}

struct Mailbox
{
    QString name;
    QByteArray address;
    bool operator==(const Mailbox& o) const { return name == o.name && address == o.address; }
};

// A display-name phrase's words: atoms (maybe encoded-words) and quoted strings.
QString decodePhrase(const QList<QByteArray>& atoms, const QList<bool>& quoted)
{
    QString out;
    QByteArray pendingEncoded;
    bool lastEncoded = false;
    auto flush = [&] {
        if (!pendingEncoded.isEmpty() || lastEncoded)
            out += QString::fromUtf8(pendingEncoded);
        pendingEncoded.clear();
    };
    for (qsizetype i = 0; i < atoms.size(); ++i) {
        const std::optional<QByteArray> word = quoted.at(i) ? std::nullopt : decodeWord(atoms.at(i));
        if (word) {
            if (!lastEncoded && !out.isEmpty())
                out += u' ';
            pendingEncoded += *word; // adjacent encoded-words join without the space
            lastEncoded = true;
            continue;
        }
        flush();
        if (!out.isEmpty())
            out += u' ';
        out += QString::fromUtf8(atoms.at(i));
        lastEncoded = false;
    }
    flush();
    return out;
}

QList<Mailbox> parseMailboxes(const QByteArray& value)
{
    QList<Mailbox> out;
    QList<QByteArray> words;
    QList<bool> quoted;
    qsizetype i = 0;
    bool sawAddress = false;
    while (i < value.size()) {
        const char c = value.at(i);
        if (c == ' ' || c == '\t') {
            ++i;
        } else if (c == '"') {
            QByteArray q;
            ++i;
            for (;;) {
                check(i < value.size(), "an unterminated quoted string");
                if (value.at(i) == '\\') {
                    check(i + 1 < value.size(), "a quoted string ends in a backslash");
                    q += value.at(i + 1);
                    i += 2;
                } else if (value.at(i) == '"') {
                    ++i;
                    break;
                } else {
                    q += value.at(i++);
                }
            }
            check(!q.contains("=?"), "\"=?\" inside a quoted string (readers decode it)");
            words.append(q);
            quoted.append(true);
        } else if (c == '<') {
            check(!sawAddress, "two addresses in one mailbox");
            const qsizetype end = value.indexOf('>', i);
            check(end > i, "an unterminated angle address");
            const QByteArray address = value.mid(i + 1, end - i - 1);
            check(!address.contains('<') && !address.contains(' ') && !address.contains('\t'),
                  "a strange angle address");
            check(address.contains('@'), "an address without @");
            out.append({ decodePhrase(words, quoted), address });
            words.clear();
            quoted.clear();
            sawAddress = true;
            i = end + 1;
        } else if (c == ',') {
            check(sawAddress && words.isEmpty(), "a list item without an address");
            sawAddress = false;
            ++i;
        } else {
            check(!sawAddress, "text after an address");
            QByteArray atom;
            while (i < value.size() && isAtext(value.at(i)))
                atom += value.at(i++);
            check(!atom.isEmpty(), "a character that is not allowed in a display name");
            words.append(atom);
            quoted.append(false);
        }
    }
    check(words.isEmpty(), "a display name without an address");
    return out;
}

QList<Mailbox> expectedMailboxes(const QList<MailAddress>& list)
{
    QList<Mailbox> out;
    for (const MailAddress& a : list) {
        const QByteArray address = MailEncoding::encodeAddress(a.address);
        if (!address.isEmpty())
            out.append({ collapseSpaces(viaUtf8(MailEncoding::neutralise(a.name).trimmed())), address });
    }
    return out;
}

void checkMailboxes(const QByteArray& value, const QList<MailAddress>& list)
{
    QList<Mailbox> parsed = parseMailboxes(value);
    for (Mailbox& m : parsed)
        m.name = collapseSpaces(m.name);
    check(parsed == expectedMailboxes(list), "an address header means something else");
}

QByteArray decodeQuotedPrintable(const QByteArray& qp)
{
    QByteArray out;
    for (qsizetype i = 0; i < qp.size(); ++i) {
        const char c = qp.at(i);
        if (c != '=') {
            out += c;
            continue;
        }
        check(i + 2 < qp.size(), "a truncated quoted-printable escape");
        if (qp.at(i + 1) == '\r' && qp.at(i + 2) == '\n') {
            i += 2;
            continue;
        }
        const QByteArray hex = qp.mid(i + 1, 2);
        for (const char h : hex)
            check((h >= '0' && h <= '9') || (h >= 'A' && h <= 'F'), "a bad quoted-printable escape");
        out += QByteArray::fromHex(hex);
        i += 2;
    }
    return out;
}

QByteArray expectedText(const QString& text)
{
    QString t = text;
    t.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    t.replace(u'\r', u'\n');
    return t.toUtf8().replace("\n", "\r\n") + "\r\n";
}

QByteArray param(const QByteArray& value, const QByteArray& name)
{
    const QByteArray key = name + "=\"";
    const qsizetype at = value.indexOf(key);
    check(at >= 0, "a missing parameter");
    QByteArray out;
    for (qsizetype i = at + key.size(); i < value.size(); ++i) {
        if (value.at(i) == '\\' && i + 1 < value.size())
            out += value.at(++i);
        else if (value.at(i) == '"')
            return out;
        else
            out += value.at(i);
    }
    fail("an unterminated parameter");
}

// filename*=UTF-8''... or filename*0*=UTF-8''...; filename*1*=...
QString rfc2231(const QByteArray& value)
{
    QByteArray encoded;
    for (const QByteArray& piece : value.split(';')) {
        const QByteArray p = piece.trimmed();
        if (!p.startsWith("filename*"))
            continue;
        QByteArray v = p.mid(p.indexOf('=') + 1);
        if (v.startsWith("UTF-8''"))
            v = v.mid(7);
        encoded += v;
    }
    for (const char c : encoded)
        check(c > ' ' && c < 127 && c != '"' && c != ';', "a bad RFC 2231 value");
    return QString::fromUtf8(QByteArray::fromPercentEncoding(encoded));
}

struct Part
{
    QList<Header> headers;
    QByteArray body;
    QByteArray get(const QByteArray& name) const
    {
        for (const Header& h : headers) {
            if (h.name.compare(name, Qt::CaseInsensitive) == 0)
                return h.value;
        }
        fail("a missing part header");
    }
};

Part splitPart(const QByteArray& bytes)
{
    const qsizetype end = bytes.indexOf("\r\n\r\n");
    if (end < 0 && bytes.endsWith("\r\n")) // headers only: an empty body (RFC 2046 5.1.1)
        return { parseHeaders(bytes), QByteArray() };
    check(end >= 0, "a part without a blank line");
    return { parseHeaders(bytes.left(end + 2)), bytes.mid(end + 4) };
}

QList<Part> multipartParts(const Part& part, const QByteArray& subtype)
{
    const QByteArray type = part.get("Content-Type");
    check(type.trimmed().startsWith(QByteArray("multipart/" + subtype + ";")), "a wrong multipart type");
    const QByteArray boundary = param(type, "boundary");
    check(!boundary.isEmpty() && boundary.size() <= 70, "a bad boundary");
    const QByteArray delimiter = "--" + boundary;
    QList<QByteArray> lines = part.body.split('\n');
    QList<Part> parts;
    QByteArray current;
    bool inPart = false;
    bool closed = false;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QByteArray& line = lines.at(i);
        // The close delimiter of a nested multipart ends its body: its CRLF is the outer
        // delimiter's.
        const QByteArray bare = line.endsWith('\r') ? line.chopped(1) : line;
        if (bare == delimiter || bare == delimiter + "--") {
            check(!closed, "a delimiter after the close");
            if (inPart) {
                check(current.endsWith("\r\n"), "a part not ended by CRLF");
                current.chop(2); // the CRLF belongs to the delimiter
                parts.append(splitPart(current));
            }
            current.clear();
            inPart = true;
            closed = bare == delimiter + "--";
            continue;
        }
        if (inPart && !closed)
            current += line + (i + 1 < lines.size() ? "\n" : "");
    }
    check(closed, "a multipart without its close delimiter");
    return parts;
}

void checkTextPart(const Part& part, const QByteArray& subtype, const QString& text, bool inMultipart)
{
    check(part.get("Content-Type").trimmed() == QByteArray("text/" + subtype + "; charset=UTF-8"), "a text type");
    check(part.get("Content-Transfer-Encoding").trimmed() == "quoted-printable", "a text encoding");
    for (const QByteArray& line : part.body.split('\n'))
        check(line.size() <= 77, "a quoted-printable line over 76 characters");
    // Inside a multipart the last CRLF belongs to the delimiter (RFC 2046 5.1.1).
    QByteArray expected = expectedText(text);
    if (inMultipart)
        expected.chop(2);
    check(decodeQuotedPrintable(part.body) == expected, "a body means something else");
}

void checkAttachment(const Part& part, const MailAttachment& attachment)
{
    const QString clean = MailEncoding::neutralise(attachment.fileName).trimmed();
    const QString expected = viaUtf8(clean.isEmpty() ? QStringLiteral("attachment") : clean);

    const QByteArray type = part.get("Content-Type");
    const QByteArray name = param(type, "name");
    QString shown;
    if (name.startsWith("=?")) {
        QByteArray bytes;
        for (const QByteArray& word : name.simplified().split(' ')) {
            const std::optional<QByteArray> decoded = decodeWord(word);
            check(bool(decoded), "a name= that is not encoded-words");
            bytes += *decoded;
        }
        shown = QString::fromUtf8(bytes);
    } else {
        check(!name.contains("=?"), "\"=?\" inside a quoted name= (readers decode it)");
        shown = QString::fromUtf8(name);
    }
    check(shown == expected, "name= means another file name");
    check(part.get("Content-Transfer-Encoding").trimmed() == "base64", "an attachment encoding");
    const QByteArray disposition = part.get("Content-Disposition");
    check(disposition.trimmed().startsWith("attachment;"), "an attachment disposition");
    check(rfc2231(disposition) == expected, "filename*= means another file name");
    const auto data = QByteArray::fromBase64Encoding(QByteArray(part.body).replace("\r\n", ""),
                                                     QByteArray::AbortOnBase64DecodingErrors);
    check(bool(data) && *data == attachment.data, "an attachment's bytes changed");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size > 64 * 1024)
        return 0;
    const QList<QByteArray> fields
        = QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size)).split('\x1f');
    auto field = [&](qsizetype i) { return i < fields.size() ? fields.at(i) : QByteArray(); };
    auto text = [&](qsizetype i) { return decodeField(field(i)); };

    MailMessage message;
    message.from = { text(0), text(1) };
    message.to.append({ text(2), text(3) });
    for (qsizetype i = 15; i + 1 < fields.size() && message.to.size() < 6; i += 2)
        message.to.append({ text(i), text(i + 1) });
    if (fields.size() > 5 && !(field(4).isEmpty() && field(5).isEmpty()))
        message.cc.append({ text(4), text(5) });
    message.replyTo = { text(6), text(7) };
    message.subject = text(8);
    message.textBody = text(9);
    message.htmlBody = text(10);
    if (fields.size() > 11)
        message.attachments.append({ text(11), QByteArrayLiteral("application/pdf"), field(12) });
    if (fields.size() > 13)
        message.attachments.append({ text(13), QByteArrayLiteral("text/plain"), field(12).left(7) });
    message.messageId = field(14);
    message.date = QDateTime(QDate(2026, 11, 30), QTime(18, 0), QTimeZone::utc());

    const QByteArray mime = MimeBuilder::build(message);

    // CRLF only, no NUL, no line over 998 octets.
    check(!mime.contains('\0'), "a NUL");
    for (qsizetype i = 0; i < mime.size(); ++i) {
        if (mime.at(i) == '\r')
            check(i + 1 < mime.size() && mime.at(i + 1) == '\n', "a bare CR");
        if (mime.at(i) == '\n')
            check(i > 0 && mime.at(i - 1) == '\r', "a bare LF");
    }
    for (const QByteArray& line : mime.split('\n'))
        check(line.size() <= 999, "a line over 998 octets");
    check(mime.endsWith("\r\n"), "no final CRLF");

    // The neutralised values themselves carry no line break.
    for (const QString& v : { text(0), text(2), text(8), text(11) }) {
        for (const QChar c : MailEncoding::neutralise(v))
            check(c == u'\t' || (c.unicode() >= 0x20 && c.unicode() != 0x7f && c.unicode() != 0x85
                                 && c.unicode() != 0x2028 && c.unicode() != 0x2029),
                  "neutralise left a control");
    }

    const Part top = splitPart(mime);
    QList<QByteArray> names;
    for (const Header& h : top.headers)
        names.append(h.name);
    QList<QByteArray> expected{ "Date", "From", "To" };
    if (!message.cc.isEmpty())
        expected.append("Cc");
    const bool usableReplyTo = !MailEncoding::encodeAddress(message.replyTo.address).isEmpty();
    if (names.contains("Reply-To") || usableReplyTo)
        expected.append("Reply-To"); // an unusable Reply-To may give no header at all
    expected += { "Subject", "Message-ID", "MIME-Version", "Content-Type" };
    if (message.htmlBody.isEmpty() && message.attachments.isEmpty())
        expected.append("Content-Transfer-Encoding");
    check(names == expected, "the header fields are not the ones written (injection?)");

    check(top.get("Date").trimmed() == "30 Nov 2026 18:00:00 +0000", "Date");
    checkMailboxes(top.get("From"), { message.from });
    if (message.to.isEmpty())
        check(top.get("To").trimmed() == "undisclosed-recipients:;", "To");
    else
        checkMailboxes(top.get("To"), message.to);
    if (!message.cc.isEmpty())
        checkMailboxes(top.get("Cc"), message.cc);
    if (names.contains("Reply-To"))
        checkMailboxes(top.get("Reply-To"), { message.replyTo });

    // Subject: plain folded text, or encoded-words only.
    const QByteArray subject = top.get("Subject");
    check(subject.isEmpty() || subject.startsWith(' '), "Subject");
    const QByteArray subjectValue = subject.mid(1);
    const QString cleanSubject = viaUtf8(MailEncoding::neutralise(message.subject));
    if (subjectValue.contains("=?")) {
        QByteArray bytes;
        for (const QByteArray& word : subjectValue.split(' ')) {
            const std::optional<QByteArray> decoded = decodeWord(word);
            check(bool(decoded), "a Subject mixing encoded-words and text");
            bytes += *decoded;
        }
        check(QString::fromUtf8(bytes) == cleanSubject, "the Subject means something else");
    } else {
        check(QString::fromLatin1(subjectValue) == cleanSubject, "the Subject means something else");
    }

    static const QRegularExpression messageId(QStringLiteral("^<[!-;=?-~]+@[!-;=?-~]+>$"));
    const QByteArray id = top.get("Message-ID").trimmed();
    check(messageId.match(QString::fromLatin1(id)).hasMatch(), "a malformed Message-ID");
    check(top.get("MIME-Version").trimmed() == "1.0", "MIME-Version");

    // The body: text, alternative, mixed.
    Part textual = top;
    if (!message.attachments.isEmpty()) {
        const QList<Part> parts = multipartParts(top, "mixed");
        check(parts.size() == message.attachments.size() + 1, "the number of parts");
        for (qsizetype i = 0; i < message.attachments.size(); ++i)
            checkAttachment(parts.at(i + 1), message.attachments.at(i));
        textual = parts.constFirst();
    }
    if (!message.htmlBody.isEmpty()) {
        const QList<Part> parts = multipartParts(textual, "alternative");
        check(parts.size() == 2, "the number of alternatives");
        checkTextPart(parts.at(0), "plain", message.textBody, true);
        checkTextPart(parts.at(1), "html", message.htmlBody, true);
    } else {
        checkTextPart(textual, "plain", message.textBody, !message.attachments.isEmpty());
    }
    return 0;
}
