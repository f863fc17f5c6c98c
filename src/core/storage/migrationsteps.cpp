#include "migrationsteps.h"

#include "auditchain.h"
#include "conflictindex.h"
#include "nicknametable.h"
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
    case 8:
        return allowAssignedEvents(db);
    case 9:
        return startConflictCheck(db);
    case 13:
        return allowFollowUpEvents(db);
    case 15:
        return allowProfileChanges(db);
    case AuditChain::kDigestSchemaSqlite:
        return AuditChain::resealWithDigests(db);
    default:
        return Done {};
    }
}

VoidResult MigrationSteps::afterServerScript(int version, const QSqlDatabase& db)
{
    switch (version) {
    case 5:
        return startConflictCheck(db);
    case AuditChain::kDigestSchemaPostgres:
        return AuditChain::resealWithDigests(db);
    default:
        return Done {};
    }
}

VoidResult MigrationSteps::startConflictCheck(const QSqlDatabase& db)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("INSERT INTO nicknames (name, nickname) VALUES (?, ?) ON CONFLICT DO NOTHING"));
    for (const auto& [name, nickname] : NicknameTable::builtInPairs()) {
        query.addBindValue(NameMatcher::normalizeWord(name));
        query.addBindValue(NameMatcher::normalizeWord(nickname));
        if (!query.exec())
            return sqlError(tr("Saving the nickname table failed"), query);
    }
    return ConflictIndex::indexExistingLeads(db);
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

namespace {

// Replaces `before` by `after` in a table's stored definition (one CHECK constraint's list),
// as SQLite documents for changes that leave the file format alone: writable_schema, then a
// new schema_version, which makes every connection read the schema again.
VoidResult widenCheck(const QSqlDatabase& db, const QString& table, const QString& before, const QString& after,
                      const QString& what, const QString& notTheOne)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA schema_version")) || !query.next())
        return sqlError(what, query);
    const int schemaVersion = query.value(0).toInt();
    query.finish();
    if (!query.exec(QStringLiteral("PRAGMA writable_schema = ON")))
        return sqlError(what, query);
    query.prepare(QStringLiteral("UPDATE sqlite_master SET sql = replace(sql, ?, ?) "
                                 "WHERE type = 'table' AND name = ? AND instr(sql, ?) > 0"));
    query.addBindValue(before);
    query.addBindValue(after);
    query.addBindValue(table);
    query.addBindValue(before);
    const bool edited = query.exec() && query.numRowsAffected() == 1;
    QSqlQuery pragma(db);
    const bool bumped = edited && pragma.exec(QStringLiteral("PRAGMA schema_version = %1").arg(schemaVersion + 1));
    // RESET, not just OFF: this connection would otherwise keep an emptied schema whose
    // cookie already matches the file ("no such table: leads" on its next statement).
    QSqlQuery off(db);
    off.exec(QStringLiteral("PRAGMA writable_schema = RESET"));
    off.exec(QStringLiteral("PRAGMA writable_schema = OFF"));
    if (!edited)
        return query.lastError().isValid() ? sqlError(what, query)
                                           : Error { Error::Code::Database, what + QStringLiteral(": ") + notTheOne };
    if (!bumped)
        return sqlError(what, pragma);
    return Done {};
}

} // namespace

VoidResult MigrationSteps::allowProfileChanges(const QSqlDatabase& db)
{
    return widenCheck(db, QStringLiteral("account_log"), QStringLiteral("'disabled', 'enabled')"),
                      QStringLiteral("'disabled', 'enabled', 'profile_changed')"),
                      tr("Allowing profile changes in the account log failed"),
                      tr("the account log table is not the one the earlier schemas made."));
}

VoidResult MigrationSteps::allowAssignedEvents(const QSqlDatabase& db)
{
    return widenEventKinds(db, QStringLiteral("'resume_exported')"),
                           QStringLiteral("'resume_exported', 'assigned')"),
                           tr("Allowing reassignments in the history failed"), 7);
}

VoidResult MigrationSteps::allowFollowUpEvents(const QSqlDatabase& db)
{
    return widenEventKinds(db, QStringLiteral("'assigned', 'erased')"),
                           QStringLiteral("'assigned', 'erased', 'follow_up')"),
                           tr("Allowing follow-up dates in the history failed"), 12);
}

VoidResult MigrationSteps::widenEventKinds(const QSqlDatabase& db, const QString& before,
                                           const QString& after, const QString& failure,
                                           int madeBy)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA schema_version")) || !query.next())
        return sqlError(failure, query);
    const int schemaVersion = query.value(0).toInt();
    query.finish();
    if (!query.exec(QStringLiteral("PRAGMA writable_schema = ON")))
        return sqlError(failure, query);
    query.prepare(QStringLiteral("UPDATE sqlite_master SET sql = replace(sql, ?, ?) "
                                 "WHERE type = 'table' AND name = 'lead_events' AND instr(sql, ?) > 0"));
    query.addBindValue(before);
    query.addBindValue(after);
    query.addBindValue(before);
    const bool edited = query.exec() && query.numRowsAffected() == 1;
    QSqlQuery pragma(db);
    // The new version number makes every connection (this one too) read the schema again.
    const bool bumped = edited && pragma.exec(QStringLiteral("PRAGMA schema_version = %1").arg(schemaVersion + 1));
    QSqlQuery off(db);
    off.exec(QStringLiteral("PRAGMA writable_schema = OFF"));
    // Read the edited schema now: a statement prepared next on this connection (the
    // migration's last step is followed by the caller's own statements) found it stale.
    QSqlQuery reread(db);
    reread.exec(QStringLiteral("SELECT count(*) FROM sqlite_master"));
    reread.finish();
    if (!edited)
        return query.lastError().isValid()
            ? sqlError(failure, query)
            : Error { Error::Code::Database,
                      tr("%1: the history table is not the one schema %2 made.").arg(failure).arg(madeBy) };
    if (!bumped)
        return sqlError(failure, pragma);
    return Done {};
}
