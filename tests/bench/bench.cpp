// leadintake_bench: the benchmark of issue 5. Without --child it orchestrates (see
// orchestrator.h); with --child MODE it is one measured process (see scenarios.h).
#include "orchestrator.h"
#include "scenarios.h"

#include <QApplication>
#include <QStandardPaths>
#include <QTextStream>

#include <cstring>

int main(int argc, char* argv[])
{
    if (argc >= 4 && std::strcmp(argv[1], "--child") == 0) {
        // A measured process: the application's own start-up, offscreen, with throwaway
        // settings (window geometry) so runs do not depend on each other.
        QApplication app(argc, argv);
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("LeadIntakeBench"));
        QCoreApplication::setApplicationName(QStringLiteral("leadintake-bench"));
        const QStringList args = QCoreApplication::arguments();
        const QString mode = args.at(2);
        const QString database = args.at(3);
        auto option = [&args](const QString& name) {
            const qsizetype at = args.indexOf(name);
            return at >= 0 && at + 1 < args.size() ? args.at(at + 1) : QString();
        };
        const int runs = qMax(1, option(QStringLiteral("--runs")).toInt());
        if (mode == QLatin1String("start-ours"))
            return Scenarios::startOurs(database, args.value(4));
        if (mode == QLatin1String("start-usual"))
            return Scenarios::startUsual(database);
        if (mode == QLatin1String("ops-ours"))
            return Scenarios::operationsOurs(database, runs, option(QStringLiteral("--trace")),
                                             option(QStringLiteral("--resume")));
        if (mode == QLatin1String("ops-usual"))
            return Scenarios::operationsUsual(database, runs);
        QTextStream(stderr) << "unknown mode " << mode << Qt::endl;
        return 2;
    }
    QCoreApplication app(argc, argv);
    return Orchestrator::run(QCoreApplication::arguments());
}
