// The Help menu (issue 11, item 4): the user guide and "What's new" load from the
// resources, every link and image they hold resolves in the qrc, links are followed from the
// keyboard (inside the window for our pages, to the desktop for a web address), and F1 opens
// the guide from the main window.
#include "deskservices.h"
#include "helpwindow.h"
#include "mainwindow.h"
#include "scripteddialogs.h"
#include "session.h"

#include <QDesktopServices>
#include <QFile>
#include <QImage>
#include <QMenuBar>
#include <QPushButton>
#include <QMenu>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSet>
#include <QTextBrowser>
#include <QtTest>

// Stands in for the desktop's browser (QDesktopServices::setUrlHandler).
class UrlCatcher final : public QObject
{
    Q_OBJECT

public:
    QList<QUrl> urls;

public Q_SLOTS:
    void open(const QUrl& url) { urls.append(url); }
};

class TestHelpWindow final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void documentLoads_data();
    void documentLoads();
    void linksAndImagesResolve_data();
    void linksAndImagesResolve();
    void internalLinkFollowedFromTheKeyboard();
    void externalLinkGoesToTheDesktop();
    void languageWithoutItsOwnGuideGetsEnglish();
    void f1OpensTheGuideFromTheMainWindow();
    void helpMenuOpensWhatsNew();

private:
    // Tab through the browser's links until the one whose href is `href` is selected.
    static bool tabToLink(QTextBrowser* browser, const QString& href);
    static QString readResource(const QUrl& url);
};

void TestHelpWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setApplicationName(QStringLiteral("leadintake-test"));
}

QString TestHelpWindow::readResource(const QUrl& url)
{
    QFile file(QLatin1Char(':') + url.path());
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

bool TestHelpWindow::tabToLink(QTextBrowser* browser, const QString& href)
{
    browser->setFocus(Qt::OtherFocusReason);
    for (int i = 0; i < 200; ++i) {
        QTest::keyClick(browser, Qt::Key_Tab);
        const QTextCursor selected = browser->textCursor();
        if (!selected.hasSelection())
            continue;
        QTextCursor inside(browser->document());
        inside.setPosition(selected.selectionStart() + 1);
        if (inside.charFormat().anchorHref() == href)
            return true;
    }
    return false;
}

void TestHelpWindow::documentLoads_data()
{
    QTest::addColumn<HelpWindow::Document>("document");
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("text");
    QTest::newRow("user guide") << HelpWindow::Document::Guide << QStringLiteral("qrc:/help/guide.html")
                                << QStringLiteral("Lead Intake User Guide") << QStringLiteral("Entering a walk-in");
    QTest::newRow("what's new") << HelpWindow::Document::WhatsNew << QStringLiteral("qrc:/help/whatsnew.html")
                                << QStringLiteral("What's New in Lead Intake") << QStringLiteral("Version 0.1.0");
}

void TestHelpWindow::documentLoads()
{
    QFETCH(HelpWindow::Document, document);
    QFETCH(QString, url);
    QFETCH(QString, title);
    QFETCH(QString, text);
    HelpWindow window;
    window.showDocument(document);
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.browser()->source(), QUrl(url));
    QCOMPARE(window.browser()->documentTitle(), title);
    QCOMPARE(window.windowTitle(), title);
    QVERIFY2(window.browser()->toPlainText().contains(text), qPrintable(window.browser()->toPlainText().left(300)));
}

void TestHelpWindow::linksAndImagesResolve_data()
{
    QTest::addColumn<QUrl>("page");
    QTest::addColumn<int>("minimumLinks");
    QTest::addColumn<int>("minimumImages");
    QTest::newRow("user guide") << QUrl(QStringLiteral("qrc:/help/guide.html")) << 15 << 7;
    QTest::newRow("what's new") << QUrl(QStringLiteral("qrc:/help/whatsnew.html")) << 5 << 0;
}

void TestHelpWindow::linksAndImagesResolve()
{
    QFETCH(QUrl, page);
    QFETCH(int, minimumLinks);
    QFETCH(int, minimumImages);
    const QString html = readResource(page);
    QVERIFY2(!html.isEmpty(), qPrintable(page.toString()));

    // Links: ours must name a page in the qrc and, with a #fragment, an anchor in that page
    // (<a name=...>); anything else must be a web address for the desktop's browser.
    static const QRegularExpression hrefs(QStringLiteral("<a\\s[^>]*href=\"([^\"]*)\""));
    static const QRegularExpression names(QStringLiteral("<a\\s[^>]*name=\"([^\"]*)\""));
    int links = 0;
    for (QRegularExpressionMatchIterator it = hrefs.globalMatch(html); it.hasNext(); ++links) {
        const QString href = it.next().captured(1);
        const QUrl target = page.resolved(QUrl(href));
        if (target.scheme() != QLatin1String("qrc")) {
            QVERIFY2(target.scheme() == QLatin1String("https") && target.isValid(), qPrintable(href));
            continue;
        }
        const QString targetHtml = readResource(target);
        QVERIFY2(!targetHtml.isEmpty(), qPrintable(href + QStringLiteral(": no such page in :/help")));
        if (!target.fragment().isEmpty()) {
            QSet<QString> anchors;
            for (QRegularExpressionMatchIterator a = names.globalMatch(targetHtml); a.hasNext();)
                anchors.insert(a.next().captured(1));
            QVERIFY2(anchors.contains(target.fragment()), qPrintable(href + QStringLiteral(": no such anchor")));
        }
    }
    QVERIFY2(links >= minimumLinks, qPrintable(QString::number(links)));

    // Images: in the qrc, and loaded by the browser itself the way it shows them.
    HelpWindow window;
    window.browser()->setSource(page);
    static const QRegularExpression sources(QStringLiteral("<img\\s[^>]*src=\"([^\"]*)\""));
    int images = 0;
    for (QRegularExpressionMatchIterator it = sources.globalMatch(html); it.hasNext(); ++images) {
        const QString source = it.next().captured(1);
        const QUrl target = page.resolved(QUrl(source));
        QCOMPARE(target.scheme(), QStringLiteral("qrc"));
        QVERIFY2(!QImage(QLatin1Char(':') + target.path()).isNull(), qPrintable(source));
        const QVariant loaded = window.browser()->loadResource(QTextDocument::ImageResource, target);
        QVERIFY2(loaded.isValid() && !loaded.toByteArray().isEmpty(), qPrintable(source));
    }
    QVERIFY2(images >= minimumImages, qPrintable(QString::number(images)));
}

void TestHelpWindow::internalLinkFollowedFromTheKeyboard()
{
    HelpWindow window;
    window.showDocument(HelpWindow::Document::Guide);
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTextBrowser* browser = window.browser();

    // A link within the page keeps the page and moves to the anchor.
    QVERIFY(tabToLink(browser, QStringLiteral("#keys")));
    QTest::keyClick(browser, Qt::Key_Return);
    QTRY_COMPARE(browser->source(), QUrl(QStringLiteral("qrc:/help/guide.html#keys")));
    QVERIFY(browser->verticalScrollBar()->value() > 0);

    // A link to the other page opens it here; Back (Alt+Left) returns.
    browser->moveCursor(QTextCursor::Start);
    QVERIFY(tabToLink(browser, QStringLiteral("whatsnew.html")));
    QTest::keyClick(browser, Qt::Key_Enter);
    QTRY_COMPARE(browser->source(), QUrl(QStringLiteral("qrc:/help/whatsnew.html")));
    QCOMPARE(window.windowTitle(), QStringLiteral("What's New in Lead Intake"));
    auto* back = window.findChild<QPushButton*>(QStringLiteral("helpBackButton"));
    QVERIFY(back && back->isEnabled());
    QTest::keyClick(&window, Qt::Key_Left, Qt::AltModifier);
    QTRY_COMPARE(browser->source(), QUrl(QStringLiteral("qrc:/help/guide.html#keys")));

    // Contents returns to the guide's start.
    QTest::mouseClick(window.findChild<QPushButton*>(QStringLiteral("helpContentsButton")), Qt::LeftButton);
    QTRY_COMPARE(browser->source(), QUrl(QStringLiteral("qrc:/help/guide.html")));
    QCOMPARE(browser->verticalScrollBar()->value(), 0);
}

void TestHelpWindow::externalLinkGoesToTheDesktop()
{
    UrlCatcher desktop;
    QDesktopServices::setUrlHandler(QStringLiteral("https"), &desktop, "open");
    HelpWindow window;
    window.showDocument(HelpWindow::Document::Guide);
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QString pgpass = QStringLiteral("https://www.postgresql.org/docs/15/libpq-pgpass.html");
    QVERIFY(tabToLink(window.browser(), pgpass));
    QTest::keyClick(window.browser(), Qt::Key_Return);
    QDesktopServices::unsetUrlHandler(QStringLiteral("https"));
    QCOMPARE(desktop.urls, QList<QUrl> { QUrl(pgpass) });
    // The window keeps showing the guide: a web page is never loaded into it.
    QCOMPARE(window.browser()->source(), QUrl(QStringLiteral("qrc:/help/guide.html")));
}

void TestHelpWindow::languageWithoutItsOwnGuideGetsEnglish()
{
    const QLocale spanish(QLocale::Spanish, QLocale::Spain);
    const bool ownCopy = QFile::exists(QStringLiteral(":/help/guide_es.html"));
    QCOMPARE(HelpWindow::documentUrl(HelpWindow::Document::Guide, spanish),
             QUrl(ownCopy ? QStringLiteral("qrc:/help/guide_es.html") : QStringLiteral("qrc:/help/guide.html")));
    QCOMPARE(HelpWindow::documentUrl(HelpWindow::Document::Guide, QLocale(QLocale::Japanese)),
             QUrl(QStringLiteral("qrc:/help/guide.html")));
    QCOMPARE(HelpWindow::documentUrl(HelpWindow::Document::WhatsNew, QLocale::c()),
             QUrl(QStringLiteral("qrc:/help/whatsnew.html")));
}

void TestHelpWindow::f1OpensTheGuideFromTheMainWindow()
{
    auto desk = DeskServices::openFresh();
    QVERIFY2(desk, qPrintable(desk.error().message));
    Session session(QStringLiteral("reception"));
    ScriptedDialogs dialogs;
    MainWindow window((*desk)->leads, (*desk)->intake, (*desk)->accounts, session, dialogs, (*desk)->db.path());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.activateWindow();
    QTRY_VERIFY(window.isActiveWindow());
    QVERIFY(!window.findChild<HelpWindow*>());

    QTest::keyClick(&window, Qt::Key_F1);
    HelpWindow* help = nullptr;
    QTRY_VERIFY((help = window.findChild<HelpWindow*>()) && help->isVisible());
    QCOMPARE(help->browser()->source(), HelpWindow::documentUrl(HelpWindow::Document::Guide));
    QVERIFY(help->isWindow());

    // F1 again (from the main window) reuses the one window.
    help->close();
    window.activateWindow();
    QTRY_VERIFY(window.isActiveWindow());
    QTest::keyClick(&window, Qt::Key_F1);
    QTRY_VERIFY(help->isVisible());
    QCOMPARE(window.findChildren<HelpWindow*>().size(), 1);
    // Escape puts it away.
    QTRY_VERIFY(help->isActiveWindow());
    QTest::keyClick(help->browser(), Qt::Key_Escape);
    QTRY_VERIFY(!help->isVisible());
}

void TestHelpWindow::helpMenuOpensWhatsNew()
{
    auto desk = DeskServices::openFresh();
    QVERIFY2(desk, qPrintable(desk.error().message));
    Session session(QStringLiteral("reception"));
    ScriptedDialogs dialogs;
    MainWindow window((*desk)->leads, (*desk)->intake, (*desk)->accounts, session, dialogs, (*desk)->db.path());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    QMenu* help = nullptr;
    for (QAction* menu : window.menuBar()->actions()) {
        if (menu->text() == QStringLiteral("&Help"))
            help = menu->menu();
    }
    QVERIFY(help);
    QStringList texts;
    QSet<QChar> mnemonics;
    for (QAction* action : help->actions()) {
        if (action->isSeparator())
            continue;
        texts.append(action->text());
        const qsizetype amp = action->text().indexOf(QLatin1Char('&'));
        QVERIFY2(amp >= 0, qPrintable(action->text()));
        const QChar key = action->text().at(amp + 1).toLower();
        QVERIFY2(!mnemonics.contains(key), qPrintable(action->text()));
        mnemonics.insert(key);
    }
    QCOMPARE(texts.mid(0, 2), (QStringList { QStringLiteral("&User guide"), QStringLiteral("What's &new") }));

    auto* whatsNew = window.findChild<QAction*>(QStringLiteral("whatsNewAction"));
    QVERIFY(whatsNew);
    whatsNew->trigger();
    HelpWindow* helpWindow = nullptr;
    QTRY_VERIFY((helpWindow = window.findChild<HelpWindow*>()) && helpWindow->isVisible());
    QCOMPARE(helpWindow->browser()->source(), QUrl(QStringLiteral("qrc:/help/whatsnew.html")));
}

QTEST_MAIN(TestHelpWindow)
#include "tst_helpwindow.moc"
