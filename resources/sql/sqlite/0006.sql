-- Schema 6: one prospect, one duplicate key; sign-in throttling for names that are no
-- account (issue 9, items 6 and 9). Timestamps are UTC epoch milliseconds.
--
-- leads.email_key (schema 1, indexed by leads_by_email) becomes LeadValidator::emailKey():
-- default-ignorable code points removed, NFKC, the domain through IDNA to ASCII, case
-- folded. SQL cannot normalize Unicode: MigrationSteps::refillEmailKeys() recomputes every
-- lead's key right after this script, in the same transaction.

-- Wrong sign-ins for user names that belong to no account, throttled like an account's
-- (users.failed_attempts ...), so guessing names is as slow as guessing passwords.
-- name_hash: SHA-256 (hex) of the case-folded name, never the name itself: people type
-- passwords into the name field. Rows whose wait has run out are removed as others come.
CREATE TABLE sign_in_name_throttle (
    name_hash        TEXT    PRIMARY KEY,
    failed_attempts  INTEGER NOT NULL DEFAULT 0,
    last_failed_at   INTEGER,
    locked_until     INTEGER
);
