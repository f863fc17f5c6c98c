#include "migrationsteps.h"

#include "auditchain.h"
#include "leadvalidator.h"
#include "logging.h"

#include <QSqlError>
#include <QSqlQuery>

#include <limits>

namespace {

Error sqlError(const QString& what, const QSqlQuery& query)
{
    qCWarning(lcDb) << what << query.lastError().text();
    return Error { Error::Code::Database, what + QStringLiteral(": ") + query.lastError().text() };
}

} // namespace

VoidResult MigrationSteps::afterScript(int version, const QSqlDatabase& db)
{
    switch (version) {
    case 6:
        return refillEmailKeys(db);
    case 7:
        return AuditChain::sealExisting(db);
    case AuditChain::kDigestSchemaSqlite:
        return AuditChain::resealWithDigests(db);
    default:
        return Done {};
    }
}

VoidResult MigrationSteps::afterServerScript(int version, const QSqlDatabase& db)
{
    switch (version) {
    case AuditChain::kDigestSchemaPostgres:
        return AuditChain::resealWithDigests(db);
    default:
        return Done {};
    }
}

VoidResult MigrationSteps::refillEmailKeys(const QSqlDatabase& db)
{
    QSqlQuery query(db);
    QSqlQuery update(db);
    update.prepare(QStringLiteral("UPDATE leads SET email_key = ? WHERE id = ?"));
    qint64 last = std::numeric_limits<qint64>::min();
    qint64 changed = 0;
    // In batches, so that no statement still reading the table sees it change.
    for (;;) {
        query.setForwardOnly(true);
        query.prepare(QStringLiteral(
            "SELECT id, email, email_key FROM leads WHERE id > ? ORDER BY id LIMIT 5000"));
        query.addBindValue(last);
        if (!query.exec())
            return sqlError(tr("Recomputing the duplicate keys failed"), query);
        QList<QPair<qint64, QString>> updates;
        bool any = false;
        while (query.next()) {
            any = true;
            last = query.value(0).toLongLong();
            const QString key = LeadValidator::emailKey(query.value(1).toString());
            if (key != query.value(2).toString())
                updates.append({ last, key });
        }
        query.finish();
        if (!any)
            break;
        for (const auto& [id, key] : std::as_const(updates)) {
            update.addBindValue(key);
            update.addBindValue(id);
            if (!update.exec())
                return sqlError(tr("Recomputing the duplicate keys failed"), update);
            ++changed;
        }
    }
    qCInfo(lcDb) << "recomputed" << changed << "duplicate keys";
    return Done {};
}
