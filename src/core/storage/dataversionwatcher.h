#pragma once

#include <QObject>
#include <QSqlDatabase>
#include <QTimer>

// Tells when another connection or process committed to the same SQLite file, by
// polling PRAGMA data_version (which ignores this connection's own commits).
class DataVersionWatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DataVersionWatcher)

public:
    DataVersionWatcher(QSqlDatabase db, int intervalMs, QObject* parent = nullptr);
    ~DataVersionWatcher() override;

    // Polls at once instead of waiting for the timer; emits changed() when it should.
    void check();

Q_SIGNALS:
    void changed();

private:
    qint64 readVersion() const;

    QSqlDatabase m_db;
    QTimer m_timer;
    qint64 m_lastVersion = -1;
};
