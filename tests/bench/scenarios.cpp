#include "scenarios.h"

#include "conflictrepository.h"
#include "dashboardfigures.h"
#include "responsetarget.h"

#include "accountrepository.h"
#include "benchclock.h"
#include "accountservice.h"
#include "database.h"
#include "dialogs.h"
#include "intakepage.h"
#include "intakeservice.h"
#include "leadrepository.h"
#include "leadspage.h"
#include "leadstatus.h"
#include "leadtablemodel.h"
#include "mainwindow.h"
#include "paintprobe.h"
#include "passwordhasher.h"
#include "session.h"
#include "sqltrace.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QSqlTableModel>
#include <QTableView>
#include <QTextStream>
#include <QTimeZone>
#include <QTimer>
#include <QVBoxLayout>
#include <QtTest>

#if __has_include(<valgrind/callgrind.h>)
#include <valgrind/callgrind.h>
#else
#define CALLGRIND_TOGGLE_COLLECT
#endif

#include <functional>
#include <ctime>
#include <memory>

namespace Scenarios {

namespace {

// A run slower than this is not repeated: one sample says enough, and the cap is near.
constexpr double kRepeatLimitMs = 2000;
constexpr int kPaintTimeoutMs = 600000;

// Broad first keystrokes and narrower third ones; each run types a different word.
const char* const kFirstLetters[] = { "m", "s", "a", "l", "k", "d", "j", "n", "p" };
const char* const kThreeLetters[] = { "gar", "mar", "sch", "ngu", "pat", "oka", "lin", "ros", "che" };

void announce(const char* step)
{
    QTextStream(stdout) << "BEGIN " << step << Qt::endl;
}

void report(const char* step, int run, double ms)
{
    QTextStream(stdout) << "RESULT " << step << ' ' << run << ' ' << QString::number(ms, 'f', 3)
                        << Qt::endl;
}

void reportMemory()
{
    QTextStream(stdout) << "MEMORY " << peakResidentKb() << Qt::endl;
}

// Paints until the widget shows its current state: the untimed part between runs.
void settle(PaintProbe& probe, QWidget* widget)
{
    QCoreApplication::processEvents();
    probe.arm();
    widget->update();
    probe.wait(kPaintTimeoutMs);
}

// Runs action and returns the milliseconds until the probe saw the answer painted.
double timed(PaintProbe& probe, const std::function<bool()>& condition,
             const std::function<void()>& action)
{
    probe.arm(condition);
    const qint64 started = monotonicNs();
    action();
    if (!probe.wait(kPaintTimeoutMs))
        return -1;
    return double(probe.firedAtNs() - started) / 1e6;
}

// Runs prepare (untimed) and measure (timed) up to runs times, fewer when one is slow.
void repeat(const char* step, int runs, const std::function<void(int)>& prepare,
            const std::function<double(int)>& measure, SqlTrace* trace = nullptr)
{
    announce(step);
    for (int run = 0; run < runs; ++run) {
        prepare(run);
        if (trace)
            trace->begin(QString::fromLatin1(step), run);
        // Under `valgrind --tool=callgrind --collect-atstart=no`, LEADINTAKE_BENCH_PROFILE=STEP
        // counts the instructions of that step's measured part only (no effect otherwise).
        const bool profiled = qEnvironmentVariable("LEADINTAKE_BENCH_PROFILE") == QLatin1String(step);
        if (profiled)
            CALLGRIND_TOGGLE_COLLECT;
        const double ms = measure(run);
        if (profiled)
            CALLGRIND_TOGGLE_COLLECT;
        if (trace)
            trace->end();
        report(step, run, ms);
        if (ms > kRepeatLimitMs)
            break;
    }
}

void clickHeader(QHeaderView* header, int section)
{
    const QPoint at(header->sectionViewportPosition(section) + header->sectionSize(section) / 2,
                    header->height() / 2);
    QTest::mouseClick(header->viewport(), Qt::LeftButton, Qt::NoModifier, at);
}

Result<Database> openOrFail(const QString& path)
{
    Result<Database> database = Database::open(path);
    if (!database)
        QTextStream(stderr) << database.error().message << Qt::endl;
    return database;
}

// The account the benchmark signs in with (the Leads page needs an attorney).
UserAccount benchAttorney(AccountService& accounts)
{
    if (Result<UserAccount> existing = accounts.repository().userByName(QStringLiteral("bench")); existing)
        return existing.value();
    const Result<qint64> id = accounts.addUser({ QStringLiteral("bench"), QStringLiteral("bench"), {}, Role::Attorney },
                                               "bench password, not secret", Actor { std::nullopt, QStringLiteral("bench") });
    if (!id)
        qFatal("cannot create the bench account: %s", qPrintable(id.error().message));
    return accounts.repository().user(id.value()).value();
}

// The application as main.cpp builds it, signed in as an attorney, on its Leads page.
struct Ours
{
    explicit Ours(const Database& database)
        : repository(database.connection())
        , intake(repository, LeadValidator())
        , accountRepository(database.connection())
        , hasher(PasswordHasher::minimum())
        , accounts(accountRepository, hasher)
        , session(QStringLiteral("bench"))
        , window(repository, intake, accounts, session, dialogs, database.path())
    {
        session.signIn(benchAttorney(accounts));
        window.showPage(MainWindow::Page::Leads);
        page = window.leadsPage();
        table = page->findChild<QTableView*>(QStringLiteral("leadsTable"));
        model = page->model();
    }

    LeadRepository repository;
    IntakeService intake;
    AccountRepository accountRepository;
    PasswordHasher hasher;
    AccountService accounts;
    Session session;
    WidgetDialogs dialogs;
    MainWindow window;
    LeadsPage* page = nullptr;
    QTableView* table = nullptr;
    LeadTableModel* model = nullptr;
};

// How most Qt applications list a table: QSqlTableModel, a proxy for sort and search.
struct Usual
{
    enum Column { Id, FirstName, LastName, Email, EmailKey, Status, CreatedAt, UpdatedAt, Version, CreatedBy };

    explicit Usual(const QSqlDatabase& db)
        : model(nullptr, db)
    {
        model.setTable(QStringLiteral("leads"));
        model.setEditStrategy(QSqlTableModel::OnFieldChange);
        model.select();
        // The proxy sorts and filters only the rows fetched so far: a correct count, sort
        // and search need every row.
        fetchAll();
        proxy.setSourceModel(&model);
        proxy.setFilterCaseSensitivity(Qt::CaseInsensitive);
        proxy.setFilterKeyColumn(-1);
        table = new QTableView(&window);
        table->setModel(&proxy);
        for (const int hidden : { Id, EmailKey, UpdatedAt, Version, CreatedBy })
            table->setColumnHidden(hidden, true);
        table->setSortingEnabled(true);
        table->sortByColumn(CreatedAt, Qt::DescendingOrder);
        search = new QLineEdit(&window);
        QObject::connect(search, &QLineEdit::textChanged, &proxy,
                         &QSortFilterProxyModel::setFilterFixedString);
        auto* layout = new QVBoxLayout(&window);
        layout->addWidget(search);
        layout->addWidget(table, 1);
        window.resize(1180, 760);
    }

    void fetchAll()
    {
        while (model.canFetchMore())
            model.fetchMore();
    }

    QSqlTableModel model;
    QSortFilterProxyModel proxy;
    QWidget window;
    QTableView* table = nullptr;
    QLineEdit* search = nullptr;
};

// From the parent's fork of this process to the end of the paint that fired.
double sinceSpawnMs(const PaintProbe& probe)
{
    const qint64 spawned = qgetenv("LEADINTAKE_BENCH_SPAWN_NS").toLongLong();
    return spawned > 0 ? double(probe.firedAtNs() - spawned) / 1e6 : -1;
}

} // namespace

long peakResidentKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray& line : lines) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').constFirst().toLong();
    }
    return -1;
}

int startOurs(const QString& databasePath, const QString& tracePath)
{
    Result<Database> database = openOrFail(databasePath);
    if (!database)
        return 1;
    SqlTrace trace;
    if (!tracePath.isEmpty() && trace.open(tracePath, database->connection()))
        trace.begin(QStringLiteral("start"), 0);
    Ours app(*database);
    PaintProbe probe(app.table->viewport());
    probe.arm([&app] { return app.model->rowCount() > 0; });
    app.window.show();
    if (!probe.wait(kPaintTimeoutMs))
        return 1;
    report("start", 0, sinceSpawnMs(probe));
    trace.end();
    reportMemory();
    return 0;
}

int startUsual(const QString& databasePath)
{
    Result<Database> database = openOrFail(databasePath);
    if (!database)
        return 1;
    Usual app(database->connection());
    PaintProbe probe(app.table->viewport());
    probe.arm([&app] { return app.proxy.rowCount() > 0; });
    app.window.show();
    if (!probe.wait(kPaintTimeoutMs))
        return 1;
    report("start", 0, sinceSpawnMs(probe));
    reportMemory();
    return 0;
}

int operationsOurs(const QString& databasePath, int runs, const QString& tracePath,
                   const QString& resumePath)
{
    Result<Database> database = openOrFail(databasePath);
    if (!database)
        return 1;
    Ours app(*database);
    QWidget* viewport = app.table->viewport();
    PaintProbe probe(viewport);
    app.window.show();
    settle(probe, viewport);

    // Tracing expands every bound value into SQL text (a 5 MiB resume becomes 10 MB of
    // hex): a traced run only records the statements, its timings are not used.
    SqlTrace sqlTrace;
    SqlTrace* trace = nullptr;
    if (!tracePath.isEmpty()) {
        if (sqlTrace.open(tracePath, database->connection()))
            trace = &sqlTrace;
        else
            QTextStream(stderr) << "cannot trace the SQL to " << tracePath << Qt::endl;
    }
    LeadTableModel* model = app.model;
    // Demo names repeat (76 first × 63 last names): nearly every lead has possible matches
    // among the others, and the conflict check's confirmation is a question for a person.
    // The status step measures the change; the check has its own row ("conflict").
    model->setReachedOutGuard({});
    QScrollBar* scrollBar = app.table->verticalScrollBar();
    auto* search = app.page->findChild<QLineEdit*>(QStringLiteral("searchField"));
    // The page waits for a pause in typing (kSearchDelayMs) before it searches; the
    // benchmark measures the work after that pause.
    auto* debounce = app.page->findChild<QTimer*>(QStringLiteral("searchDebounce"));
    debounce->setInterval(0);
    auto searchIs = [model](const QString& text) {
        return [model, text] { return model->query().search == text; };
    };
    auto typeAfter = [&](const QString& before) {
        search->setText(before);
        QElapsedTimer waited;
        waited.start();
        while (model->query().search != before && waited.elapsed() < kPaintTimeoutMs)
            QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 50);
        settle(probe, viewport);
    };

    repeat("search1", runs, [&](int) { typeAfter({}); },
           [&](int run) {
               const QString word = QString::fromLatin1(kFirstLetters[run % std::size(kFirstLetters)]);
               return timed(probe, searchIs(word), [&] { QTest::keyClick(search, word.at(0).toLatin1()); });
           }, trace);
    repeat("search3", runs,
           [&](int run) { typeAfter(QString::fromLatin1(kThreeLetters[run % std::size(kThreeLetters)]).left(2)); },
           [&](int run) {
               const QString word = QString::fromLatin1(kThreeLetters[run % std::size(kThreeLetters)]);
               return timed(probe, searchIs(word), [&] { QTest::keyClick(search, word.at(2).toLatin1()); });
           }, trace);
    typeAfter({});

    const auto sortStep = [&](const char* step, LeadTableModel::Column column) {
        const LeadQuery::SortKey key = LeadTableModel::sortKeyForColumn(column);
        repeat(step, runs,
               [&](int) {
                   app.table->sortByColumn(LeadTableModel::CreatedAt, Qt::DescendingOrder);
                   settle(probe, viewport);
               },
               [&](int) {
                   return timed(probe, [model, key] { return model->query().sortKey == key; },
                                [&] { clickHeader(app.table->horizontalHeader(), column); });
               }, trace);
    };
    sortStep("sort_last", LeadTableModel::LastName);
    sortStep("sort_status", LeadTableModel::Status);
    sortStep("sort_attorney", LeadTableModel::Attorney);
    app.table->sortByColumn(LeadTableModel::CreatedAt, Qt::DescendingOrder);

    // After a refresh (as after any change by another desk) a worker thread reads where each
    // page starts; until then a jump reads by OFFSET. Reported: how long that takes.
    const bool marked = model->rowCount() >= LeadTableModel::kPageMarkersFrom;
    const auto waitForMarkers = [&] {
        QElapsedTimer waited;
        waited.start();
        while (marked && !model->hasPageMarkers() && waited.elapsed() < kPaintTimeoutMs)
            QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 5);
    };
    if (marked) {
        repeat("markers", runs, [&](int) { waitForMarkers(); },
               [&](int) {
                   const qint64 started = monotonicNs();
                   app.page->refresh();
                   waitForMarkers();
                   return double(monotonicNs() - started) / 1e6;
               }); // not traced: the markers' SQL runs on the worker's own connection
    }
    // Each jump starts from the top with an empty page cache, the markers in.
    const auto jumpStep = [&](const char* step, const std::function<int(int)>& target) {
        repeat(step, runs,
               [&](int) {
                   scrollBar->setValue(0);
                   app.page->refresh();
                   waitForMarkers();
                   settle(probe, viewport);
               },
               [&](int run) {
                   const int to = target(run);
                   return timed(probe, [scrollBar, to] { return scrollBar->value() == to; },
                                [&] { scrollBar->setValue(to); });
               }, trace);
    };
    jumpStep("jump_middle", [&](int run) { return int(qint64(scrollBar->maximum()) * (50 + run) / 100); });
    jumpStep("jump_end", [&](int) { return scrollBar->maximum(); });
    scrollBar->setValue(0);

    int statusRow = -1;
    repeat("status", runs,
           [&](int) {
               settle(probe, viewport);
               statusRow = -1;
               for (int row = 0; row < qMin(model->rowCount(), LeadTableModel::kPageSize); ++row) {
                   if (model->index(row, 0).data(LeadTableModel::StatusRole).toInt() == int(LeadStatus::Pending)) {
                       statusRow = row;
                       break;
                   }
               }
               app.table->selectionModel()->setCurrentIndex(
                   model->index(qMax(statusRow, 0), 0),
                   QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
               app.table->scrollTo(model->index(qMax(statusRow, 0), 0));
               settle(probe, viewport);
           },
           [&](int) {
               const QModelIndex changed = model->index(qMax(statusRow, 0), LeadTableModel::Status);
               return timed(probe,
                            [changed] {
                                return changed.data(LeadTableModel::StatusRole).toInt() == int(LeadStatus::ReachedOut);
                            },
                            [&] { app.page->markReachedOutAction()->trigger(); });
           }, trace);

    // Intake: from the click on Save to the emptied form painted, ready for the next person.
    IntakePage* intake = app.window.intakePage();
    auto* firstName = intake->findChild<QLineEdit*>(QStringLiteral("firstNameEdit"));
    auto* lastName = intake->findChild<QLineEdit*>(QStringLiteral("lastNameEdit"));
    auto* email = intake->findChild<QLineEdit*>(QStringLiteral("emailEdit"));
    auto* submit = intake->findChild<QPushButton*>(QStringLiteral("submitButton"));
    PaintProbe formProbe(firstName);
    app.window.showPage(MainWindow::Page::Intake);
    repeat("intake", runs,
           [&](int run) {
               firstName->setText(QStringLiteral("Zanele"));
               lastName->setText(QStringLiteral("Dlamini-Ferreira"));
               email->setText(QStringLiteral("zanele.bench%1.%2@example.org").arg(run).arg(QCoreApplication::applicationPid()));
               intake->setResumePath(resumePath);
               settle(formProbe, firstName);
           },
           [&](int) {
               return timed(formProbe, [firstName] { return firstName->text().isEmpty(); },
                            [&] { QTest::mouseClick(submit, Qt::LeftButton); });
           }, trace);
    // The conflict check (issue 12, part 3): a prospect against every lead and the firm's
    // parties (gendata makes one party per ten leads), through the index, with the reasons.
    // Misspelt, accented, nicknamed and transliterated names; timed without painting.
    const ConflictRepository conflicts(database->connection());
    const QList<QStringList> prospects {
        { QStringLiteral("Pepe"), QStringLiteral("García"), QStringLiteral("pepe@example.org") },
        { QStringLiteral("Maria"), QStringLiteral("Hernandes"), {} },
        { QStringLiteral("Wei"), QStringLiteral("王"), {} },
        { QStringLiteral("Jurgen"), QStringLiteral("Muller"), QStringLiteral("j.mueller@gmail.com") },
        { QStringLiteral("Siobhan"), QStringLiteral("O Brien"), {} },
        { QStringLiteral("Zanele"), QStringLiteral("Dlamini"), {} },
    };
    repeat("conflict", runs, [](int) {},
           [&](int run) {
               const QStringList& who = prospects.at(run % prospects.size());
               QElapsedTimer timer;
               timer.start();
               const Result<ConflictRepository::Outcome> outcome = conflicts.check(who.at(0), who.at(1), who.at(2));
               const double ms = double(timer.nsecsElapsed()) / 1e6;
               return outcome ? ms : -1.0;
           });
    // The dashboard (issue 12, part 5): each figure as the page asks for it, over "this
    // year" (the widest preset: ten months of the demo data, which ends on 1 November 2026)
    // and the median also over "last 12 weeks" (the page's default), in a zone with DST;
    // timed without painting. Each run asks about a different week's end. Each step also
    // gets a row of the thread's CPU time (STEP_cpu): the wall time follows the machine's load.
    ResponseTarget::Rule rule;
    rule.zone = QTimeZone(QByteArrayLiteral("America/New_York"));
    const DashboardFigures figures(database->connection(), ResponseTarget(rule));
    const QDateTime dashboardNow(QDate(2026, 10, 30), QTime(15, 0), Qt::UTC);
    const auto threadCpuMs = [] {
        timespec now {};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
        return double(now.tv_sec) * 1000 + double(now.tv_nsec) / 1e6;
    };
    const auto dashboardStep = [&](const char* step, DashboardFigures::Preset preset,
                                   const std::function<bool(const DashboardFigures::Range&, const QDateTime&)>& figure) {
        QList<double> cpu;
        repeat(step, runs, [](int) {},
               [&](int run) {
                   const QDateTime now = dashboardNow.addDays(-7 * run);
                   const DashboardFigures::Range range = figures.preset(preset, now);
                   const double cpuBefore = threadCpuMs();
                   QElapsedTimer timer;
                   timer.start();
                   const bool ok = figure(range, now);
                   const double ms = double(timer.nsecsElapsed()) / 1e6;
                   cpu.append(threadCpuMs() - cpuBefore);
                   return ok ? ms : -1.0;
               });
        const QByteArray cpuStep = QByteArray(step) + "_cpu";
        announce(cpuStep.constData());
        for (qsizetype run = 0; run < cpu.size(); ++run)
            report(cpuStep.constData(), int(run), cpu.at(run));
    };
    using Preset = DashboardFigures::Preset;
    dashboardStep("dash_weeks", Preset::ThisYear, [&](const auto& range, const auto&) { return figures.leadsPerWeek(range).ok(); });
    dashboardStep("dash_contact12", Preset::LastTwelveWeeks,
                  [&](const auto& range, const auto&) { return figures.timeToFirstContact(range).ok(); });
    dashboardStep("dash_contact", Preset::ThisYear, [&](const auto& range, const auto&) { return figures.timeToFirstContact(range).ok(); });
    dashboardStep("dash_sources", Preset::ThisYear, [&](const auto& range, const auto&) { return figures.sources(range).ok(); });
    dashboardStep("dash_overdue", Preset::ThisYear, [&](const auto&, const auto& now) { return figures.overdueNow(now).ok(); });
    reportMemory();
    return 0;
}

int operationsUsual(const QString& databasePath, int runs)
{
    Result<Database> database = openOrFail(databasePath);
    if (!database)
        return 1;
    announce("setup");
    Usual app(database->connection());
    QWidget* viewport = app.table->viewport();
    PaintProbe probe(viewport);
    app.window.show();
    settle(probe, viewport);
    QScrollBar* scrollBar = app.table->verticalScrollBar();
    const std::function<bool()> any;

    auto typeAfter = [&](const QString& before) {
        app.search->setText(before);
        settle(probe, viewport);
    };
    repeat("search1", runs, [&](int) { typeAfter({}); },
           [&](int run) {
               const char key = kFirstLetters[run % std::size(kFirstLetters)][0];
               return timed(probe, any, [&] { QTest::keyClick(app.search, key); });
           });
    repeat("search3", runs,
           [&](int run) { typeAfter(QString::fromLatin1(kThreeLetters[run % std::size(kThreeLetters)]).left(2)); },
           [&](int run) {
               const char key = kThreeLetters[run % std::size(kThreeLetters)][2];
               return timed(probe, any, [&] { QTest::keyClick(app.search, key); });
           });
    typeAfter({});

    const auto sortStep = [&](const char* step, int column) {
        repeat(step, runs,
               [&](int) {
                   app.table->sortByColumn(Usual::CreatedAt, Qt::DescendingOrder);
                   settle(probe, viewport);
               },
               [&](int) { return timed(probe, any, [&] { clickHeader(app.table->horizontalHeader(), column); }); });
    };
    sortStep("sort_last", Usual::LastName);
    sortStep("sort_status", Usual::Status);
    app.table->sortByColumn(Usual::CreatedAt, Qt::DescendingOrder);

    const auto jumpStep = [&](const char* step, const std::function<int(int)>& target) {
        repeat(step, runs,
               [&](int) {
                   scrollBar->setValue(0);
                   settle(probe, viewport);
               },
               [&](int run) {
                   const int to = target(run);
                   return timed(probe, any, [&] { scrollBar->setValue(to); });
               });
    };
    jumpStep("jump_middle", [&](int run) { return int(qint64(scrollBar->maximum()) * (50 + run) / 100); });
    jumpStep("jump_end", [&](int) { return scrollBar->maximum(); });
    scrollBar->setValue(0);

    // OnFieldChange writes at once and selects again; fetching every row again keeps the
    // count, sort and search right.
    repeat("status", runs, [&](int) { settle(probe, viewport); },
           [&](int run) {
               const QModelIndex index = app.proxy.index(run, Usual::Status);
               return timed(probe, any, [&] {
                   app.proxy.setData(index, QStringLiteral("REACHED_OUT"));
                   app.fetchAll();
               });
           });
    reportMemory();
    return 0;
}

} // namespace Scenarios
