#include "enterkeybuttons.h"

#include <QKeyEvent>
#include <QPushButton>
#include <QToolButton>

void EnterKeyButtons::install(QWidget* page)
{
    if (!page)
        return;
    auto* keys = page->findChild<EnterKeyButtons*>(QString(), Qt::FindDirectChildrenOnly);
    if (!keys)
        keys = new EnterKeyButtons(page);
    for (QAbstractButton* button : page->findChildren<QAbstractButton*>()) {
        if (!qobject_cast<QPushButton*>(button) && !qobject_cast<QToolButton*>(button))
            continue;
        // A page inside another (the kiosk's form) may have installed it already.
        if (button->property("enterKeyButtons").toBool())
            continue;
        button->setProperty("enterKeyButtons", true);
        button->installEventFilter(keys);
    }
}

EnterKeyButtons::EnterKeyButtons(QWidget* page)
    : QObject(page)
{
}

bool EnterKeyButtons::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() != QEvent::KeyPress)
        return QObject::eventFilter(watched, event);
    const auto* key = static_cast<QKeyEvent*>(event);
    const Qt::KeyboardModifiers modifiers = key->modifiers() & ~Qt::KeypadModifier;
    auto* button = qobject_cast<QAbstractButton*>(watched);
    if (!button || (key->key() != Qt::Key_Return && key->key() != Qt::Key_Enter)
        || modifiers != Qt::NoModifier)
        return QObject::eventFilter(watched, event);
    // Held down, the key does not press the button again and again.
    if (!key->isAutoRepeat() && button->isEnabled() && button->isVisible())
        button->click();
    return true;
}
