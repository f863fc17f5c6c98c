#pragma once

#include "dialogs.h"

#include <QStringList>

// Answers the app's dialogs from a script and records what was asked, so GUI tests run
// without a person and can check what the person would have read.
class ScriptedDialogs final : public Dialogs
{
public:
    Answer nextAnswer = Answer::Cancel;
    QString nextOpenFile;
    QString nextSaveFile;
    QStringList asked; // texts of ask()
    QList<QStringList> choices; // the named choices of each ask() (an empty one is left out)
    QStringList warnings; // texts of warn()
    QStringList opened; // paths given to openExternally()

    Answer ask(QWidget*, const QString&, const QString& text, const QString& primary, const QString& secondary) override
    {
        asked.append(text);
        QStringList named { primary, secondary };
        named.removeAll(QString());
        choices.append(named);
        return nextAnswer;
    }
    void warn(QWidget*, const QString&, const QString& text) override { warnings.append(text); }
    QString openFile(QWidget*, const QString&, const QString&) override { return nextOpenFile; }
    QString saveFile(QWidget*, const QString&, const QString&, const QString&) override { return nextSaveFile; }
    bool openExternally(const QString& path) override
    {
        opened.append(path);
        return true;
    }
};
