#include "newpasswordfields.h"

#include "palettecolors.h"
#include "passwordhasher.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

NewPasswordFields NewPasswordFields::addTo(QFormLayout* form, QWidget* parent,
                                           const QString& passwordLabel, const QString& repeatLabel)
{
    NewPasswordFields fields;
    fields.password = new QLineEdit(parent);
    fields.password->setObjectName(QStringLiteral("passwordEdit"));
    fields.password->setEchoMode(QLineEdit::Password);
    fields.confirm = new QLineEdit(parent);
    fields.confirm->setObjectName(QStringLiteral("confirmEdit"));
    fields.confirm->setEchoMode(QLineEdit::Password);
    fields.strength = new QLabel(PasswordHasher::strengthHint({}), parent);
    fields.strength->setObjectName(QStringLiteral("strengthLabel"));
    fields.strength->setWordWrap(true);
    // A hint in a quieter grey that is still readable (PlaceholderText is not, on every palette).
    QLabel* hint = fields.strength;
    PaletteColors::follow(parent, [hint, parent] {
        hint->setStyleSheet(QStringLiteral("QLabel { color: %1; }").arg(PaletteColors::muted(parent->palette()).name()));
    });
    form->addRow(passwordLabel, fields.password);
    form->addRow(QString(), fields.strength);
    form->addRow(repeatLabel, fields.confirm);
    QLabel* strength = fields.strength;
    QObject::connect(fields.password, &QLineEdit::textChanged, strength,
                     [strength](const QString& text) { strength->setText(PasswordHasher::strengthHint(text)); });
    return fields;
}
