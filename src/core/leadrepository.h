#pragma once

#include "error.h"
#include "lead.h"
#include "leadquery.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <functional>

// All SQL about leads lives here: create, read, page, search, change status, history.
// Takes a connection; knows nothing of widgets.
class LeadRepository
{
    Q_DECLARE_TR_FUNCTIONS(LeadRepository)

public:
    using Clock = std::function<QDateTime()>;

    explicit LeadRepository(QSqlDatabase db, Clock clock = {});

    // Stores the lead, its resume and its "created" event in one transaction.
    Result<qint64> create(const QString& firstName, const QString& lastName, const QString& email,
                          const ResumeFile& resume, const QString& actor);

    Result<Lead> lead(qint64 id) const;
    // Leads whose email equals this one, ignoring letter case and surrounding spaces.
    Result<QList<Lead>> findByEmail(const QString& email) const;

    Result<int> count(const LeadQuery& query) const;
    Result<QList<Lead>> page(const LeadQuery& query, int offset, int limit) const;
    // Visits every matching lead in order with one forward-only statement (exports and
    // listings: no OFFSET re-scans, memory independent of the row count). Stops early when
    // visit returns false; limit < 0 means no limit. Returns how many were visited.
    Result<qint64> forEach(const LeadQuery& query, qint64 limit,
                           const std::function<bool(const Lead&)>& visit) const;

    // Changes the status if the lead still has expectedVersion; returns the new version.
    // A stale version is an Error::Code::Conflict and changes nothing.
    Result<int> setStatus(qint64 id, LeadStatus to, const QString& actor, int expectedVersion);

    Result<QList<LeadEvent>> history(qint64 id) const;
    VoidResult recordEvent(qint64 leadId, LeadEvent::Kind kind, const QString& actor,
                       const QString& detail = {});

    Result<ResumeInfo> resumeInfo(qint64 leadId) const;
    Result<ResumeFile> resume(qint64 leadId) const;

    QSqlDatabase database() const { return m_db; }

private:
    qint64 nowMs() const;

    QSqlDatabase m_db;
    Clock m_clock;
};
