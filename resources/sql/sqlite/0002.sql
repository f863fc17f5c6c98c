-- Schema 2: full-text search over names and email (as-you-type prefix search).
CREATE VIRTUAL TABLE leads_fts USING fts5(
    first_name, last_name, email,
    content = 'leads', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TRIGGER leads_fts_insert AFTER INSERT ON leads
BEGIN
    INSERT INTO leads_fts (rowid, first_name, last_name, email)
    VALUES (new.id, new.first_name, new.last_name, new.email);
END;

CREATE TRIGGER leads_fts_delete AFTER DELETE ON leads
BEGIN
    INSERT INTO leads_fts (leads_fts, rowid, first_name, last_name, email)
    VALUES ('delete', old.id, old.first_name, old.last_name, old.email);
END;

CREATE TRIGGER leads_fts_update AFTER UPDATE OF first_name, last_name, email ON leads
BEGIN
    INSERT INTO leads_fts (leads_fts, rowid, first_name, last_name, email)
    VALUES ('delete', old.id, old.first_name, old.last_name, old.email);
    INSERT INTO leads_fts (rowid, first_name, last_name, email)
    VALUES (new.id, new.first_name, new.last_name, new.email);
END;

-- Index the leads that schema 1 already holds.
INSERT INTO leads_fts (leads_fts) VALUES ('rebuild');
