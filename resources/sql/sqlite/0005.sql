-- Schema 5: accounts and roles, their append-only log, and who touched each lead.
-- Timestamps are UTC epoch milliseconds.

-- Accounts are disabled, never deleted: the history keeps pointing at the person.
-- password_hash is libsodium's crypto_pwhash_str() text (Argon2id, parameters inside).
-- failed_attempts / last_failed_at / locked_until throttle sign-in per account, shared
-- by every desk on this database.
CREATE TABLE users (
    id               INTEGER PRIMARY KEY,
    username         TEXT    NOT NULL CHECK (length(trim(username)) > 0),
    username_key     TEXT    NOT NULL UNIQUE,
    display_name     TEXT    NOT NULL CHECK (length(trim(display_name)) > 0),
    email            TEXT    NOT NULL DEFAULT '',
    role             TEXT    NOT NULL CHECK (role IN ('receptionist', 'attorney', 'admin')),
    password_hash    TEXT    NOT NULL CHECK (password_hash LIKE '$argon2%'),
    disabled         INTEGER NOT NULL DEFAULT 0 CHECK (disabled IN (0, 1)),
    failed_attempts  INTEGER NOT NULL DEFAULT 0,
    last_failed_at   INTEGER,
    locked_until     INTEGER,
    created_at       INTEGER NOT NULL,
    updated_at       INTEGER NOT NULL
);

CREATE TRIGGER users_no_delete BEFORE DELETE ON users
BEGIN
    SELECT RAISE(ABORT, 'accounts are disabled, never deleted');
END;

-- Sign-in, sign-out, failed attempts, lockouts and every change to an account.
-- user_id: the account concerned (NULL for a failed attempt on an unknown name);
-- actor_id: who did it (NULL for the desk itself or the command line's OS user).
CREATE TABLE account_log (
    id        INTEGER PRIMARY KEY,
    kind      TEXT    NOT NULL CHECK (kind IN ('signed_in', 'signed_out', 'locked',
                                               'sign_in_failed', 'locked_out',
                                               'account_created', 'role_changed',
                                               'password_reset', 'password_rehashed',
                                               'disabled', 'enabled')),
    user_id   INTEGER REFERENCES users (id),
    actor_id  INTEGER REFERENCES users (id),
    actor     TEXT    NOT NULL,
    detail    TEXT,
    at        INTEGER NOT NULL
);
CREATE INDEX account_log_by_user ON account_log (user_id, at, id);
CREATE INDEX account_log_by_at ON account_log (at, id);

CREATE TRIGGER account_log_no_update BEFORE UPDATE ON account_log
BEGIN
    SELECT RAISE(ABORT, 'the account log is append-only');
END;
CREATE TRIGGER account_log_no_delete BEFORE DELETE ON account_log
BEGIN
    SELECT RAISE(ABORT, 'the account log is append-only');
END;

-- lead_events.actor_id (from schema 1) now names an account. SQLite cannot add a foreign
-- key to an existing column, and rebuilding a table of millions of events is slow: a
-- trigger checks it instead (accounts are never deleted, so it cannot dangle later).
CREATE TRIGGER lead_events_actor_exists BEFORE INSERT ON lead_events
WHEN new.actor_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM users WHERE id = new.actor_id)
BEGIN
    SELECT RAISE(ABORT, 'lead_events.actor_id names no account');
END;
CREATE INDEX lead_events_by_actor ON lead_events (actor_id, at);
