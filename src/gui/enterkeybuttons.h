#pragma once

#include <QObject>

class QWidget;

// Enter and Return press the focused push or tool button of a page that is not a dialog,
// as Space does. Qt gives buttons this only inside a QDialog (autoDefault): on the main
// window's pages a keyboard user reached "Mark as reached out" with Tab and Enter did
// nothing. It watches the buttons themselves, never the page: a Return that something else
// handled and passed on (a list's "activated" that moved the focus to a button) must not
// press the button that has the focus afterwards.
class EnterKeyButtons final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EnterKeyButtons)

public:
    // Makes Enter press the push and tool buttons inside page (those it has now).
    static void install(QWidget* page);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    explicit EnterKeyButtons(QWidget* page);
};
