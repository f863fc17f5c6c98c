#include "sqldialect.h"

SqlDialect::SqlDialect(const QSqlDatabase& db)
    : m_backend(db.driverName() == QLatin1String("QPSQL") ? Backend::PostgreSql : Backend::Sqlite)
{
}

QString SqlDialect::caseInsensitive(const QString& column) const
{
    return isPostgres() ? column : column + QStringLiteral(" COLLATE NOCASE");
}

QStringList SqlDialect::beginWrite() const
{
    if (!isPostgres())
        return { QStringLiteral("BEGIN IMMEDIATE") };
    return { QStringLiteral("BEGIN"), QStringLiteral("SET LOCAL lock_timeout = '10s'"),
             QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(kWriteLockKey) };
}

QString SqlDialect::beginSnapshotRead() const
{
    return isPostgres() ? QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
                        : QStringLiteral("BEGIN");
}
