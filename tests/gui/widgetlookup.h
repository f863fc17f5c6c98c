#pragma once

#include <QDir>
#include <QLatin1String>
#include <QPixmap>
#include <QWidget>

// What the window-level GUI tests share: finding a widget by objectName (failing loudly when
// it is missing) and saving what a person would see when LEADINTAKE_SCREENSHOTS names a folder.
namespace GuiTest {

template<typename T>
T* find(QWidget* in, const char* name)
{
    auto* widget = in->findChild<T*>(QLatin1String(name));
    if (!widget)
        qFatal("no widget %s", name);
    return widget;
}

inline void screenshot(QWidget* widget, const QString& name)
{
    const QString folder = qEnvironmentVariable("LEADINTAKE_SCREENSHOTS");
    if (!folder.isEmpty())
        widget->grab().save(QDir(folder).filePath(name + QStringLiteral(".png")));
}

} // namespace GuiTest
