#include "displaytime.h"

#include <QRegularExpression>

QString DisplayTime::mediumDateFormat(const QLocale& locale)
{
    QString format = locale.dateFormat(QLocale::LongFormat);
    // No weekday: "dddd, d 'de' MMMM" and "yyyy年M月d日dddd" lose it with its separator.
    static const QRegularExpression weekday(QStringLiteral("\\s*dddd[\\s\\p{P}]*"));
    format.remove(weekday);
    // Between the day, month and year only spaces and punctuation: the short month does
    // not read well with words around it ("30 de nov de 2026" is "30 nov 2026" in Spanish).
    static const QRegularExpression quotedWords(QStringLiteral("\\s*'[^']*'\\s*"));
    if (format.contains(QStringLiteral("MMMM")))
        format.replace(quotedWords, QStringLiteral(" "));
    format.replace(QStringLiteral("MMMM"), QStringLiteral("MMM"));
    // What a removed word leaves at either end ("d MMM yyyy ." from Russian's "yyyy 'г'.").
    static const QRegularExpression strayEnds(QStringLiteral("^[\\s\\p{P}]+|[\\s\\p{P}]+$"));
    format.remove(strayEnds);
    return format;
}

QString DisplayTime::shortTimeFormat(const QLocale& locale)
{
    QString format = locale.timeFormat(QLocale::ShortFormat);
    static const QRegularExpression seconds(QStringLiteral("[:.]ss?"));
    format.remove(seconds);
    return format;
}

QString DisplayTime::dateTime(const QDateTime& utc, const QLocale& locale)
{
    if (!utc.isValid())
        return {};
    const QDateTime local = utc.toLocalTime();
    return locale.toString(local.date(), mediumDateFormat(locale)) + u' '
        + locale.toString(local.time(), shortTimeFormat(locale));
}

QString DisplayTime::longDateTime(const QDateTime& utc, const QLocale& locale)
{
    if (!utc.isValid())
        return {};
    const QDateTime local = utc.toLocalTime();
    return locale.toString(local.date(), QLocale::LongFormat) + u' '
        + locale.toString(local.time(), shortTimeFormat(locale));
}

QString DisplayTime::time(const QDateTime& utc, const QLocale& locale)
{
    if (!utc.isValid())
        return {};
    return locale.toString(utc.toLocalTime().time(), shortTimeFormat(locale));
}
