#include "connectionclone.h"

#include <QSqlError>
#include <QSqlQuery>

ConnectionClone::ConnectionClone(const QString& sourceConnectionName, const QString& name)
    : m_name(name)
{
    QSqlDatabase db = QSqlDatabase::cloneDatabase(sourceConnectionName, m_name);
    if (!db.open()) {
        m_error = db.lastError().text();
        return;
    }
    if (db.driverName() == QLatin1String("QPSQL")) {
        // As Database::open() does for its own connections: our statements never need the
        // server's notices.
        QSqlQuery query(db);
        if (!query.exec(QStringLiteral("SET client_min_messages TO warning"))) {
            m_error = query.lastError().text();
            return;
        }
    }
    m_open = true;
}

ConnectionClone::~ConnectionClone()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_name);
}

QSqlDatabase ConnectionClone::connection() const
{
    return QSqlDatabase::database(m_name, false);
}
