-- Schema 1: leads, their resumes and their history.
-- Timestamps are UTC epoch milliseconds.
CREATE TABLE leads (
    id          INTEGER PRIMARY KEY,
    first_name  TEXT    NOT NULL CHECK (length(trim(first_name)) > 0),
    last_name   TEXT    NOT NULL CHECK (length(trim(last_name)) > 0),
    email       TEXT    NOT NULL CHECK (length(email) BETWEEN 3 AND 254),
    email_key   TEXT    NOT NULL,
    status      TEXT    NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'REACHED_OUT')),
    created_at  INTEGER NOT NULL,
    updated_at  INTEGER NOT NULL,
    version     INTEGER NOT NULL DEFAULT 1,
    created_by  TEXT    NOT NULL
);

-- One index per sortable column, each ending in id so that paging is stable.
CREATE INDEX leads_by_created ON leads (created_at, id);
CREATE INDEX leads_by_first_name ON leads (first_name COLLATE NOCASE, id);
CREATE INDEX leads_by_last_name ON leads (last_name COLLATE NOCASE, id);
CREATE INDEX leads_by_email ON leads (email_key, id);
CREATE INDEX leads_by_status ON leads (status, created_at, id);

-- Kept apart so that listing leads never reads file bytes.
CREATE TABLE resumes (
    lead_id    INTEGER PRIMARY KEY REFERENCES leads (id) ON DELETE CASCADE,
    file_name  TEXT    NOT NULL,
    mime_type  TEXT    NOT NULL,
    size       INTEGER NOT NULL CHECK (size > 0),
    sha256     TEXT    NOT NULL,
    content    BLOB    NOT NULL
);

-- Append-only history. actor is the desk user's name until accounts exist; actor_id will
-- point at users(id) then.
CREATE TABLE lead_events (
    id           INTEGER PRIMARY KEY,
    lead_id      INTEGER NOT NULL REFERENCES leads (id) ON DELETE CASCADE,
    kind         TEXT    NOT NULL CHECK (kind IN ('created', 'status_changed', 'note',
                                                  'resume_opened', 'resume_exported')),
    from_status  TEXT,
    to_status    TEXT,
    detail       TEXT,
    actor        TEXT    NOT NULL,
    actor_id     INTEGER,
    at           INTEGER NOT NULL
);
CREATE INDEX lead_events_by_lead ON lead_events (lead_id, at, id);

CREATE TRIGGER lead_events_no_update BEFORE UPDATE ON lead_events
BEGIN
    SELECT RAISE(ABORT, 'lead history is append-only');
END;
