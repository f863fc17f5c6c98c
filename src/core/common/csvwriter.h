#pragma once

#include <QString>
#include <QStringList>

// CSV as every export of the product writes it: RFC 4180 (CRLF records, a field quoted
// when it holds a comma, a quote, CR or LF), and safe to open in a spreadsheet. A cell
// that starts with = + - @ a tab or a CR would be read as a formula (OWASP "CSV
// injection": =HYPERLINK(...), =cmd|' /C calc'!A0), so it gets a leading single quote,
// which spreadsheets show as text and do not evaluate.
class CsvWriter
{
public:
    CsvWriter() = delete;

    // One field, neutralised and quoted as needed.
    static QString field(const QString& value);
    // One record, with its CRLF.
    static QString record(const QStringList& fields);
    // The value with a leading ' when it starts with a formula character.
    static QString neutralised(const QString& value);
};
