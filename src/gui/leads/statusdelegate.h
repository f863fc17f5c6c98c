#pragma once

#include "leadstatus.h"
#include "palettecolors.h"
#include "textcelldelegate.h"

// Shows the Status column as a coloured label (amber pending, green reached out, red with a clock when overdue) and edits
// it with a combo box of every status, in the words users read.
class StatusDelegate final : public TextCellDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatusDelegate)

public:
    explicit StatusDelegate(QObject* parent = nullptr);
    ~StatusDelegate() override;

    // The pill's background and text for a status on a view with this palette.
    static PaletteColors::Tint pillColors(LeadStatus status, const QPalette& palette);
    // The overdue mark: a small clock face in color (the table and the detail pane).
    static void drawOverdueClock(QPainter* painter, const QRectF& rect, const QColor& color);

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                          const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override;
    void updateEditorGeometry(QWidget* editor, const QStyleOptionViewItem& option,
                              const QModelIndex& index) const override;
};
