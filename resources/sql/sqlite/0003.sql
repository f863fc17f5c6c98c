-- Schema 3: the durable outbox, firm-wide settings, and the prospect's preferred language.
-- Timestamps are UTC epoch milliseconds.

-- The language of the prospect's confirmation email.
ALTER TABLE leads ADD COLUMN preferred_language TEXT NOT NULL DEFAULT 'en'
    CHECK (preferred_language IN ('en', 'es'));

-- One row per email. The message is rendered from the lead and the templates at send time;
-- message_id is fixed at enqueue so that every retry is the same message to the recipient.
CREATE TABLE outbox (
    id                  INTEGER PRIMARY KEY,
    lead_id             INTEGER REFERENCES leads (id) ON DELETE CASCADE,
    kind                TEXT    NOT NULL CHECK (kind IN ('prospect_confirmation',
                                                         'attorney_notification', 'test')),
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
    queued_at           INTEGER NOT NULL, -- start of the current delivery series (backoff's give-up)
    created_at          INTEGER NOT NULL,
    updated_at          INTEGER NOT NULL,
    sent_at             INTEGER
);
CREATE INDEX outbox_by_state_due ON outbox (state, next_attempt_at);
CREATE INDEX outbox_by_lead ON outbox (lead_id);
CREATE INDEX outbox_by_created ON outbox (created_at, id);

-- Firm-wide values shared by every desk (never secrets: the SMTP password is not here).
CREATE TABLE settings (
    key    TEXT PRIMARY KEY,
    value  TEXT NOT NULL
);
