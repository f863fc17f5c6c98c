#include "dataversionwatcher.h"

#include "logging.h"
#include "sqldialect.h"

#include <QSqlError>
#include <QSqlQuery>

#include <QThread>

#include <chrono>
#include <memory>

Backoff DataVersionWatcher::reconnectBackoff()
{
    using namespace std::chrono_literals;
    return Backoff(500ms, 5s, std::chrono::hours(24 * 365));
}

DataVersionWatcher::DataVersionWatcher(QSqlDatabase db, int intervalMs, QObject* parent)
    : QObject(parent)
    , m_db(std::move(db))
    , m_postgres(SqlDialect(m_db).isPostgres())
    , m_backoff(reconnectBackoff())
{
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &DataVersionWatcher::tryReconnect);
    m_coalesce.setSingleShot(true);
    m_coalesce.setInterval(kCoalesceMs);
    connect(&m_coalesce, &QTimer::timeout, this, &DataVersionWatcher::flushChange);

    if (m_postgres) {
        // The driver object outlives close() and open(), so this connection survives
        // reconnecting; only the server-side LISTEN has to be repeated.
        connect(m_db.driver(), &QSqlDriver::notification, this, &DataVersionWatcher::onNotification);
        m_backendPid = readBackendPid();
        if (m_backendPid < 0 || !subscribe())
            markLost();
        m_timer.setInterval(kProbeIntervalMs);
        connect(&m_timer, &QTimer::timeout, this, &DataVersionWatcher::probe);
        m_statusTimer.setInterval(kStatusCheckMs);
        connect(&m_statusTimer, &QTimer::timeout, this, &DataVersionWatcher::checkStatus);
        m_statusTimer.start();
    } else {
        m_lastVersion = readVersion();
        m_timer.setInterval(intervalMs);
        connect(&m_timer, &QTimer::timeout, this, &DataVersionWatcher::check);
    }
    m_timer.start();
}

// The LISTEN stays: another watcher of the same connection may still need it, and a channel
// nobody handles costs the driver one read per commit elsewhere.
DataVersionWatcher::~DataVersionWatcher()
{
    // A reachability check still waiting for a silent host ends on its own (it holds no
    // pointer to this watcher) and deletes itself.
    if (QThread* thread = m_reachability) {
        disconnect(thread, nullptr, this, nullptr);
        connect(thread, &QThread::finished, thread, &QObject::deleteLater);
        if (thread->isFinished())
            thread->deleteLater();
    }
}

void DataVersionWatcher::setProbeInterval(int ms)
{
    if (m_postgres)
        m_timer.setInterval(ms);
}

void DataVersionWatcher::check()
{
    if (m_postgres) {
        if (m_connected)
            probe();
        else
            tryReconnect();
        return;
    }
    const qint64 version = readVersion();
    if (version < 0)
        return; // a failed read is not a change; the next tick tries again
    if (m_lastVersion < 0) {
        m_lastVersion = version;
        return;
    }
    if (version != m_lastVersion) {
        m_lastVersion = version;
        Q_EMIT changed();
    }
}

qint64 DataVersionWatcher::readVersion() const
{
    if (!m_db.isOpen())
        return -1;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("PRAGMA data_version")) || !query.next()) {
        qCWarning(lcDb) << "reading data_version failed:" << query.lastError().text();
        return -1;
    }
    return query.value(0).toLongLong();
}

void DataVersionWatcher::onNotification(const QString& name, QSqlDriver::NotificationSource source,
                                        const QVariant& payload)
{
    Q_UNUSED(payload) // which table changed: the pages read again whatever they show
    // Our own commits are already on screen (SQLite's data_version ignores them too).
    if (name != SqlDialect::changeChannel() || source == QSqlDriver::SelfSource)
        return;
    // One transaction notifies once per table it touched, all at its commit: one change.
    if (!m_coalesce.isActive())
        m_coalesce.start();
}

void DataVersionWatcher::flushChange()
{
    Q_EMIT changed();
}

bool DataVersionWatcher::subscribe()
{
    QSqlDriver* driver = m_db.driver();
    if (!driver->subscribedToNotifications().contains(SqlDialect::changeChannel())
        && !driver->subscribeToNotification(SqlDialect::changeChannel())) {
        qCWarning(lcDb) << "listening for changes failed:" << driver->lastError().text();
        return false;
    }
    return true;
}

void DataVersionWatcher::checkStatus()
{
    // The driver reads the connection's socket whenever the server sends something (it
    // listens for notifications); a server shutting down sends its goodbye there, and the
    // connection's status shows it without a round trip.
    if (m_connected && !m_db.isOpen()) {
        m_lastError = QStringLiteral("the server closed the connection");
        markLost();
    }
}

qint64 DataVersionWatcher::readBackendPid()
{
    if (!m_db.isOpen()) {
        m_lastError = m_db.lastError().text();
        if (m_lastError.trimmed().isEmpty())
            m_lastError = QStringLiteral("the connection is closed");
        return -1;
    }
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT pg_backend_pid()")) || !query.next()) {
        m_lastError = query.lastError().text();
        return -1;
    }
    return query.value(0).toLongLong();
}

void DataVersionWatcher::probe()
{
    if (!m_connected)
        return;
    // One round trip that touches no table. Its answer also tells whether another watcher
    // of this connection reconnected it meanwhile (a new server process).
    const qint64 pid = readBackendPid();
    if (pid < 0) {
        markLost();
        return;
    }
    if (pid != m_backendPid) {
        m_backendPid = pid;
        if (!subscribe()) {
            markLost();
            return;
        }
        Q_EMIT changed();
    }
}

void DataVersionWatcher::markLost()
{
    if (!m_connected)
        return;
    qCWarning(lcDb).noquote() << "lost the connection to the office server:" << m_lastError.trimmed();
    m_connected = false;
    m_attempts = 0;
    m_timer.stop();
    m_coalesce.stop();
    Q_EMIT connectionLost();
    m_retry.start(int(m_backoff.delayAfter(1).count()));
}

void DataVersionWatcher::tryReconnect()
{
    if (m_connected || m_reachability)
        return;
    m_retry.stop();
    ++m_attempts;
    // Another watcher of this connection may have reconnected it already.
    if (const qint64 pid = readBackendPid(); pid >= 0) {
        finishReconnect(pid);
        return;
    }
    // First a throwaway connection in a worker thread: an unreachable host (the network
    // dropped, not a refused port) holds open() for connect_timeout, which must not freeze the
    // window at every attempt. Only a server that answered is reopened here, at once.
    const QString source = m_db.connectionName();
    auto outcome = std::make_shared<QString>();
    QThread* thread = QThread::create([source, outcome] {
        const QString name = QStringLiteral("leadintake-reachability-%1")
                                 .arg(quintptr(QThread::currentThreadId()));
        {
            QSqlDatabase db = QSqlDatabase::cloneDatabase(source, name);
            if (!db.open()) {
                *outcome = db.lastError().text();
                if (outcome->trimmed().isEmpty())
                    *outcome = QStringLiteral("the server did not answer");
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    });
    m_reachability = thread;
    connect(thread, &QThread::finished, this, [this, thread, outcome] {
        thread->deleteLater();
        m_reachability = nullptr;
        if (!outcome->isEmpty()) {
            m_lastError = *outcome;
            retryLater();
            return;
        }
        reopen();
    });
    thread->start();
}

void DataVersionWatcher::reopen()
{
    if (m_connected)
        return;
    qint64 pid = readBackendPid();
    if (pid < 0) {
        // Same name, same settings (host, options, password stay in the QSqlDatabase), so
        // every repository and page holding this connection works again.
        m_db.close();
        if (!m_db.open()) {
            m_lastError = m_db.lastError().text();
        } else {
            QSqlQuery query(m_db);
            // As Database::openServer(): our statements never need the server's notices.
            if (!query.exec(QStringLiteral("SET client_min_messages TO warning")))
                qCWarning(lcDb) << "configuring the connection failed:" << query.lastError().text();
            query.finish();
            pid = readBackendPid();
        }
    }
    if (pid < 0 || !subscribe()) {
        retryLater();
        return;
    }
    finishReconnect(pid);
}

void DataVersionWatcher::retryLater()
{
    const auto delay = m_backoff.delayAfter(m_attempts + 1);
    qCInfo(lcDb).noquote() << "reconnecting to the office server failed (attempt" << m_attempts
                           << "), next in" << delay.count() << "ms:" << m_lastError.trimmed();
    m_retry.start(int(delay.count()));
}

void DataVersionWatcher::finishReconnect(qint64 pid)
{
    qCInfo(lcDb) << "reconnected to the office server after" << m_attempts << "attempt(s)";
    m_backendPid = pid;
    m_connected = true;
    m_timer.start();
    Q_EMIT reconnected();
    // Whatever other desks did meanwhile arrived on no channel: read everything again.
    Q_EMIT changed();
}
