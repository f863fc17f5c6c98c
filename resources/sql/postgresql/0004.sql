-- PostgreSQL schema 4: a responsible attorney for every lead and where the lead came from
-- (issue 12, parts 1 and 4; SQLite's schema 8).
--
-- attorney_id: the account answerable for the lead (an attorney or an admin), or NULL.
-- attorney_name: that account's display name, kept in step by a trigger, so that the
-- leads table sorts (index) and searches (the generated search column) by it without
-- joining users. source: the answer to "How did you hear about us?".
ALTER TABLE leads
    ADD COLUMN attorney_id bigint REFERENCES users (id),
    ADD COLUMN attorney_name text COLLATE "und-x-icu" NOT NULL DEFAULT '',
    ADD COLUMN source text NOT NULL DEFAULT '';
CREATE INDEX leads_by_attorney ON leads (attorney_id, created_at, id);
CREATE INDEX leads_by_attorney_name ON leads (attorney_name, id);

-- The search also matches the attorney's name.
ALTER TABLE leads DROP COLUMN search;
ALTER TABLE leads ADD COLUMN search tsvector GENERATED ALWAYS AS
    (to_tsvector('simple'::regconfig,
                 leadintake_fold(first_name || ' ' || last_name || ' ' || email || ' ' || attorney_name))) STORED;
CREATE INDEX leads_search ON leads USING gin (search);

CREATE FUNCTION leadintake_attorney_renamed() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp
AS $$
BEGIN
    IF NEW.display_name IS DISTINCT FROM OLD.display_name THEN
        UPDATE leads SET attorney_name = NEW.display_name WHERE attorney_id = NEW.id;
    END IF;
    RETURN NULL;
END $$;
REVOKE ALL ON FUNCTION leadintake_attorney_renamed() FROM PUBLIC;
CREATE TRIGGER leads_attorney_renamed AFTER UPDATE OF display_name ON users
FOR EACH ROW EXECUTE FUNCTION leadintake_attorney_renamed();

ALTER TABLE lead_events DROP CONSTRAINT lead_events_kind_check;
ALTER TABLE lead_events ADD CONSTRAINT lead_events_kind_check
    CHECK (kind IN ('created', 'status_changed', 'note', 'resume_opened', 'resume_exported', 'assigned'));

-- Round-robin assignment: the attorney who had the last lead given by rotation.
CREATE TABLE assignment_rotation (
    id                integer PRIMARY KEY CHECK (id = 1),
    last_attorney_id  bigint REFERENCES users (id)
);

-- The responsible attorney for a new lead (AttorneyAssignment::choose on SQLite: keep the
-- two in step): the one chosen at intake when given (it must be an active attorney or
-- admin), else by the firm setting assignment.mode: 'round-robin' gives the next active
-- attorney after the last one rotation chose (by account id, wrapping round; disabled
-- accounts skipped), 'default' the account named by assignment.default_attorney while it
-- is active, 'manual' (the default) nobody. The caller holds the writers' advisory lock,
-- so two desks saving at once are served one after the other.
CREATE FUNCTION leadintake_choose_attorney(p_chosen bigint) RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp
AS $$
DECLARE
    v_mode text := coalesce((SELECT value FROM settings WHERE key = 'assignment.mode'), 'manual');
    v_id bigint;
BEGIN
    IF p_chosen IS NOT NULL THEN
        IF NOT EXISTS (SELECT 1 FROM users WHERE id = p_chosen AND disabled = 0
                       AND role IN ('attorney', 'admin')) THEN
            RAISE EXCEPTION 'account % is not an active attorney', p_chosen USING ERRCODE = 'check_violation';
        END IF;
        RETURN p_chosen;
    END IF;
    IF v_mode = 'round-robin' THEN
        SELECT id INTO v_id FROM users WHERE disabled = 0 AND role IN ('attorney', 'admin')
        ORDER BY (id <= coalesce((SELECT last_attorney_id FROM assignment_rotation WHERE id = 1), 0)), id
        LIMIT 1;
        IF v_id IS NOT NULL THEN
            INSERT INTO assignment_rotation (id, last_attorney_id) VALUES (1, v_id)
            ON CONFLICT (id) DO UPDATE SET last_attorney_id = excluded.last_attorney_id;
        END IF;
        RETURN v_id;
    ELSIF v_mode = 'default' THEN
        SELECT id INTO v_id FROM users
        WHERE username_key = (SELECT value FROM settings WHERE key = 'assignment.default_attorney')
          AND disabled = 0 AND role IN ('attorney', 'admin');
        RETURN v_id;
    END IF;
    RETURN NULL;
END $$;
REVOKE ALL ON FUNCTION leadintake_choose_attorney(bigint) FROM PUBLIC;

-- Schema 2's submission, with the responsible attorney (chosen at intake, or NULL for the
-- firm's rule) and the source. The new-lead notification goes to the attorney's own
-- address; the firm's notification address, when set, gets its own copy (a second
-- message: each has its own delivery state, and neither recipient sees the other).
DROP FUNCTION leadintake_submit_lead(text, text, text, text, text, text, text, text, bytea, text, bigint, text);
CREATE FUNCTION leadintake_submit_lead(p_first_name text, p_last_name text, p_email text,
                                       p_email_key text, p_language text, p_resume_name text,
                                       p_resume_mime text, p_resume_sha256 text, p_resume bytea,
                                       p_actor text, p_actor_id bigint, p_upload_key text,
                                       p_attorney_id bigint, p_source text)
RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp
AS $$
DECLARE
    now_ms bigint := (extract(epoch FROM clock_timestamp()) * 1000)::bigint;
    new_id bigint;
    v_attorney bigint;
    v_attorney_name text := '';
    v_attorney_email text := '';
    v_firm_address text := coalesce((SELECT trim(value) FROM settings WHERE key = 'firm.notification_address'), '');
    v_firm_name text := coalesce((SELECT trim(value) FROM settings WHERE key = 'firm.notification_name'), '');
BEGIN
    IF p_resume IS NULL OR octet_length(p_resume) = 0 OR octet_length(p_resume) > 10 * 1024 * 1024 THEN
        RAISE EXCEPTION 'the resume is empty or larger than 10 MiB' USING ERRCODE = 'check_violation';
    END IF;
    IF encode(sha256(p_resume), 'hex') <> lower(p_resume_sha256) THEN
        RAISE EXCEPTION 'the resume does not match its checksum' USING ERRCODE = 'data_exception';
    END IF;
    IF length(coalesce(p_source, '')) > 200 THEN
        RAISE EXCEPTION 'the source is longer than 200 characters' USING ERRCODE = 'check_violation';
    END IF;
    PERFORM pg_advisory_xact_lock(1279607108); -- SqlDialect::kWriteLockKey ("LEAD")
    IF p_upload_key IS NOT NULL THEN
        SELECT lead_id INTO new_id FROM intake_uploads WHERE upload_key = p_upload_key;
        IF FOUND THEN
            RETURN new_id;
        END IF;
    END IF;
    v_attorney := leadintake_choose_attorney(p_attorney_id);
    IF v_attorney IS NOT NULL THEN
        SELECT display_name, trim(email) INTO v_attorney_name, v_attorney_email FROM users WHERE id = v_attorney;
    END IF;
    INSERT INTO leads (first_name, last_name, email, email_key, status, created_at, updated_at,
                       version, created_by, preferred_language, attorney_id, attorney_name, source)
    VALUES (p_first_name, p_last_name, p_email, p_email_key, 'PENDING', now_ms, now_ms, 1, p_actor,
            coalesce(p_language, 'en'), v_attorney, coalesce(v_attorney_name, ''), coalesce(trim(p_source), ''))
    RETURNING id INTO new_id;
    INSERT INTO resumes (lead_id, file_name, mime_type, size, sha256, content)
    VALUES (new_id, p_resume_name, p_resume_mime, octet_length(p_resume), lower(p_resume_sha256), p_resume);
    PERFORM leadintake_append_lead_event(new_id, 'created', NULL, 'PENDING', NULL, p_actor, p_actor_id, now_ms);
    INSERT INTO outbox (lead_id, kind, language, recipient_address, recipient_name, message_id,
                        state, attempts, next_attempt_at, queued_at, created_at, updated_at)
    VALUES (new_id, 'prospect_confirmation', coalesce(p_language, 'en'), trim(p_email),
            trim(p_first_name || ' ' || p_last_name), leadintake_message_id(), 'queued', 0,
            now_ms, now_ms, now_ms, now_ms);
    IF coalesce(v_attorney_email, '') <> '' THEN
        INSERT INTO outbox (lead_id, kind, language, recipient_address, recipient_name, message_id,
                            state, attempts, next_attempt_at, queued_at, created_at, updated_at)
        VALUES (new_id, 'attorney_notification', 'en', v_attorney_email, v_attorney_name,
                leadintake_message_id(), 'queued', 0, now_ms, now_ms, now_ms, now_ms);
    END IF;
    -- The firm's copy; also the one notification when no attorney has an address (then
    -- queued even when still empty: the address is looked up again when it is sent).
    IF (v_firm_address <> '' AND lower(v_firm_address) <> lower(coalesce(v_attorney_email, '')))
       OR coalesce(v_attorney_email, '') = '' THEN
        INSERT INTO outbox (lead_id, kind, language, recipient_address, recipient_name, message_id,
                            state, attempts, next_attempt_at, queued_at, created_at, updated_at)
        VALUES (new_id, 'attorney_notification', 'en', v_firm_address, v_firm_name,
                leadintake_message_id(), 'queued', 0, now_ms, now_ms, now_ms, now_ms);
    END IF;
    IF p_upload_key IS NOT NULL THEN
        INSERT INTO intake_uploads (upload_key, lead_id, uploaded_at) VALUES (p_upload_key, new_id, now_ms);
    END IF;
    RETURN new_id;
END $$;
REVOKE ALL ON FUNCTION leadintake_submit_lead(text, text, text, text, text, text, text, text, bytea, text, bigint, text, bigint, text) FROM PUBLIC;

-- The "How did you hear about us?" choices (firm setting intake.sources, NULL: the
-- built-in list) for desks that read no settings: the kiosk and the front desk before
-- sign-in (the intake role). Nothing else of the settings is given away.
CREATE FUNCTION leadintake_lead_sources() RETURNS text
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp
AS $$ SELECT value FROM settings WHERE key = 'intake.sources' $$;
REVOKE ALL ON FUNCTION leadintake_lead_sources() FROM PUBLIC;
