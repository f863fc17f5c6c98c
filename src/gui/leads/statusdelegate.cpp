#include "statusdelegate.h"

#include "leadstatus.h"
#include "leadtablemodel.h"

#include <QComboBox>

StatusDelegate::StatusDelegate(QObject* parent)
    : QStyledItemDelegate(parent)
{
}

StatusDelegate::~StatusDelegate() = default;

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
