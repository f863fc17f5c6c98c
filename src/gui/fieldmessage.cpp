#include "fieldmessage.h"

#include <QLabel>
#include <QVariant>
#include <QWidget>

namespace FieldMessage {

void show(QWidget* dialog, QLabel* message, const QString& text, QWidget* field)
{
    message->setText(text);
    message->setVisible(!text.isEmpty());
    QWidget* target = field ? field : dialog->focusWidget();
    for (QWidget* widget : dialog->findChildren<QWidget*>()) {
        if (widget->property("describedByMessage").toBool() && widget != target) {
            widget->setAccessibleDescription(QString());
            widget->setProperty("describedByMessage", false);
        }
    }
    if (target && !text.isEmpty()) {
        target->setAccessibleDescription(text);
        target->setProperty("describedByMessage", true);
    }
    if (field)
        field->setFocus();
}

} // namespace FieldMessage
