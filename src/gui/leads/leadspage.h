#pragma once

#include <QList>
#include <QWidget>

class DataVersionWatcher;
class Dialogs;
class LeadDetailPane;
class LeadRepository;
class LeadTableModel;
class LeadsTableView;
class QAction;
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
    // Selects and shows this lead, clearing the search and filter when they hide it.
    void showLead(qint64 id);
    QAction* markReachedOutAction() const { return m_markAction; }

    LeadTableModel* model() const { return m_model; }

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
    void markReachedOut();
    void updateActions();
    void updateCount();
    // The pane shows the selected lead, or says how many are selected.
    void showSelectedLead();
    void showError(const QString& message);
    void rememberSelection();
    void restoreSelection();
    void selectRow(int row);

    LeadRepository& m_repository;
    LeadTableModel* m_model = nullptr;
    DataVersionWatcher* m_watcher = nullptr;
    QTimer* m_searchTimer = nullptr;
    SavedSelection m_saved;

    QLineEdit* m_search = nullptr;
    QComboBox* m_statusFilter = nullptr;
    QLabel* m_countLabel = nullptr;
    QFrame* m_errorBanner = nullptr;
    QLabel* m_errorText = nullptr;
    LeadsTableView* m_table = nullptr;
    QPushButton* m_markButton = nullptr;
    QAction* m_markAction = nullptr;
    LeadDetailPane* m_detail = nullptr;
};
