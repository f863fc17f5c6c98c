#include "outboxtablemodel.h"

#include "displaytime.h"
#include "outboxrepository.h"

OutboxTableModel::OutboxTableModel(QSqlDatabase db, QObject* parent)
    : QAbstractTableModel(parent)
    , m_db(std::move(db))
{
}

OutboxTableModel::~OutboxTableModel() = default;

void OutboxTableModel::setStateFilter(std::optional<OutboxState> state)
{
    m_filter = state;
    refresh();
}

bool OutboxTableModel::refresh()
{
    const Result<QList<OutboxEntry>> rows = OutboxRepository(m_db).page(m_filter, 0, kMaxRows);
    beginResetModel();
    if (rows) {
        m_rows = *rows;
        m_error.clear();
    } else {
        m_rows.clear();
        m_error = rows.error().message;
    }
    endResetModel();
    return m_error.isEmpty();
}

int OutboxTableModel::rowOf(qint64 id) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == id)
            return row;
    }
    return -1;
}

int OutboxTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int OutboxTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OutboxTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const OutboxEntry& entry = m_rows.at(index.row());
    if (role == IdRole)
        return entry.id;
    if (role == Qt::TextAlignmentRole && index.column() == Attempts)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (static_cast<Column>(index.column())) {
    case Recipient:
        if (entry.recipientAddress.isEmpty())
            return tr("The firm's notification address");
        return entry.recipientName.isEmpty()
            ? entry.recipientAddress
            : tr("%1 <%2>").arg(entry.recipientName, entry.recipientAddress);
    case Kind:
        return kindText(entry.kind);
    case Lead:
        return entry.leadId ? QVariant(*entry.leadId) : QVariant();
    case State:
        return stateText(entry);
    case Attempts:
        return entry.attempts;
    case NextTry:
        if (entry.state != OutboxState::Queued || !entry.nextAttemptAt.isValid())
            return {};
        return DisplayTime::dateTime(entry.nextAttemptAt);
    case LastError:
        return entry.lastError;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant OutboxTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (static_cast<Column>(section)) {
    case Recipient: return tr("Recipient");
    case Kind: return tr("Kind");
    case Lead: return tr("Lead");
    case State: return tr("State");
    case Attempts: return tr("Attempts");
    case NextTry: return tr("Next try");
    case LastError: return tr("Last error");
    case ColumnCount: break;
    }
    return {};
}

QString OutboxTableModel::stateText(const OutboxEntry& entry)
{
    if (entry.state == OutboxState::Failed && entry.possibleDuplicate)
        return tr("Failed (may have arrived)");
    if (entry.state == OutboxState::Queued && entry.attempts > 0)
        return tr("Waiting to retry");
    return stateText(entry.state);
}

QString OutboxTableModel::stateText(OutboxState state)
{
    switch (state) {
    case OutboxState::Queued: return tr("Waiting");
    case OutboxState::Sending: return tr("Sending");
    case OutboxState::Sent: return tr("Sent");
    case OutboxState::Failed: return tr("Failed");
    case OutboxState::Cancelled: return tr("Cancelled");
    }
    return {};
}

QString OutboxTableModel::kindText(OutboxKind kind)
{
    switch (kind) {
    case OutboxKind::ProspectConfirmation: return tr("Prospect confirmation");
    case OutboxKind::AttorneyNotification: return tr("Attorney notification");
    case OutboxKind::Test: return tr("Test email");
    case OutboxKind::MorningDigest: return tr("Morning digest");
    }
    return {};
}
