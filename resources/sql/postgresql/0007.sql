-- Schema 7: erasing a lead (issue 13, part 4; SQLite's schema 11 says what and why).
-- MigrationSteps re-seals lead_events with the chain's version-2 encoding right after this
-- script, in the same transaction, once the version-1 chain has been checked intact.
ALTER TABLE leads ADD COLUMN erased_at bigint;

ALTER TABLE lead_events DROP CONSTRAINT lead_events_kind_check;
ALTER TABLE lead_events ADD CONSTRAINT lead_events_kind_check
    CHECK (kind IN ('created', 'status_changed', 'note', 'resume_opened', 'resume_exported', 'erased'));
-- Set only when erasure blanked detail: hex SHA-256 of its UTF-8.
ALTER TABLE lead_events ADD COLUMN detail_sha256 text;

DROP TRIGGER lead_events_append_only ON lead_events;
CREATE TRIGGER lead_events_no_delete BEFORE DELETE ON lead_events
FOR EACH ROW EXECUTE FUNCTION leadintake_refuse('lead history is append-only');

-- The one change a history row may take: erasure blanks its detail and keeps its digest
-- (checked here), once the lead has its tombstone. Everything else, the hash included, stays.
CREATE FUNCTION leadintake_erase_only() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.id = OLD.id AND NEW.lead_id = OLD.lead_id AND NEW.kind = OLD.kind
       AND NEW.from_status IS NOT DISTINCT FROM OLD.from_status
       AND NEW.to_status IS NOT DISTINCT FROM OLD.to_status
       AND NEW.actor = OLD.actor AND NEW.actor_id IS NOT DISTINCT FROM OLD.actor_id
       AND NEW.at = OLD.at AND NEW.hash = OLD.hash AND OLD.kind <> 'erased'
       AND OLD.detail IS NOT NULL AND NEW.detail IS NULL AND OLD.detail_sha256 IS NULL
       AND NEW.detail_sha256 = encode(sha256(convert_to(OLD.detail, 'UTF8')), 'hex')
       AND EXISTS (SELECT 1 FROM lead_events WHERE lead_id = OLD.lead_id AND kind = 'erased') THEN
        RETURN NEW;
    END IF;
    RAISE EXCEPTION 'lead history is append-only' USING ERRCODE = 'restrict_violation';
END $$;
CREATE TRIGGER lead_events_erase_only BEFORE UPDATE ON lead_events
FOR EACH ROW EXECUTE FUNCTION leadintake_erase_only();

-- (Unlike SQLite, a row may arrive blanked: migrate-to copies erased leads' rows as they are;
-- AuditVerifier refuses a blanked row whose lead has no tombstone.)
