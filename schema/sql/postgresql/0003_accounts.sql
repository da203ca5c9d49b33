-- Accounts and sessions (schema version 3, PostgreSQL). A password is stored only as
-- its encoded PBKDF2 hash; a session only as the id of its signed token, so that a
-- copy of the database gives no one a way in.

CREATE TABLE account (
  name TEXT PRIMARY KEY,
  display_name TEXT NOT NULL,
  email TEXT NOT NULL,
  role TEXT NOT NULL CHECK (role IN ('admin', 'secretariat', 'coordinator', 'monitor', 'viewer')),
  country TEXT,
  active INTEGER NOT NULL CHECK (active IN (0, 1)),
  password_hash TEXT NOT NULL,
  version BIGINT NOT NULL CHECK (version > 0),
  CHECK ((role = 'coordinator') = (country IS NOT NULL))
);

CREATE TABLE account_session (
  token_id TEXT PRIMARY KEY,
  account_name TEXT NOT NULL REFERENCES account(name),
  issued_at TEXT NOT NULL,
  expires_at TEXT NOT NULL,
  revoked_at TEXT,
  address TEXT NOT NULL
);

CREATE INDEX account_session_by_account ON account_session (account_name, expires_at);

CREATE INDEX account_session_by_expiry ON account_session (expires_at);
