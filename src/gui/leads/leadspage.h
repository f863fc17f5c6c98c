#pragma once

#include "leadtablemodel.h"

#include <QList>
#include <QWidget>

class DataVersionWatcher;
class Dialogs;
class LeadDetailPane;
class LeadRepository;
class LeadsTableView;
class QAction;
class QCheckBox;
class QComboBox;
class QFrame;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;

// The attorney's list of leads: search, status filter, the table, bulk "Mark as reached
// out", the selected lead's details, and live refresh when another desk writes.
class LeadsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LeadsPage)

public:
    LeadsPage(LeadRepository& repository, Dialogs& dialogs, const QString& actor,
              QWidget* parent = nullptr);
    ~LeadsPage() override;

    // Reads the table again, keeping the selected lead selected (e.g. after intake saved one).
    void refresh();
    // Administrators may erase the selected lead from its detail pane.
    void setMayErase(bool may);
    // Selects and shows this lead, clearing the search and filter when they hide it.
    void showLead(qint64 id);
    QAction* markReachedOutAction() const { return m_markAction; }
    QCheckBox* myLeadsCheck() const { return m_myLeads; }
    QCheckBox* overdueCheck() const { return m_overdue; }

    // "3 of your leads are overdue" for the main window's status bar (hidden at none, or
    // without a signed-in account); clicking it runs showMyOverdue(). The page owns it.
    QPushButton* overdueStatusButton() const { return m_overdueStatus; }
    int myOverdueCount() const { return m_myOverdue; }
    // My leads + Overdue (the status bar button; Ctrl+Shift+M).
    void showMyOverdue();
    // Reads the firm's response rule again (FirmSettings) and recounts the own overdue
    // leads with SQL; runs on every live change and once a minute.
    void updateOverdue();

    LeadTableModel* model() const { return m_model; }

    // How long "Undo" is offered after "Mark as reached out" (tests shorten it).
    static constexpr int kUndoOfferMs = 10000;
    void setUndoOfferTime(int ms);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    struct SavedSelection
    {
        qint64 currentId = 0;
        int currentRow = -1;
        int currentColumn = 0;
        int rowCount = 0;
        QList<qint64> selectedIds;
    };

    void buildUi(Dialogs& dialogs, const QString& actor);
    void applySearch();
    void applyStatusFilter();
    void applyMyLeads();
    void applyOverdue();
    void markReachedOut();
    void updateActions();
    void updateCount();
    // The pane shows the selected lead, or says how many are selected.
    void showSelectedLead();
    void showError(const QString& message);
    void rememberSelection();
    void restoreSelection();
    void selectRow(int row);
    // "No lead matches …" in the table's place when the search or filter finds nothing.
    void updateEmptyState();
    void offerUndo(const QString& text);
    void undoLastChange();

    LeadRepository& m_repository;
    LeadTableModel* m_model = nullptr;
    DataVersionWatcher* m_watcher = nullptr;
    QTimer* m_searchTimer = nullptr;
    QCheckBox* m_myLeads = nullptr; // "My leads" (Ctrl+M): the signed-in attorney's only
    QCheckBox* m_overdue = nullptr; // "Overdue": past the firm's target or the call-back day
    QPushButton* m_overdueStatus = nullptr;
    QTimer* m_overdueTimer = nullptr;
    int m_myOverdue = 0;
    SavedSelection m_saved;
    QList<LeadTableModel::StatusChange> m_undoable; // the last "Mark as reached out"

    QLineEdit* m_search = nullptr;
    QComboBox* m_statusFilter = nullptr;
    QLabel* m_countLabel = nullptr;
    QFrame* m_errorBanner = nullptr;
    QLabel* m_errorText = nullptr;
    LeadsTableView* m_table = nullptr;
    QPushButton* m_markButton = nullptr;
    QLabel* m_emptyState = nullptr;
    QWidget* m_undoBar = nullptr;
    QLabel* m_undoText = nullptr;
    QPushButton* m_undoButton = nullptr;
    QAction* m_undoAction = nullptr;
    QTimer* m_undoTimer = nullptr;
    QAction* m_markAction = nullptr;
    LeadDetailPane* m_detail = nullptr;
};
