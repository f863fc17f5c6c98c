#pragma once

#include "outboxentry.h"

#include <QAbstractTableModel>
#include <QList>
#include <QSqlDatabase>

#include <optional>

// The outbox's rows, newest first, optionally of one state only (the Outbox page).
class OutboxTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OutboxTableModel)

public:
    enum Column { Recipient, Kind, Lead, State, Attempts, NextTry, LastError, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1 };
    static constexpr int kMaxRows = 500;

    explicit OutboxTableModel(QSqlDatabase db, QObject* parent = nullptr);
    ~OutboxTableModel() override;

    void setStateFilter(std::optional<OutboxState> state);
    std::optional<OutboxState> stateFilter() const { return m_filter; }
    // Reads the rows again; false (and lastError()) when the database could not be read.
    bool refresh();
    QString lastError() const { return m_error; }
    const OutboxEntry& entryAt(int row) const { return m_rows.at(row); }
    // The row showing this outbox id, or -1.
    int rowOf(qint64 id) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Words for the desk: "Waiting", "Sent"… and "Prospect confirmation"…
    static QString stateText(const OutboxEntry& entry);
    static QString stateText(OutboxState state);
    static QString kindText(OutboxKind kind);

private:
    QSqlDatabase m_db;
    std::optional<OutboxState> m_filter;
    QList<OutboxEntry> m_rows;
    QString m_error;
};
