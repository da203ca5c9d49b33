-- Accord schema, version 1 (SQLite). One statement per ';' at the end of a line.
-- Dates are ISO 8601 text (YYYY-MM-DD) and instants UTC text (YYYY-MM-DDTHH:MM:SSZ):
-- both sort correctly as text and read back byte for byte, which the audit hash
-- chain relies on. Booleans are 0/1. `ord` keeps the order records arrived in, so
-- that an export gives back what was imported. `version` is the optimistic-
-- concurrency counter of every record that can change.

CREATE TABLE conference (
  id TEXT PRIMARY KEY,
  title TEXT NOT NULL,
  city TEXT NOT NULL,
  venue TEXT NOT NULL,
  start_date TEXT NOT NULL,
  end_date TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('planned', 'ongoing', 'concluded')),
  illustrative TEXT NOT NULL DEFAULT '',
  version BIGINT NOT NULL CHECK (version > 0)
);

CREATE TABLE conference_country (
  conference_id TEXT NOT NULL REFERENCES conference(id),
  ord INTEGER NOT NULL,
  code TEXT NOT NULL,
  name TEXT NOT NULL,
  display_name TEXT NOT NULL,
  footnote TEXT NOT NULL,
  user_defined INTEGER NOT NULL,
  PRIMARY KEY (conference_id, code)
);

CREATE TABLE conference_country_name (
  conference_id TEXT NOT NULL,
  code TEXT NOT NULL,
  language TEXT NOT NULL,
  name TEXT NOT NULL,
  PRIMARY KEY (conference_id, code, language),
  FOREIGN KEY (conference_id, code) REFERENCES conference_country(conference_id, code)
);

CREATE TABLE organization (
  conference_id TEXT NOT NULL REFERENCES conference(id),
  id TEXT NOT NULL,
  ord INTEGER NOT NULL,
  name TEXT NOT NULL,
  acronym TEXT NOT NULL,
  country TEXT,
  PRIMARY KEY (conference_id, id)
);

CREATE TABLE person (
  conference_id TEXT NOT NULL REFERENCES conference(id),
  id TEXT NOT NULL,
  ord INTEGER NOT NULL,
  name TEXT NOT NULL,
  title TEXT NOT NULL,
  organization_id TEXT,
  country TEXT,
  PRIMARY KEY (conference_id, id),
  FOREIGN KEY (conference_id, organization_id) REFERENCES organization(conference_id, id)
);

CREATE TABLE conference_language (
  conference_id TEXT NOT NULL REFERENCES conference(id),
  ord INTEGER NOT NULL,
  code TEXT NOT NULL,
  PRIMARY KEY (conference_id, ord)
);

CREATE TABLE conference_organizer (
  conference_id TEXT NOT NULL REFERENCES conference(id),
  ord INTEGER NOT NULL,
  organization_id TEXT NOT NULL,
  PRIMARY KEY (conference_id, ord),
  FOREIGN KEY (conference_id, organization_id) REFERENCES organization(conference_id, id)
);

CREATE TABLE conference_speaker (
  conference_id TEXT NOT NULL REFERENCES conference(id),
  ord INTEGER NOT NULL,
  person_id TEXT NOT NULL,
  role TEXT NOT NULL,
  PRIMARY KEY (conference_id, ord),
  FOREIGN KEY (conference_id, person_id) REFERENCES person(conference_id, id)
);

CREATE TABLE delegation (
  conference_id TEXT NOT NULL REFERENCES conference(id),
  country TEXT NOT NULL,
  ord INTEGER NOT NULL,
  PRIMARY KEY (conference_id, country)
);

CREATE TABLE delegation_member (
  conference_id TEXT NOT NULL,
  country TEXT NOT NULL,
  ord INTEGER NOT NULL,
  person_id TEXT NOT NULL,
  role TEXT NOT NULL CHECK (role IN ('head_of_delegation', 'national_coordinator', 'expert', 'observer')),
  PRIMARY KEY (conference_id, country, ord),
  FOREIGN KEY (conference_id, country) REFERENCES delegation(conference_id, country),
  FOREIGN KEY (conference_id, person_id) REFERENCES person(conference_id, id)
);

CREATE TABLE declaration (
  id TEXT PRIMARY KEY,
  conference_id TEXT NOT NULL REFERENCES conference(id),
  ord INTEGER NOT NULL,
  title TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('joint_declaration', 'communique', 'statement')),
  base_language TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('drafting', 'consultation', 'final', 'open_for_endorsement', 'closed')),
  final_revision INTEGER,
  version BIGINT NOT NULL CHECK (version > 0)
);

CREATE TABLE declaration_country (
  declaration_id TEXT NOT NULL REFERENCES declaration(id),
  ord INTEGER NOT NULL,
  country TEXT NOT NULL,
  PRIMARY KEY (declaration_id, country)
);

CREATE TABLE revision (
  declaration_id TEXT NOT NULL REFERENCES declaration(id),
  number INTEGER NOT NULL CHECK (number > 0),
  author TEXT NOT NULL,
  created_at TEXT NOT NULL,
  change_note TEXT NOT NULL,
  closing_formula TEXT NOT NULL,
  PRIMARY KEY (declaration_id, number)
);

CREATE TABLE recital (
  declaration_id TEXT NOT NULL,
  revision INTEGER NOT NULL,
  ord INTEGER NOT NULL,
  clause_id TEXT NOT NULL,
  lead_phrase TEXT NOT NULL,
  text TEXT NOT NULL,
  PRIMARY KEY (declaration_id, revision, ord),
  FOREIGN KEY (declaration_id, revision) REFERENCES revision(declaration_id, number)
);

-- The operative clause tree in pre-order; parent_ord is the ord of the enclosing clause.
CREATE TABLE clause (
  declaration_id TEXT NOT NULL,
  revision INTEGER NOT NULL,
  ord INTEGER NOT NULL,
  parent_ord INTEGER,
  clause_id TEXT NOT NULL,
  text TEXT NOT NULL,
  PRIMARY KEY (declaration_id, revision, ord),
  FOREIGN KEY (declaration_id, revision) REFERENCES revision(declaration_id, number)
);

CREATE TABLE endorsement (
  declaration_id TEXT NOT NULL,
  country TEXT NOT NULL,
  ord INTEGER NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('invited', 'consulting', 'endorsed_ad_referendum', 'endorsed', 'declined', 'withdrawn')),
  revision INTEGER,
  date TEXT,
  place TEXT NOT NULL,
  signer_name TEXT,
  signer_title TEXT,
  method TEXT CHECK (method IN ('in_session', 'written_notification', 'note_verbale', 'email')),
  on_behalf INTEGER NOT NULL,
  recorded_by TEXT NOT NULL,
  statement TEXT NOT NULL,
  evidence TEXT NOT NULL,
  version BIGINT NOT NULL CHECK (version > 0),
  PRIMARY KEY (declaration_id, country),
  FOREIGN KEY (declaration_id, country) REFERENCES declaration_country(declaration_id, country)
);

CREATE TABLE endorsement_event (
  declaration_id TEXT NOT NULL,
  country TEXT NOT NULL,
  seq INTEGER NOT NULL,
  at TEXT NOT NULL,
  actor TEXT NOT NULL,
  from_status TEXT NOT NULL,
  to_status TEXT NOT NULL,
  method TEXT,
  on_behalf INTEGER NOT NULL,
  statement TEXT NOT NULL,
  evidence TEXT NOT NULL,
  PRIMARY KEY (declaration_id, country, seq),
  FOREIGN KEY (declaration_id, country) REFERENCES endorsement(declaration_id, country)
);

CREATE TABLE commitment (
  id TEXT PRIMARY KEY,
  declaration_id TEXT NOT NULL REFERENCES declaration(id),
  ord INTEGER NOT NULL,
  text TEXT NOT NULL,
  clause_id TEXT NOT NULL,
  deadline TEXT NOT NULL,
  version BIGINT NOT NULL CHECK (version > 0)
);

CREATE TABLE commitment_country (
  commitment_id TEXT NOT NULL REFERENCES commitment(id),
  ord INTEGER NOT NULL,
  country TEXT NOT NULL,
  PRIMARY KEY (commitment_id, country)
);

CREATE TABLE milestone (
  commitment_id TEXT NOT NULL REFERENCES commitment(id),
  ord INTEGER NOT NULL,
  id TEXT NOT NULL,
  title TEXT NOT NULL,
  due TEXT NOT NULL,
  state TEXT NOT NULL CHECK (state IN ('pending', 'done', 'missed', 'dropped')),
  PRIMARY KEY (commitment_id, id)
);

CREATE TABLE indicator (
  commitment_id TEXT NOT NULL REFERENCES commitment(id),
  ord INTEGER NOT NULL,
  name TEXT NOT NULL,
  baseline DOUBLE PRECISION NOT NULL,
  target DOUBLE PRECISION NOT NULL,
  unit TEXT NOT NULL,
  PRIMARY KEY (commitment_id, ord)
);

CREATE TABLE assignment (
  commitment_id TEXT NOT NULL,
  country TEXT NOT NULL,
  ord INTEGER NOT NULL,
  acceptance TEXT NOT NULL CHECK (acceptance IN ('proposed', 'accepted', 'declined')),
  acceptance_date TEXT,
  accepted_by TEXT NOT NULL,
  lead_institution TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('not_started', 'in_progress', 'completed', 'on_hold', 'cancelled')),
  assessment TEXT NOT NULL CHECK (assessment IN ('no_evidence', 'not_started', 'limited', 'substantial', 'complete')),
  completed_on TEXT,
  version BIGINT NOT NULL CHECK (version > 0),
  PRIMARY KEY (commitment_id, country),
  FOREIGN KEY (commitment_id, country) REFERENCES commitment_country(commitment_id, country)
);

CREATE TABLE report (
  id TEXT PRIMARY KEY,
  commitment_id TEXT NOT NULL,
  country TEXT NOT NULL,
  ord INTEGER NOT NULL,
  period_start TEXT NOT NULL,
  period_end TEXT NOT NULL,
  narrative TEXT NOT NULL,
  percent INTEGER NOT NULL CHECK (percent BETWEEN 0 AND 100),
  state TEXT NOT NULL CHECK (state IN ('draft', 'submitted', 'validated', 'returned')),
  author TEXT NOT NULL,
  submitted_at TEXT,
  reviewed_by TEXT NOT NULL,
  reviewed_at TEXT,
  return_reason TEXT NOT NULL,
  version BIGINT NOT NULL CHECK (version > 0),
  FOREIGN KEY (commitment_id, country) REFERENCES assignment(commitment_id, country)
);

CREATE TABLE report_evidence (
  report_id TEXT NOT NULL REFERENCES report(id),
  ord INTEGER NOT NULL,
  reference TEXT NOT NULL,
  PRIMARY KEY (report_id, ord)
);

-- The audit trail; see plugin/include/accord/app/audit_event.h for the hash chain.
CREATE TABLE audit_event (
  seq BIGINT PRIMARY KEY CHECK (seq > 0),
  at TEXT NOT NULL,
  actor TEXT NOT NULL,
  action TEXT NOT NULL,
  entity TEXT NOT NULL,
  entity_id TEXT NOT NULL,
  before_json TEXT NOT NULL,
  after_json TEXT NOT NULL,
  prev_hash TEXT NOT NULL,
  hash TEXT NOT NULL UNIQUE
);

-- One row: the chain's head. Appending locks it, which serialises appenders
-- across every server sharing the database.
CREATE TABLE audit_head (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  seq BIGINT NOT NULL,
  hash TEXT NOT NULL
);

INSERT INTO audit_head (id, seq, hash) VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');

CREATE TRIGGER audit_event_no_update BEFORE UPDATE ON audit_event BEGIN SELECT RAISE(ABORT, 'audit events are append-only'); END;

CREATE TRIGGER audit_event_no_delete BEFORE DELETE ON audit_event BEGIN SELECT RAISE(ABORT, 'audit events are append-only'); END;
