#include "leadtablemodel.h"

#include "connectionclone.h"
#include "displaytime.h"
#include "leadrepository.h"
#include "leadstatus.h"

#include <QLocale>
#include <QMetaObject>
#include <QScopeGuard>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <tuple>

namespace {

std::optional<LeadStatus> statusFromValue(const QVariant& value)
{
    if (value.metaType() == QMetaType::fromType<LeadStatus>())
        return value.value<LeadStatus>();
    if (value.metaType().id() == QMetaType::Int) {
        const int number = value.toInt();
        for (const LeadStatus status : LeadStatusText::all()) {
            if (int(status) == number)
                return status;
        }
        return std::nullopt;
    }
    const QString text = value.toString();
    if (const std::optional<LeadStatus> byKey = LeadStatusText::fromKey(text))
        return byKey;
    for (const LeadStatus status : LeadStatusText::all()) {
        if (text.compare(LeadStatusText::display(status), Qt::CaseInsensitive) == 0)
            return status;
    }
    return std::nullopt;
}

} // namespace

LeadTableModel::LeadTableModel(LeadRepository& repository, const QString& actor, QObject* parent)
    : QAbstractTableModel(parent)
    , m_repository(repository)
    , m_actor(actor)
    , m_overdueTimer(new QTimer(this))
{
    // Time passes without any write: the marks of the rows on screen move on each minute.
    m_overdueTimer->setInterval(kOverdueTickMs);
    connect(m_overdueTimer, &QTimer::timeout, this, &LeadTableModel::refreshOverdue);
    m_overdueTimer->start();
    const Result<int> counted = countRows(true);
    if (!counted)
        reportError(counted.error().message);
}

LeadTableModel::~LeadTableModel()
{
    // A marker read stops within one marker once nothing wants it; it posts to this model.
    m_markerGeneration->fetch_add(1);
    if (m_markerThread)
        m_markerThread->wait();
}

int LeadTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_count;
}

int LeadTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LeadTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Page* page = pageFor(index.row());
    if (!page)
        return {};
    const qsizetype offset = index.row() - page->index * kPageSize;
    if (offset >= page->leads.size())
        return {}; // the table shrank since it was counted; the next reload fixes the count
    const Lead& lead = page->leads.at(offset);

    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        switch (Column(index.column())) {
        case FirstName:
            return lead.firstName;
        case LastName:
            return lead.lastName;
        case Email:
            return lead.email;
        case Status:
            return LeadStatusText::display(lead.status);
        case CreatedAt:
            return formatTime(lead.createdAt);
        case Attorney:
            return lead.attorneyName;
        case ColumnCount:
            break;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == CreatedAt)
            return DisplayTime::longDateTime(lead.createdAt);
        if (index.column() == Status) {
            const QDateTime due = m_target.dueAt(lead);
            if (!due.isValid())
                return {};
            if (m_target.isOverdue(lead, now()))
                return tr("Overdue since %1").arg(DisplayTime::longDateTime(due));
            if (lead.followUpOn.isValid())
                return tr("Call back due %1").arg(QLocale().toString(lead.followUpOn, QLocale::LongFormat));
            return tr("Due %1").arg(DisplayTime::longDateTime(due));
        }
        return {};
    case Qt::AccessibleTextRole:
        if (index.column() == Status && m_target.isOverdue(lead, now()))
            return tr("%1, overdue").arg(LeadStatusText::display(lead.status));
        return {};
    case OverdueRole:
        return m_target.isOverdue(lead, now());
    case DueAtRole:
        return m_target.dueAt(lead);
    case LeadIdRole:
        return lead.id;
    case LeadRole:
        return QVariant::fromValue(lead);
    case StatusRole:
        return int(lead.status);
    default:
        return {};
    }
}

QVariant LeadTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case FirstName:
        return tr("First name");
    case LastName:
        return tr("Last name");
    case Email:
        return tr("Email");
    case Status:
        return tr("Status");
    case CreatedAt:
        return tr("Created");
    case Attorney:
        return tr("Attorney");
    case ColumnCount:
        break;
    }
    return {};
}

Qt::ItemFlags LeadTableModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags result = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == Status)
        result |= Qt::ItemIsEditable;
    return result;
}

bool LeadTableModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid)
        || index.column() != Status)
        return false;
    const std::optional<LeadStatus> to = statusFromValue(value);
    if (!to)
        return false;
    return setStatus({ index }, *to) > 0;
}

void LeadTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    LeadQuery query = m_query;
    query.sortKey = sortKeyForColumn(Column(column));
    query.order = order;
    setQuery(query);
}

void LeadTableModel::setQuery(const LeadQuery& query)
{
    if (query == m_query)
        return;
    // A new order has the same rows: no need to count them again.
    const bool sameRows = query.search == m_query.search && query.status == m_query.status
        && query.attorneyId == m_query.attorneyId && query.overdue == m_query.overdue;
    m_query = query;
    resetWithCount(!sameRows || !m_countExact);
}

void LeadTableModel::setSearch(const QString& search)
{
    LeadQuery query = m_query;
    query.search = search;
    setQuery(query);
}

void LeadTableModel::setStatusFilter(std::optional<LeadStatus> status)
{
    LeadQuery query = m_query;
    query.status = status;
    setQuery(query);
}

void LeadTableModel::setAttorneyFilter(std::optional<qint64> attorneyId)
{
    LeadQuery query = m_query;
    query.attorneyId = attorneyId;
    setQuery(query);
}

void LeadTableModel::setOverdueFilter(bool on)
{
    LeadQuery query = m_query;
    if (on)
        query.overdue = m_target.overdueCondition(now());
    else
        query.overdue.reset();
    setQuery(query);
}

void LeadTableModel::setResponseTarget(const ResponseTarget& target)
{
    m_target = target;
    if (m_query.overdue) {
        LeadQuery query = m_query;
        query.overdue = m_target.overdueCondition(now());
        setQuery(query);
    }
    refreshOverdue();
}

void LeadTableModel::setClock(Clock clock)
{
    m_clock = std::move(clock);
    refreshOverdue();
}

QDateTime LeadTableModel::now() const
{
    if (m_clock)
        return m_clock();
    if (m_repository.clock())
        return m_repository.clock()();
    return QDateTime::currentDateTimeUtc();
}

void LeadTableModel::refreshOverdue()
{
    if (m_query.overdue) {
        // The filter's cutoff moves with the clock: leads that became overdue join it.
        const ResponseTarget::SqlCondition condition = m_target.overdueCondition(now());
        if (condition != *m_query.overdue) {
            m_query.overdue = condition;
            reload();
            return;
        }
    }
    // Only the loaded rows' Status cells: a million-row table is not read again.
    for (const Page& page : std::as_const(m_pages)) {
        if (page.leads.isEmpty())
            continue;
        const int first = page.index * kPageSize;
        const int last = qMin(m_count - 1, first + int(page.leads.size()) - 1);
        if (last >= first)
            Q_EMIT dataChanged(index(first, Status), index(last, Status),
                               { Qt::DisplayRole, Qt::ToolTipRole, Qt::AccessibleTextRole, OverdueRole });
    }
}

void LeadTableModel::resetWithCount(bool recount)
{
    const int oldCount = m_count;
    beginResetModel();
    forgetRows();
    Result<int> counted = m_count;
    if (recount) {
        // Counting every match of a short search word costs more than showing the first
        // page. A refresh or a filter counts exactly: the view then only adds or drops the
        // header sections that changed.
        counted = countRows(!LeadQuery::ftsExpression(m_query.search).isEmpty());
    }
    endResetModel();
    readPageMarkers();
    if (!counted)
        reportError(counted.error().message);
    if (m_count != oldCount)
        Q_EMIT countChanged(m_count);
}

Result<int> LeadTableModel::countRows(bool capped)
{
    ++m_countGeneration;
    const Result<int> counted = capped ? m_repository.countUpTo(m_query, kCountCap) : m_repository.count(m_query);
    m_countExact = !capped || !counted || *counted < kCountCap;
    if (!m_countExact) {
        // After the first page is painted (a zero timer would run before the paint).
        QTimer::singleShot(kExactCountDelayMs, this, [this, generation = m_countGeneration] { finishCount(generation); });
    }
    m_count = counted ? *counted : 0;
    return counted;
}

void LeadTableModel::finishCount(int generation)
{
    if (generation != m_countGeneration || m_countExact)
        return;
    const Result<int> counted = m_repository.count(m_query);
    if (!counted) {
        reportError(counted.error().message);
        return;
    }
    // The count turns exact together with its new value, never before: a page read in
    // between (a view or tester looks at the last row when rows are about to be appended)
    // would take the capped count for the end of the order and read the wrong rows.
    const auto renew = qScopeGuard([this] { readPageMarkers(); });
    if (*counted > m_count) {
        beginInsertRows({}, m_count, *counted - 1);
        m_count = *counted;
        m_countExact = true;
        endInsertRows();
        Q_EMIT countChanged(m_count);
    } else if (*counted < m_count) {
        beginResetModel(); // the table shrank meanwhile
        forgetRows();
        m_count = *counted;
        m_countExact = true;
        endResetModel();
        Q_EMIT countChanged(m_count);
    } else {
        m_countExact = true;
        Q_EMIT countChanged(m_count); // the same number, now exact
    }
}

int LeadTableModel::setStatus(const QModelIndexList& rows, LeadStatus to, QList<StatusChange>* changes)
{
    // Read every lead (with the version the user saw) before changing any, since a change
    // can move rows when the table is filtered or sorted by status.
    QList<int> rowNumbers;
    for (const QModelIndex& index : rows) {
        if (checkIndex(index, CheckIndexOption::IndexIsValid))
            rowNumbers.append(index.row());
    }
    std::sort(rowNumbers.begin(), rowNumbers.end());
    rowNumbers.erase(std::unique(rowNumbers.begin(), rowNumbers.end()), rowNumbers.end());

    QList<Lead> leads;
    for (const int row : std::as_const(rowNumbers)) {
        if (const std::optional<Lead> lead = leadAt(row); lead && lead->status != to)
            leads.append(*lead);
    }
    if (leads.isEmpty())
        return 0;
    if (to == LeadStatus::ReachedOut && m_reachedOutGuard) {
        QList<qint64> ids;
        for (const Lead& lead : std::as_const(leads))
            ids.append(lead.id);
        if (!m_reachedOutGuard(ids))
            return 0;
    }

    int changed = 0;
    QStringList errors;
    for (const Lead& lead : std::as_const(leads)) {
        const Result<int> result = m_repository.setStatus(lead.id, to, m_actor, lead.version);
        if (result) {
            ++changed;
            if (changes)
                changes->append(StatusChange { lead.id, lead.status, *result });
        }
        else if (!errors.contains(result.error().message))
            errors.append(result.error().message);
    }

    if (m_query.status || m_query.sortKey == LeadQuery::SortKey::Status) {
        reload(); // rows move or leave the filter
    } else {
        // Rows keep their place; re-read just those leads so they show what is stored now
        // (a whole page read per change would cost more than the change itself).
        QList<qint64> ids;
        ids.reserve(leads.size());
        for (const Lead& lead : std::as_const(leads))
            ids.append(lead.id);
        refreshCachedLeads(ids);
        Q_EMIT dataChanged(index(rowNumbers.constFirst(), 0),
                           index(rowNumbers.constLast(), ColumnCount - 1));
    }
    if (!errors.isEmpty())
        Q_EMIT errorOccurred(errors.join(QLatin1Char('\n')));
    return changed;
}

void LeadTableModel::refreshCachedLeads(const QList<qint64>& ids)
{
    for (const qint64 id : ids) {
        const int row = rowForLead(id);
        if (row < 0)
            continue;
        const Result<Lead> fresh = m_repository.lead(id);
        for (Page& page : m_pages) {
            if (page.index != row / kPageSize)
                continue;
            if (fresh)
                page.leads[row % kPageSize] = *fresh;
            else
                dropPage(page.index); // removed meanwhile: the next read shows the truth
            break;
        }
    }
}

Result<int> LeadTableModel::revertStatus(const QList<StatusChange>& changes)
{
    // Every lead is checked before any is changed: an Undo that would take back only part
    // of a bulk change, over someone else's, is refused whole.
    for (const StatusChange& change : changes) {
        const Result<Lead> lead = m_repository.lead(change.id);
        if (!lead)
            return lead.error();
        if (lead->version != change.version) {
            reload(); // show their change
            return Error { Error::Code::Conflict,
                           changes.size() == 1
                               ? tr("Not undone: someone else changed %1 meanwhile. Nothing was changed.")
                                     .arg(lead->fullName())
                               : tr("Not undone: someone else changed %1 meanwhile. None of the %n "
                                    "leads was changed.",
                                    nullptr, int(changes.size()))
                                     .arg(lead->fullName()) };
        }
    }
    int reverted = 0;
    QStringList errors;
    for (const StatusChange& change : changes) {
        const Result<int> result = m_repository.setStatus(change.id, change.from, m_actor, change.version);
        if (result)
            ++reverted;
        else if (!errors.contains(result.error().message))
            errors.append(result.error().message);
    }
    reload();
    if (!errors.isEmpty())
        return Error { Error::Code::Conflict, errors.join(QLatin1Char('\n')) };
    return reverted;
}

void LeadTableModel::reload()
{
    ++m_countGeneration;
    const Result<int> counted = m_repository.count(m_query);
    if (!counted) {
        reportError(counted.error().message);
        return;
    }
    if (*counted != m_count) {
        resetWithCount();
        return;
    }
    m_countExact = true;

    // Same number of rows: keep every persistent index (selection, current) on its lead.
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList from = persistentIndexList();
    QList<qint64> ids;
    ids.reserve(from.size());
    for (const QModelIndex& index : from) {
        const Lead* lead = cachedLead(index.row());
        ids.append(lead ? lead->id : 0);
    }
    forgetRows();
    QModelIndexList to;
    to.reserve(from.size());
    for (qsizetype i = 0; i < from.size(); ++i) {
        int row = ids.at(i) ? rowForLead(ids.at(i), from.at(i).row()) : -1;
        if (row < 0)
            row = from.at(i).row();
        to.append(index(row, from.at(i).column()));
    }
    changePersistentIndexList(from, to);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
    readPageMarkers();
}

std::optional<Lead> LeadTableModel::leadAt(int row) const
{
    if (row < 0 || row >= m_count)
        return std::nullopt;
    const Page* page = pageFor(row);
    if (!page || row - page->index * kPageSize >= page->leads.size())
        return std::nullopt;
    return page->leads.at(row - page->index * kPageSize);
}

qint64 LeadTableModel::cachedLeadId(int row) const
{
    const Lead* lead = cachedLead(row);
    return lead ? lead->id : 0;
}

int LeadTableModel::rowForLead(qint64 id, int hintRow) const
{
    for (const Page& page : std::as_const(m_pages)) {
        for (qsizetype i = 0; i < page.leads.size(); ++i) {
            if (page.leads.at(i).id == id)
                return page.index * kPageSize + int(i);
        }
    }
    if (hintRow < 0 || hintRow >= m_count || cachedPage(hintRow / kPageSize))
        return -1;
    if (const Page* page = pageFor(hintRow)) {
        for (qsizetype i = 0; i < page->leads.size(); ++i) {
            if (page->leads.at(i).id == id)
                return page->index * kPageSize + int(i);
        }
    }
    return -1;
}

int LeadTableModel::locateLead(const Lead& lead) const
{
    if (const int cached = rowForLead(lead.id); cached >= 0)
        return cached;
    if (m_query.sortKey != LeadQuery::SortKey::CreatedAt
        && m_query.sortKey != LeadQuery::SortKey::Status)
        return -1;
    const auto key = [this](const Lead& l) {
        const QString status = m_query.sortKey == LeadQuery::SortKey::Status
            ? LeadStatusText::key(l.status)
            : QString();
        return std::make_tuple(status, l.createdAt.toMSecsSinceEpoch(), l.id);
    };
    const auto target = key(lead);
    const bool ascending = m_query.order == Qt::AscendingOrder;
    // First row that does not come before the lead in the table's order.
    int low = 0;
    int high = m_count;
    while (low < high) {
        const int middle = low + (high - low) / 2;
        ++m_pageReads;
        const Result<QList<Lead>> one = m_repository.page(m_query, middle, 1);
        if (!one || one->isEmpty())
            return -1;
        const auto probe = key(one->constFirst());
        const bool before = ascending ? probe < target : target < probe;
        if (before)
            low = middle + 1;
        else
            high = middle;
    }
    const std::optional<Lead> found = leadAt(low);
    return found && found->id == lead.id ? low : -1;
}

LeadTableModel::Column LeadTableModel::columnForSortKey(LeadQuery::SortKey key)
{
    switch (key) {
    case LeadQuery::SortKey::FirstName:
        return FirstName;
    case LeadQuery::SortKey::LastName:
        return LastName;
    case LeadQuery::SortKey::Email:
        return Email;
    case LeadQuery::SortKey::Status:
        return Status;
    case LeadQuery::SortKey::Attorney:
        return Attorney;
    case LeadQuery::SortKey::CreatedAt:
        break;
    }
    return CreatedAt;
}

LeadQuery::SortKey LeadTableModel::sortKeyForColumn(Column column)
{
    switch (column) {
    case FirstName:
        return LeadQuery::SortKey::FirstName;
    case LastName:
        return LeadQuery::SortKey::LastName;
    case Email:
        return LeadQuery::SortKey::Email;
    case Status:
        return LeadQuery::SortKey::Status;
    case Attorney:
        return LeadQuery::SortKey::Attorney;
    case CreatedAt:
    case ColumnCount:
        break;
    }
    return LeadQuery::SortKey::CreatedAt;
}

QString LeadTableModel::formatTime(const QDateTime& utc)
{
    return DisplayTime::dateTime(utc);
}

const LeadTableModel::Page* LeadTableModel::cachedPage(int pageIndex) const
{
    for (const Page& page : std::as_const(m_pages)) {
        if (page.index == pageIndex)
            return &page;
    }
    return nullptr;
}

const Lead* LeadTableModel::cachedLead(int row) const
{
    const Page* page = cachedPage(row / kPageSize);
    if (!page || row % kPageSize >= page->leads.size())
        return nullptr;
    return &page->leads.at(row % kPageSize);
}

const LeadTableModel::Page* LeadTableModel::pageFor(int row) const
{
    const int pageIndex = row / kPageSize;
    for (qsizetype i = 0; i < m_pages.size(); ++i) {
        if (m_pages.at(i).index == pageIndex) {
            if (i > 0)
                m_pages.move(i, 0); // most recently used first
            return &m_pages.constFirst();
        }
    }
    ++m_pageReads;
    Result<QList<Lead>> read = readPage(pageIndex);
    if (!read) {
        reportError(read.error().message);
        return nullptr;
    }
    m_lastReadError.clear();
    m_pages.prepend(Page { pageIndex, std::move(read).value() });
    while (m_pages.size() > kMaxCachedPages)
        m_pages.removeLast();
    return &m_pages.constFirst();
}

Result<QList<Lead>> LeadTableModel::readPage(int pageIndex) const
{
    // Next to a cached page, continue from its edge (keyset: the index seeks there, cost
    // independent of the position); elsewhere jump by position, from the nearer end when
    // the count is exact. Searches read by position: the full-text index skips cheaply.
    if (LeadQuery::ftsExpression(m_query.search).isEmpty()) {
        if (const Page* before = cachedPage(pageIndex - 1); before && before->leads.size() == kPageSize)
            return m_repository.pageAfter(m_query, before->leads.constLast(), kPageSize);
        if (const Page* after = cachedPage(pageIndex + 1); after && !after->leads.isEmpty()) {
            const Result<QList<Lead>> read = m_repository.pageBefore(m_query, after->leads.constFirst(), kPageSize);
            if (!read || read->size() == kPageSize || pageIndex == 0)
                return read;
            // Fewer rows than a page before it: the table changed; read by position.
        }
    }
    if (pageIndex > 0 && pageIndex <= m_pageMarkers.size()) {
        ++m_markerJumps;
        return m_repository.pageAfter(m_query, m_pageMarkers.at(pageIndex - 1), kPageSize);
    }
    return m_repository.page(m_query, pageIndex * kPageSize, kPageSize, m_countExact ? m_count : -1);
}

void LeadTableModel::forgetRows()
{
    // Markers too, before anything reads a page: a marker is a lead of the rows it was read
    // for, and a keyset read after it under another search, filter or after a change gives
    // another query's rows (issue 9: a search typed while scrolled down showed them).
    m_pages.clear();
    m_lastReadError.clear();
    m_pageMarkers.clear();
    m_markerGeneration->fetch_add(1);
}

void LeadTableModel::readPageMarkers()
{
    const int generation = m_markerGeneration->load();
    if (!m_pageMarkers.isEmpty() || !m_countExact || m_count < kPageMarkersFrom
        || !LeadQuery::ftsExpression(m_query.search).isEmpty())
        return;
    if (m_markerThread)
        return; // it stops at its next marker; its finished() starts the read for this generation
    // Its own connection to the same database (SQLite in WAL mode: readers never wait for
    // the writer, nor it for them; PostgreSQL: another session of the same role), opened,
    // used and closed in the worker thread, which runs at idle priority so that it never
    // takes the CPU from the window.
    const QString source = m_repository.database().connectionName();
    const std::shared_ptr<std::atomic<int>> wanted = m_markerGeneration;
    QThread* thread = QThread::create([this, source, query = m_query, generation, wanted] {
        // Unique while it lives: each model has its own worker.
        const QString name = QStringLiteral("leadintake-page-markers-%1").arg(quintptr(QThread::currentThreadId()));
        Result<LeadRepository::PageMarkers> markers = Error { Error::Code::Database, QString() };
        {
            const ConnectionClone clone(source, name);
            if (clone.isOpen())
                markers = LeadRepository(clone.connection())
                              .pageMarkers(query, kPageSize, [&] { return wanted->load() != generation; });
        }
        if (!markers)
            return; // stopped, or failed: jumps keep reading by position
        QMetaObject::invokeMethod(
            this,
            [this, generation, markers = std::move(*markers)] {
                // Only for the rows they were read for: same query, no change since.
                if (generation == m_markerGeneration->load() && markers.total == m_count && m_countExact)
                    m_pageMarkers = markers.ends;
            },
            Qt::QueuedConnection);
    });
    connect(thread, &QThread::finished, this, [this, thread, generation] {
        thread->deleteLater();
        m_markerThread = nullptr;
        // The rows changed while it read (so it has no markers): read for the current ones.
        if (generation != m_markerGeneration->load())
            readPageMarkers();
    });
    thread->setParent(this); // deleted with the model too, should finished() not be handled
    m_markerThread = thread;
    thread->start(QThread::IdlePriority);
}

void LeadTableModel::dropPage(int pageIndex)
{
    m_pages.removeIf([pageIndex](const Page& page) { return page.index == pageIndex; });
}

void LeadTableModel::reportError(const QString& message) const
{
    // data() may fail while a view paints: report once, after the paint, not per cell.
    if (message == m_lastReadError)
        return;
    m_lastReadError = message;
    auto* self = const_cast<LeadTableModel*>(this);
    QMetaObject::invokeMethod(
        self, [self, message] { Q_EMIT self->errorOccurred(message); }, Qt::QueuedConnection);
}
