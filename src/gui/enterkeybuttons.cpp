#include "enterkeybuttons.h"

#include <QApplication>
#include <QKeyEvent>
#include <QPushButton>
#include <QToolButton>

void EnterKeyButtons::install(QWidget* page)
{
    if (page && !page->findChild<EnterKeyButtons*>(QString(), Qt::FindDirectChildrenOnly))
        page->installEventFilter(new EnterKeyButtons(page));
}

EnterKeyButtons::EnterKeyButtons(QWidget* page)
    : QObject(page)
    , m_page(page)
{
}

bool EnterKeyButtons::eventFilter(QObject* watched, QEvent* event)
{
    // A key the focused widget ignored travels up its parents, through this filter.
    if (watched != m_page || event->type() != QEvent::KeyPress)
        return QObject::eventFilter(watched, event);
    const auto* key = static_cast<QKeyEvent*>(event);
    const Qt::KeyboardModifiers modifiers = key->modifiers() & ~Qt::KeypadModifier;
    if ((key->key() != Qt::Key_Return && key->key() != Qt::Key_Enter) || modifiers != Qt::NoModifier
        || key->isAutoRepeat())
        return QObject::eventFilter(watched, event);
    auto* button = qobject_cast<QAbstractButton*>(QApplication::focusWidget());
    if (!button || !m_page->isAncestorOf(button) || !button->isEnabled() || !button->isVisible()
        || !(qobject_cast<QPushButton*>(button) || qobject_cast<QToolButton*>(button)))
        return QObject::eventFilter(watched, event);
    button->click();
    return true;
}
