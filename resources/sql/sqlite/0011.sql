-- Schema 11: erasing a lead (issue 13, part 4). Timestamps are UTC epoch milliseconds.
--
-- An erased lead keeps its row (its history points at it) with the names and email replaced
-- by "(erased)" and erased_at set; its resume row is deleted, its history rows' details are
-- blanked and one 'erased' history row (the tombstone: who, when, why) is appended.
ALTER TABLE leads ADD COLUMN erased_at INTEGER;

-- lead_events is rebuilt: SQLite cannot change a CHECK constraint ('erased' is a new kind),
-- and detail_sha256 arrives. The chain's encoding becomes version 2 for this table (see
-- auditchain.h): a row's detail enters its hash as its SHA-256, so erasure can blank the
-- detail and keep the digest (detail_sha256) while the chain still verifies.
-- MigrationSteps re-seals the rows right after this script, in the same transaction, once
-- the version-1 chain has been checked intact (a broken chain is never re-sealed).
CREATE TABLE lead_events_v11 (
    id             INTEGER PRIMARY KEY,
    lead_id        INTEGER NOT NULL REFERENCES leads (id) ON DELETE CASCADE,
    kind           TEXT    NOT NULL CHECK (kind IN ('created', 'status_changed', 'note',
                                                    'resume_opened', 'resume_exported', 'assigned', 'erased')),
    from_status    TEXT,
    to_status      TEXT,
    detail         TEXT,
    actor          TEXT    NOT NULL,
    actor_id       INTEGER,
    at             INTEGER NOT NULL,
    hash           TEXT,
    detail_sha256  TEXT    -- set only when erasure blanked detail: hex SHA-256 of its UTF-8
);
INSERT INTO lead_events_v11 (id, lead_id, kind, from_status, to_status, detail, actor, actor_id, at, hash)
SELECT id, lead_id, kind, from_status, to_status, detail, actor, actor_id, at, hash FROM lead_events;
-- (DROP TABLE's implicit delete fires no trigger.)
DROP TABLE lead_events;
ALTER TABLE lead_events_v11 RENAME TO lead_events;
CREATE INDEX lead_events_by_lead ON lead_events (lead_id, at, id);
CREATE INDEX lead_events_by_actor ON lead_events (actor_id, at);

-- The one change a history row may take: erasure blanks its detail and keeps its digest,
-- once the lead has its tombstone. Everything else, the hash included, stays. (SQLite has
-- no SHA-256: a wrong digest is caught by AuditVerifier, as the row's hash covers it.)
CREATE TRIGGER lead_events_no_update BEFORE UPDATE ON lead_events
WHEN NOT (new.id = old.id AND new.lead_id = old.lead_id AND new.kind = old.kind
          AND new.from_status IS old.from_status AND new.to_status IS old.to_status
          AND new.actor = old.actor AND new.actor_id IS old.actor_id AND new.at = old.at
          AND new.hash = old.hash AND old.kind <> 'erased'
          AND old.detail IS NOT NULL AND new.detail IS NULL
          AND old.detail_sha256 IS NULL AND length(new.detail_sha256) = 64
          AND EXISTS (SELECT 1 FROM lead_events WHERE lead_id = old.lead_id AND kind = 'erased'))
BEGIN
    SELECT RAISE(ABORT, 'lead history is append-only');
END;

CREATE TRIGGER lead_events_no_delete BEFORE DELETE ON lead_events
BEGIN
    SELECT RAISE(ABORT, 'lead history is append-only');
END;

CREATE TRIGGER lead_events_chained BEFORE INSERT ON lead_events
WHEN new.hash IS NULL OR length(new.hash) <> 64 OR new.detail_sha256 IS NOT NULL
  OR coalesce(new.id, -1) <= coalesce((SELECT max(id) FROM lead_events), 0)
BEGIN
    SELECT RAISE(ABORT, 'lead history rows are appended with their hash, after the last row');
END;

CREATE TRIGGER lead_events_actor_exists BEFORE INSERT ON lead_events
WHEN new.actor_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM users WHERE id = new.actor_id)
BEGIN
    SELECT RAISE(ABORT, 'lead_events.actor_id names no account');
END;
