-- Schema version 7: language versions of a revision. A version is one revision's
-- text in another language, unit by unit (recital, clause, sub-item, by stable
-- id); each unit remembers the revision whose original it translates, so a
-- version carried over from an older revision shows the units changed since as
-- outdated. A declaration says whether its authentic versions must be complete
-- and verified before its text becomes final.
ALTER TABLE declaration ADD COLUMN final_needs_authentic_versions INTEGER NOT NULL DEFAULT 1
  CHECK (final_needs_authentic_versions IN (0, 1));

CREATE TABLE language_version (
  declaration_id TEXT NOT NULL REFERENCES declaration(id),
  revision INTEGER NOT NULL,
  language TEXT NOT NULL,
  state TEXT NOT NULL CHECK (state IN ('draft', 'verified')),
  translator TEXT NOT NULL,
  authentic INTEGER NOT NULL CHECK (authentic IN (0, 1)),
  title TEXT NOT NULL,
  closing_formula TEXT NOT NULL,
  closing_source_revision INTEGER NOT NULL,
  verified_by TEXT NOT NULL,
  verified_at TEXT,
  version BIGINT NOT NULL CHECK (version > 0),
  PRIMARY KEY (declaration_id, revision, language),
  FOREIGN KEY (declaration_id, revision) REFERENCES revision(declaration_id, number)
);

CREATE TABLE language_version_unit (
  declaration_id TEXT NOT NULL,
  revision INTEGER NOT NULL,
  language TEXT NOT NULL,
  position INTEGER NOT NULL,
  unit TEXT NOT NULL,
  lead_phrase TEXT NOT NULL,
  text TEXT NOT NULL,
  source_revision INTEGER NOT NULL,
  PRIMARY KEY (declaration_id, revision, language, unit),
  FOREIGN KEY (declaration_id, revision, language) REFERENCES language_version(declaration_id, revision, language)
);
