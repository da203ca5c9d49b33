-- Schema version 5: failed sign-ins, counted in the database so that every server
-- sharing it applies the same throttle (app/login_throttle.h). A key is
-- "pair:<account> <address>", "addr:<address>" or "user:<account>"; a row is kept
-- until expires_at, when it no longer refuses or counts anything.
CREATE TABLE login_throttle (
  throttle_key TEXT PRIMARY KEY,
  failures INTEGER NOT NULL CHECK (failures > 0),
  window_start TEXT NOT NULL,
  next_allowed TEXT NOT NULL,
  expires_at TEXT NOT NULL
);

CREATE INDEX login_throttle_by_expiry ON login_throttle (expires_at);
