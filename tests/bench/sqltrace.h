#pragma once

#include <QByteArray>
#include <QFile>
#include <QSqlDatabase>
#include <QString>

// Records the SQL that the product runs on a connection, with bound values expanded, per
// benchmark step, so the "floor" can replay exactly the same statements on bare SQLite.
// File format: "STEP <name> <run>\n" then "SQL <bytes>\n<sql>\n" per statement.
class SqlTrace
{
public:
    SqlTrace() = default;
    ~SqlTrace();
    SqlTrace(const SqlTrace&) = delete;
    SqlTrace& operator=(const SqlTrace&) = delete;

    bool open(const QString& path, const QSqlDatabase& db);
    void begin(const QString& step, int run);
    void end();

private:
    static int callback(unsigned type, void* context, void* statement, void* sql);

    QFile m_file;
    void* m_handle = nullptr;
    bool m_recording = false;
};
