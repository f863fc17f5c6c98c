#include "mailencoding.h"

#include <QCoreApplication>
#include <QList>
#include <QRandomGenerator>
#include <QUrl>

namespace MailEncoding {

namespace {

constexpr int kMaxEncodedWord = 75;
constexpr int kEncodedWordOverhead = 12; // "=?UTF-8?B?" + "?="
constexpr int kMaxWordPayload = (kMaxEncodedWord - kEncodedWordOverhead) / 4 * 3; // 45 bytes
constexpr int kFoldAt = 78;

QString translate(const char* text)
{
    return QCoreApplication::translate("MailEncoding", text);
}

bool isControl(char16_t c)
{
    return c < 0x20 || c == 0x7f;
}

bool isAtext(char16_t c)
{
    if ((c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9'))
        return true;
    switch (c) {
    case u'!': case u'#': case u'$': case u'%': case u'&': case u'\'': case u'*':
    case u'+': case u'-': case u'/': case u'=': case u'?': case u'^': case u'_':
    case u'`': case u'{': case u'|': case u'}': case u'~':
        return true;
    default:
        return false;
    }
}

// Code points of `text` as UTF-8 byte groups: never cut inside a UTF-8 sequence.
QList<QByteArray> codePointsUtf8(const QString& text)
{
    QList<QByteArray> out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        qsizetype len = 1;
        if (text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate())
            len = 2;
        out.append(text.mid(i, len).toUtf8());
        i += len - 1;
    }
    return out;
}

char hexDigit(int v)
{
    return "0123456789ABCDEF"[v & 0xf];
}

} // namespace

QString neutralise(const QString& value)
{
    QString out = value;
    for (QChar& c : out) {
        if (c != u'\t' && isControl(c.unicode()))
            c = u' ';
        else if (c.unicode() == 0x2028 || c.unicode() == 0x2029 || c.unicode() == 0x85)
            c = u' ';
    }
    return out;
}

bool isPrintableAscii(const QString& value)
{
    for (const QChar c : value) {
        if (c.unicode() > 0x7e || (c.unicode() < 0x20 && c != u'\t'))
            return false;
    }
    return true;
}

QByteArray encodeWords(const QString& text, int firstLineUsed)
{
    const QList<QByteArray> chars = codePointsUtf8(text);
    QList<QByteArray> words;
    QByteArray payload;
    // Keep the first line near 78 characters when there is room for it.
    int budget = (kFoldAt - firstLineUsed - kEncodedWordOverhead) / 4 * 3;
    if (budget < 12 || budget > kMaxWordPayload)
        budget = kMaxWordPayload;
    QList<QByteArray> current; // the code points of the word being filled
    qsizetype currentSize = 0;
    for (const QByteArray& ch : chars) {
        while (!current.isEmpty() && currentSize + ch.size() > budget) {
            // Split after a space when the word has one: readers that (against RFC 2047)
            // put a space between adjacent encoded-words then only double a space, rather
            // than splitting a word of the text in two.
            qsizetype cut = current.size();
            for (qsizetype i = current.size() - 1; i > 0; --i) {
                if (current.at(i) == " ") {
                    cut = i + 1;
                    break;
                }
            }
            QByteArray word;
            for (qsizetype i = 0; i < cut; ++i)
                word += current.at(i);
            words.append(word);
            current.remove(0, cut);
            currentSize -= word.size();
            budget = kMaxWordPayload;
        }
        current.append(ch);
        currentSize += ch.size();
    }
    payload.clear();
    for (const QByteArray& ch : std::as_const(current))
        payload += ch;
    if (!payload.isEmpty() || words.isEmpty())
        words.append(payload);

    QByteArray out;
    for (qsizetype i = 0; i < words.size(); ++i) {
        if (i > 0)
            out += "\r\n ";
        out += "=?UTF-8?B?" + words.at(i).toBase64() + "?=";
    }
    return out;
}

QByteArray encodeUnstructured(const QByteArray& headerName, const QString& value)
{
    const QString clean = neutralise(value);
    const QStringList tokens = clean.split(u' ');
    bool plain = isPrintableAscii(clean) && !clean.contains(QLatin1String("=?"));
    for (const QString& token : tokens) {
        if (token.size() > 900)
            plain = false;
    }
    if (!plain)
        return encodeWords(clean, int(headerName.size()) + 2);

    QByteArray out;
    qsizetype lineLength = headerName.size() + 2;
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        const QByteArray token = tokens.at(i).toLatin1();
        if (i > 0) {
            // Fold by turning the separating space into CRLF SP, never before an
            // empty or all-tab token (a folded line must not be only white space).
            if (!token.trimmed().isEmpty() && lineLength + 1 + token.size() > kFoldAt) {
                out += "\r\n ";
                lineLength = 1;
            } else {
                out += ' ';
                ++lineLength;
            }
        }
        out += token;
        lineLength += token.size();
    }
    // A long run of spaces cannot be folded (a folded line must not be white space only):
    // encoded-words keep such a subject's lines short.
    for (const QByteArray& line : out.split('\n')) {
        if (line.size() > 900)
            return encodeWords(clean, int(headerName.size()) + 2);
    }
    return out;
}

QByteArray encodePhrase(const QString& name, int firstLineUsed)
{
    const QString clean = neutralise(name).trimmed();
    if (clean.isEmpty())
        return {};
    // "=?" could be read as an encoded-word even inside quotes (Python's parser and many
    // mail programs decode it there), and its payload can hold a CR LF "Bcc:": such a name
    // is always encoded itself, so a reader shows the characters typed, never a header.
    if (!isPrintableAscii(clean) || clean.size() > 900 || clean.contains(QLatin1String("=?")))
        return encodeWords(clean, firstLineUsed);

    bool atoms = true;
    for (const QChar c : clean) {
        if (!isAtext(c.unicode()) && c != u' ')
            atoms = false;
    }
    if (atoms)
        return clean.toLatin1();

    QByteArray quoted = "\"";
    for (const QChar c : clean) {
        if (c == u'"' || c == u'\\')
            quoted += '\\';
        quoted += char(c.unicode());
    }
    quoted += '"';
    if (quoted.size() > 900) // escaping can double a name: keep the line within 998 octets
        return encodeWords(clean, firstLineUsed);
    return quoted;
}

QString envelopeAddressProblem(const QString& address)
{
    for (const QChar c : address) {
        if (c == u'\r' || c == u'\n' || c.unicode() == 0)
            return translate("The address contains a line break or NUL character.");
        if (c == u'<' || c == u'>')
            return translate("The address contains an angle bracket.");
        if (isControl(c.unicode()) || c.isSpace())
            return translate("The address contains a space or control character.");
    }
    const qsizetype at = address.lastIndexOf(u'@');
    if (at <= 0 || at == address.size() - 1)
        return translate("The address is not of the form name@domain.");
    const QString domain = address.mid(at + 1);
    const QByteArray ace = domain.startsWith(u'[') ? domain.toUtf8() : QUrl::toAce(domain);
    if (ace.isEmpty())
        return translate("The address's domain is not a valid host name.");
    // RFC 5321's path limit, counted as sent (UTF-8 local part, ASCII domain); it also keeps
    // a header line with the address within 998 octets.
    if (address.left(at).toUtf8().size() + 1 + ace.size() > 254)
        return translate("The address is longer than 254 octets.");
    return {};
}

bool hasNonAsciiLocalPart(const QString& address)
{
    const qsizetype at = address.lastIndexOf(u'@');
    const QString local = at < 0 ? address : address.left(at);
    for (const QChar c : local) {
        if (c.unicode() > 0x7e)
            return true;
    }
    return false;
}

QByteArray encodeAddress(const QString& address, bool allowUtf8LocalPart)
{
    if (!envelopeAddressProblem(address).isEmpty())
        return {};
    if (!allowUtf8LocalPart && hasNonAsciiLocalPart(address))
        return {};
    const qsizetype at = address.lastIndexOf(u'@');
    const QString local = address.left(at);
    const QString domain = address.mid(at + 1);
    QByteArray ace = domain.startsWith(u'[') ? domain.toLatin1() : QUrl::toAce(domain);
    if (ace.isEmpty())
        return {};

    bool dotAtom = !local.startsWith(u'.') && !local.endsWith(u'.')
        && !local.contains(QLatin1String(".."));
    for (const QChar c : local) {
        if (!isAtext(c.unicode()) && c != u'.' && c.unicode() < 0x80)
            dotAtom = false;
    }
    QByteArray localBytes;
    if (dotAtom || (local.startsWith(u'"') && local.endsWith(u'"') && local.size() > 1)) {
        localBytes = local.toUtf8();
    } else {
        localBytes = "\"";
        for (const QChar c : local) {
            if (c == u'"' || c == u'\\')
                localBytes += '\\';
            localBytes += QString(c).toUtf8();
        }
        localBytes += '"';
    }
    return localBytes + '@' + ace;
}

QByteArray encodeMailbox(const QString& name, const QString& address, int firstLineUsed)
{
    const QByteArray addr = encodeAddress(address);
    if (addr.isEmpty())
        return {};
    const QByteArray phrase = encodePhrase(name, firstLineUsed);
    if (phrase.isEmpty())
        return '<' + addr + '>';
    // Put the address on its own folded line when the phrase is already long.
    const qsizetype lastLine = phrase.size() - (phrase.lastIndexOf('\n') + 1);
    return phrase + (lastLine + addr.size() + 3 > kFoldAt ? "\r\n <" : " <") + addr + '>';
}

QByteArray quotedPrintable(const QString& text)
{
    QString normalised = text;
    normalised.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    normalised.replace(u'\r', u'\n');
    const QList<QByteArray> lines = normalised.toUtf8().split('\n');

    QByteArray out;
    out.reserve(normalised.size() * 3 / 2 + 16);
    for (const QByteArray& line : lines) {
        QByteArray current;
        for (qsizetype i = 0; i < line.size(); ++i) {
            const auto b = static_cast<unsigned char>(line.at(i));
            const bool last = i == line.size() - 1;
            char token[3];
            int tokenLength = 1;
            if ((b >= 33 && b <= 126 && b != '=') || ((b == ' ' || b == '\t') && !last)) {
                token[0] = char(b);
            } else {
                token[0] = '=';
                token[1] = hexDigit(b >> 4);
                token[2] = hexDigit(b);
                tokenLength = 3;
            }
            // 75 + the soft-break '=' keeps every line at 76 characters or fewer.
            if (current.size() + tokenLength > 75) {
                out += current + "=\r\n";
                current.clear();
            }
            current.append(token, tokenLength);
        }
        out += current + "\r\n";
    }
    return out;
}

QByteArray base64Lines(const QByteArray& data)
{
    const QByteArray encoded = data.toBase64();
    QByteArray out;
    out.reserve(encoded.size() + encoded.size() / 76 * 2 + 2);
    for (qsizetype i = 0; i < encoded.size(); i += 76) {
        out += QByteArrayView(encoded).sliced(i, qMin<qsizetype>(76, encoded.size() - i));
        out += "\r\n";
    }
    return out;
}

QByteArray rfc2231Parameter(const QByteArray& name, const QString& value)
{
    static const QByteArray attrChars = QByteArrayLiteral("!#$&+-.^_`|~");
    QList<QByteArray> pieces;
    for (const QByteArray& ch : codePointsUtf8(neutralise(value))) {
        QByteArray piece;
        for (const char c : ch) {
            const auto b = static_cast<unsigned char>(c);
            if ((b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || (b >= '0' && b <= '9')
                || attrChars.contains(c)) {
                piece += c;
            } else {
                piece += '%';
                piece += hexDigit(b >> 4);
                piece += hexDigit(b);
            }
        }
        pieces.append(piece);
    }
    constexpr int kSegment = 54;
    QByteArray whole;
    for (const QByteArray& p : pieces)
        whole += p;
    if (whole.size() <= kSegment)
        return name + "*=UTF-8''" + whole;

    QList<QByteArray> segments{ QByteArray() };
    for (const QByteArray& p : pieces) {
        if (!segments.last().isEmpty() && segments.last().size() + p.size() > kSegment)
            segments.append(QByteArray());
        segments.last() += p;
    }
    QByteArray out;
    for (qsizetype i = 0; i < segments.size(); ++i) {
        if (i > 0)
            out += ";\r\n ";
        out += name + '*' + QByteArray::number(i) + "*=" + (i == 0 ? "UTF-8''" : "") + segments.at(i);
    }
    return out;
}

QByteArray randomToken(int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    for (int i = 0; i < bytes; ++i)
        raw[i] = char(QRandomGenerator::system()->bounded(256));
    return raw.toHex();
}

} // namespace MailEncoding
