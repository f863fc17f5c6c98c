-- Schema 12: how fast the firm answers (issue 12, part 2).
--
-- reached_out_at: when the lead was first marked REACHED_OUT (ms since the epoch, UTC);
-- set once by LeadRepository::setStatus and kept if the lead goes back to PENDING, so "time
-- to first contact" stays the first one. Filled here from the history for existing leads
-- (the earliest status change to REACHED_OUT), else from updated_at for a lead that reached
-- out without one (older imports).
-- follow_up_on: an optional "call back on" date (the firm's calendar day, YYYY-MM-DD); a
-- pending lead whose date has come is overdue like one past the firm's target.
ALTER TABLE leads ADD COLUMN reached_out_at INTEGER;
ALTER TABLE leads ADD COLUMN follow_up_on TEXT CHECK (follow_up_on IS NULL OR follow_up_on GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]');

UPDATE leads SET reached_out_at = coalesce(
    (SELECT min(e.at) FROM lead_events e
     WHERE e.lead_id = leads.id AND e.kind = 'status_changed' AND e.to_status = 'REACHED_OUT'),
    updated_at)
WHERE status = 'REACHED_OUT';

-- The overdue count and the digest: an attorney's pending leads oldest first, and the leads
-- with a follow-up date.
CREATE INDEX leads_pending_by_attorney ON leads (attorney_id, created_at) WHERE status = 'PENDING';
CREATE INDEX leads_by_follow_up ON leads (follow_up_on) WHERE follow_up_on IS NOT NULL;
-- The dashboard's time to first contact over a date range.
CREATE INDEX leads_by_reached_out ON leads (reached_out_at) WHERE reached_out_at IS NOT NULL;

-- The first change to REACHED_OUT stamps reached_out_at with the change's time (updated_at),
-- whichever code path or desk version makes it; a later return to PENDING keeps it.
CREATE TRIGGER leads_first_reached_out AFTER UPDATE OF status ON leads
WHEN new.status = 'REACHED_OUT' AND new.reached_out_at IS NULL
BEGIN
    UPDATE leads SET reached_out_at = new.updated_at WHERE id = new.id;
END;
