#pragma once

#include <QByteArray>
#include <QString>

// Header and body encodings for RFC 5322 / MIME (RFC 2045, 2047, 2231) and envelope
// address checks. Free functions: they hold no state.
namespace MailEncoding {

// CR, LF and NUL (and other C0 controls except TAB) replaced by a space: a
// user-supplied value can never start a new header line.
QString neutralise(const QString& value);

bool isPrintableAscii(const QString& value);

// RFC 2047 "B" encoded-words, each at most 75 characters, split between code points,
// joined by CRLF SP (folding). `firstLineUsed` is the length of what precedes the
// first word on its line.
QByteArray encodeWords(const QString& text, int firstLineUsed = 0);

// An unstructured header value (Subject): folded plain ASCII when that is possible,
// encoded-words otherwise. `headerName` is used for the first line's length budget.
QByteArray encodeUnstructured(const QByteArray& headerName, const QString& value);

// A display-name phrase: atoms as is, ASCII with specials as a quoted-string,
// anything else (non-ASCII, or containing "=?") as encoded-words.
QByteArray encodePhrase(const QString& name, int firstLineUsed = 0);

// local@domain with the domain converted to ACE (punycode). Empty when the address
// is unusable (control characters, angle brackets, no '@', empty parts).
QByteArray encodeAddress(const QString& address, bool allowUtf8LocalPart = true);

// "Name <addr>" or "<addr>"; empty when the address is unusable.
QByteArray encodeMailbox(const QString& name, const QString& address, int firstLineUsed = 0);

// True when the local part has non-ASCII characters (needs SMTPUTF8 on the envelope).
bool hasNonAsciiLocalPart(const QString& address);

// Why an envelope address is refused, or an empty string when it is fine.
QString envelopeAddressProblem(const QString& address);

// Quoted-printable (RFC 2045) of UTF-8 text; line breaks become CRLF; lines ≤ 76.
QByteArray quotedPrintable(const QString& text);

// Base64 in lines of 76 characters, each ended by CRLF.
QByteArray base64Lines(const QByteArray& data);

// RFC 2231 parameter `name*=UTF-8''...`, with continuations when long, ready to follow
// "; " in a header. Each segment stays well under 78 characters.
QByteArray rfc2231Parameter(const QByteArray& name, const QString& value);

// 2*bytes hex characters from the system CSPRNG.
QByteArray randomToken(int bytes = 16);

} // namespace MailEncoding
