#include "sqltrace.h"

#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

#include <cstring>

SqlTrace::~SqlTrace()
{
    if (m_handle)
        sqlite3_trace_v2(static_cast<sqlite3*>(m_handle), 0, nullptr, nullptr);
}

bool SqlTrace::open(const QString& path, const QSqlDatabase& db)
{
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || std::strcmp(handle.typeName(), "sqlite3*") != 0)
        return false;
    m_handle = *static_cast<sqlite3* const*>(handle.data());
    m_file.setFileName(path);
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    sqlite3_trace_v2(static_cast<sqlite3*>(m_handle), SQLITE_TRACE_STMT,
                     &SqlTrace::callback, this);
    return true;
}

void SqlTrace::begin(const QString& step, int run)
{
    if (!m_file.isOpen())
        return;
    m_file.write("STEP " + step.toUtf8() + ' ' + QByteArray::number(run) + '\n');
    m_recording = true;
}

void SqlTrace::end()
{
    m_recording = false;
    if (m_file.isOpen())
        m_file.flush();
}

int SqlTrace::callback(unsigned type, void* context, void* statement, void* sql)
{
    auto* self = static_cast<SqlTrace*>(context);
    const char* text = static_cast<const char*>(sql);
    if (type != SQLITE_TRACE_STMT || !self->m_recording || !text)
        return 0;
    // Trigger bodies and FTS5's own statements on its shadow tables run inside the
    // statement that caused them: replaying the outer statement runs them again.
    if (std::strncmp(text, "--", 2) == 0 || std::strstr(text, "'main'.") != nullptr
        || std::strstr(text, "data_version") != nullptr)
        return 0;
    char* expanded = sqlite3_expanded_sql(static_cast<sqlite3_stmt*>(statement));
    const QByteArray bytes = expanded ? QByteArray(expanded) : QByteArray(text);
    sqlite3_free(expanded);
    self->m_file.write("SQL " + QByteArray::number(bytes.size()) + '\n' + bytes + '\n');
    return 0;
}
