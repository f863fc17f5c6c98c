// fuzz_csv: CsvWriter (every CSV the product writes) against a tiny RFC 4180 reader.
// - the records read back are the records written, each field equal to its value or, when
//   the value starts with = + - @ TAB or CR, to "'" + value (the documented neutralising);
// - no field read back starts with = + - @ TAB or CR (OWASP CSV injection).
//
// Input: records separated by 0x1E, fields by 0x1F; a field that starts with 0x1D is
// UTF-16LE (lone surrogates and any code unit), otherwise UTF-8.

#include "csvwriter.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <optional>

namespace {

void check(bool ok, const char* what)
{
    if (!ok) {
        std::fprintf(stderr, "fuzz_csv: %s\n", what);
        std::abort();
    }
}

bool startsWithFormula(const QString& value)
{
    if (value.isEmpty())
        return false;
    const QChar c = value.front();
    return c == u'=' || c == u'+' || c == u'-' || c == u'@' || c == u'\t' || c == u'\r';
}

// RFC 4180: records end with CRLF, fields are separated by commas; a quoted field may hold
// commas, CR, LF and "" for a quote. Anything else (a bare quote in an unquoted field, text
// after a closing quote, a lone CR or LF outside quotes) is a syntax error: nullopt.
std::optional<QList<QStringList>> readCsv(const QString& csv)
{
    QList<QStringList> records;
    QStringList record;
    QString fieldText;
    qsizetype i = 0;
    const qsizetype n = csv.size();
    while (i < n) {
        if (csv.at(i) == u'"') {
            if (!fieldText.isEmpty())
                return std::nullopt; // a quote inside an unquoted field
            ++i;
            for (;;) {
                if (i >= n)
                    return std::nullopt; // unterminated
                if (csv.at(i) == u'"') {
                    if (i + 1 < n && csv.at(i + 1) == u'"') {
                        fieldText += u'"';
                        i += 2;
                        continue;
                    }
                    ++i;
                    break;
                }
                fieldText += csv.at(i++);
            }
            if (i < n && csv.at(i) != u',' && csv.at(i) != u'\r')
                return std::nullopt; // text after the closing quote
            continue;
        }
        if (csv.at(i) == u',') {
            record.append(fieldText);
            fieldText.clear();
            ++i;
            continue;
        }
        if (csv.at(i) == u'\r') {
            if (i + 1 >= n || csv.at(i + 1) != u'\n')
                return std::nullopt; // a bare CR
            record.append(fieldText);
            fieldText.clear();
            records.append(record);
            record.clear();
            i += 2;
            continue;
        }
        if (csv.at(i) == u'\n')
            return std::nullopt; // a bare LF
        fieldText += csv.at(i++);
    }
    if (!fieldText.isEmpty() || !record.isEmpty())
        return std::nullopt; // the last record has no CRLF
    return records;
}

QString decodeField(const QByteArray& field)
{
    if (field.startsWith('\x1d')) {
        const QByteArray raw = field.mid(1);
        return QString::fromUtf16(reinterpret_cast<const char16_t*>(raw.constData()), raw.size() / 2);
    }
    return QString::fromUtf8(field);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size > 16 * 1024)
        return 0;
    const QByteArray input = QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));
    QList<QStringList> written;
    QString csv;
    for (const QByteArray& recordBytes : input.split('\x1e')) {
        QStringList fields;
        for (const QByteArray& fieldBytes : recordBytes.split('\x1f'))
            fields.append(decodeField(fieldBytes));
        written.append(fields);
        const QString record = CsvWriter::record(fields);
        check(record.endsWith(QLatin1String("\r\n")), "a record without its CRLF");
        csv += record;
    }

    const std::optional<QList<QStringList>> read = readCsv(csv);
    check(bool(read), "the CSV is not RFC 4180");
    check(read->size() == written.size(), "the number of records changed");
    for (qsizetype r = 0; r < written.size(); ++r) {
        const QStringList& in = written.at(r);
        const QStringList& out = read->at(r);
        check(in.size() == out.size(), "the number of fields changed");
        for (qsizetype f = 0; f < in.size(); ++f) {
            const QString& value = in.at(f);
            const QString& cell = out.at(f);
            check(!startsWithFormula(cell), "a cell starts with a formula character");
            if (startsWithFormula(value))
                check(cell == QLatin1Char('\'') + value, "a formula was not neutralised as documented");
            else
                check(cell == value, "a field changed");
            check(CsvWriter::neutralised(value) == cell, "neutralised() and the written cell differ");
        }
    }
    return 0;
}
