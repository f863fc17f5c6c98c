#include "dataversionwatcher.h"

#include "logging.h"

#include <QSqlError>
#include <QSqlQuery>

DataVersionWatcher::DataVersionWatcher(QSqlDatabase db, int intervalMs, QObject* parent)
    : QObject(parent)
    , m_db(std::move(db))
{
    m_lastVersion = readVersion();
    m_timer.setInterval(intervalMs);
    connect(&m_timer, &QTimer::timeout, this, &DataVersionWatcher::check);
    m_timer.start();
}

DataVersionWatcher::~DataVersionWatcher() = default;

void DataVersionWatcher::check()
{
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
