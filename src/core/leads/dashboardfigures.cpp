#include "dashboardfigures.h"

#include "sqldialect.h"

#include <QCollator>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <utility>

namespace {

// Ten years of weeks is plenty for a chart, and keeps the week table's bind values bounded.
constexpr qint64 kMaxRangeDays = 3660;

Error failed(const QSqlQuery& query, const QString& what)
{
    return Error { Error::Code::Database, what + QStringLiteral(": ") + query.lastError().text() };
}

void sortByName(QList<DashboardFigures::AttorneyFigure>& figures)
{
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::stable_sort(figures.begin(), figures.end(), [&collator](const auto& a, const auto& b) {
        if (a.attorneyId.has_value() != b.attorneyId.has_value())
            return a.attorneyId.has_value(); // "Nobody" last
        return collator.compare(a.name, b.name) < 0;
    });
}

} // namespace

DashboardFigures::DashboardFigures(QSqlDatabase db, ResponseTarget target)
    : m_db(std::move(db))
    , m_target(std::move(target))
{
}

DashboardFigures::Range DashboardFigures::preset(Preset preset, const QDateTime& now) const
{
    const QDate today = m_target.today(now);
    const QDate monday = today.addDays(1 - today.dayOfWeek());
    switch (preset) {
    case Preset::LastFourWeeks:
        return { monday.addDays(-7 * 3), today.addDays(1) };
    case Preset::LastTwelveWeeks:
        return { monday.addDays(-7 * 11), today.addDays(1) };
    case Preset::ThisYear:
        return { QDate(today.year(), 1, 1), today.addDays(1) };
    }
    return { monday, today.addDays(1) };
}

qint64 DashboardFigures::startOfDayMs(const QDate& day) const
{
    // startOfDay() finds the day's first instant even where midnight falls in a DST gap.
    return day.startOfDay(zone()).toMSecsSinceEpoch();
}

QString DashboardFigures::checkRange(const Range& range)
{
    if (!range.from.isValid() || !range.to.isValid())
        return tr("Choose both dates of the range.");
    if (range.from >= range.to)
        return tr("The range must end after it starts.");
    if (range.from.daysTo(range.to) > kMaxRangeDays)
        return tr("The range can be at most ten years long.");
    return {};
}

QList<DashboardFigures::Week> DashboardFigures::weekBuckets(const Range& range) const
{
    QList<Week> weeks;
    if (!checkRange(range).isEmpty())
        return weeks;
    const qint64 from = startOfDayMs(range.from);
    const qint64 to = startOfDayMs(range.to);
    for (QDate monday = range.from.addDays(1 - range.from.dayOfWeek()); monday < range.to; monday = monday.addDays(7)) {
        Week week;
        week.monday = monday;
        // Each boundary converted on its own: a week that crosses a DST change is 167 or
        // 169 hours long, and the next one starts at the right midnight again.
        week.startMs = std::max(from, startOfDayMs(monday));
        week.endMs = std::min(to, startOfDayMs(monday.addDays(7)));
        weeks.append(week);
    }
    return weeks;
}

Result<QList<DashboardFigures::Week>> DashboardFigures::leadsPerWeek(const Range& range) const
{
    if (const QString wrong = checkRange(range); !wrong.isEmpty())
        return Error { Error::Code::Invalid, wrong };
    QList<Week> weeks = weekBuckets(range);
    // The weeks as a small table of (index, start, end) joined to the leads by arrival
    // time: each week is one range of the created_at index, and DST never enters the SQL.
    // VALUES names its columns column1, column2, ... on both backends.
    QStringList rows;
    rows.reserve(weeks.size());
    for (qsizetype i = 0; i < weeks.size(); ++i)
        rows.append(QStringLiteral("(CAST(? AS BIGINT), CAST(? AS BIGINT), CAST(? AS BIGINT))"));
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT w.column1, l.status, count(*) "
                                 "FROM (VALUES %1) AS w "
                                 "JOIN leads AS l ON l.created_at >= w.column2 AND l.created_at < w.column3 "
                                 "GROUP BY w.column1, l.status")
                      .arg(rows.join(QStringLiteral(", "))));
    for (qsizetype i = 0; i < weeks.size(); ++i) {
        query.addBindValue(qint64(i));
        query.addBindValue(weeks.at(i).startMs);
        query.addBindValue(weeks.at(i).endMs);
    }
    if (!query.exec())
        return failed(query, tr("Could not count the leads per week"));
    while (query.next()) {
        const qint64 index = query.value(0).toLongLong();
        if (index < 0 || index >= weeks.size())
            continue;
        Week& week = weeks[index];
        const QString status = query.value(1).toString();
        if (status == QLatin1String("PENDING"))
            week.pending += query.value(2).toLongLong();
        else if (status == QLatin1String("REACHED_OUT"))
            week.reachedOut += query.value(2).toLongLong();
    }
    return weeks;
}

Result<QList<DashboardFigures::AttorneyFigure>> DashboardFigures::medians(const Range& range, bool perAttorney) const
{
    // The median without a percentile function (SQLite has none), one SQL text for both
    // backends. Integer division picks the middle: n = 5 keeps row 3; n = 4 rows 2 and 3,
    // averaged. The whole firm: the leads' times in order, LIMIT 1 or 2 from the middle
    // (one sort; n = 0 gives no row).
    const QString inRange = QStringLiteral("created_at >= ? AND created_at < ? AND reached_out_at IS NOT NULL");
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!perAttorney) {
        query.prepare(QStringLiteral(
            "SELECT NULL, c.n, (SELECT avg(m.d) FROM ("
            "    SELECT reached_out_at - created_at AS d FROM leads WHERE %1 "
            "    ORDER BY reached_out_at - created_at "
            "    LIMIT 2 - (SELECT count(*) FROM leads WHERE %1) % 2 "
            "    OFFSET ((SELECT count(*) FROM leads WHERE %1) - 1) / 2) AS m), '' "
            "FROM (SELECT count(*) AS n FROM leads WHERE %1) AS c")
                          .arg(inRange));
    } else {
        // Each attorney: the counts first, then each attorney's middle by LIMIT from the
        // leads_by_attorney index (attorney, arrival): a sort of that attorney's times only.
        // (A window function over all of them sorts everything at once and costs twice
        // as much on SQLite.)
        query.prepare(QStringLiteral("SELECT attorney_id, count(*), max(attorney_name) FROM leads WHERE %1 "
                                     "GROUP BY attorney_id")
                          .arg(inRange));
    }
    const qint64 from = startOfDayMs(range.from);
    const qint64 to = startOfDayMs(range.to);
    for (int i = 0; i < (perAttorney ? 1 : 4); ++i) {
        query.addBindValue(from);
        query.addBindValue(to);
    }
    if (!query.exec())
        return failed(query, tr("Could not compute the time to first contact"));
    QList<AttorneyFigure> figures;
    while (query.next()) {
        AttorneyFigure figure;
        if (perAttorney && !query.value(0).isNull())
            figure.attorneyId = query.value(0).toLongLong();
        figure.leads = query.value(1).toLongLong();
        if (figure.leads == 0)
            continue; // the firm without any lead reached out: no median
        if (!perAttorney) {
            figure.medianMs = query.value(2).toDouble();
            figure.name = wholeFirm();
        } else {
            figure.name = figure.attorneyId ? query.value(2).toString() : nobody();
        }
        figures.append(figure);
    }
    if (!perAttorney)
        return figures;
    QSqlQuery middle(m_db);
    middle.setForwardOnly(true);
    for (AttorneyFigure& figure : figures) {
        middle.prepare(QStringLiteral("SELECT avg(m.d) FROM (SELECT reached_out_at - created_at AS d FROM leads "
                                      "WHERE %1 AND %2 ORDER BY reached_out_at - created_at LIMIT ? OFFSET ?) AS m")
                           .arg(figure.attorneyId ? QStringLiteral("attorney_id = ?") : QStringLiteral("attorney_id IS NULL"),
                                inRange));
        if (figure.attorneyId)
            middle.addBindValue(*figure.attorneyId);
        middle.addBindValue(from);
        middle.addBindValue(to);
        middle.addBindValue(2 - figure.leads % 2);
        middle.addBindValue((figure.leads - 1) / 2);
        if (!middle.exec() || !middle.next())
            return failed(middle, tr("Could not compute the time to first contact"));
        figure.medianMs = middle.value(0).toDouble();
    }
    return figures;
}

Result<DashboardFigures::FirstContact> DashboardFigures::timeToFirstContact(const Range& range) const
{
    if (const QString wrong = checkRange(range); !wrong.isEmpty())
        return Error { Error::Code::Invalid, wrong };
    FirstContact result;
    result.firm.name = wholeFirm();
    Result<QList<AttorneyFigure>> firm = medians(range, false);
    if (!firm)
        return firm.error();
    if (!firm->isEmpty())
        result.firm = firm->first();
    Result<QList<AttorneyFigure>> each = medians(range, true);
    if (!each)
        return each.error();
    result.byAttorney = std::move(each).value();
    sortByName(result.byAttorney);
    return result;
}

Result<QList<DashboardFigures::SourceCount>> DashboardFigures::sources(const Range& range) const
{
    if (const QString wrong = checkRange(range); !wrong.isEmpty())
        return Error { Error::Code::Invalid, wrong };
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT source, count(*) FROM leads WHERE created_at >= ? AND created_at < ? "
                                 "GROUP BY source"));
    query.addBindValue(startOfDayMs(range.from));
    query.addBindValue(startOfDayMs(range.to));
    if (!query.exec())
        return failed(query, tr("Could not count the leads by source"));
    QList<SourceCount> counts;
    while (query.next()) {
        SourceCount count;
        count.source = query.value(0).toString();
        count.label = count.source.isEmpty() ? notGiven() : count.source;
        count.leads = query.value(1).toLongLong();
        counts.append(count);
    }
    QCollator collator;
    std::stable_sort(counts.begin(), counts.end(), [&collator](const SourceCount& a, const SourceCount& b) {
        if (a.leads != b.leads)
            return a.leads > b.leads;
        return collator.compare(a.label, b.label) < 0;
    });
    return counts;
}

Result<DashboardFigures::Overdue> DashboardFigures::overdueNow(const QDateTime& now) const
{
    const ResponseTarget::SqlCondition condition = m_target.overdueCondition(now);
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT attorney_id, count(*), max(attorney_name) FROM leads WHERE %1 "
                                 "GROUP BY attorney_id")
                      .arg(condition.where));
    for (const QVariant& value : condition.values)
        query.addBindValue(value);
    if (!query.exec())
        return failed(query, tr("Could not count the overdue leads"));
    Overdue overdue;
    while (query.next()) {
        AttorneyFigure figure;
        if (!query.value(0).isNull())
            figure.attorneyId = query.value(0).toLongLong();
        figure.leads = query.value(1).toLongLong();
        figure.name = figure.attorneyId ? query.value(2).toString() : nobody();
        overdue.total += figure.leads;
        overdue.byAttorney.append(figure);
    }
    sortByName(overdue.byAttorney);
    std::stable_sort(overdue.byAttorney.begin(), overdue.byAttorney.end(),
                     [](const AttorneyFigure& a, const AttorneyFigure& b) { return a.leads > b.leads; });
    return overdue;
}

Result<DashboardFigures::All> DashboardFigures::all(const Range& range, const QDateTime& now) const
{
    if (const QString wrong = checkRange(range); !wrong.isEmpty())
        return Error { Error::Code::Invalid, wrong };
    // One snapshot: the four figures agree with each other while other desks write.
    QSqlQuery transaction(m_db);
    const bool inSnapshot = transaction.exec(SqlDialect(m_db).beginSnapshotRead());
    const auto finish = [&] {
        if (inSnapshot)
            transaction.exec(QStringLiteral("COMMIT"));
    };
    All figures;
    figures.range = range;
    Result<QList<Week>> weeks = leadsPerWeek(range);
    Result<FirstContact> firstContact = weeks ? timeToFirstContact(range) : Result<FirstContact>(weeks.error());
    Result<QList<SourceCount>> counts = firstContact ? sources(range) : Result<QList<SourceCount>>(firstContact.error());
    Result<Overdue> overdue = counts ? overdueNow(now) : Result<Overdue>(counts.error());
    finish();
    if (!overdue)
        return overdue.error();
    figures.weeks = std::move(weeks).value();
    figures.firstContact = std::move(firstContact).value();
    figures.sources = std::move(counts).value();
    figures.overdue = std::move(overdue).value();
    return figures;
}
