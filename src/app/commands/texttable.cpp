#include "texttable.h"

#include <algorithm>

namespace {

// Columns a character takes in a terminal: 2 for East Asian wide/fullwidth, 0 for
// combining marks, 1 otherwise.
int charWidth(char32_t ch)
{
    const QChar::Category category = QChar::category(ch);
    if (category == QChar::Mark_NonSpacing || category == QChar::Mark_Enclosing || ch == 0x200B
        || ch == 0x200C || ch == 0x200D)
        return 0;
    const bool wide = (ch >= 0x1100 && ch <= 0x115F) || (ch >= 0x2E80 && ch <= 0x303E)
        || (ch >= 0x3041 && ch <= 0x33FF) || (ch >= 0x3400 && ch <= 0x4DBF)
        || (ch >= 0x4E00 && ch <= 0x9FFF) || (ch >= 0xA000 && ch <= 0xA4CF)
        || (ch >= 0xAC00 && ch <= 0xD7A3) || (ch >= 0xF900 && ch <= 0xFAFF)
        || (ch >= 0xFE30 && ch <= 0xFE4F) || (ch >= 0xFF00 && ch <= 0xFF60)
        || (ch >= 0xFFE0 && ch <= 0xFFE6) || (ch >= 0x1F300 && ch <= 0x1F64F)
        || (ch >= 0x1F900 && ch <= 0x1F9FF) || (ch >= 0x20000 && ch <= 0x3FFFD);
    return wide ? 2 : 1;
}

// Shortens text to width columns, ending with "…" when something was cut.
QString elide(const QString& text, int width)
{
    if (TextTable::displayWidth(text) <= width)
        return text;
    QString result;
    int used = 0;
    for (const char32_t ch : text.toUcs4()) {
        const int w = charWidth(ch);
        if (used + w > width - 1)
            break;
        result += QString::fromUcs4(&ch, 1);
        used += w;
    }
    return result + QChar(0x2026);
}

QString pad(const QString& text, int width, bool right)
{
    const QString fill(std::max(0, width - TextTable::displayWidth(text)), QLatin1Char(' '));
    return right ? fill + text : text + fill;
}

} // namespace

TextTable::TextTable(QList<Column> columns)
    : m_columns(std::move(columns))
{
    for (const Column& column : std::as_const(m_columns))
        m_widths.append(displayWidth(column.header));
}

void TextTable::fit(const QList<QStringList>& rows)
{
    for (const QStringList& row : rows) {
        for (qsizetype column = 0; column < m_columns.size() && column < row.size(); ++column)
            m_widths[column] = std::max(m_widths[column], displayWidth(row.at(column)));
    }
    for (qsizetype column = 0; column < m_columns.size(); ++column) {
        if (m_columns.at(column).maxWidth > 0)
            m_widths[column] = std::min(m_widths[column], m_columns.at(column).maxWidth);
    }
}

QString TextTable::headerLine() const
{
    QStringList headers;
    for (const Column& column : m_columns)
        headers.append(column.header);
    return line(headers);
}

QString TextTable::line(const QStringList& cells) const
{
    QStringList padded;
    for (qsizetype column = 0; column < m_columns.size(); ++column) {
        const QString cell = column < cells.size() ? cells.at(column) : QString();
        padded.append(pad(elide(cell, m_widths.at(column)), m_widths.at(column),
                          m_columns.at(column).alignRight));
    }
    QString text = padded.join(QStringLiteral("  "));
    while (text.endsWith(QLatin1Char(' ')))
        text.chop(1);
    return text;
}

int TextTable::displayWidth(const QString& text)
{
    int width = 0;
    for (const char32_t ch : text.toUcs4())
        width += charWidth(ch);
    return width;
}

QString TextTable::terminalSafe(const QString& text)
{
    QString safe;
    safe.reserve(text.size());
    for (const char32_t ch : text.toUcs4()) {
        const QChar::Category category = QChar::category(ch);
        const bool bidiControl = (ch >= 0x202A && ch <= 0x202E) || (ch >= 0x2066 && ch <= 0x2069);
        if (category == QChar::Other_Control || category == QChar::Separator_Line
            || category == QChar::Separator_Paragraph || bidiControl)
            safe += QChar(QChar::ReplacementCharacter);
        else
            safe += QString::fromUcs4(&ch, 1);
    }
    return safe;
}
