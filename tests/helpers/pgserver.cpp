#include "pgserver.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTcpServer>
#include <QThread>
#include <QUrl>
#include <QUuid>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <pwd.h>
#include <sys/types.h>
#include <unistd.h>

namespace {

const QString kDirPrefix = QStringLiteral("leadintake-pg-");
const QString kServerUser = QStringLiteral("postgres");
constexpr int kToolTimeoutMs = 120000;

// Quoted for postgresql.conf: '...' with ' doubled.
QString confString(const QString& value)
{
    QString escaped = value;
    escaped.replace(QLatin1Char('\''), QStringLiteral("''"));
    return QLatin1Char('\'') + escaped + QLatin1Char('\'');
}

bool processAlive(qint64 pid)
{
    if (pid <= 0)
        return false;
    // EPERM: it exists but belongs to someone else.
    if (::kill(pid_t(pid), 0) != 0 && errno != EPERM)
        return false;
    // A killed postmaster is reparented to init, which may be slow to reap it: a zombie
    // holds no port and no files, so it counts as gone.
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return true;
    const QByteArray line = stat.readAll();
    const qsizetype afterName = line.lastIndexOf(')');
    return afterName < 0 || line.mid(afterName + 2, 1) != "Z";
}

qint64 postmasterPid(const QString& dataDir)
{
    QFile file(QDir(dataDir).filePath(QStringLiteral("postmaster.pid")));
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    return file.readLine().trimmed().toLongLong();
}

// SIGKILL the postmaster; its backends notice their parent's death and exit on their own.
void killPostmaster(const QString& dataDir)
{
    const qint64 pid = postmasterPid(dataDir);
    if (!processAlive(pid))
        return;
    ::kill(pid_t(pid), SIGKILL);
    // Not our child, so there is nothing to wait on but the pid itself.
    const QDeadlineTimer deadline(10000);
    while (processAlive(pid) && !deadline.hasExpired())
        QThread::msleep(20);
}

} // namespace

PgServer::PgServer(const QStringList& extraConfig)
    : m_extraConfig(extraConfig)
    , m_asPostgres(::geteuid() == 0)
{ }

PgServer::~PgServer()
{
    stop();
    killLeftovers();
}

QString PgServer::binDir()
{
    // Debian's layout; another one can be named for a run outside Debian.
    const QString fromEnv = qEnvironmentVariable("LEADINTAKE_PG_BINDIR");
    return fromEnv.isEmpty() ? QStringLiteral("/usr/lib/postgresql/15/bin") : fromEnv;
}

QString PgServer::unavailableReason()
{
    for (const QString& tool :
        { QStringLiteral("initdb"), QStringLiteral("pg_ctl"), QStringLiteral("postgres") }) {
        const QString path = QDir(binDir()).filePath(tool);
        if (!QFileInfo(path).isExecutable())
            return QStringLiteral("%1 is missing: install the Debian package postgresql-15 "
                                  "(`make deps` does)")
                .arg(path);
    }
    if (QStandardPaths::findExecutable(QStringLiteral("openssl")).isEmpty())
        return QStringLiteral(
            "openssl is missing: install the Debian package openssl (`make deps` does)");
    return {};
}

QString PgServer::caFile() const
{
    return m_dir ? QDir(m_dir->path()).filePath(QStringLiteral("tls/ca.crt")) : QString();
}

QString PgServer::dataDir() const
{
    return m_dir ? QDir(m_dir->path()).filePath(QStringLiteral("data")) : QString();
}

QString PgServer::logFile() const
{
    return m_dir ? QDir(m_dir->path()).filePath(QStringLiteral("server.log")) : QString();
}

QString PgServer::url(const QString& dbname) const
{
    return QStringLiteral("postgresql://%1:%2/%3?sslmode=verify-full&sslrootcert=%4")
        .arg(host())
        .arg(m_port)
        .arg(QString::fromLatin1(QUrl::toPercentEncoding(dbname)),
            QString::fromLatin1(QUrl::toPercentEncoding(caFile(), "/")));
}

QString PgServer::connectOptions() const
{
    return QStringLiteral("sslmode=verify-full;sslrootcert=%1;connect_timeout=10").arg(caFile());
}

QSqlDatabase PgServer::database(const QString& connectionName, const QString& dbname,
    const QString& user, const QString& password) const
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
    db.setHostName(host());
    db.setPort(m_port);
    db.setDatabaseName(dbname);
    db.setUserName(user.isEmpty() ? superuser() : user);
    db.setPassword(user.isEmpty() ? m_password : password);
    db.setConnectOptions(connectOptions());
    return db;
}

bool PgServer::createDatabase(const QString& name)
{
    QString identifier = name;
    identifier.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return execute(QStringLiteral("postgres"), QStringLiteral("CREATE DATABASE \"%1\"").arg(identifier));
}

bool PgServer::execute(const QString& dbname, const QString& sql)
{
    const QString connection
        = QStringLiteral("pgserver-admin-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    bool ok = false;
    {
        QSqlDatabase db = database(connection, dbname);
        if (!db.open()) {
            m_error = QStringLiteral("cannot connect as the superuser: ") + db.lastError().text();
        } else {
            QSqlQuery query(db);
            ok = query.exec(sql);
            if (!ok)
                m_error = sql.section(QLatin1Char(' '), 0, 2) + QStringLiteral(" failed: ") + query.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return ok;
}

QString PgServer::superuserUrl(const QString& dbname) const
{
    QUrl address(url(dbname));
    address.setUserName(superuser());
    address.setPassword(superuserPassword());
    return address.toString(QUrl::FullyEncoded);
}

QString PgServer::logTail(int lines) const
{
    QFile file(logFile());
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QList<QByteArray> all = file.readAll().split('\n');
    const qsizetype from = qMax<qsizetype>(0, all.size() - lines - 1);
    return QString::fromUtf8(all.mid(from).join('\n'));
}

bool PgServer::isRunning() const
{
    return m_dir && processAlive(postmasterPid(dataDir()));
}

bool PgServer::start()
{
    m_error.clear();
    QElapsedTimer timer;
    timer.start();
    if (!m_initialized && !initialize()) {
        killLeftovers();
        return false;
    }
    if (isRunning())
        return true;
    // The port was free when picked, but another test may have taken it since: pick again.
    for (int attempt = 0; attempt < 3; ++attempt) {
        const qint64 logSize = QFileInfo(logFile()).size();
        QByteArray output;
        if (pgCtl({ QStringLiteral("-w"), QStringLiteral("-t"), QStringLiteral("60"),
                      QStringLiteral("start") },
                kToolTimeoutMs, &output)) {
            if (m_setupMs == 0)
                m_setupMs = timer.elapsed();
            return true;
        }
        QFile log(logFile());
        const bool portTaken = log.open(QIODevice::ReadOnly) && log.seek(logSize)
            && log.readAll().contains("Address already in use");
        if (!portTaken) {
            fail(QStringLiteral("pg_ctl start failed: %1\n%2")
                     .arg(QString::fromLocal8Bit(output).trimmed(), logTail()));
            return false;
        }
        killLeftovers();
        if (!pickPort() || !writeConfiguration())
            return false;
    }
    fail(QStringLiteral("pg_ctl start failed three times: every port picked was taken\n")
        + logTail());
    return false;
}

bool PgServer::stop()
{
    if (!isRunning())
        return true;
    QByteArray output;
    if (pgCtl({ QStringLiteral("-w"), QStringLiteral("-t"), QStringLiteral("60"),
                  QStringLiteral("-m"), QStringLiteral("fast"), QStringLiteral("stop") },
            kToolTimeoutMs, &output))
        return true;
    m_error = QStringLiteral("pg_ctl stop failed: ") + QString::fromLocal8Bit(output).trimmed();
    killLeftovers();
    return false;
}

bool PgServer::restart()
{
    m_error.clear();
    if (!m_initialized)
        return start();
    QByteArray output;
    if (pgCtl({ QStringLiteral("-w"), QStringLiteral("-t"), QStringLiteral("60"),
                  QStringLiteral("-m"), QStringLiteral("fast"), QStringLiteral("restart") },
            kToolTimeoutMs, &output))
        return true;
    fail(QStringLiteral("pg_ctl restart failed: %1\n%2")
             .arg(QString::fromLocal8Bit(output).trimmed(), logTail()));
    return false;
}

bool PgServer::initialize()
{
    const QString binaries = unavailableReason();
    if (!binaries.isEmpty()) {
        m_error = binaries;
        return false;
    }
    // As root the server runs as postgres, which must be able to reach the folder: /tmp,
    // whatever TMPDIR says (it may be under /root).
    const QString base = m_asPostgres ? QStringLiteral("/tmp") : QDir::tempPath();
    sweepAbandoned(base);
    m_dir = std::make_unique<QTemporaryDir>(
        QDir(base).filePath(kDirPrefix + QStringLiteral("XXXXXX")));
    if (!m_dir->isValid()) {
        m_error = QStringLiteral("cannot create a temporary folder in %1: %2")
                      .arg(base, m_dir->errorString());
        m_dir.reset();
        return false;
    }
    const QDir dir(m_dir->path());
    // The socket path (folder + "/.s.PGSQL.NNNNN") must fit in sun_path's 108 bytes.
    if (dir.path().toLocal8Bit().size() > 80) {
        m_error = QStringLiteral("the temporary folder's path is too long for a socket: %1")
                      .arg(dir.path());
        return false;
    }
    {
        // Lets a later run find this folder if this process dies without cleaning up.
        QFile owner(dir.filePath(QStringLiteral("owner.pid")));
        if (!owner.open(QIODevice::WriteOnly)
            || owner.write(QByteArray::number(QCoreApplication::applicationPid())) <= 0) {
            m_error = QStringLiteral("cannot write %1").arg(owner.fileName());
            return false;
        }
    }
    if (m_asPostgres) {
        // initdb and postgres refuse to run as root.
        const passwd* pw = ::getpwnam("postgres");
        if (!pw) {
            m_error = QStringLiteral("running as root, but there is no postgres user to run the "
                                     "server as (it comes with the Debian package postgresql-15)");
            return false;
        }
        m_uid = pw->pw_uid;
        m_gid = pw->pw_gid;
        if (!chownToServer(dir.path()))
            return false;
    }

    m_password
        = QString::fromLatin1(QByteArray::number(QRandomGenerator::system()->generate64(), 36)
            + QByteArray::number(QRandomGenerator::system()->generate64(), 36));
    const QString passwordFile = dir.filePath(QStringLiteral("initdb.pw"));
    {
        QFile file(passwordFile);
        if (!file.open(QIODevice::WriteOnly)
            || !file.setPermissions(QFile::ReadOwner | QFile::WriteOwner)
            || file.write(m_password.toUtf8()) != m_password.toUtf8().size()) {
            m_error = QStringLiteral("cannot write %1").arg(passwordFile);
            return false;
        }
    }
    if (m_asPostgres && !chownToServer(passwordFile))
        return false;
    QByteArray output;
    const bool initialized = runTool(
        { QDir(binDir()).filePath(QStringLiteral("initdb")), QStringLiteral("-D"), dataDir(),
            QStringLiteral("--username=") + superuser(), QStringLiteral("--pwfile=") + passwordFile,
            QStringLiteral("--auth=scram-sha-256"), QStringLiteral("--locale=C.UTF-8"),
            QStringLiteral("--encoding=UTF8"), QStringLiteral("--no-sync"),
            QStringLiteral("--no-instructions") },
        true, kToolTimeoutMs, &output);
    QFile::remove(passwordFile);
    if (!initialized) {
        m_error = QStringLiteral("initdb failed: ") + QString::fromLocal8Bit(output).trimmed();
        return false;
    }
    if (!makeCertificates() || !pickPort() || !writeConfiguration())
        return false;
    m_initialized = true;
    return true;
}

bool PgServer::makeCertificates()
{
    const QDir dir(m_dir->path());
    const QString tls = dir.filePath(QStringLiteral("tls"));
    if (!dir.mkdir(QStringLiteral("tls"))) {
        m_error = QStringLiteral("cannot create %1").arg(tls);
        return false;
    }
    const QString caKey = tls + QStringLiteral("/ca.key");
    const QString serverKey = tls + QStringLiteral("/server.key");
    const QString serverCsr = tls + QStringLiteral("/server.csr");
    const QString serverCert = tls + QStringLiteral("/server.crt");
    const QString extensions = tls + QStringLiteral("/server.ext");
    {
        QFile file(extensions);
        if (!file.open(QIODevice::WriteOnly)
            || file.write("subjectAltName=DNS:localhost,IP:127.0.0.1\n"
                          "basicConstraints=critical,CA:FALSE\n"
                          "keyUsage=critical,digitalSignature\n"
                          "extendedKeyUsage=serverAuth\n")
                <= 0) {
            m_error = QStringLiteral("cannot write %1").arg(extensions);
            return false;
        }
    }
    // P-256 keys: made in milliseconds, where RSA would take a noticeable part of the start.
    const QStringList newKey { QStringLiteral("-newkey"), QStringLiteral("ec"),
        QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"),
        QStringLiteral("-nodes") };
    const QString openssl = QStringLiteral("openssl");
    const QList<QStringList> steps {
        QStringList {
            openssl, QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-new") }
            + newKey
            + QStringList { QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
                QStringLiteral("/CN=Lead Intake test CA"), QStringLiteral("-addext"),
                QStringLiteral("basicConstraints=critical,CA:TRUE"), QStringLiteral("-addext"),
                QStringLiteral("keyUsage=critical,keyCertSign,cRLSign"), QStringLiteral("-keyout"),
                caKey, QStringLiteral("-out"), caFile() },
        QStringList { openssl, QStringLiteral("req"), QStringLiteral("-new") } + newKey
            + QStringList { QStringLiteral("-subj"), QStringLiteral("/CN=localhost"),
                QStringLiteral("-keyout"), serverKey, QStringLiteral("-out"), serverCsr },
        QStringList { openssl, QStringLiteral("x509"), QStringLiteral("-req"),
            QStringLiteral("-in"), serverCsr, QStringLiteral("-CA"), caFile(),
            QStringLiteral("-CAkey"), caKey, QStringLiteral("-CAcreateserial"),
            QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-extfile"), extensions,
            QStringLiteral("-out"), serverCert },
    };
    for (const QStringList& step : steps) {
        QByteArray output;
        if (!runTool(step, false, kToolTimeoutMs, &output)) {
            m_error = QStringLiteral("openssl %1 failed: %2")
                          .arg(step.at(1), QString::fromLocal8Bit(output).trimmed());
            return false;
        }
    }
    // The server reads its key only when it is its own and private.
    if (!QFile::setPermissions(serverKey, QFile::ReadOwner | QFile::WriteOwner)) {
        m_error = QStringLiteral("cannot restrict %1").arg(serverKey);
        return false;
    }
    if (m_asPostgres) {
        for (const QString& path : { tls, serverKey, serverCert, caFile() })
            if (!chownToServer(path))
                return false;
    }
    return true;
}

bool PgServer::pickPort()
{
    // Bound and released at once: the kernel hands out a port nobody is listening on.
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0)) {
        m_error = QStringLiteral("cannot find a free port: ") + probe.errorString();
        return false;
    }
    m_port = probe.serverPort();
    probe.close();
    return true;
}

bool PgServer::writeConfiguration()
{
    const QDir data(dataDir());
    const QString ourFile = QStringLiteral("leadintake-test.conf");
    QStringList lines {
        QStringLiteral("# Written by the Lead Intake test fixture (tests/helpers/pgserver.cpp)."),
        QStringLiteral("listen_addresses = '127.0.0.1'"),
        QStringLiteral("port = %1").arg(m_port),
        QStringLiteral("unix_socket_directories = ") + confString(m_dir->path()),
        QStringLiteral("unix_socket_permissions = 0700"),
        QStringLiteral("ssl = on"),
        QStringLiteral("ssl_cert_file = ")
            + confString(QDir(m_dir->path()).filePath(QStringLiteral("tls/server.crt"))),
        QStringLiteral("ssl_key_file = ")
            + confString(QDir(m_dir->path()).filePath(QStringLiteral("tls/server.key"))),
        QStringLiteral("password_encryption = 'scram-sha-256'"),
        // A throwaway cluster: durability only costs time here.
        QStringLiteral("fsync = off"),
        QStringLiteral("synchronous_commit = off"),
        QStringLiteral("full_page_writes = off"),
    };
    lines += m_extraConfig;
    {
        QFile file(data.filePath(ourFile));
        const QByteArray text = lines.join(QLatin1Char('\n')).toUtf8() + '\n';
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)
            || file.write(text) != text.size()) {
            m_error = QStringLiteral("cannot write %1").arg(file.fileName());
            return false;
        }
    }
    if (m_asPostgres && !chownToServer(data.filePath(ourFile)))
        return false;

    QFile conf(data.filePath(QStringLiteral("postgresql.conf")));
    if (!conf.open(QIODevice::ReadWrite)) {
        m_error = QStringLiteral("cannot open %1").arg(conf.fileName());
        return false;
    }
    const QByteArray include = "include '" + ourFile.toUtf8() + "'\n";
    if (!conf.readAll().contains(include)) {
        conf.seek(conf.size());
        if (conf.write("\n" + include) <= 0) {
            m_error = QStringLiteral("cannot write %1").arg(conf.fileName());
            return false;
        }
    }

    // TLS with SCRAM-SHA-256 over 127.0.0.1 is the only way in: no socket, no plain TCP.
    QFile hba(data.filePath(QStringLiteral("pg_hba.conf")));
    if (!hba.open(QIODevice::WriteOnly | QIODevice::Truncate)
        || hba.write("# Written by the Lead Intake test fixture: TLS and SCRAM only.\n"
                     "hostssl all all 127.0.0.1/32 scram-sha-256\n")
            <= 0) {
        m_error = QStringLiteral("cannot write %1").arg(hba.fileName());
        return false;
    }
    return true;
}

bool PgServer::runTool(
    const QStringList& command, bool asServerUser, int timeoutMs, QByteArray* output)
{
    QStringList arguments = command;
    QString program = arguments.takeFirst();
    if (asServerUser && m_asPostgres) {
        // setpriv execs directly (no PAM session, unlike runuser), so the pid is the tool's.
        arguments = QStringList { QStringLiteral("--reuid=") + kServerUser,
            QStringLiteral("--regid=") + kServerUser, QStringLiteral("--init-groups"),
            QStringLiteral("--"), program }
            + arguments;
        program = QStringLiteral("setpriv");
    }
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    // The tools chdir and complain when the test's folder is not readable by postgres.
    process.setWorkingDirectory(m_dir->path());
    process.start(program, arguments);
    const bool finished = process.waitForFinished(timeoutMs);
    if (!finished) {
        process.kill();
        process.waitForFinished(5000);
    }
    const QByteArray text = process.readAll();
    if (output)
        *output = text;
    if (process.error() == QProcess::FailedToStart) {
        if (output)
            *output = program.toLocal8Bit() + ": " + process.errorString().toLocal8Bit();
        return false;
    }
    if (!finished && output)
        *output += "\n(timed out after " + QByteArray::number(timeoutMs) + " ms)";
    return finished && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
}

bool PgServer::pgCtl(const QStringList& arguments, int timeoutMs, QByteArray* output)
{
    // -l: the server's output goes to the log, not to pipes this process would hold open.
    return runTool(QStringList { QDir(binDir()).filePath(QStringLiteral("pg_ctl")),
                       QStringLiteral("-D"), dataDir(), QStringLiteral("-l"), logFile() }
            + arguments,
        true, timeoutMs, output);
}

bool PgServer::chownToServer(const QString& path)
{
    if (::chown(QFile::encodeName(path).constData(), uid_t(m_uid), gid_t(m_gid)) != 0) {
        m_error = QStringLiteral("cannot give %1 to the postgres user: %2")
                      .arg(path, QString::fromLocal8Bit(::strerror(errno)));
        return false;
    }
    return true;
}

void PgServer::killLeftovers()
{
    if (m_dir)
        killPostmaster(dataDir());
}

void PgServer::fail(const QString& message)
{
    // A server half up (pg_ctl timed out) is stopped like any other, killed if it will not.
    stop();
    killLeftovers();
    m_error = message;
}

void PgServer::sweepAbandoned(const QString& base)
{
    // A test killed by ctest's timeout or a crash leaves its server running and its folder
    // behind; its owner.pid names a process that no longer exists.
    QDirIterator it(base, { kDirPrefix + QLatin1Char('*') }, QDir::Dirs | QDir::NoDotAndDotDot);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile owner(QDir(path).filePath(QStringLiteral("owner.pid")));
        if (!owner.open(QIODevice::ReadOnly))
            continue; // being set up right now, or not ours
        const qint64 pid = owner.readAll().trimmed().toLongLong();
        if (pid <= 0 || processAlive(pid))
            continue;
        killPostmaster(QDir(path).filePath(QStringLiteral("data")));
        QDir(path).removeRecursively();
    }
}
