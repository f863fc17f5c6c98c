#pragma once

#include "lead.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QTimeZone>

#include <optional>

class FirmSettings;

// How fast the firm must answer a lead (issue 12, part 2), as one rule in the firm's time
// zone: a pending lead is due `businessDays` business days after it arrived, weekends skipped
// (a lead that arrives on a weekend starts its clock at 00:00 of the next business day), and
// a lead with a follow-up date is due on that day instead. Past due is "overdue".
//
// The SQL side (counts, the digest, the dashboard) never evaluates the rule row by row: since
// dueAt() only grows with the arrival time, "dueAt(created) <= now" is the same as
// "created <= cutoff(now)", one indexed comparison (see overdueCondition()).
// Every function takes the current time as an argument, so tests inject the clock.
class ResponseTarget
{
    Q_DECLARE_TR_FUNCTIONS(ResponseTarget)

public:
    struct Rule
    {
        int businessDays = 1; // 0: no target (only follow-up dates make a lead overdue)
        QList<Qt::DayOfWeek> weekend = { Qt::Saturday, Qt::Sunday };
        QTimeZone zone = QTimeZone::systemTimeZone();
    };

    ResponseTarget() = default;
    explicit ResponseTarget(Rule rule);
    // The firm's rule (response.*, firm.time_zone); the defaults where unset or unreadable.
    static ResponseTarget fromSettings(const FirmSettings& settings);

    // "sat,sun" -> the days; nullopt when a name is unknown or all seven days are listed.
    // Accepts English three-letter names, case-insensitive, separated by commas or spaces;
    // "none" is no weekend at all.
    static std::optional<QList<Qt::DayOfWeek>> parseWeekend(const QString& text);

    const Rule& rule() const { return m_rule; }
    bool isBusinessDay(const QDate& date) const;

    // When a lead that arrived at `created` becomes overdue; invalid when there is no target.
    QDateTime dueAt(const QDateTime& created) const;
    // The latest arrival time that is overdue at `now`: created <= cutoff(now) exactly when
    // dueAt(created) <= now. Invalid when there is no target.
    QDateTime cutoff(const QDateTime& now) const;
    // The firm's calendar day at `now` (follow-up dates are compared with it).
    QDate today(const QDateTime& now) const;

    // A lead's due time by this rule: its follow-up day's start when it has one, else
    // dueAt(createdAt) while it is pending; invalid when nothing is due.
    QDateTime dueAt(const Lead& lead) const;
    bool isOverdue(const Lead& lead, const QDateTime& now) const;

    // The SQL condition (on table leads, no alias) for "overdue at now", with its two bind
    // values in order: the firm's today (YYYY-MM-DD) and the cutoff (ms since the epoch).
    // Works on both backends; it uses the partial indexes of sqlite/0012.sql.
    struct SqlCondition
    {
        QString where;
        QList<QVariant> values;

        bool operator==(const SqlCondition&) const = default;
    };
    SqlCondition overdueCondition(const QDateTime& now) const;

private:
    QDate nextBusinessDay(QDate date) const; // the first business day after date
    QDate previousBusinessDay(QDate date) const; // the last business day before date
    QDate addBusinessDays(QDate date, int days) const; // date is a business day

    Rule m_rule;
};
