-- PostgreSQL schema 8: how fast the firm answers (issue 12, part 2; SQLite's schema 12).
--
-- reached_out_at: when the lead was first marked REACHED_OUT (ms since the epoch, UTC), set
-- once and kept if the lead goes back to PENDING. follow_up_on: an optional "call back on"
-- date (the firm's calendar day). See sqlite/0012.sql.
ALTER TABLE leads
    ADD COLUMN reached_out_at bigint,
    ADD COLUMN follow_up_on date;

UPDATE leads SET reached_out_at = coalesce(
    (SELECT min(e.at) FROM lead_events e
     WHERE e.lead_id = leads.id AND e.kind = 'status_changed' AND e.to_status = 'REACHED_OUT'),
    updated_at)
WHERE status = 'REACHED_OUT';

CREATE INDEX leads_pending_by_attorney ON leads (attorney_id, created_at) WHERE status = 'PENDING';
CREATE INDEX leads_by_follow_up ON leads (follow_up_on) WHERE follow_up_on IS NOT NULL;
CREATE INDEX leads_by_reached_out ON leads (reached_out_at) WHERE reached_out_at IS NOT NULL;

-- The first change to REACHED_OUT stamps reached_out_at with the change's time (updated_at),
-- whichever code path or desk version makes it; a later return to PENDING keeps it.
CREATE FUNCTION leadintake_first_reached_out() RETURNS trigger
LANGUAGE plpgsql SET search_path = public, pg_temp
AS $$
BEGIN
    IF NEW.status = 'REACHED_OUT' AND NEW.reached_out_at IS NULL THEN
        NEW.reached_out_at := NEW.updated_at;
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER leads_first_reached_out BEFORE UPDATE OF status ON leads
FOR EACH ROW EXECUTE FUNCTION leadintake_first_reached_out();
REVOKE ALL ON FUNCTION leadintake_first_reached_out() FROM PUBLIC;
