-- PostgreSQL schema 10: the morning digest of overdue leads (issue 12, part 2; SQLite's
-- schema 14, which explains the tables).
ALTER TABLE outbox DROP CONSTRAINT outbox_kind_check;
ALTER TABLE outbox ADD CONSTRAINT outbox_kind_check
    CHECK (kind IN ('prospect_confirmation', 'attorney_notification', 'test', 'morning_digest'));

CREATE TABLE digest_sent (
    account_id  bigint  NOT NULL,
    day         date    NOT NULL,
    outbox_id   bigint  REFERENCES outbox (id) ON DELETE SET NULL,
    sent_at     bigint  NOT NULL,
    unlisted    integer NOT NULL DEFAULT 0,
    PRIMARY KEY (account_id, day)
);
CREATE INDEX digest_sent_by_outbox ON digest_sent (outbox_id);

CREATE TABLE digest_leads (
    outbox_id  bigint  NOT NULL REFERENCES outbox (id) ON DELETE CASCADE,
    ordinal    integer NOT NULL,
    lead_id    bigint  NOT NULL REFERENCES leads (id) ON DELETE CASCADE,
    due_at     bigint  NOT NULL,
    PRIMARY KEY (outbox_id, ordinal)
);
CREATE INDEX digest_leads_by_lead ON digest_leads (lead_id);
