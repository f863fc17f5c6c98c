#pragma once

#include <QLocale>
#include <QUrl>
#include <QWidget>

class QPushButton;
class QTextBrowser;

// The user guide and "What's new": HTML shipped in the resources (:/help, with the README's
// screenshots), shown in a QTextBrowser, so that help works on a desk without a network or
// Qt Assistant. Links inside :/help stay in this window (Back/Forward keep the way);
// anything else (https:, mailto:) is handed to the desktop's browser or mail client.
class HelpWindow final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HelpWindow)

public:
    enum class Document { Guide, WhatsNew };

    // A separate window; with a parent it is closed together with it.
    explicit HelpWindow(QWidget* parent = nullptr);

    // Shows the document from its start, and brings the window to the front.
    void showDocument(Document document);

    // qrc:/help/NAME_LANG.html when the language has its own copy, else qrc:/help/NAME.html.
    static QUrl documentUrl(Document document, const QLocale& locale = QLocale());

    QTextBrowser* browser() const { return m_browser; }

private:
    void followLink(const QUrl& link);
    void updateTitle();

    QTextBrowser* m_browser = nullptr;
    QPushButton* m_backButton = nullptr;
    QPushButton* m_forwardButton = nullptr;
};
