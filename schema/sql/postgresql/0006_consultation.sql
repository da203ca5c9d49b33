-- Schema version 6: the consultation on a declaration's revisions. Comments and
-- amendments are numbered per declaration and anchored to a unit (recital or
-- clause, by its stable id) of one revision, optionally to a quoted span of it.
-- A declaration says who reads them (open: every participant; secretariat_only).
ALTER TABLE declaration ADD COLUMN consultation_visibility TEXT NOT NULL DEFAULT 'open'
  CHECK (consultation_visibility IN ('open', 'secretariat_only'));

CREATE TABLE consultation_comment (
  declaration_id TEXT NOT NULL REFERENCES declaration(id),
  number INTEGER NOT NULL CHECK (number > 0),
  revision INTEGER NOT NULL,
  unit TEXT NOT NULL,
  quote TEXT NOT NULL,
  reply_to_comment INTEGER,
  reply_to_amendment INTEGER,
  supports INTEGER NOT NULL CHECK (supports IN (0, 1)),
  text TEXT NOT NULL,
  author TEXT NOT NULL,
  country TEXT,
  created_at TEXT NOT NULL,
  PRIMARY KEY (declaration_id, number),
  FOREIGN KEY (declaration_id, revision) REFERENCES revision(declaration_id, number)
);

CREATE TABLE consultation_amendment (
  declaration_id TEXT NOT NULL REFERENCES declaration(id),
  number INTEGER NOT NULL CHECK (number > 0),
  revision INTEGER NOT NULL,
  unit TEXT NOT NULL,
  quote TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('replace', 'insert_after', 'delete')),
  text TEXT NOT NULL,
  new_unit TEXT NOT NULL,
  justification TEXT NOT NULL,
  author TEXT NOT NULL,
  country TEXT,
  created_at TEXT NOT NULL,
  state TEXT NOT NULL CHECK (state IN ('proposed', 'accepted', 'rejected', 'withdrawn', 'incorporated')),
  decided_by TEXT NOT NULL,
  decided_at TEXT,
  reason TEXT NOT NULL,
  incorporated_in INTEGER,
  version BIGINT NOT NULL CHECK (version > 0),
  PRIMARY KEY (declaration_id, number),
  FOREIGN KEY (declaration_id, revision) REFERENCES revision(declaration_id, number)
);
