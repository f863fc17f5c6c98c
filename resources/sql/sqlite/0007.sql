-- Schema 7: the lead history and the account log are append-only and tamper-evident
-- (issue 9, item 10).
--
-- Each row carries `hash`: the lowercase hex SHA-256 of the row's columns and the previous
-- row's hash, in the canonical encoding that src/core/auditchain.h defines. Rows are
-- appended by AuditChain::append() with id = highest id + 1 inside a write transaction.
-- MigrationSteps (AuditChain::sealExisting) hashes the rows written before this schema, in
-- id order, right after this script and in the same transaction.
ALTER TABLE lead_events ADD COLUMN hash TEXT;
ALTER TABLE account_log ADD COLUMN hash TEXT;

-- Schema 1 refused UPDATE only; a lead's history can no longer be removed either (and so
-- neither can a lead: its events cascade).
CREATE TRIGGER lead_events_no_delete BEFORE DELETE ON lead_events
BEGIN
    SELECT RAISE(ABORT, 'lead history is append-only');
END;

-- A row without a hash, or not after the last row, is not appended through the chain.
-- (In a BEFORE INSERT trigger an id left to SQLite reads -1, so it is refused too.)
CREATE TRIGGER lead_events_chained BEFORE INSERT ON lead_events
WHEN new.hash IS NULL OR length(new.hash) <> 64
  OR coalesce(new.id, -1) <= coalesce((SELECT max(id) FROM lead_events), 0)
BEGIN
    SELECT RAISE(ABORT, 'lead history rows are appended with their hash, after the last row');
END;

CREATE TRIGGER account_log_chained BEFORE INSERT ON account_log
WHEN new.hash IS NULL OR length(new.hash) <> 64
  OR coalesce(new.id, -1) <= coalesce((SELECT max(id) FROM account_log), 0)
BEGIN
    SELECT RAISE(ABORT, 'account log rows are appended with their hash, after the last row');
END;
