-- Schema version 16: the directory of people and organizations. It stays per
-- conference (the tables of migration 1, keyed by conference and id): each
-- conference's people keep their ids and every reference to them. A person gains
-- an e-mail address and the language they read, an organization its kind; rows
-- stored before get empty texts and the kind "other", which the secretariat can
-- correct on the directory page.
ALTER TABLE person ADD COLUMN email TEXT NOT NULL DEFAULT '';
ALTER TABLE person ADD COLUMN language TEXT NOT NULL DEFAULT '';
ALTER TABLE organization ADD COLUMN kind TEXT NOT NULL DEFAULT 'other'
  CHECK (kind IN ('government', 'international_organization', 'civil_society', 'academic', 'other'));
