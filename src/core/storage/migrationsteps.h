#pragma once

#include "error.h"

#include <QCoreApplication>
#include <QSqlDatabase>

// The parts of a schema migration that SQL cannot do (Unicode normalization, SHA-256).
// Database::migrate() runs a version's step right after its NNNN.sql script, in the same
// transaction, so a version is either wholly applied or not at all.
class MigrationSteps
{
    Q_DECLARE_TR_FUNCTIONS(MigrationSteps)

public:
    // Nothing to do for most versions.
    static VoidResult afterScript(int version, const QSqlDatabase& db);
    // PostgreSQL's versions (most have nothing to do either).
    static VoidResult afterServerScript(int version, const QSqlDatabase& db);

    // The conflict check (SQLite 9, PostgreSQL 5): the built-in nickname pairs, and every
    // existing lead's keys (ICU transliteration, so in C++).
    static VoidResult startConflictCheck(const QSqlDatabase& db);

    // Schema 6: leads.email_key recomputed with LeadValidator::emailKey() for every lead.
    static VoidResult refillEmailKeys(const QSqlDatabase& db);
    // Schema 8: lead_events.kind's CHECK also allows 'assigned'. SQLite cannot alter a
    // constraint; the table's stored definition is edited as SQLite documents for changes
    // that leave the file format alone (writable_schema, then a new schema_version).
    static VoidResult allowAssignedEvents(const QSqlDatabase& db);
    // Schema 15: account_log.kind's CHECK also allows 'profile_changed', the same way.
    static VoidResult allowProfileChanges(const QSqlDatabase& db);
    // Schema 13: the same for 'follow_up' (a lead's call-back date set or cleared).
    static VoidResult allowFollowUpEvents(const QSqlDatabase& db);

private:
    // Replaces before with after in lead_events' stored CHECK (once; failure names the
    // step, madeBy the schema whose table definition is expected).
    static VoidResult widenEventKinds(const QSqlDatabase& db, const QString& before,
                                      const QString& after, const QString& failure, int madeBy);
};
