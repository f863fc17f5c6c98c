-- PostgreSQL schema 11 (SQLite's schema 15): account_log.kind also takes 'profile_changed'
-- (an administrator edited an account's full name or email address; detail names the fields
-- that changed, never their values). Administrators already have UPDATE on users
-- (ServerRoles); leads_attorney_renamed (0004.sql) carries a new name into leads.attorney_name.
ALTER TABLE account_log DROP CONSTRAINT account_log_kind_check;
ALTER TABLE account_log ADD CONSTRAINT account_log_kind_check
    CHECK (kind IN ('signed_in', 'signed_out', 'locked', 'sign_in_failed', 'locked_out',
                    'account_created', 'role_changed', 'password_reset', 'password_rehashed',
                    'disabled', 'enabled', 'password_changed', 'profile_changed'));
