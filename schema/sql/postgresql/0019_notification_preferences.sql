-- Schema version 19: how each person wants their notifications. One row per account
-- and topic they changed (a topic without a row: by e-mail, at once). A new
-- notification starts 'held' (for the daily digest) or 'not_mailed' (list only)
-- when its recipient chose so; a digest is one mail per person and day, keyed
-- digest:<user>:<yyyy-mm-dd> so that two servers or a restart never send two, and
-- the held notifications it carries name it (digest_key).
CREATE TABLE notification_choice (
  account_name TEXT NOT NULL REFERENCES account(name),
  topic TEXT NOT NULL CHECK (topic IN ('declarations', 'commitments', 'reports', 'deadlines', 'reminders')),
  email INTEGER NOT NULL CHECK (email IN (0, 1)),
  digest INTEGER NOT NULL CHECK (digest IN (0, 1)),
  PRIMARY KEY (account_name, topic)
);

ALTER TABLE notification DROP CONSTRAINT notification_state_check;

ALTER TABLE notification ADD CONSTRAINT notification_state_check
  CHECK (state IN ('pending', 'sent', 'failed', 'held', 'not_mailed'));

ALTER TABLE notification ADD COLUMN digest_key TEXT;

CREATE INDEX notification_held ON notification (state, recipient) WHERE state = 'held';

CREATE TABLE notification_digest (
  delivery_key TEXT PRIMARY KEY,
  recipient TEXT NOT NULL REFERENCES account(name),
  created_at TEXT NOT NULL,
  state TEXT NOT NULL CHECK (state IN ('pending', 'sent', 'failed')),
  attempts INTEGER NOT NULL CHECK (attempts >= 0),
  next_attempt_at TEXT NOT NULL,
  claimed_by TEXT,
  claimed_until TEXT,
  sent_at TEXT,
  last_error TEXT NOT NULL
);

CREATE INDEX notification_digest_due ON notification_digest (state, next_attempt_at);
