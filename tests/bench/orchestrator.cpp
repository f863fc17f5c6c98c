#include "orchestrator.h"

#include "benchclock.h"
#include "database.h"
#include "pgserver.h"
#include "scenarios.h"
#include "testsupport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMap>
#include <QProcess>
#include <QSysInfo>
#include <QTextStream>
#include <QThread>

#include <algorithm>
#include <optional>

#include <sys/resource.h>

namespace Orchestrator {

namespace {

enum class Approach { Floor, Ours, Usual };

struct Options
{
    QList<qint64> sizes;
    int runs = 5;
    QString dir;
    int capSeconds = 120;
    QString markdownPath;
    bool usual = true;
    bool postgres = false; // the steps on a local PostgreSQL 15 server (office mode)
    qint64 importRows = 100000; // issue 13: rows of the import-csv step (0: none)
};

// What one child printed.
struct ChildOutput
{
    QMap<QString, QList<double>> times; // step → one value per run
    long memoryKb = -1;
    QString unfinished; // the step that was running when the cap ended the child
    double unfinishedMs = 0;
    bool ok = true;
};

struct Cell
{
    std::optional<double> ms; // median
    QString text; // for the table when there is no number
    int samples = 0;
};

struct Row
{
    QString step;
    qint64 size = 0;
    Cell cells[3];
    std::optional<double> cpuSeconds = {}; // the import step: its process's CPU time
};

QTextStream& out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream& err()
{
    static QTextStream stream(stderr);
    return stream;
}

long childPeakKb(qint64 pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray& line : lines) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').constFirst().toLong();
    }
    return -1;
}

void parseLine(const QByteArray& line, ChildOutput& output, double elapsedMs)
{
    const QList<QByteArray> words = line.trimmed().split(' ');
    if (words.size() == 4 && words.at(0) == "RESULT") {
        output.times[QString::fromLatin1(words.at(1))].append(words.at(3).toDouble());
        output.unfinished.clear();
    } else if (words.size() == 2 && words.at(0) == "BEGIN") {
        output.unfinished = QString::fromLatin1(words.at(1));
        output.unfinishedMs = elapsedMs;
    } else if (words.size() == 2 && words.at(0) == "MEMORY") {
        output.memoryKb = words.at(1).toLong();
    }
}

// Runs one child, reading its lines as they come; past capMs it is ended, and the step it
// was in is reported as unfinished.
ChildOutput runChild(const QString& program, const QStringList& arguments, qint64 capMs)
{
    ChildOutput output;
    QProcess process;
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("QT_LOGGING_RULES"),
                       QStringLiteral("leadintake.*.info=false;qt.qpa.*=false"));
    if (!environment.contains(QStringLiteral("XDG_RUNTIME_DIR")))
        environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), QDir::temp().filePath(QStringLiteral("runtime-leadintake-bench")));
    environment.insert(QStringLiteral("LEADINTAKE_BENCH_SPAWN_NS"), QString::number(monotonicNs()));
    process.setProcessEnvironment(environment);
    QElapsedTimer timer;
    timer.start();
    process.start(program, arguments);
    if (!process.waitForStarted()) {
        err() << "cannot start " << program << Qt::endl;
        output.ok = false;
        return output;
    }
    QByteArray pending;
    auto drain = [&] {
        pending += process.readAllStandardOutput();
        qsizetype newline;
        while ((newline = pending.indexOf('\n')) >= 0) {
            parseLine(pending.left(newline), output, double(timer.elapsed()));
            pending.remove(0, newline + 1);
        }
    };
    while (process.state() != QProcess::NotRunning) {
        process.waitForReadyRead(100);
        drain();
        if (timer.elapsed() > capMs) {
            output.memoryKb = qMax(output.memoryKb, childPeakKb(process.processId()));
            process.kill();
            process.waitForFinished();
            drain();
            if (output.unfinished.isEmpty())
                output.unfinished = QStringLiteral("?");
            output.unfinishedMs = double(timer.elapsed()) - output.unfinishedMs;
            output.ok = false;
            return output;
        }
    }
    drain();
    output.ok = process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
    if (!output.ok)
        err() << program << ' ' << arguments.join(QLatin1Char(' ')) << " failed" << Qt::endl;
    output.unfinished.clear();
    return output;
}

// Other work on the machine slows every column alike; the table says how busy it was.
QString loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("unknown");
    return QString::fromLatin1(file.readAll()).section(QLatin1Char(' '), 0, 2);
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2;
}

QString formatMs(double ms)
{
    if (ms >= 10000)
        return QStringLiteral("%1 s").arg(ms / 1000, 0, 'f', 1);
    if (ms >= 100)
        return QStringLiteral("%1 ms").arg(ms, 0, 'f', 0);
    if (ms >= 10)
        return QStringLiteral("%1 ms").arg(ms, 0, 'f', 1);
    return QStringLiteral("%1 ms").arg(ms, 0, 'f', 2);
}

QString formatKb(double kb)
{
    return QStringLiteral("%1 MB").arg(kb / 1024, 0, 'f', 1);
}

QString formatRatio(std::optional<double> a, std::optional<double> b, const QString& fallback = QStringLiteral("–"))
{
    if (!a || !b || *b <= 0)
        return fallback;
    const double ratio = *a / *b;
    return ratio >= 10 ? QStringLiteral("%1×").arg(ratio, 0, 'f', 0)
                       : QStringLiteral("%1×").arg(ratio, 0, 'f', 2);
}

const QList<std::pair<QString, QString>>& stepNames()
{
    static const QList<std::pair<QString, QString>> names {
        { QStringLiteral("start"), QStringLiteral("start → first rows painted") },
        { QStringLiteral("search1"), QStringLiteral("search, 1st keystroke (\"m\")") },
        { QStringLiteral("search3"), QStringLiteral("search, 3rd keystroke (\"ga\"→\"gar\")") },
        { QStringLiteral("sort_last"), QStringLiteral("sort: click Last name") },
        { QStringLiteral("sort_status"), QStringLiteral("sort: click Status") },
        { QStringLiteral("markers"), QStringLiteral("page markers read after a change (worker thread)") },
        { QStringLiteral("jump_middle"), QStringLiteral("jump to the middle") },
        { QStringLiteral("jump_end"), QStringLiteral("jump to the end") },
        { QStringLiteral("status"), QStringLiteral("status change → repaint") },
        { QStringLiteral("intake"), QStringLiteral("intake submit, 5 MiB resume") },
        { QStringLiteral("conflict"), QStringLiteral("conflict check (leads + parties, 1 per 10 leads)") },
        { QStringLiteral("dash_weeks"), QStringLiteral("dashboard: leads per week by status (this year)") },
        { QStringLiteral("dash_weeks_cpu"), QStringLiteral("dashboard: leads per week, CPU time") },
        { QStringLiteral("dash_contact12"), QStringLiteral("dashboard: median time to first contact, firm + each attorney (12 weeks)") },
        { QStringLiteral("dash_contact12_cpu"), QStringLiteral("dashboard: median (12 weeks), CPU time") },
        { QStringLiteral("dash_contact"), QStringLiteral("dashboard: median time to first contact, firm + each attorney (this year)") },
        { QStringLiteral("dash_contact_cpu"), QStringLiteral("dashboard: median (this year), CPU time") },
        { QStringLiteral("dash_sources"), QStringLiteral("dashboard: leads by source (this year)") },
        { QStringLiteral("dash_sources_cpu"), QStringLiteral("dashboard: leads by source, CPU time") },
        { QStringLiteral("dash_overdue"), QStringLiteral("dashboard: overdue now, each attorney") },
        { QStringLiteral("dash_overdue_cpu"), QStringLiteral("dashboard: overdue now, CPU time") },
        { QStringLiteral("memory"), QStringLiteral("peak resident memory (VmHWM)") },
        // Not per database size: one CSV file into a fresh database (issue 13).
        { QStringLiteral("import"), QStringLiteral("import-csv → fresh database (CSV rows)") },
    };
    return names;
}

// Target for a step at one million leads (ms), when the issue sets one.
std::optional<double> targetMs(const QString& step)
{
    static const QHash<QString, double> targets {
        { QStringLiteral("search1"), 20 }, { QStringLiteral("search3"), 20 },
        { QStringLiteral("sort_last"), 50 }, { QStringLiteral("sort_status"), 50 },
        { QStringLiteral("jump_middle"), 20 }, { QStringLiteral("jump_end"), 20 },
        { QStringLiteral("status"), 10 }, { QStringLiteral("conflict"), 50 },
        { QStringLiteral("dash_weeks"), 200 }, { QStringLiteral("dash_contact"), 200 },
        { QStringLiteral("dash_contact12"), 200 },
        { QStringLiteral("dash_sources"), 200 }, { QStringLiteral("dash_overdue"), 200 },
        { QStringLiteral("import"), 20000 },
    };
    const auto found = targets.constFind(step);
    return found == targets.constEnd() ? std::nullopt : std::optional<double>(*found);
}

void addChild(QMap<QString, Cell>& cells, const ChildOutput& output, bool memory)
{
    for (auto it = output.times.constBegin(); it != output.times.constEnd(); ++it) {
        QList<double> values = it.value();
        values.removeIf([](double v) { return v < 0; });
        if (values.isEmpty())
            continue;
        Cell& cell = cells[it.key()];
        cell.ms = median(values);
        cell.samples = int(values.size());
    }
    if (!output.unfinished.isEmpty() && output.unfinished != QLatin1String("setup"))
        cells[output.unfinished].text = QStringLiteral("> %1 s").arg(output.unfinishedMs / 1000, 0, 'f', 0);
    if (!output.unfinished.isEmpty() && output.unfinished == QLatin1String("setup"))
        cells[QStringLiteral("setup")].text = QStringLiteral("> %1 s").arg(output.unfinishedMs / 1000, 0, 'f', 0);
    if (memory && output.memoryKb > 0) {
        Cell& cell = cells[QStringLiteral("memory")];
        cell.ms = double(output.memoryKb);
        if (!output.ok)
            cell.text = QStringLiteral("≥ ") + formatKb(double(output.memoryKb));
    }
}

QString cellText(const QString& step, const Cell& cell, const QString& otherwise)
{
    if (!cell.text.isEmpty())
        return cell.text;
    if (!cell.ms)
        return otherwise;
    return step == QLatin1String("memory") ? formatKb(*cell.ms) : formatMs(*cell.ms);
}

bool parseOptions(const QStringList& arguments, Options& options)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Times what a user of the Leads page feels, next to bare SQLite and to "
        "QSqlTableModel + QSortFilterProxyModel."));
    parser.addHelpOption();
    const QCommandLineOption sizes(QStringLiteral("sizes"), QStringLiteral("Lead counts, comma separated."),
                                   QStringLiteral("list"), QStringLiteral("1000,100000,1000000"));
    const QCommandLineOption runs(QStringLiteral("runs"), QStringLiteral("Runs per step (median)."),
                                  QStringLiteral("n"), QStringLiteral("5"));
    const QCommandLineOption dir(QStringLiteral("dir"), QStringLiteral("Where databases and traces go (reused)."),
                                 QStringLiteral("path"), QDir::temp().filePath(QStringLiteral("leadintake-bench")));
    const QCommandLineOption cap(QStringLiteral("cap"), QStringLiteral("Seconds one child of the usual way may take."),
                                 QStringLiteral("seconds"), QStringLiteral("120"));
    const QCommandLineOption markdown(QStringLiteral("markdown"), QStringLiteral("Also write the table to this file."),
                                      QStringLiteral("file"));
    const QCommandLineOption noUsual(QStringLiteral("no-usual"),
                                     QStringLiteral("Skip the usual way (while iterating on the product)."));
    const QCommandLineOption backend(QStringLiteral("backend"),
                                     QStringLiteral("sqlite (a desk's file) or postgresql (a local server "
                                                    "started for the run, loaded with migrate-to)."),
                                     QStringLiteral("name"), QStringLiteral("sqlite"));
    const QCommandLineOption importRows(QStringLiteral("import-rows"),
                                        QStringLiteral("Rows of the CSV file `leadintake import-csv` imports "
                                                       "into a fresh database (0: skip that step)."),
                                        QStringLiteral("n"), QStringLiteral("100000"));
    parser.addOptions({ sizes, runs, dir, cap, markdown, noUsual, backend, importRows });
    parser.process(arguments);
    for (const QString& size : parser.value(sizes).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        bool ok = false;
        const qint64 n = size.trimmed().toLongLong(&ok);
        if (!ok || n < 100) {
            err() << "bad size " << size << " (at least 100)" << Qt::endl;
            return false;
        }
        options.sizes.append(n);
    }
    options.runs = qBound(1, parser.value(runs).toInt(), 50);
    options.dir = parser.value(dir);
    options.capSeconds = qMax(5, parser.value(cap).toInt());
    options.markdownPath = parser.value(markdown);
    options.usual = !parser.isSet(noUsual);
    options.postgres = parser.value(backend) == QLatin1String("postgresql");
    options.importRows = qMax<qint64>(0, parser.value(importRows).toLongLong());
    if (!options.postgres && parser.value(backend) != QLatin1String("sqlite")) {
        err() << "--backend is sqlite or postgresql" << Qt::endl;
        return false;
    }
    return !options.sizes.isEmpty() && QDir().mkpath(options.dir);
}

// The pristine database for this size, made once and migrated to this build's schema.
QString pristineDatabase(const Options& options, qint64 size)
{
    const QString path = QDir(options.dir).filePath(QStringLiteral("leads-%1.sqlite").arg(size));
    if (!QFile::exists(path)) {
        err() << "generating " << size << " leads into " << path << " …" << Qt::endl;
        QProcess gen;
        gen.setProcessChannelMode(QProcess::ForwardedChannels);
        gen.start(QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("leadintake_gendata")),
                  { path, QString::number(size) });
        if (!gen.waitForFinished(-1) || gen.exitCode() != 0) {
            QFile::remove(path);
            return {};
        }
    }
    Result<Database> migrated = Database::open(path);
    if (!migrated) {
        err() << migrated.error().message << Qt::endl;
        return {};
    }
    return path;
}

QString workingCopy(const QString& pristine, const QString& name, qint64 size, const Options& options)
{
    const QString path = QDir(options.dir).filePath(QStringLiteral("%1-%2.sqlite").arg(name).arg(size));
    for (const QString& suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") })
        QFile::remove(path + suffix);
    return QFile::copy(pristine, path) ? path : QString();
}

// The pristine SQLite database moved into the server once per run (`leadintake migrate-to`,
// as a firm moving in would), then copied for each use with CREATE DATABASE ... TEMPLATE.
QString serverPristine(PgServer& server, const QString& pristine, qint64 size)
{
    const QString name = QStringLiteral("pristine_%1").arg(size);
    if (!server.createDatabase(name)) {
        err() << server.errorString() << Qt::endl;
        return {};
    }
    err() << "moving " << size << " leads into PostgreSQL (migrate-to) …" << Qt::endl;
    QElapsedTimer timer;
    timer.start();
    QProcess migrate;
    migrate.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    migrate.start(QStringLiteral(LEADINTAKE_APP),
                  { QStringLiteral("migrate-to"), server.superuserUrl(name), QStringLiteral("--database"), pristine });
    if (!migrate.waitForFinished(-1) || migrate.exitCode() != 0) {
        err() << "migrate-to failed" << Qt::endl;
        return {};
    }
    err() << "moved in " << timer.elapsed() / 1000.0 << " s" << Qt::endl;
    // The planner's statistics, as autovacuum would have them on a server in use.
    server.execute(name, QStringLiteral("VACUUM ANALYZE"));
    return name;
}

QString serverCopy(PgServer& server, const QString& pristineName, const QString& name, qint64 size)
{
    const QString copy = QStringLiteral("%1_%2").arg(name).arg(size);
    server.execute(QStringLiteral("postgres"), QStringLiteral("DROP DATABASE IF EXISTS %1").arg(copy));
    if (!server.execute(QStringLiteral("postgres"),
                        QStringLiteral("CREATE DATABASE %1 TEMPLATE %2").arg(copy, pristineName))) {
        err() << server.errorString() << Qt::endl;
        return {};
    }
    return server.superuserUrl(copy);
}

// A spreadsheet's export as a firm moving in would bring it: UTF-8 with a BOM, ';' between
// fields, a notes column (not imported) with quoted separators and line breaks, dates,
// statuses, languages, accents, and a resume (a PDF beside the file) on every 100th row.
bool writeImportCsv(const QString& path, qint64 rows)
{
    static const char* const firsts[] = { "María", "José", "Jürgen", "Zoë", "Ana", "Ben", "Chloé", "Dmitri",
                                          "Émile", "Fatima", "Grace", "Hiro", "Inès", "Jonas", "Kwame", "Lucía" };
    static const char* const lasts[] = { "García", "Müller", "O'Brien", "Smith", "Nguyen", "Kowalski", "Dubois",
                                         "Rossi", "Jensen", "Silva", "Åberg", "Núñez", "Schäfer", "Okafor" };
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    QByteArray text = "\xEF\xBB\xBFVorname;Nachname;E-Mail;Datum;Status;Sprache;Lebenslauf;Notizen\r\n";
    for (qint64 i = 0; i < rows; ++i) {
        text += QStringLiteral("%1;%2;lead%3@example.com;%4;%5;%6;%7;%8\r\n")
                    .arg(QString::fromUtf8(firsts[i % 16]), QString::fromUtf8(lasts[i % 14]))
                    .arg(i)
                    .arg(QDate(2020, 1, 1).addDays(i % 1500).toString(Qt::ISODate),
                         i % 3 == 0 ? QStringLiteral("REACHED_OUT") : QStringLiteral("PENDING"),
                         i % 2 == 0 ? QStringLiteral("es") : QStringLiteral("en"),
                         i % 100 == 0 ? QStringLiteral("import-resume.pdf") : QString(),
                         i % 10 == 0 ? QStringLiteral("\"Called; left a message\nCall \"\"again\"\" on Monday\"")
                                     : QStringLiteral("walk-in"))
                    .toUtf8();
        if (text.size() > (1 << 20)) {
            if (file.write(text) < 0)
                return false;
            text.clear();
        }
    }
    return file.write(text) >= 0 && file.flush();
}

// The import-csv row (issue 13): the real executable, end to end (process start, reading,
// checking, writing, history), into a fresh database each run.
Row importRow(const Options& options, PgServer* server)
{
    Row row;
    row.step = QStringLiteral("import");
    row.size = options.importRows;
    Cell& cell = row.cells[int(Approach::Ours)];
    const QDir dir(options.dir);
    const QString csv = dir.filePath(QStringLiteral("import-%1.csv").arg(options.importRows));
    const QString pdf = dir.filePath(QStringLiteral("import-resume.pdf"));
    QFile resume(pdf);
    if ((!QFile::exists(pdf) && (!resume.open(QIODevice::WriteOnly)
                                 || resume.write(TestSupport::makePdf(QStringLiteral("Resume"), 20000)) < 0))
        || (!QFile::exists(csv) && !writeImportCsv(csv, options.importRows))) {
        cell.text = QStringLiteral("cannot write the CSV file");
        return row;
    }
    resume.close();
    err() << "importing " << options.importRows << " CSV rows (import-csv) …" << Qt::endl;
    QList<double> times;
    QList<double> cpu; // user + system seconds of the import process (the wall time depends on the load)
    const auto childrenCpu = [] {
        rusage usage {};
        getrusage(RUSAGE_CHILDREN, &usage);
        return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
            + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
    };
    const int runs = qMin(options.runs, 3); // seconds each
    for (int run = 0; run < runs; ++run) {
        QString database;
        if (server) {
            const QString name = QStringLiteral("import_%1").arg(run);
            server->execute(QStringLiteral("postgres"), QStringLiteral("DROP DATABASE IF EXISTS %1").arg(name));
            if (!server->createDatabase(name)) {
                cell.text = server->errorString();
                return row;
            }
            database = server->superuserUrl(name);
        } else {
            database = dir.filePath(QStringLiteral("import.sqlite"));
            for (const QString& suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") })
                QFile::remove(database + suffix);
        }
        if (const Result<Database> fresh = Database::open(database); !fresh) {
            cell.text = fresh.error().message;
            return row;
        }
        QProcess import;
        import.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        QElapsedTimer timer;
        const double cpuBefore = childrenCpu();
        timer.start();
        import.start(QStringLiteral(LEADINTAKE_APP),
                     { QStringLiteral("import-csv"), csv, QStringLiteral("--database"), database });
        if (!import.waitForFinished(-1) || import.exitStatus() != QProcess::NormalExit || import.exitCode() != 0) {
            cell.text = QStringLiteral("failed (exit %1)").arg(import.exitCode());
            return row;
        }
        times.append(double(timer.nsecsElapsed()) / 1e6);
        cpu.append(childrenCpu() - cpuBefore);
        err() << "  " << QString::fromUtf8(import.readAllStandardOutput()).trimmed() << " in "
              << times.last() / 1000 << " s (CPU " << cpu.last() << " s)" << Qt::endl;
    }
    cell.ms = median(times);
    cell.samples = int(times.size());
    row.cpuSeconds = median(cpu);
    return row;
}

} // namespace

int run(const QStringList& arguments)
{
    Options options;
    if (!parseOptions(arguments, options))
        return 2;
    const QString self = QCoreApplication::applicationFilePath();
    const QString floorProgram = QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("leadintake_floor"));
    const QString resumePath = QDir(options.dir).filePath(QStringLiteral("resume-5MiB.pdf"));
    if (!QFile::exists(resumePath)) {
        QFile resume(resumePath);
        if (!resume.open(QIODevice::WriteOnly)
            || resume.write(TestSupport::makePdf(QStringLiteral("Resume"), 5 * 1024 * 1024)) < 0)
            return 1;
    }
    const qint64 capMs = qint64(options.capSeconds) * 1000;
    const QString runs = QString::number(options.runs);

    std::unique_ptr<PgServer> server;
    if (options.postgres) {
        if (const QString reason = PgServer::unavailableReason(); !reason.isEmpty()) {
            err() << reason << Qt::endl;
            return 1;
        }
        server = std::make_unique<PgServer>();
        if (!server->start()) {
            err() << server->errorString() << Qt::endl;
            return 1;
        }
    }

    QList<Row> rows;
    for (const qint64 size : std::as_const(options.sizes)) {
        const QString pristine = pristineDatabase(options, size);
        if (pristine.isEmpty())
            return 1;
        QString database;
        QString floorDatabase;
        if (server) {
            // No floor on PostgreSQL yet: the statements are not recorded there (SqlTrace
            // hooks SQLite's own tracing).
            const QString pristineName = serverPristine(*server, pristine, size);
            if (pristineName.isEmpty())
                return 1;
            database = serverCopy(*server, pristineName, QStringLiteral("work"), size);
            if (database.isEmpty())
                return 1;
        } else {
            database = workingCopy(pristine, QStringLiteral("work"), size, options);
            // The floor replays the recorded statements, writes included, from the same
            // state the recording started in: a copy of its own.
            floorDatabase = workingCopy(pristine, QStringLiteral("floor"), size, options);
            if (database.isEmpty() || floorDatabase.isEmpty())
                return 1;
        }
        err() << "benchmarking " << size << " leads (" << options.runs << " runs per step) …" << Qt::endl;
        QMap<QString, Cell> cells[3];
        const QString startTrace = QDir(options.dir).filePath(QStringLiteral("trace-start-%1.txt").arg(size));
        const QString opsTrace = QDir(options.dir).filePath(QStringLiteral("trace-ops-%1.txt").arg(size));

        // The SQL of every step, for the floor to replay: recorded by runs of their own,
        // whose timings are not used (expanding the statements costs time and memory).
        if (!server) {
            runChild(self, { QStringLiteral("--child"), QStringLiteral("start-ours"), database, startTrace }, capMs);
            runChild(self, { QStringLiteral("--child"), QStringLiteral("ops-ours"), database, QStringLiteral("--runs"), runs,
                             QStringLiteral("--trace"), opsTrace, QStringLiteral("--resume"), resumePath }, capMs * 4);
        }

        // Start: a fresh process per run.
        ChildOutput oursStart;
        ChildOutput usualStart;
        for (int run = 0; run < options.runs; ++run) {
            const ChildOutput one = runChild(self, { QStringLiteral("--child"), QStringLiteral("start-ours"), database }, capMs);
            oursStart.times[QStringLiteral("start")] += one.times.value(QStringLiteral("start"));
        }
        for (int run = 0; options.usual && run < options.runs; ++run) {
            ChildOutput one = runChild(self, { QStringLiteral("--child"), QStringLiteral("start-usual"), database }, capMs);
            usualStart.times[QStringLiteral("start")] += one.times.value(QStringLiteral("start"));
            if (!one.ok && !one.unfinished.isEmpty()) {
                usualStart.unfinished = QStringLiteral("start");
                usualStart.unfinishedMs = double(capMs);
            }
            if (!one.ok || one.times.value(QStringLiteral("start")).value(0) > 5000)
                break; // one slow sample is enough
        }
        addChild(cells[int(Approach::Ours)], oursStart, false);
        addChild(cells[int(Approach::Usual)], usualStart, false);

        const ChildOutput ours = runChild(self, { QStringLiteral("--child"), QStringLiteral("ops-ours"), database,
                                                  QStringLiteral("--runs"), runs, QStringLiteral("--resume"), resumePath },
                                          capMs * 4);
        addChild(cells[int(Approach::Ours)], ours, true);
        if (!server) {
            const ChildOutput floor = runChild(floorProgram, { floorDatabase, startTrace, opsTrace }, capMs * 4);
            addChild(cells[int(Approach::Floor)], floor, true);
        }
        if (options.usual) {
            const ChildOutput usual = runChild(self, { QStringLiteral("--child"), QStringLiteral("ops-usual"),
                                                       database, QStringLiteral("--runs"), runs }, capMs);
            addChild(cells[int(Approach::Usual)], usual, true);
        }

        for (const auto& [step, name] : stepNames()) {
            if (step == QLatin1String("import"))
                continue; // once, after the sizes
            Row row;
            row.step = step;
            row.size = size;
            for (int approach = 0; approach < 3; ++approach)
                row.cells[approach] = cells[approach].value(step);
            rows.append(row);
        }
        // The usual way never got to show a table within the cap: say so on every step.
        const Cell usualSetup = cells[int(Approach::Usual)].value(QStringLiteral("setup"));
        if (!usualSetup.text.isEmpty()) {
            for (Row& row : rows) {
                if (row.size == size && row.step != QLatin1String("memory") && !row.cells[int(Approach::Usual)].ms
                    && row.cells[int(Approach::Usual)].text.isEmpty())
                    row.cells[int(Approach::Usual)].text = QStringLiteral("not reached (load ") + usualSetup.text + QLatin1Char(')');
            }
        }
    }

    if (options.importRows > 0)
        rows.append(importRow(options, server.get()));

    // One table: medians, ratios, and the targets at the largest size.
    const qint64 largest = *std::max_element(options.sizes.cbegin(), options.sizes.cend());
    const qint64 smallest = *std::min_element(options.sizes.cbegin(), options.sizes.cend());
    auto find = [&rows](const QString& step, qint64 size) {
        for (const Row& row : rows) {
            if (row.step == step && row.size == size)
                return row;
        }
        return Row {};
    };
    QString table;
    QTextStream stream(&table);
    stream << (options.postgres ? "PostgreSQL 15 (local server, TLS over 127.0.0.1), office mode.\n\n" : "")
           << "| step | leads | floor (bare SQLite) | ours | usual (QSqlTableModel + proxy) | ours ÷ floor | usual ÷ ours | target (largest size) |\n"
           << "|---|---:|---:|---:|---:|---:|---:|---|\n";
    for (const Row& row : std::as_const(rows)) {
        const QString name = [&row] {
            for (const auto& [step, text] : stepNames()) {
                if (step == row.step)
                    return text;
            }
            return row.step;
        }();
        const Cell& floorCell = row.cells[int(Approach::Floor)];
        const Cell& oursCell = row.cells[int(Approach::Ours)];
        const Cell& usualCell = row.cells[int(Approach::Usual)];
        QString usualRatio = formatRatio(usualCell.ms, oursCell.ms);
        if (!usualCell.text.isEmpty() && oursCell.ms && usualCell.text.startsWith(QLatin1Char('>'))) {
            const double atLeast = usualCell.text.mid(2).section(QLatin1Char(' '), 0, 0).toDouble() * 1000;
            usualRatio = QLatin1String("> ") + formatRatio(atLeast, oursCell.ms);
        }
        QString target;
        if (row.step == QLatin1String("import")) {
            if (oursCell.ms)
                target = QStringLiteral("≤ %1 ms for 100,000 rows: %2 (CPU %3 s)")
                             .arg(*targetMs(row.step))
                             .arg(*oursCell.ms * 100000.0 / double(row.size) <= *targetMs(row.step)
                                      ? QStringLiteral("met")
                                      : QStringLiteral("**missed**"))
                             .arg(row.cpuSeconds.value_or(0), 0, 'f', 1);
        } else if (row.size == largest && largest != smallest) {
            if (const std::optional<double> limit = targetMs(row.step); limit && oursCell.ms) {
                const bool met = *oursCell.ms <= *limit
                    && (!row.step.startsWith(QLatin1String("search")) || !floorCell.ms || *oursCell.ms <= 2 * *floorCell.ms);
                target = QStringLiteral("≤ %1 ms%2: %3")
                             .arg(*limit)
                             .arg(row.step.startsWith(QLatin1String("search")) ? QStringLiteral(", ≤ 2× floor") : QString(),
                                  met ? QStringLiteral("met") : QStringLiteral("**missed**"));
            } else if (row.step == QLatin1String("start") && oursCell.ms) {
                const Cell small = find(row.step, smallest).cells[int(Approach::Ours)];
                if (small.ms) {
                    const double ratio = *oursCell.ms / *small.ms;
                    target = QStringLiteral("≤ 1.3× %1 leads (%2×): %3")
                                 .arg(smallest)
                                 .arg(ratio, 0, 'f', 2)
                                 .arg(ratio <= 1.3 ? QStringLiteral("met") : QStringLiteral("**missed**"));
                }
            } else if (row.step == QLatin1String("memory") && oursCell.ms) {
                const Cell small = find(row.step, smallest).cells[int(Approach::Ours)];
                if (small.ms) {
                    const double more = (*oursCell.ms - *small.ms) / 1024;
                    target = QStringLiteral("≤ +20 MB over %1 leads (%2 MB): %3")
                                 .arg(smallest)
                                 .arg(more, 0, 'f', 1)
                                 .arg(more <= 20 ? QStringLiteral("met") : QStringLiteral("**missed**"));
                }
            }
            if (row.step.startsWith(QLatin1String("search")) && !usualRatio.isEmpty())
                target += QStringLiteral("; ≥ 50× usual");
        }
        const QString usualFallback = row.step == QLatin1String("intake") ? QStringLiteral("n/a") : QStringLiteral("–");
        stream << "| " << name << " | " << row.size << " | " << cellText(row.step, floorCell, QStringLiteral("–"))
               << " | " << cellText(row.step, oursCell, QStringLiteral("–")) << " | "
               << cellText(row.step, usualCell, usualFallback) << " | "
               << formatRatio(oursCell.ms, floorCell.ms) << " | " << usualRatio << " | " << target << " |\n";
    }
    stream << "\nMedian of " << options.runs << " runs per step (a step slower than 2 s runs once). Search times "
           << "are the work after the typing pause: the page waits 150 ms after the last keystroke "
           << "before it searches, so a user sees results 150 ms later than shown.\n"
           << QSysInfo::prettyProductName() << ", Qt " << qVersion() << ", SQLite (system), "
           << QThread::idealThreadCount() << " CPUs, load average at the end "
           << loadAverage() << ", " << QDateTime::currentDateTimeUtc().toString(Qt::ISODate) << ".\n";
    stream.flush();
    out() << "\n" << table << Qt::endl;
    if (!options.markdownPath.isEmpty()) {
        QFile file(options.markdownPath);
        if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            file.write(table.toUtf8());
    }
    return 0;
}

} // namespace Orchestrator
