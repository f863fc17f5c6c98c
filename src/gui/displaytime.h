#pragma once

#include <QDateTime>
#include <QLocale>
#include <QString>

// Every date and time the window shows goes through here, in the locale's words and order
// but never in its short numeric form: "30/11/26" reads as 30 November in Madrid and as
// nonsense in New York, so a date always names its month ("30 nov 2026 17:34",
// "Nov 30, 2026 5:34 PM", "30. Nov. 2026 17:34"). Times are stored in UTC and shown local.
class DisplayTime final
{
public:
    DisplayTime() = delete;

    // Date and time, medium length: the month abbreviated, the year in full, no weekday.
    static QString dateTime(const QDateTime& utc, const QLocale& locale = QLocale());
    // The same with the weekday and the month in full (tooltips).
    static QString longDateTime(const QDateTime& utc, const QLocale& locale = QLocale());
    // Hours and minutes only (a retry later the same day).
    static QString time(const QDateTime& utc, const QLocale& locale = QLocale());

    // The QDateTime format pattern behind dateTime()'s date part, derived from the
    // locale's long date format (Qt has no CLDR "medium" format).
    static QString mediumDateFormat(const QLocale& locale);
    // The locale's short time format without seconds.
    static QString shortTimeFormat(const QLocale& locale);
};
