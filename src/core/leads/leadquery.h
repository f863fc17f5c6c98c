#pragma once

#include "leadstatus.h"
#include "responsetarget.h"

#include <QString>
#include <QtGlobal>

#include <optional>

// What the leads table shows: a search, a status filter and an order. Sorting and
// filtering happen in SQL on indexed columns, never in memory.
struct LeadQuery
{
    enum class SortKey { FirstName, LastName, Email, Status, CreatedAt, Attorney };

    QString search; // words typed by the user; each word matches as a prefix
    std::optional<LeadStatus> status;
    // Only the leads this account is responsible for ("My leads", list-leads --attorney).
    std::optional<qint64> attorneyId;
    // Only the leads overdue at some time by the firm's rule ("Overdue", list-leads
    // --overdue): ResponseTarget::overdueCondition(now), computed by the caller with its
    // clock so the repository stays free of the firm's settings.
    std::optional<ResponseTarget::SqlCondition> overdue;
    SortKey sortKey = SortKey::CreatedAt;
    Qt::SortOrder order = Qt::DescendingOrder;

    bool operator==(const LeadQuery&) const = default;

    // The FTS5 MATCH expression for search, or empty when there is nothing to match.
    // Every word is quoted (so user text is never FTS syntax) and matched as a prefix.
    static QString ftsExpression(const QString& search);
};
