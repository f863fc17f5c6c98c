#pragma once

#include <QString>

class QLabel;
class QWidget;

// A dialog's one message line, also exposed on a focusable widget for screen readers: the
// text becomes the accessible description of `field` (or of the focused widget), the
// widget described before is cleared, and `field`, when given, takes the focus.
namespace FieldMessage {

void show(QWidget* dialog, QLabel* message, const QString& text, QWidget* field);

} // namespace FieldMessage
