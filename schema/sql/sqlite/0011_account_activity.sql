-- Schema version 11: when each account last signed in, so that an administrator
-- sees the accounts nobody has used yet. Sessions cannot say it: expired ones are
-- purged. Written by a sign-in, in the transaction that stores its session; an
-- admin's change does not touch it (nor the account's version).
ALTER TABLE account ADD COLUMN last_sign_in_at TEXT;

-- Backfill from the sessions still stored: an account with one has been used.
UPDATE account SET last_sign_in_at =
  (SELECT MAX(issued_at) FROM account_session WHERE account_session.account_name = account.name);

CREATE INDEX account_never_used ON account (name) WHERE last_sign_in_at IS NULL;
