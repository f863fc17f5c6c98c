-- Schema 4: a million leads stay instant (issue 5).
--
-- Prefix indexes for the full-text search: the first one, two and three letters typed
-- read one doclist each instead of merging every term that starts with them.
DROP TABLE leads_fts;
CREATE VIRTUAL TABLE leads_fts USING fts5(
    first_name, last_name, email,
    content = 'leads', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '1 2 3'
);
INSERT INTO leads_fts (leads_fts) VALUES ('rebuild');

-- Leads whose created_at breaks the order of their ids (a desk's clock set back, an import
-- of old leads). Every other lead has both a higher id and a later-or-equal creation time
-- than every earlier one, so "newest first" over them is simply "highest id first", which
-- the search index gives without sorting its matches. Kept by the triggers below.
CREATE TABLE leads_created_out_of_order (
    id INTEGER PRIMARY KEY
);

INSERT INTO leads_created_out_of_order (id)
SELECT id FROM (
    SELECT id, created_at,
           max(created_at) OVER (ORDER BY id ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS previous_max
    FROM leads)
WHERE created_at < previous_max;

-- A new lead is in order when it has the highest id and no other lead was created later.
CREATE TRIGGER leads_created_order_insert AFTER INSERT ON leads
WHEN EXISTS (SELECT 1 FROM leads WHERE id > new.id)
  OR new.created_at < (SELECT created_at FROM leads WHERE id <> new.id ORDER BY created_at DESC LIMIT 1)
BEGIN
    INSERT OR IGNORE INTO leads_created_out_of_order (id) VALUES (new.id);
END;

CREATE TRIGGER leads_created_order_update AFTER UPDATE OF id, created_at ON leads
BEGIN
    INSERT OR IGNORE INTO leads_created_out_of_order (id) VALUES (old.id), (new.id);
END;

CREATE TRIGGER leads_created_order_delete AFTER DELETE ON leads
BEGIN
    DELETE FROM leads_created_out_of_order WHERE id = old.id;
END;
