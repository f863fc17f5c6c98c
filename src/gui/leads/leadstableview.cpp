#include "leadstableview.h"

#include "leadtablemodel.h"

#include <QKeyEvent>
#include <QPainter>

#include <algorithm>

LeadsTableView::LeadsTableView(QWidget* parent)
    : QTableView(parent)
{
}

LeadsTableView::~LeadsTableView() = default;

int LeadsTableView::selectedRowCount() const
{
    if (!selectionModel())
        return 0;
    // The union of the ranges' rows (ranges of one row selection may overlap).
    QList<std::pair<int, int>> spans;
    for (const QItemSelectionRange& range : selectionModel()->selection())
        spans.append({ range.top(), range.bottom() });
    std::sort(spans.begin(), spans.end());
    int count = 0;
    int coveredTo = -1;
    for (const auto& [top, bottom] : std::as_const(spans)) {
        const int from = qMax(top, coveredTo + 1);
        if (bottom >= from)
            count += bottom - from + 1;
        coveredTo = qMax(coveredTo, bottom);
    }
    return count;
}

int LeadsTableView::singleSelectedRow() const
{
    return selectedRowCount() == 1 ? selectionModel()->selection().constFirst().top() : -1;
}

QItemSelectionModel::SelectionFlags LeadsTableView::selectionCommand(const QModelIndex& index,
                                                                     const QEvent* event) const
{
    if (event && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<const QKeyEvent*>(event);
        const Qt::KeyboardModifiers modifiers = key->modifiers() & ~Qt::KeypadModifier;
        switch (key->key()) {
        case Qt::Key_Up:
        case Qt::Key_Down:
        case Qt::Key_PageUp:
        case Qt::Key_PageDown:
        case Qt::Key_Home:
        case Qt::Key_End:
            // Ctrl alone would move the focus and leave the selection behind.
            if (modifiers == Qt::ControlModifier)
                return QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows;
            break;
        default:
            break;
        }
    }
    return QTableView::selectionCommand(index, event);
}

bool LeadsTableView::edit(const QModelIndex& index, EditTrigger trigger, QEvent* event)
{
    if (trigger != EditKeyPressed || !model())
        return QTableView::edit(index, trigger, event);
    // F2 changes the status of the lead that is selected, not of whichever cell has the
    // focus; with several selected there is no one lead to edit (Ctrl+R marks them all).
    const int row = singleSelectedRow();
    if (row < 0)
        return false;
    const QModelIndex status = model()->index(row, LeadTableModel::Status);
    if (status != currentIndex())
        selectionModel()->setCurrentIndex(status, QItemSelectionModel::NoUpdate);
    return QTableView::edit(status, trigger, event);
}

void LeadsTableView::paintEvent(QPaintEvent* event)
{
    QTableView::paintEvent(event);
    const QModelIndex current = currentIndex();
    if (!current.isValid() || !hasFocus() || state() == EditingState)
        return;
    const QRect cell = visualRect(current);
    if (!cell.isValid() || !cell.intersects(viewport()->rect()))
        return;
    // Drawn in the colour of the text over the cell's background, so it shows on a
    // selected (highlighted) row and on a plain one in any palette.
    const bool selected = selectionModel() && selectionModel()->isSelected(current);
    QPainter painter(viewport());
    QPen pen(palette().color(QPalette::Active, selected ? QPalette::HighlightedText : QPalette::Text));
    pen.setWidth(2);
    pen.setJoinStyle(Qt::MiterJoin);
    painter.setPen(pen);
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(cell.adjusted(1, 1, -1, -1));
}

void LeadsTableView::currentChanged(const QModelIndex& current, const QModelIndex& previous)
{
    QTableView::currentChanged(current, previous);
    // The frame moves with the current cell: repaint where it was and where it is.
    if (previous.isValid())
        viewport()->update(visualRect(previous));
    if (current.isValid())
        viewport()->update(visualRect(current));
}
