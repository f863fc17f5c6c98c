-- SQLite schema 15: account_log.kind also takes 'profile_changed' (an administrator edited
-- an account's full name or email address; detail names the fields that changed, never their
-- values, which the account row holds: the log is append-only and would keep them for ever).
-- SQLite cannot alter a CHECK constraint: MigrationSteps widens it in the table's stored
-- definition, as schema 8 did for lead_events (no row changes; every row still satisfies it).
SELECT 1;
