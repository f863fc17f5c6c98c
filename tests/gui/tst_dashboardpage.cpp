// The dashboard page (issue 12, part 5) on both backends: attorneys and admins have it
// (Go menu, Ctrl+5), reception never does; it shows the figures DashboardFigures computes,
// follows another desk's writes live, and exports a chart as PNG and the page as PDF.
#include "dashboardfigures.h"
#include "dashboardpage.h"
#include "deskservices.h"
#include "firmsettings.h"
#include "mainwindow.h"
#include "scripteddialogs.h"
#include "session.h"
#include "palettecolors.h"
#include "testpalettes.h"
#include "testsupport.h"

#include <QAbstractBarSeries>
#include <QAction>
#include <QBarSet>
#include <QLegend>
#include <QPieSeries>
#include <QPieSlice>
#include <QValueAxis>
#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QCryptographicHash>
#include <QDateEdit>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QtTest>

class TestDashboardPage final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void receptionistHasNoDashboard();
    void attorneyOpensItWithCtrl5();
    void showsTheFiguresAndFollowsOtherDesks();
    void exportsPngAndPdf();
    void everyControlHasAnAccessibleName();
    void chartsAreReadableInLightAndDark_data();
    void chartsAreReadableInLightAndDark();

private:
    qint64 addLead(LeadRepository& leads, int n);
    UserAccount account(const QString& username) const;

    std::unique_ptr<DeskServices> m_desk;
    std::unique_ptr<Session> m_session;
    ScriptedDialogs m_dialogs;
    std::unique_ptr<MainWindow> m_window;
    QTemporaryDir m_dir;
    QDateTime m_now = QDateTime(QDate(2026, 11, 25), QTime(15, 0), Qt::UTC);
};

void TestDashboardPage::init()
{
    auto desk = DeskServices::openFresh();
    QVERIFY2(desk, qPrintable(desk.error().message));
    m_desk = std::move(desk).value();
    const Actor test { std::nullopt, QStringLiteral("test") };
    QVERIFY(m_desk->accounts.addUser({ QStringLiteral("ana"), QStringLiteral("Ana Ruiz"), {}, Role::Attorney },
                                     "ana's long password", test));
    QVERIFY(m_desk->accounts.addUser({ QStringLiteral("rita"), QStringLiteral("Rita Desk"), {}, Role::Receptionist },
                                     "rita's long password", test));
    m_session = std::make_unique<Session>(QStringLiteral("desk"));
    m_dialogs = ScriptedDialogs();
    m_window = std::make_unique<MainWindow>(m_desk->leads, m_desk->intake, m_desk->accounts, *m_session, m_dialogs,
                                            m_desk->db.path());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestDashboardPage::cleanup()
{
    m_window.reset();
    m_session.reset();
    m_desk.reset();
}

UserAccount TestDashboardPage::account(const QString& username) const
{
    return m_desk->accountRepository.userByName(username).value();
}

qint64 TestDashboardPage::addLead(LeadRepository& leads, int n)
{
    const QByteArray pdf = TestSupport::makePdf(QStringLiteral("Lead %1").arg(n));
    const Result<qint64> id = leads.create(
        QStringLiteral("Lead"), QString::number(n), QStringLiteral("lead%1@example.com").arg(n),
        { QStringLiteral("cv.pdf"), QStringLiteral("application/pdf"), pdf,
          QCryptographicHash::hash(pdf, QCryptographicHash::Sha256).toHex() },
        QStringLiteral("test"), QStringLiteral("en"), {}, std::nullopt,
        LeadOrigin { n % 2 ? std::optional(account(QStringLiteral("ana")).id) : std::nullopt,
                     n % 3 ? QStringLiteral("Referral") : QString() });
    return id ? *id : 0;
}

void TestDashboardPage::receptionistHasNoDashboard()
{
    m_session->signIn(account(QStringLiteral("rita")));
    QVERIFY(!m_window->page(QStringLiteral("dashboardPage")));
    QVERIFY(!m_window->showPage(QStringLiteral("dashboardPage")));
    QVERIFY(!m_window->findChild<DashboardPage*>());
    auto* go = m_window->findChild<QAction*>(QStringLiteral("dashboardPageAction"));
    QVERIFY(go);
    QVERIFY(!go->isVisible());
    QVERIFY(!go->isEnabled());
    QTest::keySequence(m_window.get(), QKeySequence(Qt::CTRL | Qt::Key_5));
    QVERIFY(!m_window->findChild<DashboardPage*>());
    auto* tabs = m_window->findChild<QTabWidget*>();
    QVERIFY(tabs);
    for (int i = 0; i < tabs->count(); ++i)
        QVERIFY(!tabs->tabText(i).contains(QStringLiteral("Dashboard")));
}

void TestDashboardPage::attorneyOpensItWithCtrl5()
{
    m_session->signIn(account(QStringLiteral("ana")));
    // Built at sign-in behind another tab: nothing is counted until it is shown.
    auto* page = qobject_cast<DashboardPage*>(m_window->page(QStringLiteral("dashboardPage")));
    QVERIFY(page);
    QVERIFY(!page->isVisible());
    QVERIFY(!page->hasFigures());
    QTest::keySequence(m_window.get(), QKeySequence(Qt::CTRL | Qt::Key_5));
    QCOMPARE(m_window->page(QStringLiteral("dashboardPage")), page);
    QTRY_VERIFY(page->hasFigures());
    auto* tabs = m_window->findChild<QTabWidget*>();
    QCOMPARE(tabs->currentWidget(), page);
    QCOMPARE(tabs->tabText(tabs->currentIndex()), QStringLiteral("Dash&board"));
    // Signing out takes it away again.
    m_session->signOut();
    QTRY_VERIFY(!m_window->page(QStringLiteral("dashboardPage")));
}

void TestDashboardPage::showsTheFiguresAndFollowsOtherDesks()
{
    for (int n = 1; n <= 5; ++n)
        QVERIFY(addLead(m_desk->leads, n) > 0);
    DashboardPage page(m_desk->db.connection(), m_dialogs);
    QSignalSpy shown(&page, &DashboardPage::figuresShown);
    page.resize(1000, 700);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    // The leads were made now (the system clock): they are in the last four weeks.
    page.applyPreset(DashboardFigures::Preset::LastFourWeeks);
    QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty() && [&] {
        qint64 total = 0;
        for (const auto& week : page.figures().weeks)
            total += week.pending + week.reachedOut;
        return total == 5;
    }(), 10000);
    m_now = QDateTime::currentDateTimeUtc();
    const DashboardFigures::All expected
        = DashboardFigures(m_desk->db.connection(), ResponseTarget::fromSettings(FirmSettings(m_desk->db.connection())))
              .all(page.range(), m_now)
              .value();
    QCOMPARE(page.figures().sources.size(), expected.sources.size());
    QCOMPARE(page.figures().firstContact.byAttorney.size(), expected.firstContact.byAttorney.size());
    QCOMPARE(page.figures().overdue.total, expected.overdue.total);

    // Another desk adds a lead: the page counts it without being asked.
    Result<Database> other = m_desk->db.openAnother();
    QVERIFY2(other, qPrintable(other.error().message));
    {
        LeadRepository otherLeads(other->connection());
        QVERIFY(addLead(otherLeads, 6) > 0);
    }
    QTRY_VERIFY_WITH_TIMEOUT([&] {
        qint64 total = 0;
        for (const auto& week : page.figures().weeks)
            total += week.pending + week.reachedOut;
        return total == 6;
    }(), 15000);

    // A range that ends before it starts is refused with a message, and keeps the figures.
    auto* from = page.findChild<QDateEdit*>(QStringLiteral("dashboardFrom"));
    auto* to = page.findChild<QDateEdit*>(QStringLiteral("dashboardTo"));
    to->setDate(from->date().addDays(-3));
    auto* state = page.findChild<QLabel*>(QStringLiteral("dashboardState"));
    QCOMPARE(state->text(), DashboardFigures::checkRange(page.range()));
    QVERIFY(!state->text().isEmpty());
    QCOMPARE(page.findChild<QComboBox*>(QStringLiteral("dashboardPreset"))->currentIndex(), 3);
}

void TestDashboardPage::exportsPngAndPdf()
{
    for (int n = 1; n <= 4; ++n)
        QVERIFY(addLead(m_desk->leads, n) > 0);
    DashboardPage page(m_desk->db.connection(), m_dialogs);
    page.resize(1100, 750);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QTRY_VERIFY(page.hasFigures());

    for (int chart = 0; chart < DashboardPage::ChartCount; ++chart) {
        const QString path = m_dir.filePath(QStringLiteral("chart%1.png").arg(chart));
        m_dialogs.nextSaveFile = path;
        auto* button = page.findChild<QPushButton*>(QStringLiteral("dashboardPng%1").arg(chart));
        QVERIFY(button);
        QTest::mouseClick(button, Qt::LeftButton);
        QVERIFY(m_dialogs.warnings.isEmpty());
        QImage image;
        QVERIFY(image.load(path, "PNG"));
        QVERIFY(image.width() >= 320 && image.height() >= 200);
    }

    const QString pdfPath = m_dir.filePath(QStringLiteral("dashboard.pdf"));
    m_dialogs.nextSaveFile = pdfPath;
    QTest::mouseClick(page.findChild<QPushButton*>(QStringLiteral("dashboardPdf")), Qt::LeftButton);
    QVERIFY(m_dialogs.warnings.isEmpty());
    QFile pdf(pdfPath);
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    const QByteArray bytes = pdf.readAll();
    QVERIFY(bytes.startsWith("%PDF-"));
    QVERIFY(bytes.size() > 2000);
    QVERIFY(bytes.trimmed().endsWith("%%EOF"));

    // A file that cannot be written is a message, not a crash.
    m_dialogs.nextSaveFile = m_dir.filePath(QStringLiteral("no/such/folder/chart.png"));
    QTest::mouseClick(page.findChild<QPushButton*>(QStringLiteral("dashboardPng0")), Qt::LeftButton);
    QCOMPARE(m_dialogs.warnings.size(), 1);
}

void TestDashboardPage::everyControlHasAnAccessibleName()
{
    DashboardPage page(m_desk->db.connection(), m_dialogs);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QTRY_VERIFY(page.hasFigures());
    const QList<QWidget*> widgets = page.findChildren<QWidget*>();
    int controls = 0;
    for (QWidget* widget : widgets) {
        if (widget->focusPolicy() & Qt::TabFocus && widget->isVisibleTo(&page)
            && (qobject_cast<QPushButton*>(widget) || qobject_cast<QComboBox*>(widget) || qobject_cast<QDateEdit*>(widget))) {
            ++controls;
            QVERIFY2(!widget->accessibleName().isEmpty(), qPrintable(widget->objectName()));
        }
    }
    QCOMPARE(controls, 4 + DashboardPage::ChartCount);
    for (int chart = 0; chart < DashboardPage::ChartCount; ++chart) {
        QVERIFY(!page.chartView(DashboardPage::Chart(chart))->accessibleName().isEmpty());
        QVERIFY(!page.chartView(DashboardPage::Chart(chart))->accessibleDescription().isEmpty());
    }
    // Tab goes through them in reading order, from the period to the last chart's button
    // (in a date field Tab first moves through its day, month and year).
    page.findChild<QComboBox*>(QStringLiteral("dashboardPreset"))->setFocus();
    QStringList order;
    for (int i = 0; i < 30 && order.size() < 4 + DashboardPage::ChartCount; ++i) {
        const QString name = QApplication::focusWidget()->objectName();
        if (order.isEmpty() || order.last() != name)
            order << name;
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    }
    QCOMPARE(order, (QStringList { QStringLiteral("dashboardPreset"), QStringLiteral("dashboardFrom"),
                                   QStringLiteral("dashboardTo"), QStringLiteral("dashboardPdf"),
                                   QStringLiteral("dashboardPng0"), QStringLiteral("dashboardPng1"),
                                   QStringLiteral("dashboardPng2"), QStringLiteral("dashboardPng3") }));
}

void TestDashboardPage::chartsAreReadableInLightAndDark_data()
{
    QTest::addColumn<QPalette>("palette");
    QTest::newRow("light") << TestPalettes::light();
    QTest::newRow("dark") << TestPalettes::dark();
}

void TestDashboardPage::chartsAreReadableInLightAndDark()
{
    QFETCH(QPalette, palette);
    for (int n = 1; n <= 6; ++n)
        QVERIFY(addLead(m_desk->leads, n) > 0);
    DashboardPage page(m_desk->db.connection(), m_dialogs);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QTRY_VERIFY(page.hasFigures());
    page.setPalette(palette); // as when the desktop's theme is switched while it runs
    using PaletteColors::contrastRatio;
    for (int index = 0; index < DashboardPage::ChartCount; ++index) {
        QChart* chart = page.chartView(DashboardPage::Chart(index))->chart();
        const QColor background = chart->backgroundBrush().color();
        QCOMPARE(PaletteColors::isDark(palette), PaletteColors::relativeLuminance(background) < 0.2);
        // Text at WCAG AA (4.5:1), bars and slices as graphics (3:1).
        QVERIFY2(contrastRatio(chart->titleBrush().color(), background) >= 4.5, qPrintable(chart->title()));
        QVERIFY(contrastRatio(chart->legend()->labelColor(), background) >= 4.5);
        for (QAbstractAxis* axis : chart->axes())
            QVERIFY(contrastRatio(axis->labelsColor(), background) >= 4.5);
        int drawn = 0;
        for (QAbstractSeries* series : chart->series()) {
            if (auto* bars = qobject_cast<QAbstractBarSeries*>(series)) {
                for (QBarSet* set : bars->barSets()) {
                    QVERIFY2(contrastRatio(set->color(), background) >= 3.0, qPrintable(set->label()));
                    QVERIFY(contrastRatio(set->labelColor(), background) >= 4.5);
                    ++drawn;
                }
            } else if (auto* pie = qobject_cast<QPieSeries*>(series)) {
                for (QPieSlice* slice : pie->slices()) {
                    QVERIFY2(contrastRatio(slice->color(), background) >= 3.0, qPrintable(slice->label()));
                    QVERIFY(contrastRatio(slice->labelColor(), background) >= 4.5);
                    ++drawn;
                }
            }
        }
        QVERIFY2(drawn > 0, qPrintable(chart->title()));
    }
    // Pending and reached out are told apart by more than their hue's name.
    const auto weeks = qobject_cast<QAbstractBarSeries*>(page.chartView(DashboardPage::Weeks)->chart()->series().first());
    QVERIFY(weeks->barSets().at(0)->color() != weeks->barSets().at(1)->color());
}

QTEST_MAIN(TestDashboardPage)
#include "tst_dashboardpage.moc"
