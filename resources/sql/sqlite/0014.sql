-- Schema 14: the morning digest of overdue leads (issue 12, part 2). Timestamps are UTC
-- epoch milliseconds.
--
-- The outbox takes a fourth kind of email, 'morning_digest' (no lead of its own: it lists
-- several). SQLite cannot change a CHECK constraint in place, so the table is rebuilt with
-- the same columns, rows and indexes (nothing refers to it yet).
CREATE TABLE outbox_rebuilt (
    id                  INTEGER PRIMARY KEY,
    lead_id             INTEGER REFERENCES leads (id) ON DELETE CASCADE,
    kind                TEXT    NOT NULL CHECK (kind IN ('prospect_confirmation',
                                                         'attorney_notification', 'test',
                                                         'morning_digest')),
    language            TEXT    NOT NULL DEFAULT 'en' CHECK (language IN ('en', 'es')),
    recipient_address   TEXT    NOT NULL,
    recipient_name      TEXT    NOT NULL DEFAULT '',
    message_id          TEXT    NOT NULL UNIQUE,
    state               TEXT    NOT NULL DEFAULT 'queued'
                                CHECK (state IN ('queued', 'sending', 'sent', 'failed', 'cancelled')),
    possible_duplicate  INTEGER NOT NULL DEFAULT 0 CHECK (possible_duplicate IN (0, 1)),
    attempts            INTEGER NOT NULL DEFAULT 0,
    next_attempt_at     INTEGER NOT NULL,
    lease_owner         TEXT,
    lease_until         INTEGER,
    last_error          TEXT,
    queued_at           INTEGER NOT NULL,
    created_at          INTEGER NOT NULL,
    updated_at          INTEGER NOT NULL,
    sent_at             INTEGER
);
INSERT INTO outbox_rebuilt (id, lead_id, kind, language, recipient_address, recipient_name, message_id,
                            state, possible_duplicate, attempts, next_attempt_at, lease_owner, lease_until,
                            last_error, queued_at, created_at, updated_at, sent_at)
SELECT id, lead_id, kind, language, recipient_address, recipient_name, message_id,
       state, possible_duplicate, attempts, next_attempt_at, lease_owner, lease_until,
       last_error, queued_at, created_at, updated_at, sent_at
FROM outbox;
DROP TABLE outbox;
ALTER TABLE outbox_rebuilt RENAME TO outbox;
CREATE INDEX outbox_by_state_due ON outbox (state, next_attempt_at);
CREATE INDEX outbox_by_lead ON outbox (lead_id);
CREATE INDEX outbox_by_created ON outbox (created_at, id);

-- One row per recipient and firm day: the claim that makes the digest go at most once a
-- day per attorney however many desks run it. It is inserted (if absent) in the same
-- transaction as the digest's outbox row, so a second desk finds it and queues nothing.
-- account_id: users.id, or 0 for the firm's notification address (the leads nobody is
-- responsible for). day: the firm's calendar day, YYYY-MM-DD. unlisted: how many more
-- overdue leads there were than the email lists.
CREATE TABLE digest_sent (
    account_id  INTEGER NOT NULL,
    day         TEXT    NOT NULL CHECK (day GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
    outbox_id   INTEGER REFERENCES outbox (id) ON DELETE SET NULL,
    sent_at     INTEGER NOT NULL,
    unlisted    INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (account_id, day)
);
CREATE INDEX digest_sent_by_outbox ON digest_sent (outbox_id);

-- The leads a digest lists, in its order, with when each became overdue. The email is
-- rendered from these at send time (no body is stored); an erased lead is left out then.
CREATE TABLE digest_leads (
    outbox_id  INTEGER NOT NULL REFERENCES outbox (id) ON DELETE CASCADE,
    ordinal    INTEGER NOT NULL,
    lead_id    INTEGER NOT NULL REFERENCES leads (id) ON DELETE CASCADE,
    due_at     INTEGER NOT NULL,
    PRIMARY KEY (outbox_id, ordinal)
);
CREATE INDEX digest_leads_by_lead ON digest_leads (lead_id);
