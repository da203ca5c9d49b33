-- Schema version 19: how each person wants their notifications. One row per account
-- and topic they changed (a topic without a row: by e-mail, at once). A new
-- notification starts 'held' (for the daily digest) or 'not_mailed' (list only)
-- when its recipient chose so; a digest is one mail per person and day, keyed
-- digest:<user>:<yyyy-mm-dd> so that two servers or a restart never send two, and
-- the held notifications it carries name it (digest_key). SQLite cannot change a
-- CHECK in place: the outbox table is rebuilt with the two new states.
CREATE TABLE notification_choice (
  account_name TEXT NOT NULL REFERENCES account(name),
  topic TEXT NOT NULL CHECK (topic IN ('declarations', 'commitments', 'reports', 'deadlines', 'reminders')),
  email INTEGER NOT NULL CHECK (email IN (0, 1)),
  digest INTEGER NOT NULL CHECK (digest IN (0, 1)),
  PRIMARY KEY (account_name, topic)
);

CREATE TABLE notification_rebuilt (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  recipient TEXT NOT NULL REFERENCES account(name),
  kind TEXT NOT NULL,
  subject TEXT NOT NULL,
  country TEXT,
  title TEXT NOT NULL,
  link TEXT NOT NULL,
  created_at TEXT NOT NULL,
  state TEXT NOT NULL CONSTRAINT notification_state_check
    CHECK (state IN ('pending', 'sent', 'failed', 'held', 'not_mailed')),
  attempts INTEGER NOT NULL CHECK (attempts >= 0),
  next_attempt_at TEXT NOT NULL,
  claimed_by TEXT,
  claimed_until TEXT,
  sent_at TEXT,
  read_at TEXT,
  last_error TEXT NOT NULL,
  message TEXT NOT NULL DEFAULT '',
  digest_key TEXT
);

INSERT INTO notification_rebuilt (id, recipient, kind, subject, country, title, link, created_at, state, attempts,
  next_attempt_at, claimed_by, claimed_until, sent_at, read_at, last_error, message)
SELECT id, recipient, kind, subject, country, title, link, created_at, state, attempts,
  next_attempt_at, claimed_by, claimed_until, sent_at, read_at, last_error, message FROM notification;

DROP TABLE notification;

ALTER TABLE notification_rebuilt RENAME TO notification;

CREATE INDEX notification_due ON notification (state, next_attempt_at);

CREATE INDEX notification_by_recipient ON notification (recipient, id);

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
