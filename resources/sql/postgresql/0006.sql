-- PostgreSQL schema 6: CSV imports (issue 13, item 1); the same table as SQLite's
-- schema 10 (resources/sql/sqlite/0010.sql explains it). Grants: ServerRoles (admins).
CREATE TABLE import_rows (
    import_id    text    COLLATE "C" NOT NULL CHECK (length(import_id) = 64),
    row_number   bigint  NOT NULL CHECK (row_number > 1),
    lead_id      bigint  REFERENCES leads (id) ON DELETE SET NULL,
    outcome      text    COLLATE "C" NOT NULL CHECK (outcome IN ('added', 'updated')),
    imported_at  bigint  NOT NULL,
    PRIMARY KEY (import_id, row_number)
);
CREATE INDEX import_rows_by_lead ON import_rows (lead_id);
