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
    // The same for a PostgreSQL schema version (its numbers are its own).
    static VoidResult afterServerScript(int version, const QSqlDatabase& db);

    // Schema 6: leads.email_key recomputed with LeadValidator::emailKey() for every lead.
    static VoidResult refillEmailKeys(const QSqlDatabase& db);
};
