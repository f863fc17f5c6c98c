#pragma once

#include <QString>

class QWidget;

// Every modal question, message and file chooser goes through here, so that tests can
// install a scripted Dialogs and answer them without a person.
class Dialogs
{
public:
    enum class Answer { Primary, Secondary, Cancel };

    virtual ~Dialogs() = default;

    // A question with two named choices plus Cancel (e.g. "Open existing" / "Save anyway");
    // an empty secondary leaves one named choice and Cancel.
    virtual Answer ask(QWidget* parent, const QString& title, const QString& text,
                       const QString& primary, const QString& secondary) = 0;
    virtual void warn(QWidget* parent, const QString& title, const QString& text) = 0;
    // Empty string when the user cancels.
    virtual QString openFile(QWidget* parent, const QString& title, const QString& filter) = 0;
    virtual QString saveFile(QWidget* parent, const QString& title, const QString& suggestedPath,
                             const QString& filter) = 0;
    // Opens a local file in the desktop's viewer; false when nothing could open it.
    virtual bool openExternally(const QString& path) = 0;
};

// The real thing: QMessageBox, QFileDialog and QDesktopServices.
class WidgetDialogs final : public Dialogs
{
public:
    Answer ask(QWidget* parent, const QString& title, const QString& text, const QString& primary,
               const QString& secondary) override;
    void warn(QWidget* parent, const QString& title, const QString& text) override;
    QString openFile(QWidget* parent, const QString& title, const QString& filter) override;
    QString saveFile(QWidget* parent, const QString& title, const QString& suggestedPath,
                     const QString& filter) override;
    bool openExternally(const QString& path) override;
};
