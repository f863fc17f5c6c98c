// fuzz_validators: LeadValidator's name and email rules and the duplicate key.
// - emailKey is idempotent: emailKey(emailKey(x)) == emailKey(x), and deterministic;
// - an accepted email (checkEmail) has no control character, line break or space, one @,
//   at most 254 characters, and the mail layer can send to it (MailEncoding accepts it);
// - an accepted name has no control character and no bidirectional control, is not made
//   only of invisible characters, is at most 100 characters; first and last name rules agree.
//
// Input: byte 0 chooses the decoding of the rest (bit 0: UTF-16LE, so lone surrogates and
// any code unit appear; otherwise UTF-8).

#include "leadvalidator.h"
#include "mailencoding.h"

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {

#define check(ok) checkImpl((ok), #ok)

void checkImpl(bool ok, const char* what)
{
    if (!ok) {
        std::fprintf(stderr, "fuzz_validators: failed: %s\n", what);
        std::abort();
    }
}

bool hasLineBreakOrControl(const QString& s)
{
    for (const char32_t ch : s.toUcs4()) {
        const QChar::Category c = QChar::category(ch);
        if (c == QChar::Other_Control || c == QChar::Separator_Line
            || c == QChar::Separator_Paragraph)
            return true;
    }
    return false;
}

bool isBidiControl(char32_t ch)
{
    return (ch >= 0x202A && ch <= 0x202E) || (ch >= 0x2066 && ch <= 0x2069);
}

void checkEmail(const QString& value)
{
    const QString key = LeadValidator::emailKey(value);
    check(LeadValidator::emailKey(value) == key);
    check(LeadValidator::emailKey(key) == key);

    const QString problem = LeadValidator::checkEmail(value);
    check(LeadValidator::checkEmail(value) == problem);
    if (!problem.isEmpty())
        return;
    const QString email = value.trimmed();
    check(!hasLineBreakOrControl(value));
    check(!email.contains(u'\r') && !email.contains(u'\n') && !email.contains(QChar(0)));
    check(!email.contains(u' ') && !email.contains(u'\t'));
    check(email.count(u'@') == 1);
    check(email.size() <= LeadValidator::kMaxEmailLength);
    // What the intake accepts, the outbox can address.
    check(MailEncoding::envelopeAddressProblem(email).isEmpty());
    check(!MailEncoding::encodeAddress(email).isEmpty());
    check(!key.contains(u'\r') && !key.contains(u'\n'));
}

void checkName(const QString& value)
{
    const QString first = LeadValidator::checkFirstName(value);
    const QString last = LeadValidator::checkLastName(value);
    check(LeadValidator::checkFirstName(value) == first);
    check(first.isEmpty() == last.isEmpty());
    if (!first.isEmpty())
        return;
    const QString name = value.trimmed();
    check(!name.isEmpty());
    check(!hasLineBreakOrControl(value));
    bool visible = false;
    qsizetype characters = 0;
    for (const char32_t ch : name.toUcs4()) {
        check(!isBidiControl(ch));
        ++characters;
        const QChar::Category c = QChar::category(ch);
        if (c != QChar::Other_Format && c != QChar::Separator_Space && !QChar::isSpace(ch)
            && ch != 0x200B && ch != 0x3164 && ch != 0x2800 && ch != 0x200D && ch != 0xFFA0
            && ch != 0x115F && ch != 0x1160 && !(ch >= 0xFE00 && ch <= 0xFE0F))
            visible = true;
    }
    check(visible);
    check(characters <= LeadValidator::kMaxNameLength);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size == 0 || size > 4096)
        return 0;
    const char* rest = reinterpret_cast<const char*>(data + 1);
    const qsizetype restSize = qsizetype(size - 1);
    const QString value = (data[0] & 1)
        ? QString::fromUtf16(reinterpret_cast<const char16_t*>(QByteArray(rest, restSize).constData()),
                             restSize / 2)
        : QString::fromUtf8(rest, restSize);
    checkEmail(value);
    checkName(value);
    return 0;
}
