-- Schema version 13: reminders. A reminder's text travels with its notifications
-- (message); each reminder of a country is recorded (who, when, to how many) so
-- that the secretariat sees it per country and is stopped from repeating it within
-- the hour. A deadline reminder the background worker enqueues claims its delivery
-- key first, in the same transaction, so that two servers or a restart never
-- enqueue it twice. A commitment may say how many days before its deadline to remind.
ALTER TABLE notification ADD COLUMN message TEXT NOT NULL DEFAULT '';

CREATE TABLE reminder (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  topic TEXT NOT NULL CHECK (topic IN ('endorsement', 'commitment')),
  subject TEXT NOT NULL,
  country TEXT NOT NULL,
  reason TEXT NOT NULL,
  sent_by TEXT NOT NULL,
  sent_at TEXT NOT NULL,
  recipients INTEGER NOT NULL CHECK (recipients >= 0),
  message TEXT NOT NULL
);

CREATE INDEX reminder_by_subject ON reminder (topic, subject, country, sent_at);

CREATE TABLE delivery_key (
  id TEXT PRIMARY KEY,
  created_at TEXT NOT NULL
);

CREATE TABLE reminder_schedule (
  commitment_id TEXT PRIMARY KEY REFERENCES commitment(id),
  days_before INTEGER NOT NULL CHECK (days_before BETWEEN 0 AND 365)
);

-- A person's calendar feed (/calendar/{token}.ics): the secret address is shown
-- once; only its SHA-256 is kept, so a copy of the database opens no feed. One
-- per account: a new address replaces the old one, revoking deletes the row.
CREATE TABLE calendar_feed (
  account_name TEXT PRIMARY KEY REFERENCES account(name),
  token_hash TEXT NOT NULL UNIQUE,
  created_at TEXT NOT NULL
);
