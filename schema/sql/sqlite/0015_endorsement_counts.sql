-- Schema version 15: the secretariat's endorsement progress costs one row per
-- declaration. Each declaration's invited countries and those of them that have
-- not answered (nothing recorded, or invited or consulting: the domain's
-- pendingEndorsements) are kept as one summary row, rewritten by the declaration
-- and endorsement repositories in the transaction of every change to the invited
-- countries or the endorsements. Before, the inbox counted every invited country
-- of the first 101 open declarations and joined their endorsements. No foreign
-- key: the row is derived, and those repositories are its only writers.
CREATE TABLE endorsement_count (
  declaration_id TEXT PRIMARY KEY,
  invited INTEGER NOT NULL,
  unanswered INTEGER NOT NULL
);

-- Backfill from the endorsements already stored.
INSERT INTO endorsement_count (declaration_id, invited, unanswered)
SELECT dc.declaration_id, COUNT(*),
       SUM(CASE WHEN e.status IS NULL OR e.status IN ('invited', 'consulting') THEN 1 ELSE 0 END)
FROM declaration_country dc
LEFT JOIN endorsement e ON e.declaration_id = dc.declaration_id AND e.country = dc.country
GROUP BY dc.declaration_id;
