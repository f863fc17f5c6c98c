#include "dialogs.h"

#include "desktopopener.h"

#include <QFileDialog>
#include <QMessageBox>
#include <QPushButton>

Dialogs::Answer WidgetDialogs::ask(QWidget* parent, const QString& title, const QString& text,
                                   const QString& primary, const QString& secondary)
{
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::Cancel, parent);
    QPushButton* first = box.addButton(primary, QMessageBox::AcceptRole);
    QPushButton* second = secondary.isEmpty() ? nullptr : box.addButton(secondary, QMessageBox::DestructiveRole);
    // Every question asks before something unusual (a duplicate, an unreviewed conflict, a
    // removal, a restore): Enter, pressed out of habit, must not be the yes.
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() == first)
        return Answer::Primary;
    if (second && box.clickedButton() == second)
        return Answer::Secondary;
    return Answer::Cancel;
}

void WidgetDialogs::warn(QWidget* parent, const QString& title, const QString& text)
{
    QMessageBox::warning(parent, title, text);
}

QString WidgetDialogs::openFile(QWidget* parent, const QString& title, const QString& filter)
{
    return QFileDialog::getOpenFileName(parent, title, {}, filter);
}

QString WidgetDialogs::saveFile(QWidget* parent, const QString& title,
                                const QString& suggestedPath, const QString& filter)
{
    return QFileDialog::getSaveFileName(parent, title, suggestedPath, filter);
}

bool WidgetDialogs::openExternally(const QString& path)
{
    return DesktopOpener::open(path);
}
