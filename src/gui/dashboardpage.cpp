#include "dashboardpage.h"

#include "connectionclone.h"
#include "dataversionwatcher.h"
#include "dialogs.h"
#include "firmsettings.h"
#include "palettecolors.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHorizontalBarSeries>
#include <QImage>
#include <QLabel>
#include <QLegend>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QPieSeries>
#include <QPieSlice>
#include <QPushButton>
#include <QShowEvent>
#include <QStackedBarSeries>
#include <QThread>
#include <QTimer>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace {

enum PresetIndex { FourWeeks, TwelveWeeks, ThisYear, Custom };

DashboardFigures::Preset presetOf(int index)
{
    switch (index) {
    case FourWeeks:
        return DashboardFigures::Preset::LastFourWeeks;
    case ThisYear:
        return DashboardFigures::Preset::ThisYear;
    default:
        return DashboardFigures::Preset::LastTwelveWeeks;
    }
}

// The DashboardFigures of the firm's rule, read on the connection it will use.
DashboardFigures figuresFor(const QSqlDatabase& db)
{
    return DashboardFigures(db, ResponseTarget::fromSettings(FirmSettings(db)));
}

QString hoursText(double ms)
{
    const double hours = ms / 3600000.0;
    return hours >= 48 ? DashboardPage::tr("%1 days").arg(QLocale().toString(hours / 24, 'f', 1))
                       : DashboardPage::tr("%1 h").arg(QLocale().toString(hours, 'f', 1));
}

// Bars and slices must stand out from the chart's background (WCAG 2.x asks 3:1 of
// graphics; readableOn() gives the text level, 4.5:1, which is more).
QColor barColor(const QColor& preferred, const QColor& background)
{
    return PaletteColors::readableOn(preferred, background, 3.0);
}

} // namespace

DashboardPage::DashboardPage(QSqlDatabase db, Dialogs& dialogs, QWidget* parent, Clock clock)
    : QWidget(parent)
    , m_db(std::move(db))
    , m_dialogs(dialogs)
    , m_clock(clock ? std::move(clock) : Clock([] { return QDateTime::currentDateTimeUtc(); }))
{
    setObjectName(QStringLiteral("dashboardPage"));
    auto* layout = new QVBoxLayout(this);

    auto* controls = new QHBoxLayout;
    auto* presetLabel = new QLabel(tr("&Period:"), this);
    m_preset = new QComboBox(this);
    m_preset->setObjectName(QStringLiteral("dashboardPreset"));
    m_preset->addItems({ tr("Last 4 weeks"), tr("Last 12 weeks"), tr("This year"), tr("Chosen dates") });
    m_preset->setAccessibleName(tr("Period"));
    presetLabel->setBuddy(m_preset);
    auto* fromLabel = new QLabel(tr("Fro&m:"), this);
    m_from = new QDateEdit(this);
    m_from->setObjectName(QStringLiteral("dashboardFrom"));
    m_from->setCalendarPopup(true);
    m_from->setAccessibleName(tr("From (first day)"));
    fromLabel->setBuddy(m_from);
    auto* toLabel = new QLabel(tr("&To:"), this);
    m_to = new QDateEdit(this);
    m_to->setObjectName(QStringLiteral("dashboardTo"));
    m_to->setCalendarPopup(true);
    m_to->setAccessibleName(tr("To (last day)"));
    toLabel->setBuddy(m_to);
    for (QDateEdit* edit : { m_from, m_to })
        edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat).contains(QLatin1String("yyyy"))
                                   ? QLocale().dateFormat(QLocale::ShortFormat)
                                   : QStringLiteral("yyyy-MM-dd"));
    m_pdf = new QPushButton(tr("E&xport page as PDF…"), this);
    m_pdf->setObjectName(QStringLiteral("dashboardPdf"));
    m_pdf->setAccessibleName(tr("Export the dashboard as PDF"));
    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("dashboardState"));
    m_state->setAccessibleName(tr("Dashboard status"));
    controls->addWidget(presetLabel);
    controls->addWidget(m_preset);
    controls->addSpacing(12);
    controls->addWidget(fromLabel);
    controls->addWidget(m_from);
    controls->addWidget(toLabel);
    controls->addWidget(m_to);
    controls->addSpacing(12);
    controls->addWidget(m_state, 1);
    controls->addWidget(m_pdf);
    layout->addLayout(controls);

    m_overdueTotal = new QLabel(this);
    m_overdueTotal->setObjectName(QStringLiteral("dashboardOverdueTotal"));
    m_overdueTotal->setAccessibleName(tr("Overdue now"));
    m_overdueTotal->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_overdueTotal);

    m_chartsArea = new QWidget(this);
    auto* grid = new QGridLayout(m_chartsArea);
    grid->setContentsMargins(0, 0, 0, 0);
    for (int chart = 0; chart < ChartCount; ++chart) {
        auto* view = new QChartView(new QChart, m_chartsArea);
        view->setObjectName(QStringLiteral("dashboardChart%1").arg(chart));
        view->setRenderHint(QPainter::Antialiasing);
        view->setMinimumSize(320, 220);
        view->setFocusPolicy(Qt::NoFocus);
        view->chart()->setTitle(chartTitle(Chart(chart)));
        view->chart()->setAnimationOptions(QChart::NoAnimation);
        view->setAccessibleName(chartTitle(Chart(chart)));
        auto* png = new QPushButton(tr("Save as PNG…"), m_chartsArea);
        png->setObjectName(QStringLiteral("dashboardPng%1").arg(chart));
        png->setAccessibleName(tr("Save the chart “%1” as PNG").arg(chartTitle(Chart(chart))));
        png->setToolTip(png->accessibleName());
        connect(png, &QPushButton::clicked, this, [this, chart] { chooseChartFile(Chart(chart)); });
        auto* cell = new QVBoxLayout;
        cell->addWidget(view, 1);
        cell->addWidget(png, 0, Qt::AlignRight);
        grid->addLayout(cell, chart / 2, chart % 2);
        m_views.append(view);
        m_pngButtons.append(png);
    }
    layout->addWidget(m_chartsArea, 1);

    // Tab: the controls in reading order, then each chart's button.
    QWidget* previous = m_preset;
    for (QWidget* next : std::initializer_list<QWidget*> { m_from, m_to, m_pdf }) {
        setTabOrder(previous, next);
        previous = next;
    }
    for (QPushButton* png : m_pngButtons) {
        setTabOrder(previous, png);
        previous = png;
    }

    connect(m_preset, &QComboBox::activated, this, &DashboardPage::onPresetChosen);
    connect(m_from, &QDateEdit::dateChanged, this, &DashboardPage::onDatesEdited);
    connect(m_to, &QDateEdit::dateChanged, this, &DashboardPage::onDatesEdited);
    connect(m_pdf, &QPushButton::clicked, this, &DashboardPage::choosePdfFile);

    m_watcher = new DataVersionWatcher(m_db, kLiveRefreshMs, this);
    connect(m_watcher, &DataVersionWatcher::changed, this, &DashboardPage::refresh);
    m_clockTimer = new QTimer(this);
    m_clockTimer->setInterval(kClockRefreshMs);
    connect(m_clockTimer, &QTimer::timeout, this, &DashboardPage::refresh);
    m_clockTimer->start();

    PaletteColors::follow(this, [this] { applyColors(); });
    m_preset->setCurrentIndex(TwelveWeeks);
    applyPreset(DashboardFigures::Preset::LastTwelveWeeks);
}

DashboardPage::~DashboardPage()
{
    m_generation->fetch_add(1);
    if (m_worker)
        m_worker->wait();
}

QString DashboardPage::chartTitle(Chart chart) const
{
    switch (chart) {
    case Weeks:
        return tr("Leads per week by status");
    case FirstContact:
        return tr("Median time to first contact (hours)");
    case Sources:
        return tr("How did they hear about us?");
    case Overdue:
    case ChartCount:
        break;
    }
    return tr("Overdue now, per attorney");
}

void DashboardPage::applyPreset(DashboardFigures::Preset preset)
{
    // The firm's calendar needs its settings: read here on the page's connection (cheap).
    const DashboardFigures figures = figuresFor(m_db);
    setRange(figures.preset(preset, m_clock()));
    m_preset->setCurrentIndex(preset == DashboardFigures::Preset::LastFourWeeks ? FourWeeks
                              : preset == DashboardFigures::Preset::ThisYear    ? ThisYear
                                                                                : TwelveWeeks);
}

void DashboardPage::setRange(const DashboardFigures::Range& range)
{
    m_settingRange = true;
    // The edits show the last day; the range ends the day after it.
    m_from->setDate(range.from);
    m_to->setDate(range.to.addDays(-1));
    m_settingRange = false;
    refresh();
}

DashboardFigures::Range DashboardPage::range() const
{
    return { m_from->date(), m_to->date().addDays(1) };
}

void DashboardPage::onPresetChosen(int index)
{
    if (index != Custom)
        applyPreset(presetOf(index));
}

void DashboardPage::onDatesEdited()
{
    if (m_settingRange)
        return;
    m_preset->setCurrentIndex(Custom);
    refresh();
}

void DashboardPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}

void DashboardPage::refresh()
{
    const QString wrong = DashboardFigures::checkRange(range());
    if (!wrong.isEmpty()) {
        m_state->setText(wrong);
        m_state->setStyleSheet(PaletteColors::textStyleSheet(PaletteColors::Tone::Error, palette()));
        return;
    }
    // Hidden (another tab, or not opened yet since sign-in): no work until it is shown.
    if (!isVisible()) {
        m_stale = true;
        return;
    }
    m_stale = false;
    if (m_worker) {
        m_again = true;
        return;
    }
    startWorker();
}

void DashboardPage::startWorker()
{
    m_again = false;
    m_state->setStyleSheet({});
    m_state->setText(tr("Counting…"));
    const int generation = m_generation->fetch_add(1) + 1;
    const std::shared_ptr<std::atomic<int>> wanted = m_generation;
    const QString source = m_db.connectionName();
    const DashboardFigures::Range wantedRange = range();
    const QDateTime now = m_clock();
    // Its own connection, opened, used and closed in the worker (SQLite in WAL mode: never
    // waits for a writer; PostgreSQL: another session of the same role).
    QThread* thread = QThread::create([this, source, wantedRange, now, generation, wanted] {
        const QString name = QStringLiteral("leadintake-dashboard-%1").arg(quintptr(QThread::currentThreadId()));
        Result<DashboardFigures::All> figures = Error { Error::Code::Database, tr("Could not open the database.") };
        {
            const ConnectionClone clone(source, name);
            if (clone.isOpen())
                figures = figuresFor(clone.connection()).all(wantedRange, now);
        }
        if (wanted->load() != generation)
            return; // the page is going away, or asked again
        QMetaObject::invokeMethod(
            this, [this, figures = std::move(figures), now] { display(figures, now); }, Qt::QueuedConnection);
    });
    connect(thread, &QThread::finished, this, [this, thread] {
        thread->deleteLater();
        m_worker = nullptr;
        if (m_again)
            startWorker();
    });
    thread->setParent(this);
    m_worker = thread;
    thread->start(QThread::LowPriority);
}

void DashboardPage::display(const Result<DashboardFigures::All>& figures, const QDateTime& now)
{
    if (!figures) {
        m_state->setText(figures.error().message);
        m_state->setStyleSheet(PaletteColors::textStyleSheet(PaletteColors::Tone::Error, palette()));
        return;
    }
    m_figures = *figures;
    m_hasFigures = true;
    m_state->setStyleSheet({});
    m_state->setText(tr("As of %1").arg(QLocale().toString(now.toLocalTime().time(), QLocale::ShortFormat)));
    fillWeeks();
    fillFirstContact();
    fillSources();
    fillOverdue();
    applyColors();
    Q_EMIT figuresShown();
}

void DashboardPage::fillWeeks()
{
    QChart* chart = m_views.at(Weeks)->chart();
    clearChart(chart);
    auto* pending = new QBarSet(tr("Pending"));
    auto* reached = new QBarSet(tr("Reached out"));
    QStringList labels;
    qint64 highest = 0;
    QStringList description;
    for (const DashboardFigures::Week& week : m_figures.weeks) {
        *pending << double(week.pending);
        *reached << double(week.reachedOut);
        const QString label = QLocale().toString(week.monday, QStringLiteral("d MMM"));
        labels << label;
        highest = std::max(highest, week.pending + week.reachedOut);
        description << tr("week of %1: %2 pending, %3 reached out").arg(label).arg(week.pending).arg(week.reachedOut);
    }
    auto* series = new QStackedBarSeries;
    series->append(pending);
    series->append(reached);
    chart->addSeries(series);
    auto* x = new QBarCategoryAxis;
    x->append(labels);
    // More than a few weeks do not fit side by side: upright labels; more than a quarter's
    // would only be elided: the title names the first and last week instead.
    chart->setTitle(chartTitle(Weeks));
    if (labels.size() > 16) {
        x->setLabelsVisible(false);
        chart->setTitle(tr("Leads per week by status, weeks of %1 to %2").arg(labels.first(), labels.last()));
    } else if (labels.size() > 6) {
        x->setLabelsAngle(-90);
    }
    auto* y = new QValueAxis;
    y->setRange(0, std::max<qint64>(highest, 1));
    y->setLabelFormat(QStringLiteral("%d"));
    y->applyNiceNumbers();
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    chart->legend()->setAlignment(Qt::AlignBottom);
    m_views.at(Weeks)->setAccessibleDescription(description.join(QStringLiteral("; ")));
}

// Empties a chart before it is drawn again. removeAllSeries() deletes the series, but
// removeAxis() only hands the axis back: without the delete every refresh (each change and
// each minute) leaked the chart's axes.
void DashboardPage::clearChart(QChart* chart)
{
    chart->removeAllSeries();
    for (QAbstractAxis* axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
}

// One bar per label, values beside the bars on the chart's background (readable whatever
// the bar colour): the median and the overdue charts.
void DashboardPage::showHorizontalBars(QChart* chart, QBarSet* set, const QStringList& labels, double highest)
{
    set->setLabelColor(palette().color(QPalette::WindowText));
    auto* series = new QHorizontalBarSeries;
    series->append(set);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    series->setLabelsFormat(QStringLiteral("@value"));
    series->setLabelsPrecision(3);
    chart->addSeries(series);
    auto* y = new QBarCategoryAxis;
    y->append(labels);
    auto* x = new QValueAxis;
    x->setRange(0, std::max(highest * 1.15, 1.0));
    x->applyNiceNumbers();
    x->setLabelFormat(QStringLiteral("%.0f"));
    chart->addAxis(y, Qt::AlignLeft);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    series->attachAxis(y);
    chart->legend()->hide();
}

void DashboardPage::fillFirstContact()
{
    QChart* chart = m_views.at(FirstContact)->chart();
    clearChart(chart);
    auto* set = new QBarSet(tr("Median, hours"));
    QStringList labels;
    QStringList description;
    double highest = 0;
    // Bottom to top in a horizontal chart: the attorneys, then the whole firm on top.
    QList<DashboardFigures::AttorneyFigure> rows = m_figures.firstContact.byAttorney;
    std::reverse(rows.begin(), rows.end());
    rows.append(m_figures.firstContact.firm);
    for (const DashboardFigures::AttorneyFigure& row : rows) {
        const double hours = row.leads > 0 ? row.medianMs / 3600000.0 : 0.0;
        *set << hours;
        labels << tr("%1 (%2)").arg(row.name).arg(row.leads);
        highest = std::max(highest, hours);
        description << (row.leads > 0 ? tr("%1: %2 over %3 leads").arg(row.name, hoursText(row.medianMs)).arg(row.leads)
                                      : tr("%1: no lead reached out").arg(row.name));
    }
    showHorizontalBars(chart, set, labels, highest);
    m_views.at(FirstContact)->setAccessibleDescription(description.join(QStringLiteral("; ")));
}

void DashboardPage::fillSources()
{
    QChart* chart = m_views.at(Sources)->chart();
    clearChart(chart);
    auto* series = new QPieSeries;
    qint64 total = 0;
    for (const DashboardFigures::SourceCount& count : m_figures.sources)
        total += count.leads;
    QStringList description;
    for (const DashboardFigures::SourceCount& count : m_figures.sources) {
        const double share = total > 0 ? 100.0 * double(count.leads) / double(total) : 0;
        const QString label = tr("%1: %2 (%3%)").arg(count.label).arg(count.leads).arg(QLocale().toString(share, 'f', 0));
        series->append(label, double(count.leads));
        description << label;
    }
    if (m_figures.sources.isEmpty())
        description << tr("No leads in this period.");
    chart->addSeries(series);
    chart->legend()->setAlignment(Qt::AlignRight);
    m_views.at(Sources)->setAccessibleDescription(description.join(QStringLiteral("; ")));
}

void DashboardPage::fillOverdue()
{
    QChart* chart = m_views.at(Overdue)->chart();
    clearChart(chart);
    const DashboardFigures::Overdue& overdue = m_figures.overdue;
    m_overdueTotal->setText(tr("<b>Overdue now: %1</b> (pending past the firm's response target, or past "
                               "their follow-up date)")
                                .arg(QLocale().toString(overdue.total)));
    auto* set = new QBarSet(tr("Overdue"));
    QStringList labels;
    QStringList description;
    qint64 highest = 0;
    QList<DashboardFigures::AttorneyFigure> rows = overdue.byAttorney;
    std::reverse(rows.begin(), rows.end()); // most overdue on top
    for (const DashboardFigures::AttorneyFigure& row : rows) {
        *set << double(row.leads);
        labels << row.name;
        highest = std::max(highest, row.leads);
        description.prepend(tr("%1: %2").arg(row.name).arg(row.leads));
    }
    if (rows.isEmpty())
        description << tr("Nothing is overdue.");
    showHorizontalBars(chart, set, labels, double(highest));
    chart->setTitle(tr("Overdue now, per attorney (%1 in all)").arg(QLocale().toString(overdue.total)));
    m_views.at(Overdue)->setAccessibleDescription(
        tr("Overdue now: %1. %2").arg(overdue.total).arg(description.join(QStringLiteral("; "))));
}

void DashboardPage::applyColors()
{
    // The charts follow the window's palette (light or dark desktop): background, text and
    // grid from it, the bars in colours readable against that background.
    const QPalette pal = palette();
    const bool dark = PaletteColors::isDark(pal);
    const QColor background = pal.color(QPalette::Base);
    const QColor text = pal.color(QPalette::Text);
    QColor grid = text;
    grid.setAlphaF(0.25);
    const QColor pending = barColor(PaletteColors::accent(PaletteColors::Tone::Pending, background), background);
    const QColor reached = barColor(PaletteColors::accent(PaletteColors::Tone::ReachedOut, background), background);
    const QColor neutral = barColor(dark ? QColor(0x7a, 0xb8, 0xff) : QColor(0x1f, 0x5f, 0xbf), background);
    const QColor error = barColor(PaletteColors::accent(PaletteColors::Tone::Error, background), background);
    // Slices: distinct hues, each readable against the background.
    const QList<QColor> hues { neutral, reached, pending, error, QColor(0x8e, 0x44, 0xad), QColor(0x00, 0x89, 0x7b),
                               QColor(0x6d, 0x4c, 0x41), QColor(0xc2, 0x18, 0x5b) };
    for (int index = 0; index < ChartCount; ++index) {
        QChart* chart = m_views.at(index)->chart();
        chart->setBackgroundBrush(background);
        chart->setBackgroundPen(QPen(grid));
        chart->setTitleBrush(text);
        QFont title = chart->titleFont();
        title.setBold(true);
        chart->setTitleFont(title);
        chart->legend()->setLabelColor(text);
        m_views.at(index)->setBackgroundBrush(pal.color(QPalette::Window));
        for (QAbstractAxis* axis : chart->axes()) {
            axis->setLabelsColor(text);
            axis->setTitleBrush(text);
            axis->setLinePenColor(grid);
            axis->setGridLineColor(grid);
        }
        for (QAbstractSeries* series : chart->series()) {
            if (auto* bars = qobject_cast<QAbstractBarSeries*>(series)) {
                const QList<QBarSet*> sets = bars->barSets();
                for (qsizetype i = 0; i < sets.size(); ++i) {
                    QColor color = neutral;
                    if (index == Weeks)
                        color = i == 0 ? pending : reached;
                    else if (index == Overdue)
                        color = error;
                    sets.at(i)->setColor(color);
                    sets.at(i)->setBorderColor(color);
                    sets.at(i)->setLabelColor(text);
                }
            } else if (auto* pie = qobject_cast<QPieSeries*>(series)) {
                const QList<QPieSlice*> slices = pie->slices();
                for (qsizetype i = 0; i < slices.size(); ++i) {
                    slices.at(i)->setColor(barColor(hues.at(i % hues.size()), background));
                    slices.at(i)->setBorderColor(background);
                    slices.at(i)->setLabelColor(text);
                }
            }
        }
    }
}

QString DashboardPage::saveChartPng(Chart chart, const QString& path)
{
    const QImage image = m_views.at(chart)->grab().toImage();
    if (image.isNull() || !image.save(path, "PNG"))
        return tr("Could not save the chart to %1.").arg(QDir::toNativeSeparators(path));
    return {};
}

QString DashboardPage::savePdf(const QString& path)
{
    QPdfWriter pdf(path);
    pdf.setTitle(tr("Lead Intake dashboard"));
    pdf.setCreator(QStringLiteral("Lead Intake"));
    pdf.setPageSize(QPageSize(QPageSize::A4));
    pdf.setPageOrientation(QPageLayout::Landscape);
    pdf.setResolution(150);
    QPainter painter;
    if (!painter.begin(&pdf))
        return tr("Could not write %1.").arg(QDir::toNativeSeparators(path));
    const QRect page = painter.viewport();
    const QLocale locale;
    const DashboardFigures::Range shown = range();
    QFont heading = font();
    heading.setPointSizeF(heading.pointSizeF() * 1.4);
    heading.setBold(true);
    painter.setFont(heading);
    painter.setPen(Qt::black);
    const QString title = tr("Dashboard, %1 to %2")
                              .arg(locale.toString(shown.from, QLocale::LongFormat),
                                   locale.toString(shown.to.addDays(-1), QLocale::LongFormat));
    const int headingHeight = painter.fontMetrics().height() * 2;
    painter.drawText(QRect(page.left(), page.top(), page.width(), headingHeight), Qt::AlignLeft | Qt::AlignVCenter, title);
    QFont body = font();
    painter.setFont(body);
    const int lineHeight = painter.fontMetrics().height() * 2;
    painter.drawText(QRect(page.left(), page.top() + headingHeight, page.width(), lineHeight),
                     Qt::AlignLeft | Qt::AlignVCenter,
                     tr("Overdue now: %1. Printed %2.")
                         .arg(locale.toString(m_figures.overdue.total),
                              locale.toString(m_clock().toLocalTime(), QLocale::ShortFormat)));
    // The four charts in a 2 × 2 grid, drawn as vectors (QGraphicsScene::render).
    const int top = page.top() + headingHeight + lineHeight;
    const int cellWidth = page.width() / 2;
    const int cellHeight = (page.height() - (top - page.top())) / 2;
    for (int index = 0; index < ChartCount; ++index) {
        QChartView* view = m_views.at(index);
        const QRect target(page.left() + (index % 2) * cellWidth, top + (index / 2) * cellHeight, cellWidth - 10,
                           cellHeight - 10);
        // The scene keeps its proportions inside the cell.
        const QRectF source = view->sceneRect();
        const double scale = std::min(target.width() / source.width(), target.height() / source.height());
        const QRectF fitted(target.topLeft(), source.size() * scale);
        view->scene()->render(&painter, fitted, source);
    }
    if (!painter.end())
        return tr("Could not write %1.").arg(QDir::toNativeSeparators(path));
    return {};
}

void DashboardPage::chooseChartFile(Chart chart)
{
    const QString name = QStringLiteral("dashboard-%1.png").arg(QStringList { QStringLiteral("weeks"), QStringLiteral("first-contact"),
                                                                             QStringLiteral("sources"), QStringLiteral("overdue") }
                                                                     .at(chart));
    const QString path = m_dialogs.saveFile(this, tr("Save chart as PNG"), QDir::home().filePath(name),
                                            tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;
    if (const QString wrong = saveChartPng(chart, path); !wrong.isEmpty())
        m_dialogs.warn(this, tr("Save chart as PNG"), wrong);
}

void DashboardPage::choosePdfFile()
{
    const QString path = m_dialogs.saveFile(this, tr("Export page as PDF"), QDir::home().filePath(QStringLiteral("dashboard.pdf")),
                                            tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    if (const QString wrong = savePdf(path); !wrong.isEmpty())
        m_dialogs.warn(this, tr("Export page as PDF"), wrong);
}
