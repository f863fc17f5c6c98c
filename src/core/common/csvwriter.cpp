#include "csvwriter.h"

QString CsvWriter::neutralised(const QString& value)
{
    if (value.isEmpty())
        return value;
    switch (value.front().unicode()) {
    case '=':
    case '+':
    case '-':
    case '@':
    case '\t':
    case '\r':
        return QLatin1Char('\'') + value;
    default:
        return value;
    }
}

QString CsvWriter::field(const QString& value)
{
    const QString safe = neutralised(value);
    const bool quote = safe.contains(QLatin1Char(',')) || safe.contains(QLatin1Char('"'))
        || safe.contains(QLatin1Char('\r')) || safe.contains(QLatin1Char('\n'));
    if (!quote)
        return safe;
    QString escaped = safe;
    escaped.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

QString CsvWriter::record(const QStringList& fields)
{
    QStringList quoted;
    quoted.reserve(fields.size());
    for (const QString& value : fields)
        quoted.append(field(value));
    return quoted.join(QLatin1Char(',')) + QStringLiteral("\r\n");
}
