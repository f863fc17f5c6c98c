#pragma once

#include <QSqlDatabase>
#include <QString>

// Another connection to the database an open connection uses, for a worker thread: made,
// opened, used and removed in that thread (a QSqlDatabase belongs to the thread that opened
// it). QSqlDatabase::cloneDatabase() copies the driver, the target, the password and the
// connect options (libpq's sslmode, sslrootcert, timeouts...), but not what Database::open()
// sets on its session after connecting; this sets the same here (PostgreSQL: the server's
// notices off, as on every connection of the app).
class ConnectionClone
{
public:
    // name: unique among the process's connections while this lives.
    ConnectionClone(const QString& sourceConnectionName, const QString& name);
    ~ConnectionClone();
    ConnectionClone(const ConnectionClone&) = delete;
    ConnectionClone& operator=(const ConnectionClone&) = delete;

    bool isOpen() const { return m_open; }
    // Valid while this lives; hand no copy beyond it.
    QSqlDatabase connection() const;
    // Why it is not open, for the log (never holds the password).
    QString errorString() const { return m_error; }

private:
    QString m_name;
    bool m_open = false;
    QString m_error;
};
