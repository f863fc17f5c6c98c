#pragma once

#include "user.h"

#include <QDateTime>
#include <QDialog>
#include <QSqlDatabase>

#include <functional>

class QLabel;
class QPushButton;
class QTreeWidget;

// The leads due for erasure under the firm's retention setting (administrators; File →
// Leads due for erasure…). Lists them; erasing them takes an administrator's reason and
// confirmation (EraseLeadDialog). Nothing is ever erased without it.
class RetentionDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RetentionDialog)

public:
    using Clock = std::function<QDateTime()>;
    RetentionDialog(QSqlDatabase db, const Actor& actor, const QString& resumeCopiesFolder,
                    QWidget* parent = nullptr, Clock clock = {});

    QTreeWidget* list() const { return m_list; }
    QPushButton* eraseButton() const { return m_erase; }
    QLabel* summary() const { return m_summary; }
    // Reads the setting and the due leads again.
    void reload();

Q_SIGNALS:
    // Leads were erased (the leads table reloads).
    void erased();

private:
    void eraseDue();

    QSqlDatabase m_db;
    Actor m_actor;
    QString m_copiesFolder;
    Clock m_clock;
    int m_months = 0;
    QLabel* m_summary = nullptr;
    QTreeWidget* m_list = nullptr;
    QPushButton* m_erase = nullptr;
};
