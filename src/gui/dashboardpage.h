#pragma once

#include "dashboardfigures.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QWidget>

#include <atomic>
#include <functional>
#include <memory>

class DataVersionWatcher;
class Dialogs;
class QBarSet;
class QChart;
class QChartView;
class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QThread;
class QTimer;

// The attorneys' and admins' dashboard (issue 12, part 5): leads per week by status, the
// median time to first contact per attorney and firm-wide, sources, and what is overdue
// now, over a date range of the firm's calendar. DashboardFigures computes every figure in
// SQL on a worker thread with its own connection (at a million leads the four take a few
// hundred milliseconds together: typing elsewhere never waits for them). The page refreshes
// when another desk writes (DataVersionWatcher, like the Leads table) and once a minute
// (overdue changes with the clock), only while it is shown.
class DashboardPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DashboardPage)

public:
    using Clock = std::function<QDateTime()>;
    enum Chart { Weeks, FirstContact, Sources, Overdue, ChartCount };
    // How often the SQLite file is polled for other desks' changes, and the clock refresh.
    static constexpr int kLiveRefreshMs = 1000;
    static constexpr int kClockRefreshMs = 60000;

    DashboardPage(QSqlDatabase db, Dialogs& dialogs, QWidget* parent = nullptr, Clock clock = {});
    ~DashboardPage() override;

    // Computes the figures again (on the worker thread) for the chosen range.
    void refresh();
    void setRange(const DashboardFigures::Range& range);
    DashboardFigures::Range range() const;
    void applyPreset(DashboardFigures::Preset preset);

    // Saves a chart as it is shown (the chart view's grab) / the whole page as a PDF.
    // Empty on success, else why not (tr()).
    QString saveChartPng(Chart chart, const QString& path);
    QString savePdf(const QString& path);

    // The figures last shown; false before the first ones arrived.
    bool hasFigures() const { return m_hasFigures; }
    const DashboardFigures::All& figures() const { return m_figures; }
    QChartView* chartView(Chart chart) const { return m_views.at(chart); }

Q_SIGNALS:
    // The figures were read and shown (tests wait for it).
    void figuresShown();

protected:
    void showEvent(QShowEvent* event) override;

private:
    void onPresetChosen(int index);
    void onDatesEdited();
    void startWorker();
    void display(const Result<DashboardFigures::All>& figures, const QDateTime& now);
    void applyColors();
    void fillWeeks();
    void fillFirstContact();
    void fillSources();
    void fillOverdue();
    static void clearChart(QChart* chart);
    void showHorizontalBars(QChart* chart, QBarSet* set, const QStringList& labels, double highest);
    void chooseChartFile(Chart chart);
    void choosePdfFile();
    QString chartTitle(Chart chart) const;

    QSqlDatabase m_db;
    Dialogs& m_dialogs;
    Clock m_clock;
    DataVersionWatcher* m_watcher = nullptr;
    QTimer* m_clockTimer = nullptr;

    QComboBox* m_preset = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QPushButton* m_pdf = nullptr;
    QLabel* m_state = nullptr;
    QLabel* m_overdueTotal = nullptr;
    QWidget* m_chartsArea = nullptr;
    QList<QChartView*> m_views;
    QList<QPushButton*> m_pngButtons;

    DashboardFigures::All m_figures;
    bool m_hasFigures = false;
    bool m_settingRange = false;
    bool m_stale = true; // changed while hidden: refresh when shown
    // The worker: one at a time; a refresh asked meanwhile runs when it ends.
    QThread* m_worker = nullptr;
    bool m_again = false;
    std::shared_ptr<std::atomic<int>> m_generation = std::make_shared<std::atomic<int>>(0);
};
