-- PostgreSQL schema 2: the server enforces who sees what (issue 10, item 6).
--
-- Desks that nobody signed in to (the front desk before sign-in, the kiosk) connect as the
-- firm's intake role. That role reads nothing: it submits a lead only through
-- leadintake_submit_lead(), which runs with the schema owner's rights (SECURITY DEFINER)
-- and writes the lead, its resume, its first history row (hash-chained, the same encoding
-- as src/core/audit/auditchain.cpp) and its two queued emails in one transaction, and asks
-- leadintake_email_known() whether an email is already known (yes or no, never which lead).
-- The roles and grants themselves are made by `leadintake server-init`
-- (src/core/storage/serverroles.cpp): role names are per database and cluster-wide.

-- The canonical encoding of one value (auditchain.cpp: encode()).
CREATE FUNCTION leadintake_chain_int(bigint) RETURNS bytea
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$ SELECT CASE WHEN $1 IS NULL THEN '\x00'::bytea ELSE '\x01'::bytea || int8send($1) END $$;

CREATE FUNCTION leadintake_chain_text(text) RETURNS bytea
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$ SELECT CASE WHEN $1 IS NULL THEN '\x00'::bytea
                  ELSE '\x02'::bytea || int4send(octet_length(convert_to($1, 'UTF8')))
                       || convert_to($1, 'UTF8') END $$;

-- Appends one lead_events row through the chain: id = last id + 1, hash over the previous
-- row's hash and this row's columns. The caller holds the writers' advisory lock.
CREATE FUNCTION leadintake_append_lead_event(p_lead_id bigint, p_kind text, p_from text, p_to text,
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
    digest := sha256(convert_to('leadintake-audit-v1', 'UTF8') || '\x00'::bytea
                     || convert_to('lead_events', 'UTF8') || '\x00'::bytea
                     || coalesce(decode(last_hash, 'hex'), '\x0000000000000000000000000000000000000000000000000000000000000000'::bytea)
                     || leadintake_chain_int(new_id) || leadintake_chain_int(p_lead_id)
                     || leadintake_chain_text(p_kind) || leadintake_chain_text(p_from)
                     || leadintake_chain_text(p_to) || leadintake_chain_text(p_detail)
                     || leadintake_chain_text(p_actor) || leadintake_chain_int(p_actor_id)
                     || leadintake_chain_int(p_at));
    INSERT INTO lead_events (id, lead_id, kind, from_status, to_status, detail, actor, actor_id, at, hash)
    VALUES (new_id, p_lead_id, p_kind, p_from, p_to, p_detail, p_actor, p_actor_id, p_at, encode(digest, 'hex'));
    RETURN new_id;
END $$;
REVOKE ALL ON FUNCTION leadintake_append_lead_event(bigint, text, text, text, text, text, bigint, bigint) FROM PUBLIC;

-- An email's Message-ID, in the sender's domain (OutboxRepository::makeMessageId's shape).
CREATE FUNCTION leadintake_message_id() RETURNS text
LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp
AS $$
    SELECT format('<%s.%s@%s>', (extract(epoch FROM clock_timestamp()) * 1000)::bigint,
                  replace(gen_random_uuid()::text, '-', ''),
                  coalesce(nullif(regexp_replace(lower(split_part(
                      coalesce(nullif((SELECT value FROM settings WHERE key = 'mail.sender_address'), ''),
                               (SELECT value FROM settings WHERE key = 'smtp.username'), ''), '@', 2)),
                      '[^a-z0-9.-]', '', 'g'), ''), 'leadintake.invalid'))
$$;
REVOKE ALL ON FUNCTION leadintake_message_id() FROM PUBLIC;

-- Is this email (its duplicate key, LeadValidator::emailKey) already a lead's? Yes or no.
CREATE FUNCTION leadintake_email_known(p_email_key text) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp
AS $$ SELECT EXISTS (SELECT 1 FROM leads WHERE email_key = p_email_key) $$;
REVOKE ALL ON FUNCTION leadintake_email_known(text) FROM PUBLIC;

-- The intake's one way in: the lead, its resume (checked against its SHA-256), the
-- "created" history row and the two emails, in the caller's transaction. p_upload_key: a
-- desk journal's key (IntakeJournal); a key already uploaded returns that lead and writes
-- nothing, so an upload cut short is never stored twice.
CREATE FUNCTION leadintake_submit_lead(p_first_name text, p_last_name text, p_email text,
                                       p_email_key text, p_language text, p_resume_name text,
                                       p_resume_mime text, p_resume_sha256 text, p_resume bytea,
                                       p_actor text, p_actor_id bigint, p_upload_key text)
RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp
AS $$
DECLARE
    now_ms bigint := (extract(epoch FROM clock_timestamp()) * 1000)::bigint;
    new_id bigint;
BEGIN
    IF p_resume IS NULL OR octet_length(p_resume) = 0 OR octet_length(p_resume) > 10 * 1024 * 1024 THEN
        RAISE EXCEPTION 'the resume is empty or larger than 10 MiB' USING ERRCODE = 'check_violation';
    END IF;
    IF encode(sha256(p_resume), 'hex') <> lower(p_resume_sha256) THEN
        RAISE EXCEPTION 'the resume does not match its checksum' USING ERRCODE = 'data_exception';
    END IF;
    PERFORM pg_advisory_xact_lock(1279607108); -- SqlDialect::kWriteLockKey ("LEAD")
    IF p_upload_key IS NOT NULL THEN
        SELECT lead_id INTO new_id FROM intake_uploads WHERE upload_key = p_upload_key;
        IF FOUND THEN
            RETURN new_id;
        END IF;
    END IF;
    INSERT INTO leads (first_name, last_name, email, email_key, status, created_at, updated_at,
                       version, created_by, preferred_language)
    VALUES (p_first_name, p_last_name, p_email, p_email_key, 'PENDING', now_ms, now_ms, 1, p_actor,
            coalesce(p_language, 'en'))
    RETURNING id INTO new_id;
    INSERT INTO resumes (lead_id, file_name, mime_type, size, sha256, content)
    VALUES (new_id, p_resume_name, p_resume_mime, octet_length(p_resume), lower(p_resume_sha256), p_resume);
    PERFORM leadintake_append_lead_event(new_id, 'created', NULL, 'PENDING', NULL, p_actor, p_actor_id, now_ms);
    INSERT INTO outbox (lead_id, kind, language, recipient_address, recipient_name, message_id,
                        state, attempts, next_attempt_at, queued_at, created_at, updated_at)
    VALUES (new_id, 'prospect_confirmation', coalesce(p_language, 'en'), trim(p_email),
            trim(p_first_name || ' ' || p_last_name), leadintake_message_id(), 'queued', 0,
            now_ms, now_ms, now_ms, now_ms),
           (new_id, 'attorney_notification', 'en',
            coalesce((SELECT trim(value) FROM settings WHERE key = 'firm.notification_address'), ''),
            coalesce((SELECT trim(value) FROM settings WHERE key = 'firm.notification_name'), ''),
            leadintake_message_id(), 'queued', 0, now_ms, now_ms, now_ms, now_ms);
    IF p_upload_key IS NOT NULL THEN
        INSERT INTO intake_uploads (upload_key, lead_id, uploaded_at) VALUES (p_upload_key, new_id, now_ms);
    END IF;
    RETURN new_id;
END $$;
REVOKE ALL ON FUNCTION leadintake_submit_lead(text, text, text, text, text, text, text, text, bytea, text, bigint, text) FROM PUBLIC;
