-- Schema 8: a responsible attorney for every lead and where the lead came from (issue 12,
-- parts 1 and 4).
--
-- attorney_id: the account answerable for the lead (an attorney or an admin), or NULL.
-- attorney_name: that account's display name, kept here (and in step by the trigger below)
-- so that the leads table sorts and searches by it through an index and the full-text
-- index, never by joining users for a million rows.
-- source: the answer to "How did you hear about us?" ('' when not asked or not given).
ALTER TABLE leads ADD COLUMN attorney_id INTEGER REFERENCES users (id);
ALTER TABLE leads ADD COLUMN attorney_name TEXT NOT NULL DEFAULT '';
ALTER TABLE leads ADD COLUMN source TEXT NOT NULL DEFAULT '';
CREATE INDEX leads_by_attorney ON leads (attorney_id, created_at, id);
CREATE INDEX leads_by_attorney_name ON leads (attorney_name COLLATE NOCASE, id);

CREATE TRIGGER leads_attorney_renamed AFTER UPDATE OF display_name ON users
BEGIN
    UPDATE leads SET attorney_name = new.display_name WHERE attorney_id = new.id;
END;

-- Round-robin assignment: the attorney who had the last lead given by rotation. Read and
-- written inside the lead's write transaction, so two desks saving at once queue.
CREATE TABLE assignment_rotation (
    id                INTEGER PRIMARY KEY CHECK (id = 1),
    last_attorney_id  INTEGER REFERENCES users (id)
);

-- The search also matches the attorney's name.
DROP TRIGGER leads_fts_insert;
DROP TRIGGER leads_fts_delete;
DROP TRIGGER leads_fts_update;
DROP TABLE leads_fts;
CREATE VIRTUAL TABLE leads_fts USING fts5(
    first_name, last_name, email, attorney_name,
    content = 'leads', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '1 2 3'
);
INSERT INTO leads_fts (leads_fts) VALUES ('rebuild');

CREATE TRIGGER leads_fts_insert AFTER INSERT ON leads
BEGIN
    INSERT INTO leads_fts (rowid, first_name, last_name, email, attorney_name)
    VALUES (new.id, new.first_name, new.last_name, new.email, new.attorney_name);
END;

CREATE TRIGGER leads_fts_delete AFTER DELETE ON leads
BEGIN
    INSERT INTO leads_fts (leads_fts, rowid, first_name, last_name, email, attorney_name)
    VALUES ('delete', old.id, old.first_name, old.last_name, old.email, old.attorney_name);
END;

CREATE TRIGGER leads_fts_update AFTER UPDATE OF first_name, last_name, email, attorney_name ON leads
BEGIN
    INSERT INTO leads_fts (leads_fts, rowid, first_name, last_name, email, attorney_name)
    VALUES ('delete', old.id, old.first_name, old.last_name, old.email, old.attorney_name);
    INSERT INTO leads_fts (rowid, first_name, last_name, email, attorney_name)
    VALUES (new.id, new.first_name, new.last_name, new.email, new.attorney_name);
END;

-- lead_events.kind also takes 'assigned' (a reassignment: detail holds the new attorney's
-- display name). SQLite cannot alter a CHECK constraint; MigrationSteps widens it in the
-- table's stored definition (the documented writable_schema way: no row changes, every
-- existing row still satisfies it).
