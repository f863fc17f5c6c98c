-- Schema 13: follow-up dates in the history (issue 12, part 2). Setting or clearing a lead's
-- "call back on" date (leads.follow_up_on, schema 12) is recorded as a lead_events row of the
-- new kind 'follow_up' (detail: the date as YYYY-MM-DD, empty when cleared).
-- SQLite cannot alter a CHECK constraint; MigrationSteps widens the one on lead_events.kind
-- in the table's stored definition right after this script (as schema 8 did for 'assigned'):
-- no row changes, every existing row still satisfies the wider check.
SELECT 1;
