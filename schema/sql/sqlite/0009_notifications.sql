-- Schema version 9: the outbox. A notification is written in the transaction of
-- the change that causes it, one row per recipient; the id is its delivery key
-- (the Message-ID of its mail). A sender claims due rows until claimed_until, so
-- that several servers deliver each once and a server that stopped mid-delivery
-- leaves them to the next claim.
CREATE TABLE notification (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  recipient TEXT NOT NULL REFERENCES account(name),
  kind TEXT NOT NULL,
  subject TEXT NOT NULL,
  country TEXT,
  title TEXT NOT NULL,
  link TEXT NOT NULL,
  created_at TEXT NOT NULL,
  state TEXT NOT NULL CHECK (state IN ('pending', 'sent', 'failed')),
  attempts INTEGER NOT NULL CHECK (attempts >= 0),
  next_attempt_at TEXT NOT NULL,
  claimed_by TEXT,
  claimed_until TEXT,
  sent_at TEXT,
  read_at TEXT,
  last_error TEXT NOT NULL
);

CREATE INDEX notification_due ON notification (state, next_attempt_at);

CREATE INDEX notification_by_recipient ON notification (recipient, id);
