#pragma once

#include <QTableView>

// The leads table with one notion of "the lead you are looking at": the selection. Moving
// with the keyboard selects (Ctrl+arrows too, which in a plain QTableView move the focus
// without selecting, so the detail pane and Ctrl+R ended up on different leads), and F2
// edits the status of the selected lead whichever cell has the focus.
class LeadsTableView final : public QTableView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LeadsTableView)

public:
    explicit LeadsTableView(QWidget* parent = nullptr);
    ~LeadsTableView() override;

    // How many rows are selected (counted by ranges: Ctrl+A over a million rows is cheap).
    int selectedRowCount() const;
    // The selected row when exactly one is, else -1.
    int singleSelectedRow() const;

protected:
    QItemSelectionModel::SelectionFlags selectionCommand(const QModelIndex& index,
                                                         const QEvent* event = nullptr) const override;
    bool edit(const QModelIndex& index, EditTrigger trigger, QEvent* event) override;
    // Frames the current cell while the table has the focus: with whole rows selected, the
    // style's focus rectangle (Fusion draws it only after a Tab) left arrow keys invisible.
    void paintEvent(QPaintEvent* event) override;
    void currentChanged(const QModelIndex& current, const QModelIndex& previous) override;
};
