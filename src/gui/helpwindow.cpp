#include "helpwindow.h"

#include <QDesktopServices>
#include <QFile>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QPushButton>
#include <QScrollBar>
#include <QShortcut>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace {

QString baseName(HelpWindow::Document document)
{
    switch (document) {
    case HelpWindow::Document::Guide:
        return QStringLiteral("guide");
    case HelpWindow::Document::WhatsNew:
        return QStringLiteral("whatsnew");
    }
    return QStringLiteral("guide");
}

} // namespace

HelpWindow::HelpWindow(QWidget* parent)
    : QWidget(parent, Qt::Window)
{
    setObjectName(QStringLiteral("helpWindow"));
    setWindowTitle(tr("Lead Intake Help"));

    m_backButton = new QPushButton(tr("&Back"), this);
    m_backButton->setObjectName(QStringLiteral("helpBackButton"));
    m_backButton->setEnabled(false);
    m_forwardButton = new QPushButton(tr("&Forward"), this);
    m_forwardButton->setObjectName(QStringLiteral("helpForwardButton"));
    m_forwardButton->setEnabled(false);
    auto* contents = new QPushButton(tr("&Contents"), this);
    contents->setObjectName(QStringLiteral("helpContentsButton"));
    contents->setToolTip(tr("The user guide's table of contents"));

    m_browser = new QTextBrowser(this);
    m_browser->setObjectName(QStringLiteral("helpBrowser"));
    m_browser->setAccessibleName(tr("Help text"));
    // Every link goes through followLink(): the browser itself would try to show a web
    // page's HTML as a document.
    m_browser->setOpenLinks(false);
    m_browser->setOpenExternalLinks(false);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_backButton);
    buttons->addWidget(m_forwardButton);
    buttons->addWidget(contents);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_browser, 1);

    connect(m_backButton, &QPushButton::clicked, m_browser, &QTextBrowser::backward);
    connect(m_forwardButton, &QPushButton::clicked, m_browser, &QTextBrowser::forward);
    connect(contents, &QPushButton::clicked, this, [this] { showDocument(Document::Guide); });
    connect(m_browser, &QTextBrowser::backwardAvailable, m_backButton, &QWidget::setEnabled);
    connect(m_browser, &QTextBrowser::forwardAvailable, m_forwardButton, &QWidget::setEnabled);
    connect(m_browser, &QTextBrowser::anchorClicked, this, &HelpWindow::followLink);
    connect(m_browser, &QTextBrowser::sourceChanged, this, &HelpWindow::updateTitle);

    auto* back = new QShortcut(QKeySequence::Back, this);
    connect(back, &QShortcut::activated, m_browser, &QTextBrowser::backward);
    auto* forward = new QShortcut(QKeySequence::Forward, this);
    connect(forward, &QShortcut::activated, m_browser, &QTextBrowser::forward);
    // Help is looked at and put away: Escape closes it, as Ctrl+W does.
    auto* close = new QShortcut(QKeySequence::Cancel, this);
    connect(close, &QShortcut::activated, this, &QWidget::close);
    auto* closeToo = new QShortcut(QKeySequence::Close, this);
    connect(closeToo, &QShortcut::activated, this, &QWidget::close);

    resize(860, 680);
}

QUrl HelpWindow::documentUrl(Document document, const QLocale& locale)
{
    const QString name = baseName(document);
    const QString translated = name + QLatin1Char('_') + QLocale::languageToCode(locale.language())
        + QStringLiteral(".html");
    if (locale.language() != QLocale::English && QFile::exists(QStringLiteral(":/help/") + translated))
        return QUrl(QStringLiteral("qrc:/help/") + translated);
    return QUrl(QStringLiteral("qrc:/help/") + name + QStringLiteral(".html"));
}

void HelpWindow::showDocument(Document document)
{
    m_browser->setSource(documentUrl(document));
    // From the start, also when it was already open further down; the cursor too, so that
    // Tab walks the links from the first one.
    m_browser->moveCursor(QTextCursor::Start);
    m_browser->verticalScrollBar()->setValue(0);
    show();
    raise();
    activateWindow();
    m_browser->setFocus(Qt::OtherFocusReason);
}

void HelpWindow::followLink(const QUrl& link)
{
    const QUrl url = m_browser->source().resolved(link);
    if (url.scheme() == QLatin1String("qrc")) {
        m_browser->setSource(url);
        return;
    }
    // Not ours (a web page, an email address): the desktop's own application.
    QDesktopServices::openUrl(url);
}

void HelpWindow::updateTitle()
{
    const QString title = m_browser->documentTitle();
    setWindowTitle(title.isEmpty() ? tr("Lead Intake Help") : title);
}
