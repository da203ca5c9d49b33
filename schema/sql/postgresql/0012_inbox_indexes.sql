-- Schema version 12: every role's inbox from targeted, indexed queries (issue 18).
-- Before, a coordinator's and the secretariat's inboxes loaded the slice of every
-- declaration to find a handful of rows; each list now walks one index and stops
-- at its limit. Partial indexes hold only what waits, and the queries repeat their
-- predicates word for word (both engines use a partial index only then).

-- A coordinator's declarations: the ones their country is invited to.
CREATE INDEX declaration_country_by_country ON declaration_country (country, declaration_id);

-- And whether it has answered: its endorsements by country (the primary key leads
-- with the declaration).
CREATE INDEX endorsement_by_country ON endorsement (country, declaration_id);

-- Commitments proposed to a country, waiting for its coordinator's answer.
CREATE INDEX assignment_proposed ON assignment (country, commitment_id) WHERE acceptance = 'proposed';

-- A country's work in hand: accepted and not finished, the assignments that owe reports.
CREATE INDEX assignment_in_hand ON assignment (country, commitment_id)
  WHERE acceptance = 'accepted' AND status NOT IN ('completed', 'cancelled');

-- The secretariat's drafts and open declarations.
CREATE INDEX declaration_by_status ON declaration (status, id);

-- Accepted amendments not yet incorporated in a revision: the secretariat consolidates them.
CREATE INDEX amendment_to_consolidate ON consultation_amendment (declaration_id, number) WHERE state = 'accepted';
