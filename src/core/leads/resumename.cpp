#include "resumename.h"

#include <QStringList>

namespace {

bool isLetter(char32_t ch)
{
    switch (QChar::category(ch)) {
    case QChar::Letter_Uppercase:
    case QChar::Letter_Lowercase:
    case QChar::Letter_Titlecase:
    case QChar::Letter_Modifier:
    case QChar::Letter_Other:
        return true;
    default:
        return false;
    }
}

bool isCombiningMark(char32_t ch)
{
    const QChar::Category category = QChar::category(ch);
    return category == QChar::Mark_NonSpacing || category == QChar::Mark_SpacingCombining;
}

// Cuts to at most maxBytes of UTF-8 without splitting a character.
QString truncateUtf8(const QString& text, qsizetype maxBytes)
{
    QString result;
    qsizetype bytes = 0;
    for (const char32_t ch : text.toUcs4()) {
        const qsizetype size = ch < 0x80 ? 1 : ch < 0x800 ? 2 : ch < 0x10000 ? 3 : 4;
        if (bytes + size > maxBytes)
            break;
        bytes += size;
        result.append(QString::fromUcs4(&ch, 1));
    }
    return result;
}

bool isSeparator(QChar ch)
{
    return ch == QLatin1Char('-') || ch == QLatin1Char('_');
}

} // namespace

bool ResumeName::isDefaultIgnorable(char32_t ch)
{
    // DerivedCoreProperties.txt, Unicode 15.
    return ch == 0x00AD || ch == 0x034F || ch == 0x061C || ch == 0x115F || ch == 0x1160
        || ch == 0x17B4 || ch == 0x17B5 || (ch >= 0x180B && ch <= 0x180F)
        || (ch >= 0x200B && ch <= 0x200F) || (ch >= 0x202A && ch <= 0x202E)
        || (ch >= 0x2060 && ch <= 0x206F) || ch == 0x3164 || (ch >= 0xFE00 && ch <= 0xFE0F)
        || ch == 0xFEFF || ch == 0xFFA0 || (ch >= 0xFFF0 && ch <= 0xFFF8)
        || (ch >= 0x1BCA0 && ch <= 0x1BCA3) || (ch >= 0x1D173 && ch <= 0x1D17A)
        || (ch >= 0xE0000 && ch <= 0xE0FFF);
}

QString ResumeName::filePart(const QString& name)
{
    QString part;
    bool afterLetter = false;
    for (const char32_t ch : name.normalized(QString::NormalizationForm_C).toUcs4()) {
        if (isDefaultIgnorable(ch))
            continue;
        if (isLetter(ch) || QChar::category(ch) == QChar::Number_DecimalDigit) {
            part.append(QString::fromUcs4(&ch, 1));
            afterLetter = true;
        } else if (isCombiningMark(ch)) {
            // Accents and vowel signs that NFC could not compose stay with their letter.
            if (afterLetter)
                part.append(QString::fromUcs4(&ch, 1));
        } else if (ch == U'_' || ch == U'-' || QChar::isSpace(ch)) {
            afterLetter = false;
            const QChar separator = ch == U'_' ? QLatin1Char('_') : QLatin1Char('-');
            if (!part.isEmpty() && !isSeparator(part.back()))
                part.append(separator);
        } else {
            afterLetter = false; // punctuation, symbols, controls: dropped
        }
    }
    while (!part.isEmpty() && isSeparator(part.back()))
        part.chop(1);
    part = truncateUtf8(part, kMaxPartBytes);
    while (!part.isEmpty() && isSeparator(part.back()))
        part.chop(1);
    return part;
}

QString ResumeName::fileName(const QString& firstName, const QString& lastName, qint64 leadId)
{
    QStringList parts;
    for (const QString& name : { lastName, firstName }) {
        const QString part = filePart(name);
        if (!part.isEmpty())
            parts.append(part);
    }
    if (parts.isEmpty())
        parts.append(leadId > 0 ? QStringLiteral("lead-%1").arg(leadId) : QStringLiteral("lead"));
    parts.append(QStringLiteral("resume.pdf"));
    return parts.join(QLatin1Char('_'));
}

QString ResumeName::displayText(const QString& original)
{
    QString text;
    for (const char32_t ch : original.toUcs4()) {
        switch (QChar::category(ch)) {
        case QChar::Other_Control: // C0, DEL, C1: NUL, line breaks, escapes
        case QChar::Other_Format: // bidi overrides and isolates, zero-width characters
        case QChar::Other_Surrogate:
        case QChar::Other_NotAssigned:
        case QChar::Other_PrivateUse:
        case QChar::Separator_Line:
        case QChar::Separator_Paragraph:
            continue;
        default:
            break;
        }
        if (isDefaultIgnorable(ch))
            continue;
        text.append(QString::fromUcs4(&ch, 1));
    }
    text = text.trimmed();
    if (text.size() > kMaxDisplayLength) {
        text.truncate(kMaxDisplayLength - 1);
        if (!text.isEmpty() && text.back().isHighSurrogate())
            text.chop(1);
        text.append(QChar(0x2026)); // …
    }
    return text;
}
