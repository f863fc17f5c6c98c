#include "testdatabase.h"

#include "pgserver.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QTemporaryDir>

#include <memory>

namespace {

QAtomicInteger<int> g_counter;

struct Backend
{
    std::unique_ptr<QTemporaryDir> folder;
    std::unique_ptr<PgServer> server;
};

Backend& backend()
{
    static Backend instance;
    return instance;
}

PgServer& startedServer()
{
    Backend& state = backend();
    if (!state.server) {
        if (const QString reason = PgServer::unavailableReason(); !reason.isEmpty())
            qFatal("LEADINTAKE_TEST_BACKEND=postgresql but %s", qPrintable(reason));
        state.server = std::make_unique<PgServer>();
        if (!state.server->start())
            qFatal("cannot start the test PostgreSQL server: %s\n%s",
                qPrintable(state.server->errorString()), qPrintable(state.server->logTail()));
        // Stop the server before Qt's globals go (static destruction order is unreliable).
        qAddPostRoutine([] { backend().server.reset(); });
    }
    return *state.server;
}

} // namespace

namespace TestDatabase {

bool isPostgres()
{
    return qEnvironmentVariable("LEADINTAKE_TEST_BACKEND") == QLatin1String("postgresql");
}

QString backendName()
{
    return isPostgres() ? QStringLiteral("postgresql") : QStringLiteral("sqlite");
}

QString freshTarget()
{
    const int n = ++g_counter;
    if (!isPostgres()) {
        Backend& state = backend();
        if (!state.folder)
            state.folder = std::make_unique<QTemporaryDir>();
        return state.folder->filePath(QStringLiteral("leads-%1.sqlite").arg(n));
    }
    PgServer& pg = startedServer();
    const QString name = QStringLiteral("leads_%1").arg(n);
    if (!pg.createDatabase(name))
        qFatal("%s", qPrintable(pg.errorString()));
    return pg.superuserUrl(name);
}

PgServer* server()
{
    return isPostgres() ? &startedServer() : nullptr;
}

} // namespace TestDatabase
