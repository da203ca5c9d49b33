-- Schema version 14: a person's preferences. The account's language ('' when none
-- was chosen: English) picks the catalogue of their mail and the words of their
-- calendar feed; the pages will read it too.
ALTER TABLE account ADD COLUMN language TEXT NOT NULL DEFAULT '';
