#pragma once

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QtGlobal>
#include <memory>

// A real PostgreSQL 15 server for one test run: its own cluster in a temporary folder
// (initdb + pg_ctl, never the system's cluster), TLS with a CA made for the run, listening
// on 127.0.0.1 only, on a free port, with SCRAM-SHA-256 over hostssl as the only way in.
// Several can run at once (parallel ctest). Stopped, and its folder removed, on destruction.
class PgServer final
{
public:
    // extraConfig: postgresql.conf lines added after ours (e.g. shared_preload_libraries).
    explicit PgServer(const QStringList& extraConfig = {});
    ~PgServer();
    Q_DISABLE_COPY_MOVE(PgServer)

    // Where Debian's postgresql-15 puts initdb, pg_ctl and postgres.
    static QString binDir();
    // Empty when initdb, pg_ctl and openssl are there; else what is missing and how to get it.
    static QString unavailableReason();

    // The first call makes the cluster (initdb, certificates, configuration); every call
    // then runs `pg_ctl -w start`. False with errorString() on failure; the server is then
    // stopped and nothing is left running.
    bool start();
    // `pg_ctl -m fast stop`; idempotent.
    bool stop();
    // `pg_ctl -m fast restart`: every open connection drops, new ones work.
    bool restart();
    bool isRunning() const;

    QString errorString() const { return m_error; }
    // Wall time of the first start(), initdb and certificates included.
    qint64 setupMilliseconds() const { return m_setupMs; }

    QString host() const { return QStringLiteral("127.0.0.1"); }
    quint16 port() const { return m_port; }
    QString superuser() const { return QStringLiteral("postgres"); }
    // Random for each run. Never print it.
    QString superuserPassword() const { return m_password; }
    QString caFile() const;
    QString dataDir() const;
    QString logFile() const;

    // libpq URL without credentials:
    // postgresql://127.0.0.1:PORT/dbname?sslmode=verify-full&sslrootcert=CA
    QString url(const QString& dbname) const;
    // The same TLS requirements as QSqlDatabase connect options.
    QString connectOptions() const;
    // A QPSQL connection (not yet opened) to dbname as user (the superuser when empty).
    QSqlDatabase database(const QString& connectionName, const QString& dbname,
        const QString& user = {}, const QString& password = {}) const;
    // CREATE DATABASE as the superuser; false with errorString() when it fails.
    bool createDatabase(const QString& name);
    // Runs one statement as the superuser on dbname (the maintenance database "postgres"
    // for CREATE/DROP DATABASE); false with errorString() when it fails.
    bool execute(const QString& dbname, const QString& sql);
    // The libpq URL of dbname with the superuser's credentials (never print it).
    QString superuserUrl(const QString& dbname) const;

    // The last lines of the server log, for failure messages (the log holds no password).
    QString logTail(int lines = 30) const;

private:
    bool initialize();
    bool makeCertificates();
    bool writeConfiguration();
    bool pickPort();
    // command[0] is the program; asServerUser: as postgres when we are root.
    bool runTool(
        const QStringList& command, bool asServerUser, int timeoutMs, QByteArray* output = nullptr);
    bool chownToServer(const QString& path);
    bool pgCtl(const QStringList& arguments, int timeoutMs, QByteArray* output = nullptr);
    void killLeftovers();
    void fail(const QString& message);
    static void sweepAbandoned(const QString& base);

    QStringList m_extraConfig;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_password;
    quint16 m_port = 0;
    qint64 m_setupMs = 0;
    bool m_initialized = false;
    bool m_asPostgres = false;
    uint m_uid = 0;
    uint m_gid = 0;
    QString m_error;
};
