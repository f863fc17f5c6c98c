-- Schema 9: follow-up dates in the history (issue 12, part 2; SQLite's schema 13 says what).
ALTER TABLE lead_events DROP CONSTRAINT lead_events_kind_check;
ALTER TABLE lead_events ADD CONSTRAINT lead_events_kind_check
    CHECK (kind IN ('created', 'status_changed', 'note', 'resume_opened', 'resume_exported', 'assigned',
                    'erased', 'follow_up'));
