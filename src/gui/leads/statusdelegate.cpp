#include "statusdelegate.h"

#include "leadstatus.h"
#include "leadtablemodel.h"
#include "palettecolors.h"

#include <QApplication>
#include <QComboBox>
#include <QPainter>
#include <QPen>

namespace {

constexpr int kPillPadding = 8;

} // namespace

StatusDelegate::StatusDelegate(QObject* parent)
    : TextCellDelegate(parent)
{
}

StatusDelegate::~StatusDelegate() = default;

PaletteColors::Tint StatusDelegate::pillColors(LeadStatus status, const QPalette& palette)
{
    // From the view's palette at each paint: a light or dark desktop, switched live or not.
    switch (status) {
    case LeadStatus::Pending:
        return PaletteColors::pill(PaletteColors::Tone::Pending, palette);
    case LeadStatus::ReachedOut:
        return PaletteColors::pill(PaletteColors::Tone::ReachedOut, palette);
    }
    return { palette.color(QPalette::Button), palette.color(QPalette::ButtonText), palette.color(QPalette::Mid) };
}

void StatusDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                           const QModelIndex& index) const
{
    const QVariant status = index.data(LeadTableModel::StatusRole);
    if (!status.isValid())
        return QStyledItemDelegate::paint(painter, option, index);

    // The cell's own background and selection first, then the label without its text.
    QStyleOptionViewItem cell = option;
    initStyleOption(&cell, index);
    const QString text = drawPanel(painter, cell);

    // Overdue (issue 12, part 2): the error tone's pill (its text passes the contrast test
    // like every tint) and a clock drawn after it, so the mark is not colour alone.
    const bool overdue = index.data(LeadTableModel::OverdueRole).toBool();
    const PaletteColors::Tint colors = overdue ? PaletteColors::pill(PaletteColors::Tone::Error, cell.palette)
                                               : pillColors(LeadStatus(status.toInt()), cell.palette);
    const QStaticText& shaped = shapedText().get(text, cell.font);
    const int textWidth = qCeil(shaped.size().width());
    const int height = qMin(option.rect.height() - 4, cell.fontMetrics.height() + 4);
    const int iconRoom = overdue ? height + 4 : 0;
    const int width = qMax(0, qMin(option.rect.width() - 2 * 4 - iconRoom, textWidth + 2 * kPillPadding + 2));
    QRect pill(0, 0, width, height);
    pill.moveCenter(option.rect.center());
    pill.moveLeft(option.rect.left() + 4);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(colors.background);
    painter->drawRoundedRect(pill, height / 2.0, height / 2.0);
    painter->setPen(colors.text);
    painter->setFont(cell.font);
    const QRect inside = pill.adjusted(kPillPadding - 1, 0, -(kPillPadding - 1), 0);
    if (textWidth <= inside.width()) {
        const QRect at = QStyle::alignedRect(Qt::LeftToRight, Qt::AlignCenter,
                                             QSize(textWidth, qCeil(shaped.size().height())), pill);
        painter->drawStaticText(at.topLeft(), shaped);
    } else {
        painter->drawText(pill, Qt::AlignCenter,
                          cell.fontMetrics.elidedText(text, Qt::ElideRight, inside.width()));
    }
    if (overdue) {
        QRect icon(0, 0, height - 2, height - 2);
        icon.moveCenter(pill.center());
        icon.moveLeft(pill.right() + 5);
        // On the cell, not the pill: the error tone readable on the view's base (or the
        // highlighted text on a selected row).
        const QColor iconColor = (cell.state & QStyle::State_Selected)
            ? cell.palette.color(QPalette::HighlightedText)
            : PaletteColors::accent(PaletteColors::Tone::Error, cell.palette.color(QPalette::Base));
        drawOverdueClock(painter, icon, iconColor);
    }
    painter->restore();
}

void StatusDelegate::drawOverdueClock(QPainter* painter, const QRectF& rect, const QColor& color)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QPen pen(color, qMax(1.5, rect.width() / 9.0));
    pen.setCapStyle(Qt::RoundCap);
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    const QRectF face = rect.adjusted(1, 1, -1, -1);
    painter->drawEllipse(face);
    const QPointF centre = face.center();
    painter->drawLine(centre, QPointF(centre.x(), face.top() + face.height() * 0.22));
    painter->drawLine(centre, QPointF(face.right() - face.width() * 0.25, centre.y()));
    painter->restore();
}

QSize StatusDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setWidth(size.width() + 2 * kPillPadding + 8 + option.fontMetrics.height() + 6);
    return size;
}

QWidget* StatusDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem& /*option*/,
                                      const QModelIndex& /*index*/) const
{
    auto* combo = new QComboBox(parent);
    combo->setObjectName(QStringLiteral("statusEditor"));
    combo->setFrame(false);
    for (const LeadStatus status : LeadStatusText::all())
        combo->addItem(LeadStatusText::display(status), LeadStatusText::key(status));
    // Enter or leaving the editor commits, Escape cancels (QStyledItemDelegate's filter);
    // arrow keys only move the choice, so a stray key press never changes a lead.
    return combo;
}

void StatusDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    auto* combo = qobject_cast<QComboBox*>(editor);
    if (!combo)
        return QStyledItemDelegate::setEditorData(editor, index);
    const QVariant status = index.data(LeadTableModel::StatusRole);
    if (!status.isValid())
        return;
    const int found = combo->findData(LeadStatusText::key(LeadStatus(status.toInt())));
    combo->setCurrentIndex(qMax(0, found));
}

void StatusDelegate::setModelData(QWidget* editor, QAbstractItemModel* model,
                                  const QModelIndex& index) const
{
    auto* combo = qobject_cast<QComboBox*>(editor);
    if (!combo)
        return QStyledItemDelegate::setModelData(editor, model, index);
    // Committing the status it already has is no change (and no history row).
    const QString key = combo->currentData().toString();
    const QVariant current = index.data(LeadTableModel::StatusRole);
    if (current.isValid() && LeadStatusText::key(LeadStatus(current.toInt())) == key)
        return;
    model->setData(index, key, Qt::EditRole);
}

void StatusDelegate::updateEditorGeometry(QWidget* editor, const QStyleOptionViewItem& option,
                                          const QModelIndex& /*index*/) const
{
    editor->setGeometry(option.rect);
}
