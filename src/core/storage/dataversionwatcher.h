#pragma once

#include "backoff.h"

#include <QElapsedTimer>
#include <QObject>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QTimer>

class QThread;

// Tells when another connection, desk or process committed to the same database, never for
// this connection's own commits.
// - SQLite: polls PRAGMA data_version every intervalMs (it ignores this connection's commits).
// - PostgreSQL: no polling of data. The schema's triggers NOTIFY SqlDialect::changeChannel()
//   at commit; the watcher LISTENs on the watched connection and turns each burst of
//   notifications (one transaction touches several tables) into one changed(). It also keeps
//   the connection alive: a server's goodbye (seen in the connection's status) or a failed
//   cheap probe every kProbeIntervalMs notices a lost server, then
//   the same named connection is closed and opened again with Backoff delays (so every
//   repository holding that QSqlDatabase works again), subscribed again, and changed() says
//   that whatever happened meanwhile must be read again.
// Several watchers may watch one connection (the window's and the Leads page's): whichever
// notices first reconnects; the others see the new server session and just refresh.
class DataVersionWatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DataVersionWatcher)

public:
    // How often a PostgreSQL connection is probed: a restarted server is noticed within
    // this (a statement that fails in between is refused by WriteTransaction meanwhile).
    static constexpr int kProbeIntervalMs = 2000;
    // How often the connection's local status is looked at (no round trip): a server that
    // shut down is noticed within this, a silent network drop by the probe or keepalives.
    static constexpr int kStatusCheckMs = 250;
    // Notifications closer together than this make one changed().
    static constexpr int kCoalesceMs = 20;
    // Reconnection attempts: soon at first (a restart takes a second or two), then doubling
    // up to a few seconds, never giving up while the window is open.
    static Backoff reconnectBackoff();

    // intervalMs: SQLite's polling interval (unused on PostgreSQL).
    DataVersionWatcher(QSqlDatabase db, int intervalMs, QObject* parent = nullptr);
    ~DataVersionWatcher() override;

    // SQLite: polls at once instead of waiting for the timer; emits changed() when it should.
    // PostgreSQL: probes the connection at once (and starts reconnecting if it is lost).
    void check();

    // False between connectionLost() and reconnected().
    bool isConnected() const { return m_connected; }
    // For tests and tools: how often PostgreSQL's connection is probed.
    void setProbeInterval(int ms);
    void setReconnectBackoff(const Backoff& backoff) { m_backoff = backoff; }

Q_SIGNALS:
    void changed();
    // PostgreSQL only: the server stopped answering; reconnection attempts have begun.
    void connectionLost();
    // PostgreSQL only: the connection works again (changed() follows).
    void reconnected();

private:
    qint64 readVersion() const;
    void onNotification(const QString& name, QSqlDriver::NotificationSource source,
                        const QVariant& payload);
    bool subscribe();
    // The server's process id for this connection, or -1 when the connection is gone.
    qint64 readBackendPid();
    void checkStatus();
    void probe();
    void markLost();
    void tryReconnect();
    void reopen();
    void retryLater();
    void finishReconnect(qint64 pid);
    void flushChange();

    QSqlDatabase m_db;
    bool m_postgres = false;
    QTimer m_timer; // SQLite: polling; PostgreSQL: probing
    QTimer m_statusTimer; // PostgreSQL: the connection's status, no round trip
    qint64 m_lastVersion = -1;

    QTimer m_coalesce;
    QTimer m_retry;
    Backoff m_backoff;
    int m_attempts = 0;
    bool m_connected = true;
    qint64 m_backendPid = -1;
    QThread* m_reachability = nullptr; // the attempt's throwaway connection, while it runs
    QString m_lastError; // the server's or libpq's words, for the log (never a password)
};
