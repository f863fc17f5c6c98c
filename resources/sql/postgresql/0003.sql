-- PostgreSQL schema 3: every account is a login role of the server (issue 10, item 6).
--
-- Signing in at a desk is connecting as the account's own login role with its password:
-- the server checks the password (SCRAM-SHA-256, throttled by auth_delay) and then allows
-- only what the account's group allows. The password never reaches this schema: the
-- application sends a SCRAM verifier in users.password_hash ('SCRAM-SHA-256$...', or
-- 'once:SCRAM-SHA-256$...' for a one-time code the holder must replace), and the trigger
-- below moves it into the role and leaves 'server-login' (or 'server-login-code').
-- Accounts whose row keeps an Argon2 hash (made by a superuser's connection, or copied by
-- an older migrate-to) have no login role and sign in only where that hash can be read.

ALTER TABLE users DROP CONSTRAINT users_password_hash_check;
ALTER TABLE users ADD CONSTRAINT users_password_hash_check
    CHECK (password_hash LIKE '$argon2%' OR password_hash IN ('server-login', 'server-login-code'));

ALTER TABLE account_log DROP CONSTRAINT account_log_kind_check;
ALTER TABLE account_log ADD CONSTRAINT account_log_kind_check
    CHECK (kind IN ('signed_in', 'signed_out', 'locked', 'sign_in_failed', 'locked_out',
                    'account_created', 'role_changed', 'password_reset', 'password_rehashed',
                    'disabled', 'enabled', 'password_changed'));

-- The login roles this schema made. The functions below alter no role that is not here, so
-- an account can never take over a role the firm's IT made for something else.
CREATE TABLE account_logins (
    -- Deferred: the trigger below writes it before its users row exists.
    user_id    bigint  PRIMARY KEY REFERENCES users (id) DEFERRABLE INITIALLY DEFERRED,
    role_name  text    NOT NULL UNIQUE
);

-- An account's login role: "<database>_u_<user name key>", e.g. leadintake_u_maria. Role
-- names are cluster-wide and at most 63 bytes; a longer one is "lu_" and a hash.
CREATE FUNCTION leadintake_login_role(p_username_key text) RETURNS text
LANGUAGE sql STABLE PARALLEL SAFE
AS $$
    SELECT CASE WHEN octet_length(current_database() || '_u_' || p_username_key) <= 63
                THEN current_database() || '_u_' || p_username_key
                ELSE 'lu_' || md5(current_database() || '/' || p_username_key) END
$$;

CREATE FUNCTION leadintake_valid_verifier(p_verifier text) RETURNS boolean
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$ SELECT p_verifier ~ '^SCRAM-SHA-256\$[0-9]{4,7}:[A-Za-z0-9+/]+=*\$[A-Za-z0-9+/]+=*:[A-Za-z0-9+/]+=*$' $$;

-- Keeps an account's login role in step with its row: created with the row, its password
-- set from a verifier, LOGIN only while the account is enabled, member of exactly the
-- group of the account's role. Runs with the schema owner's rights (CREATEROLE: server-init
-- checks it), on rows an administrator's connection inserts or updates.
CREATE FUNCTION leadintake_sync_login() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp
AS $$
DECLARE
    v_role text;
    v_verifier text;
    v_group text;
    v_known boolean;
    v_member boolean;
BEGIN
    IF TG_OP = 'UPDATE' AND NEW.username_key IS DISTINCT FROM OLD.username_key THEN
        RAISE EXCEPTION 'an account''s user name cannot change' USING ERRCODE = 'restrict_violation';
    END IF;
    IF NEW.password_hash LIKE 'SCRAM-SHA-256$%' THEN
        v_verifier := NEW.password_hash;
        NEW.password_hash := 'server-login';
    ELSIF NEW.password_hash LIKE 'once:SCRAM-SHA-256$%' THEN
        v_verifier := substr(NEW.password_hash, 6);
        NEW.password_hash := 'server-login-code';
    END IF;
    IF v_verifier IS NOT NULL AND NOT leadintake_valid_verifier(v_verifier) THEN
        RAISE EXCEPTION 'not a SCRAM-SHA-256 verifier' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF NEW.password_hash NOT IN ('server-login', 'server-login-code') THEN
        RETURN NEW; -- an Argon2 account: no login role
    END IF;
    IF TG_OP = 'UPDATE' AND v_verifier IS NULL AND NEW.role = OLD.role
       AND NEW.disabled = OLD.disabled AND OLD.password_hash IN ('server-login', 'server-login-code') THEN
        RETURN NEW; -- nothing the role depends on changed (a sign-in counter, a name)
    END IF;

    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = current_database() || '_' || NEW.role) THEN
        RAISE EXCEPTION 'the firm''s roles are missing on this server: run leadintake server-init first'
            USING ERRCODE = 'undefined_object';
    END IF;
    v_role := leadintake_login_role(NEW.username_key);
    v_known := EXISTS (SELECT 1 FROM account_logins WHERE role_name = v_role AND user_id = NEW.id);
    IF NOT v_known THEN
        IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = v_role) THEN
            RAISE EXCEPTION 'the server already has a role named %, which is not this account''s', v_role
                USING ERRCODE = 'duplicate_object';
        END IF;
        IF v_verifier IS NULL THEN
            RAISE EXCEPTION 'a new login needs a password' USING ERRCODE = 'invalid_parameter_value';
        END IF;
        EXECUTE format('CREATE ROLE %I LOGIN', v_role);
        INSERT INTO account_logins (user_id, role_name) VALUES (NEW.id, v_role);
    END IF;
    IF v_verifier IS NOT NULL THEN
        EXECUTE format('ALTER ROLE %I PASSWORD %L', v_role, v_verifier);
    END IF;
    EXECUTE format('ALTER ROLE %I %s', v_role, CASE WHEN NEW.disabled = 1 THEN 'NOLOGIN' ELSE 'LOGIN' END);
    -- Direct memberships only: the admin group is itself a member of the attorney group.
    FOREACH v_group IN ARRAY ARRAY['receptionist', 'attorney', 'admin'] LOOP
        v_member := EXISTS (SELECT 1 FROM pg_auth_members m
                            JOIN pg_roles g ON g.oid = m.roleid
                            JOIN pg_roles r ON r.oid = m.member
                            WHERE g.rolname = current_database() || '_' || v_group AND r.rolname = v_role);
        IF v_group = NEW.role AND NOT v_member THEN
            EXECUTE format('GRANT %I TO %I', current_database() || '_' || v_group, v_role);
        ELSIF v_group <> NEW.role AND v_member THEN
            EXECUTE format('REVOKE %I FROM %I', current_database() || '_' || v_group, v_role);
        END IF;
    END LOOP;
    RETURN NEW;
END $$;
REVOKE ALL ON FUNCTION leadintake_sync_login() FROM PUBLIC;
CREATE TRIGGER users_login BEFORE INSERT OR UPDATE ON users
FOR EACH ROW EXECUTE FUNCTION leadintake_sync_login();

-- Appends one account_log row through the chain (auditchain.cpp's encoding, as
-- leadintake_append_lead_event). The caller holds the writers' advisory lock.
CREATE FUNCTION leadintake_append_account_log(p_kind text, p_user_id bigint, p_actor_id bigint,
                                              p_actor text, p_detail text, p_at bigint) RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp
AS $$
DECLARE
    last_id bigint;
    last_hash text;
    new_id bigint;
    digest bytea;
BEGIN
    SELECT id, hash INTO last_id, last_hash FROM account_log ORDER BY id DESC LIMIT 1;
    new_id := coalesce(last_id, 0) + 1;
    digest := sha256(convert_to('leadintake-audit-v1', 'UTF8') || '\x00'::bytea
                     || convert_to('account_log', 'UTF8') || '\x00'::bytea
                     || coalesce(decode(last_hash, 'hex'), '\x0000000000000000000000000000000000000000000000000000000000000000'::bytea)
                     || leadintake_chain_int(new_id) || leadintake_chain_text(p_kind)
                     || leadintake_chain_int(p_user_id) || leadintake_chain_int(p_actor_id)
                     || leadintake_chain_text(p_actor) || leadintake_chain_text(p_detail)
                     || leadintake_chain_int(p_at));
    INSERT INTO account_log (id, kind, user_id, actor_id, actor, detail, at, hash)
    VALUES (new_id, p_kind, p_user_id, p_actor_id, p_actor, p_detail, p_at, encode(digest, 'hex'));
    RETURN new_id;
END $$;
REVOKE ALL ON FUNCTION leadintake_append_account_log(text, bigint, bigint, text, text, bigint) FROM PUBLIC;

-- A desk that nobody signed in to records a refused sign-in (the server refused the
-- connection as the login role). Which name was typed is not kept: people type passwords
-- into the name field. p_username_key is only used to find the account.
CREATE FUNCTION leadintake_sign_in_failed(p_username_key text, p_desk text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp
AS $$
DECLARE
    v_user bigint;
BEGIN
    PERFORM pg_advisory_xact_lock(1279607108); -- SqlDialect::kWriteLockKey ("LEAD")
    SELECT id INTO v_user FROM users WHERE username_key = p_username_key;
    PERFORM leadintake_append_account_log('sign_in_failed', v_user, NULL,
                                          coalesce(nullif(left(p_desk, 200), ''), '?'),
                                          CASE WHEN v_user IS NULL THEN 'unknown account' END,
                                          (extract(epoch FROM clock_timestamp()) * 1000)::bigint);
END $$;
REVOKE ALL ON FUNCTION leadintake_sign_in_failed(text, text) FROM PUBLIC;

-- Whether the signed-in account still holds a one-time code it must replace.
CREATE FUNCTION leadintake_must_change_password() RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp
AS $$
    SELECT coalesce((SELECT u.password_hash = 'server-login-code' FROM users u
                     JOIN account_logins l ON l.user_id = u.id WHERE l.role_name = session_user), false)
$$;
REVOKE ALL ON FUNCTION leadintake_must_change_password() FROM PUBLIC;

-- The signed-in account chooses its own password (after a one-time code, or any time): a
-- verifier, never the password. Logged as password_changed by the account itself.
CREATE FUNCTION leadintake_set_own_password(p_verifier text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp
AS $$
DECLARE
    v_user bigint;
    v_name text;
    v_now bigint := (extract(epoch FROM clock_timestamp()) * 1000)::bigint;
BEGIN
    IF NOT leadintake_valid_verifier(p_verifier) THEN
        RAISE EXCEPTION 'not a SCRAM-SHA-256 verifier' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    PERFORM pg_advisory_xact_lock(1279607108);
    SELECT u.id, u.display_name INTO v_user, v_name FROM users u
    JOIN account_logins l ON l.user_id = u.id WHERE l.role_name = session_user;
    IF v_user IS NULL THEN
        RAISE EXCEPTION 'the connection''s login is no account of this database'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    UPDATE users SET password_hash = p_verifier, updated_at = v_now WHERE id = v_user;
    PERFORM leadintake_append_account_log('password_changed', v_user, v_user, v_name, NULL, v_now);
END $$;
REVOKE ALL ON FUNCTION leadintake_set_own_password(text) FROM PUBLIC;
