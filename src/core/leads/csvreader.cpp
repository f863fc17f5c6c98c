#include "csvreader.h"

#include <QStringDecoder>

namespace {

// Windows-1252 differs from Latin-1 only in 0x80..0x9F (Qt 6.4 has no 1252 codec without
// ICU). The five bytes 1252 leaves undefined keep their C1 code point, as Windows does.
constexpr char16_t kCp1252High[32] = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
    0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
};

bool startsWith(const QByteArray& bytes, std::initializer_list<unsigned char> mark)
{
    if (bytes.size() < qsizetype(mark.size()))
        return false;
    qsizetype i = 0;
    for (const unsigned char byte : mark) {
        if (static_cast<unsigned char>(bytes.at(i++)) != byte)
            return false;
    }
    return true;
}

} // namespace

CsvReader::Encoding CsvReader::detectEncoding(const QByteArray& bytes)
{
    if (startsWith(bytes, { 0xEF, 0xBB, 0xBF }))
        return Encoding::Utf8;
    if (startsWith(bytes, { 0xFF, 0xFE }))
        return Encoding::Utf16LE;
    if (startsWith(bytes, { 0xFE, 0xFF }))
        return Encoding::Utf16BE;
    QStringDecoder utf8(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
    const QString text = utf8(bytes);
    Q_UNUSED(text);
    return utf8.hasError() ? Encoding::Windows1252 : Encoding::Utf8;
}

QString CsvReader::decode(const QByteArray& bytes, Encoding encoding)
{
    switch (encoding) {
    case Encoding::Utf8: {
        const QByteArray body = startsWith(bytes, { 0xEF, 0xBB, 0xBF }) ? bytes.mid(3) : bytes;
        QStringDecoder decoder(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
        return decoder(body);
    }
    case Encoding::Utf16LE:
    case Encoding::Utf16BE: {
        const bool little = encoding == Encoding::Utf16LE;
        const bool marked = little ? startsWith(bytes, { 0xFF, 0xFE }) : startsWith(bytes, { 0xFE, 0xFF });
        QStringDecoder decoder(little ? QStringConverter::Utf16LE : QStringConverter::Utf16BE,
                               QStringConverter::Flag::Stateless);
        return decoder(marked ? bytes.mid(2) : bytes);
    }
    case Encoding::Windows1252: {
        QString text(bytes.size(), Qt::Uninitialized);
        QChar* out = text.data();
        for (const char byte : bytes) {
            const auto value = static_cast<unsigned char>(byte);
            *out++ = value >= 0x80 && value <= 0x9F ? QChar(kCp1252High[value - 0x80]) : QChar(char16_t(value));
        }
        return text;
    }
    }
    return {};
}

std::optional<CsvReader::Encoding> CsvReader::encodingFromName(const QString& name)
{
    QString key = name.trimmed().toLower();
    key.remove(QLatin1Char('-'));
    key.remove(QLatin1Char('_'));
    if (key == QLatin1String("utf8"))
        return Encoding::Utf8;
    if (key == QLatin1String("utf16le") || key == QLatin1String("utf16"))
        return Encoding::Utf16LE;
    if (key == QLatin1String("utf16be"))
        return Encoding::Utf16BE;
    if (key == QLatin1String("windows1252") || key == QLatin1String("cp1252")
        || key == QLatin1String("latin1") || key == QLatin1String("iso88591") || key == QLatin1String("ansi"))
        return Encoding::Windows1252;
    return std::nullopt;
}

QString CsvReader::encodingName(Encoding encoding)
{
    switch (encoding) {
    case Encoding::Utf8:
        return QStringLiteral("UTF-8");
    case Encoding::Utf16LE:
        return QStringLiteral("UTF-16LE");
    case Encoding::Utf16BE:
        return QStringLiteral("UTF-16BE");
    case Encoding::Windows1252:
        return QStringLiteral("Windows-1252");
    }
    return {};
}

QChar CsvReader::sniffSeparator(const QString& text)
{
    int commas = 0;
    int semicolons = 0;
    int tabs = 0;
    bool quoted = false;
    for (const QChar c : text) {
        if (c == QLatin1Char('"'))
            quoted = !quoted; // a doubled quote toggles twice
        else if (!quoted && (c == QLatin1Char('\n') || c == QLatin1Char('\r')))
            break;
        else if (!quoted && c == QLatin1Char(','))
            ++commas;
        else if (!quoted && c == QLatin1Char(';'))
            ++semicolons;
        else if (!quoted && c == QLatin1Char('\t'))
            ++tabs;
    }
    if (tabs > commas && tabs >= semicolons)
        return QLatin1Char('\t');
    if (semicolons > commas)
        return QLatin1Char(';');
    return QLatin1Char(',');
}

std::optional<QChar> CsvReader::separatorFromName(const QString& name)
{
    if (name == QLatin1String(",") || name == QLatin1String(";") || name == QLatin1String("\t"))
        return name.front();
    const QString key = name.trimmed().toLower();
    if (key == QLatin1String("tab") || key == QLatin1String("\\t"))
        return QLatin1Char('\t');
    if (key == QLatin1String("comma"))
        return QLatin1Char(',');
    if (key == QLatin1String("semicolon"))
        return QLatin1Char(';');
    return std::nullopt;
}

CsvReader::CsvReader(const QByteArray& bytes, std::optional<Encoding> encoding, std::optional<QChar> separator)
    : m_encoding(encoding.value_or(detectEncoding(bytes)))
{
    m_text = decode(bytes, m_encoding);
    if (m_text.startsWith(QChar(0xFEFF))) // a mark the caller's encoding did not expect
        m_text.remove(0, 1);
    m_separator = separator.value_or(sniffSeparator(m_text));
}

bool CsvReader::next(QStringList* fields)
{
    fields->clear();
    const qsizetype size = m_text.size();
    while (m_position < size) {
        const qint64 startLine = m_lineNumber;
        ++m_recordNumber;
        QString field;
        bool fieldQuoted = false;
        bool recordEnded = false;
        while (m_position < size && !recordEnded) {
            const QChar c = m_text.at(m_position);
            if (c == QLatin1Char('"') && field.isEmpty() && !fieldQuoted) {
                // A quoted field: up to the quote that is not doubled.
                fieldQuoted = true;
                ++m_position;
                bool closed = false;
                while (m_position < size) {
                    const QChar q = m_text.at(m_position++);
                    if (q == QLatin1Char('"')) {
                        if (m_position < size && m_text.at(m_position) == QLatin1Char('"')) {
                            field.append(q);
                            ++m_position;
                            continue;
                        }
                        closed = true;
                        break;
                    }
                    if (q == QLatin1Char('\n'))
                        ++m_lineNumber;
                    field.append(q);
                }
                if (!closed) {
                    m_error = tr("Record %1 (from line %2) opens a quoted field that is never closed; "
                                 "the file ends inside it.")
                                  .arg(m_recordNumber)
                                  .arg(startLine);
                    fields->clear();
                    return false;
                }
                continue;
            }
            ++m_position;
            if (c == m_separator) {
                fields->append(field);
                field.clear();
                fieldQuoted = false;
            } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
                if (c == QLatin1Char('\r') && m_position < size && m_text.at(m_position) == QLatin1Char('\n'))
                    ++m_position;
                ++m_lineNumber;
                recordEnded = true;
            } else {
                // Lenient, as spreadsheets are: text after a closing quote joins the field,
                // and a quote inside an unquoted field is an ordinary character.
                field.append(c);
            }
        }
        fields->append(field);
        if (fields->size() == 1 && fields->constFirst().isEmpty() && !fieldQuoted) {
            fields->clear();
            continue; // an empty line: no record, but it keeps its row number
        }
        return true;
    }
    return false;
}

double CsvReader::progress() const
{
    return m_text.isEmpty() ? 1.0 : double(m_position) / double(m_text.size());
}
