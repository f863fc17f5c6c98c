#pragma once

#include <QString>

class QFormLayout;
class QLabel;
class QLineEdit;
class QWidget;

// The rows every dialog that sets a password shows: the password, a live strength hint
// and the repetition (object names passwordEdit, strengthLabel, confirmEdit).
struct NewPasswordFields
{
    QLineEdit* password = nullptr;
    QLineEdit* confirm = nullptr;
    QLabel* strength = nullptr;

    static NewPasswordFields addTo(QFormLayout* form, QWidget* parent, const QString& passwordLabel,
                                   const QString& repeatLabel);
};
