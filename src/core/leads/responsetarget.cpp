#include "responsetarget.h"

#include "firmsettings.h"

#include <QRegularExpression>

ResponseTarget::ResponseTarget(Rule rule)
    : m_rule(std::move(rule))
{
}

ResponseTarget ResponseTarget::fromSettings(const FirmSettings& settings)
{
    Rule rule;
    rule.businessDays = std::clamp(settings.number(FirmSettings::Key::ResponseTargetDays), 0,
                                   FirmSettings::kMaxResponseTargetDays);
    if (const std::optional<QList<Qt::DayOfWeek>> weekend
        = parseWeekend(settings.text(FirmSettings::Key::ResponseWeekend)))
        rule.weekend = *weekend;
    const QString zone = settings.text(FirmSettings::Key::FirmTimeZone).trimmed();
    if (!zone.isEmpty()) {
        const QTimeZone timeZone(zone.toUtf8());
        if (timeZone.isValid())
            rule.zone = timeZone;
    }
    return ResponseTarget(std::move(rule));
}

std::optional<QList<Qt::DayOfWeek>> ResponseTarget::parseWeekend(const QString& text)
{
    static const char* const kNames[] = { "mon", "tue", "wed", "thu", "fri", "sat", "sun" };
    QList<Qt::DayOfWeek> days;
    // "none": every day is a business day (an empty value would mean the default instead).
    if (text.trimmed().compare(QLatin1String("none"), Qt::CaseInsensitive) == 0)
        return days;
    const QStringList words
        = text.toLower().split(QRegularExpression(QStringLiteral("[,\\s]+")), Qt::SkipEmptyParts);
    for (const QString& word : words) {
        int found = -1;
        for (int i = 0; i < 7; ++i) {
            if (word == QLatin1String(kNames[i]))
                found = i;
        }
        if (found < 0)
            return std::nullopt;
        const auto day = static_cast<Qt::DayOfWeek>(found + 1);
        if (!days.contains(day))
            days.append(day);
    }
    if (days.size() >= 7)
        return std::nullopt;
    return days;
}

bool ResponseTarget::isBusinessDay(const QDate& date) const
{
    return !m_rule.weekend.contains(static_cast<Qt::DayOfWeek>(date.dayOfWeek()));
}

QDate ResponseTarget::nextBusinessDay(QDate date) const
{
    do
        date = date.addDays(1);
    while (!isBusinessDay(date));
    return date;
}

QDate ResponseTarget::previousBusinessDay(QDate date) const
{
    do
        date = date.addDays(-1);
    while (!isBusinessDay(date));
    return date;
}

QDate ResponseTarget::addBusinessDays(QDate date, int days) const
{
    for (int i = 0; i < days; ++i)
        date = nextBusinessDay(date);
    return date;
}

QDateTime ResponseTarget::dueAt(const QDateTime& created) const
{
    if (m_rule.businessDays <= 0 || !created.isValid())
        return {};
    const QDateTime local = created.toTimeZone(m_rule.zone);
    QDate day = local.date();
    QTime time = local.time();
    if (!isBusinessDay(day)) {
        day = nextBusinessDay(day);
        time = QTime(0, 0);
    }
    return QDateTime(addBusinessDays(day, m_rule.businessDays), time, m_rule.zone).toUTC();
}

QDateTime ResponseTarget::cutoff(const QDateTime& now) const
{
    if (m_rule.businessDays <= 0 || !now.isValid())
        return {};
    const QDateTime local = now.toTimeZone(m_rule.zone);
    QDate day = local.date();
    QTime time = local.time();
    // On a weekend nothing falls due: the last moment anything did is the end of the
    // business day before it.
    if (!isBusinessDay(day)) {
        day = previousBusinessDay(day);
        time = QTime(23, 59, 59, 999);
    }
    for (int i = 0; i < m_rule.businessDays; ++i)
        day = previousBusinessDay(day);
    return QDateTime(day, time, m_rule.zone).toUTC();
}

QDate ResponseTarget::today(const QDateTime& now) const
{
    return now.toTimeZone(m_rule.zone).date();
}

QDateTime ResponseTarget::dueAt(const Lead& lead) const
{
    if (lead.followUpOn.isValid())
        return QDateTime(lead.followUpOn, QTime(0, 0), m_rule.zone).toUTC();
    if (lead.status != LeadStatus::Pending)
        return {};
    return dueAt(lead.createdAt);
}

bool ResponseTarget::isOverdue(const Lead& lead, const QDateTime& now) const
{
    if (lead.followUpOn.isValid())
        return lead.followUpOn <= today(now);
    if (lead.status != LeadStatus::Pending)
        return false;
    const QDateTime due = dueAt(lead.createdAt);
    return due.isValid() && due <= now;
}

ResponseTarget::SqlCondition ResponseTarget::overdueCondition(const QDateTime& now) const
{
    SqlCondition condition;
    const QDateTime limit = cutoff(now);
    // Without a target no arrival time is overdue: a cutoff before every lead.
    const qint64 cutoffMs = limit.isValid() ? limit.toMSecsSinceEpoch() : std::numeric_limits<qint64>::min();
    condition.where = QStringLiteral(
        "((follow_up_on IS NOT NULL AND follow_up_on <= ?) "
        "OR (follow_up_on IS NULL AND status = 'PENDING' AND created_at <= ?))");
    condition.values = { today(now).toString(Qt::ISODate), cutoffMs };
    return condition;
}
