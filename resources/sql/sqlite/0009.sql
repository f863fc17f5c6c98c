-- Schema 9: the conflict check (issue 12, part 3).
--
-- parties: the firm's list of people it acts for or against. conflict_keys: the normalised
-- name tokens (and joined neighbours, and the email key) of every lead and party, computed
-- in C++ (NameMatcher::indexKeys: ICU transliteration) when a lead or party is written;
-- MigrationSteps fills them for the leads written before this schema. conflict_words: each
-- distinct token's one-deletion neighbourhood, to find one-typo candidates by index.
CREATE TABLE parties (
    id          INTEGER PRIMARY KEY,
    name        TEXT    NOT NULL CHECK (length(trim(name)) > 0),
    email       TEXT    NOT NULL DEFAULT '',
    role        TEXT    NOT NULL CHECK (role IN ('adverse', 'client', 'related')),
    matter      TEXT    NOT NULL DEFAULT '',
    notes       TEXT    NOT NULL DEFAULT '',
    created_at  INTEGER NOT NULL,
    updated_at  INTEGER NOT NULL,
    created_by  TEXT    NOT NULL
);

-- Who added, changed or removed a party, and what it was (a removed party's row is gone).
CREATE TABLE party_log (
    id        INTEGER PRIMARY KEY,
    party_id  INTEGER NOT NULL,
    action    TEXT    NOT NULL CHECK (action IN ('added', 'changed', 'removed', 'imported')),
    detail    TEXT    NOT NULL,
    actor     TEXT    NOT NULL,
    at        INTEGER NOT NULL
);
CREATE INDEX party_log_by_party ON party_log (party_id, id);

-- The firm's nickname table: name and nickname as normalised keys (both directions match).
CREATE TABLE nicknames (
    name      TEXT NOT NULL CHECK (length(name) > 0),
    nickname  TEXT NOT NULL CHECK (length(nickname) > 0),
    PRIMARY KEY (name, nickname)
) WITHOUT ROWID;

-- owner_kind 'L' a lead, 'P' a party; tokens: how many name tokens the owner has (a match
-- needs min(2, tokens) of them).
CREATE TABLE conflict_keys (
    key         TEXT    NOT NULL,
    owner_kind  TEXT    NOT NULL CHECK (owner_kind IN ('L', 'P')),
    owner_id    INTEGER NOT NULL,
    tokens      INTEGER NOT NULL,
    PRIMARY KEY (key, owner_kind, owner_id)
) WITHOUT ROWID;
CREATE INDEX conflict_keys_by_owner ON conflict_keys (owner_kind, owner_id);

CREATE TABLE conflict_words (
    del   TEXT NOT NULL,
    word  TEXT NOT NULL,
    PRIMARY KEY (del, word)
) WITHOUT ROWID;

-- An attorney's outcome for a lead's possible conflict (the lead's history keeps each
-- outcome as a note; this is the latest).
CREATE TABLE conflict_reviews (
    lead_id     INTEGER PRIMARY KEY REFERENCES leads (id) ON DELETE CASCADE,
    outcome     TEXT    NOT NULL CHECK (outcome IN ('clear', 'conflict', 'waived')),
    reason      TEXT    NOT NULL,
    actor       TEXT    NOT NULL,
    at          INTEGER NOT NULL
);
