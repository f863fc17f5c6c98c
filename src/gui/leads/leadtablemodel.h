#pragma once

#include "error.h"
#include "lead.h"
#include "leadquery.h"
#include "responsetarget.h"

#include <QAbstractTableModel>
#include <QList>
#include <QPointer>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

class LeadRepository;

// The leads table: knows the row count from SQL and reads fixed-size pages on demand
// into a small LRU cache, so memory stays flat at a million rows. Sorting, search and
// the status filter are part of the LeadQuery and run in SQL.
class QThread;
class QTimer;

class LeadTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LeadTableModel)

public:
    enum Column { FirstName, LastName, Email, Status, CreatedAt, Attorney, ColumnCount };
    enum Role {
        LeadIdRole = Qt::UserRole + 1, // qint64
        LeadRole, // the whole Lead
        StatusRole, // LeadStatus as int
        OverdueRole, // bool: past its due time by the firm's rule (ResponseTarget) at the clock's now
        DueAtRole, // QDateTime: when the lead is (or was) due; invalid when nothing is due
    };
    // How often overdue marks are re-evaluated as time passes (only the Status cells of the
    // loaded rows are repainted; nothing is read again unless the Overdue filter is on).
    static constexpr int kOverdueTickMs = 60 * 1000;
    using Clock = std::function<QDateTime()>;

    static constexpr int kPageSize = 200;
    static constexpr int kMaxCachedPages = 6;
    // On opening and on a search the model first counts this many rows at most, so the
    // first page shows at once (counting a million rows, and the view making a header
    // section for each, takes longer than the page); the exact count follows right after
    // the paint (rows are appended, nothing resets).
    static constexpr int kCountCap = 1000;
    static constexpr int kExactCountDelayMs = 50;
    // From this many rows on (no search), a second connection notes where every page
    // starts (LeadRepository::pageMarkers) off the GUI thread, so a jump anywhere reads by
    // keyset: OFFSET steps through every row before the page (34 ms at 500,000).
    static constexpr int kPageMarkersFrom = 20000;

    LeadTableModel(LeadRepository& repository, const QString& actor, QObject* parent = nullptr);
    ~LeadTableModel() override;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    // On Status with Qt::EditRole: value is a LeadStatus (as int), its key or its display text.
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    const LeadQuery& query() const { return m_query; }
    void setQuery(const LeadQuery& query);
    void setSearch(const QString& search);
    void setStatusFilter(std::optional<LeadStatus> status);
    // "My leads": only the leads this account is responsible for; none: everybody's.
    void setAttorneyFilter(std::optional<qint64> attorneyId);
    // "Overdue": only the leads past their due time at the clock's now (ResponseTarget).
    void setOverdueFilter(bool on);
    bool overdueFilter() const { return m_query.overdue.has_value(); }

    // The firm's rule (ResponseTarget::fromSettings; set again when the settings change)
    // and the clock overdue marks are judged by (default: the repository's, else now).
    void setResponseTarget(const ResponseTarget& target);
    const ResponseTarget& responseTarget() const { return m_target; }
    void setClock(Clock clock);
    QDateTime now() const;
    // What the minute timer does: the Status cells of the loaded rows repaint with the
    // overdue marks of now; with the Overdue filter on, its cutoff moves to now too.
    void refreshOverdue();

    QString actor() const { return m_actor; }
    void setActor(const QString& actor) { m_actor = actor; }

    // One lead's status change made here: enough to take it back while nobody else has
    // changed the lead since (its version is still the one the change gave it).
    struct StatusChange
    {
        qint64 id = 0;
        LeadStatus from = LeadStatus::Pending;
        int version = 0; // after the change
    };

    // Changes the status of every lead in rows (any column); returns how many changed.
    // Each failure is reported through errorOccurred and its row shows the current truth.
    // changes, when given, receives what was changed (for an Undo).
    int setStatus(const QModelIndexList& rows, LeadStatus to, QList<StatusChange>* changes = nullptr);
    // Asked with the leads' ids before any is marked reached out; false changes nothing
    // (the conflict check's confirmation, ReachedOutGuard).
    void setReachedOutGuard(std::function<bool(const QList<qint64>&)> guard) { m_reachedOutGuard = std::move(guard); }
    // Takes back changes made by setStatus(): each lead gets its former status again, with
    // the optimistic version check, recorded in its history as a change like any other.
    // When any of them was changed by someone else meanwhile, changes nothing and returns
    // an Error::Code::Conflict; else returns how many were reverted.
    Result<int> revertStatus(const QList<StatusChange>& changes);

    // Counts again and drops the cache. Rows and persistent indexes stay on their lead when
    // the count is unchanged (layoutChanged); otherwise the model resets.
    void reload();

    // The lead at row, reading its page when needed.
    std::optional<Lead> leadAt(int row) const;
    // The id at row when its page is cached, else 0 (never reads from the database).
    qint64 cachedLeadId(int row) const;
    // The row of lead id among cached pages, else in the page holding hintRow; -1 if unknown.
    int rowForLead(qint64 id, int hintRow = -1) const;
    // The row of this lead under the current order found by bisection (CreatedAt order only,
    // whose keys compare exactly outside SQL); -1 otherwise or when it is not in the table.
    int locateLead(const Lead& lead) const;

    // False while a search's exact count is still to come (rowCount() is a lower bound).
    bool isCountExact() const { return m_countExact; }

    // For tests and diagnostics: the cache bound is kMaxCachedPages.
    int cachedPageCount() const { return int(m_pages.size()); }
    int pageReads() const { return m_pageReads; }
    // True once the page markers for the current rows are in (see kPageMarkersFrom).
    bool hasPageMarkers() const { return !m_pageMarkers.isEmpty(); }
    int markerJumps() const { return m_markerJumps; } // pages read after a marker

    static Column columnForSortKey(LeadQuery::SortKey key);
    static LeadQuery::SortKey sortKeyForColumn(Column column);
    static QString formatTime(const QDateTime& utc);

Q_SIGNALS:
    void errorOccurred(const QString& message);
    void countChanged(int count);

private:
    struct Page
    {
        int index = 0;
        QList<Lead> leads;
    };

    const Page* pageFor(int row) const;
    Result<QList<Lead>> readPage(int pageIndex) const;
    const Page* cachedPage(int pageIndex) const;
    const Lead* cachedLead(int row) const;
    void dropPage(int pageIndex);
    void resetWithCount(bool recount = true);
    // Counts the query's rows into m_count: capped, up to kCountCap with the exact count
    // scheduled after the paint.
    Result<int> countRows(bool capped);
    void finishCount(int generation);
    // Re-reads these leads into the pages that hold them (after a status change).
    void refreshCachedLeads(const QList<qint64>& ids);
    void reportError(const QString& message) const;
    // The rows may have changed: drops the cached pages and the page markers.
    void forgetRows();
    // When the count is exact and large and no markers are known for the current rows, has
    // a worker thread read them.
    void readPageMarkers();

    LeadRepository& m_repository;
    QString m_actor;
    LeadQuery m_query;
    int m_count = 0;
    bool m_countExact = true;
    int m_countGeneration = 0; // a newer query makes a pending exact count moot
    // Most recently used first; never longer than kMaxCachedPages.
    mutable QList<Page> m_pages;
    mutable int m_pageReads = 0;
    mutable int m_markerJumps = 0;
    mutable QString m_lastReadError;
    QList<Lead> m_pageMarkers; // LeadRepository::PageMarkers::ends for m_query and m_count
    // The generation markers are wanted for; the worker reads it between markers and
    // stops when a newer one is wanted, and what it read for an older one is dropped.
    std::shared_ptr<std::atomic<int>> m_markerGeneration = std::make_shared<std::atomic<int>>(0);
    QPointer<QThread> m_markerThread; // at most one at a time
    std::function<bool(const QList<qint64>&)> m_reachedOutGuard;
    ResponseTarget m_target;
    Clock m_clock;
    QTimer* m_overdueTimer = nullptr;
};
