#pragma once

#include "error.h"
#include "responsetarget.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

// The dashboard's figures (issue 12, part 5), each computed by the database in one
// statement (both backends, one SQL text each), over the leads created in a range of the
// firm's calendar days [from, to) in the firm's time zone (ResponseTarget's zone).
//
// Erased leads (leads.erased_at) are counted like any other: they were leads, and their
// status, attorney, source and times are kept by the erasure. No figure shows a lead's
// name, so nothing of an erased person appears here.
//
// "Now" is always a parameter (the overdue figure and the presets), so tests inject it.
class DashboardFigures
{
    Q_DECLARE_TR_FUNCTIONS(DashboardFigures)

public:
    // A range of the firm's calendar days, from inclusive, to exclusive.
    struct Range
    {
        QDate from;
        QDate to;
    };
    enum class Preset { LastFourWeeks, LastTwelveWeeks, ThisYear };

    // Leads created in one week (Monday 00:00 to the next Monday 00:00 in the firm's zone,
    // cut to the range), by their status now.
    struct Week
    {
        QDate monday;
        qint64 startMs = 0; // the bucket's bounds as counted (ms since the epoch, UTC)
        qint64 endMs = 0;
        qint64 pending = 0;
        qint64 reachedOut = 0;
    };
    // One attorney's (or the firm's) figure; attorneyId empty: no attorney ("Nobody").
    struct AttorneyFigure
    {
        std::optional<qint64> attorneyId;
        QString name; // the attorney's display name; tr("Nobody") without attorney
        qint64 leads = 0; // leads the figure is over
        double medianMs = 0; // median time to first contact (time figures only)
    };
    struct SourceCount
    {
        QString source; // as stored; "" when the person gave none
        QString label; // for people: tr("Not given") for ""
        qint64 leads = 0;
    };
    struct FirstContact
    {
        AttorneyFigure firm; // attorneyId empty, name tr("Whole firm"); leads 0: no median
        QList<AttorneyFigure> byAttorney; // sorted by name, "Nobody" last
    };
    struct Overdue
    {
        qint64 total = 0;
        QList<AttorneyFigure> byAttorney; // medianMs unused; sorted by count, most first
    };
    struct All
    {
        Range range;
        QList<Week> weeks;
        FirstContact firstContact;
        QList<SourceCount> sources;
        Overdue overdue;
    };

    DashboardFigures(QSqlDatabase db, ResponseTarget target);

    const ResponseTarget& target() const { return m_target; }
    QTimeZone zone() const { return m_target.rule().zone; }

    // The presets, in the firm's calendar at `now`: the last 4 or 12 weeks are the whole
    // weeks before this one plus this week so far (to = tomorrow); this year from 1 January.
    Range preset(Preset preset, const QDateTime& now) const;
    // from's first instant in the firm's zone (ms since the epoch).
    qint64 startOfDayMs(const QDate& day) const;
    // The week buckets of a range, computed here in C++ (DST-safe: every Monday's midnight
    // is converted on its own), counts zero.
    QList<Week> weekBuckets(const Range& range) const;
    // Why a range is not usable (tr()), or empty when it is.
    static QString checkRange(const Range& range);

    Result<QList<Week>> leadsPerWeek(const Range& range) const;
    Result<FirstContact> timeToFirstContact(const Range& range) const;
    Result<QList<SourceCount>> sources(const Range& range) const;
    // Overdue at `now` by ResponseTarget::overdueCondition (not limited to a range).
    Result<Overdue> overdueNow(const QDateTime& now) const;
    // All four, in one read snapshot.
    Result<All> all(const Range& range, const QDateTime& now) const;

    static QString nobody() { return tr("Nobody"); }
    static QString notGiven() { return tr("Not given"); }
    static QString wholeFirm() { return tr("Whole firm"); }

private:
    Result<QList<AttorneyFigure>> medians(const Range& range, bool perAttorney) const;

    QSqlDatabase m_db;
    ResponseTarget m_target;
};
