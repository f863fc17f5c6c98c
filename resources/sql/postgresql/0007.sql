-- Schema 7: erasing a lead (issue 13, part 4; SQLite's schema 11 says what and why).
-- MigrationSteps re-seals lead_events with the chain's version-2 encoding right after this
-- script, in the same transaction, once the version-1 chain has been checked intact.
ALTER TABLE leads ADD COLUMN erased_at bigint;

ALTER TABLE lead_events DROP CONSTRAINT lead_events_kind_check;
ALTER TABLE lead_events ADD CONSTRAINT lead_events_kind_check
    CHECK (kind IN ('created', 'status_changed', 'note', 'resume_opened', 'resume_exported', 'assigned',
                    'erased'));
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

-- The intake role's submission appends its "created" row with the chain's version 2 encoding
-- (detail as 0x03 and its SHA-256), like AuditChain::append.
CREATE OR REPLACE FUNCTION leadintake_append_lead_event(p_lead_id bigint, p_kind text, p_from text, p_to text,
                                                        p_detail text, p_actor text, p_actor_id bigint,
                                                        p_at bigint) RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp
AS $$
DECLARE
    last_id bigint;
    last_hash text;
    new_id bigint;
    digest bytea;
BEGIN
    SELECT id, hash INTO last_id, last_hash FROM lead_events ORDER BY id DESC LIMIT 1;
    new_id := coalesce(last_id, 0) + 1;
    digest := sha256(convert_to('leadintake-audit-v2', 'UTF8') || '\x00'::bytea
                     || convert_to('lead_events', 'UTF8') || '\x00'::bytea
                     || coalesce(decode(last_hash, 'hex'), '\x0000000000000000000000000000000000000000000000000000000000000000'::bytea)
                     || leadintake_chain_int(new_id) || leadintake_chain_int(p_lead_id)
                     || leadintake_chain_text(p_kind) || leadintake_chain_text(p_from)
                     || leadintake_chain_text(p_to)
                     || CASE WHEN p_detail IS NULL THEN '\x00'::bytea
                             ELSE '\x03'::bytea || sha256(convert_to(p_detail, 'UTF8')) END
                     || leadintake_chain_text(p_actor) || leadintake_chain_int(p_actor_id)
                     || leadintake_chain_int(p_at));
    INSERT INTO lead_events (id, lead_id, kind, from_status, to_status, detail, actor, actor_id, at, hash)
    VALUES (new_id, p_lead_id, p_kind, p_from, p_to, p_detail, p_actor, p_actor_id, p_at, encode(digest, 'hex'));
    RETURN new_id;
END $$;
