// leadintake_test_pgserver: a throwaway PostgreSQL 15 server for trying office mode by hand
// and for the benchmarks (never for production: its cluster lives in a temporary folder).
//
//   leadintake_test_pgserver URL_FILE [DBNAME...]
//
// Starts a PgServer, creates each DBNAME (default: leadintake), writes one connection URL
// per database (with the superuser's password: keep the file private) to URL_FILE (0600),
// prints "ready" and runs until stdin closes or it gets SIGINT/SIGTERM; then the server
// stops and its folder is removed.
#include "pgserver.h"

#include <QCoreApplication>
#include <QFile>
#include <QSocketNotifier>
#include <QTextStream>
#include <QTimer>

#include <csignal>
#include <unistd.h>

namespace {
volatile std::sig_atomic_t g_stop = 0;
void onSignal(int) { g_stop = 1; }
}

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    QTextStream err(stderr);
    if (args.isEmpty()) {
        err << "usage: leadintake_test_pgserver URL_FILE [DBNAME...]\n";
        return 2;
    }
    if (const QString reason = PgServer::unavailableReason(); !reason.isEmpty()) {
        err << reason << '\n';
        return 1;
    }
    PgServer server;
    if (!server.start()) {
        err << server.errorString() << '\n' << server.logTail() << '\n';
        return 1;
    }
    QStringList names = args.mid(1);
    if (names.isEmpty())
        names.append(QStringLiteral("leadintake"));
    QFile file(args.first());
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        err << "cannot write " << file.fileName() << '\n';
        return 1;
    }
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    for (const QString& name : std::as_const(names)) {
        if (!server.createDatabase(name)) {
            err << server.errorString() << '\n';
            return 1;
        }
        file.write(server.superuserUrl(name).toUtf8() + '\n');
    }
    file.close();
    QTextStream(stdout) << "ready on port " << server.port() << Qt::endl;

    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);
    QSocketNotifier input(STDIN_FILENO, QSocketNotifier::Read);
    QObject::connect(&input, &QSocketNotifier::activated, &app, [&] {
        char buffer[256];
        if (::read(STDIN_FILENO, buffer, sizeof buffer) <= 0)
            app.quit();
    });
    QTimer stopCheck;
    QObject::connect(&stopCheck, &QTimer::timeout, &app, [&] {
        if (g_stop)
            app.quit();
    });
    stopCheck.start(200);
    app.exec();
    server.stop();
    return 0;
}
