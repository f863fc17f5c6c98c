#pragma once

#include <QObject>

class QWidget;

// Enter and Return press the focused push or tool button of a page that is not a dialog,
// as Space does. Qt gives buttons this only inside a QDialog (autoDefault): on the main
// window's pages a keyboard user reached "Mark as reached out" with Tab and Enter did
// nothing. Installed on a page, it sees the keys its buttons leave unhandled.
class EnterKeyButtons final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EnterKeyButtons)

public:
    // Makes Enter press the buttons inside page (including ones added later).
    static void install(QWidget* page);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    explicit EnterKeyButtons(QWidget* page);

    QWidget* m_page;
};
