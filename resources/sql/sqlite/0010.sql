-- Schema 10: CSV imports (issue 13, item 1). Timestamps are UTC epoch milliseconds.
--
-- One row per CSV record that an import stored: import_id is the SHA-256 (hex) of the
-- file's bytes, row_number the record's number in the file (the header is 1, as a
-- spreadsheet numbers it). Written in the same transaction as the lead, so an import that
-- was interrupted and is run again on the same file skips the records already stored and
-- imports each record once. lead_id becomes NULL when the lead is erased: the row stays,
-- so running an old file again never brings an erased prospect back.
CREATE TABLE import_rows (
    import_id    TEXT    NOT NULL CHECK (length(import_id) = 64),
    row_number   INTEGER NOT NULL CHECK (row_number > 1),
    lead_id      INTEGER REFERENCES leads (id) ON DELETE SET NULL,
    outcome      TEXT    NOT NULL CHECK (outcome IN ('added', 'updated')),
    imported_at  INTEGER NOT NULL,
    PRIMARY KEY (import_id, row_number)
);
CREATE INDEX import_rows_by_lead ON import_rows (lead_id);
