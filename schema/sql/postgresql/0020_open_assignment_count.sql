-- Schema version 20: the implementation matrix's overdue count costs one row per
-- commitment. Each commitment's open assignments (neither declined, completed nor
-- cancelled: assignment_open's predicate and the domain's timeliness) are counted
-- in one summary row, rewritten by the assignment repository in the transaction of
-- every assignment insert and update. "Overdue" is then the sum of these counts
-- over the declaration's commitments past their deadline: about 250 rows read for
-- 57 x 1,000 cells, where counting the assignments themselves read all 57,000 of
-- them (10-16 ms on PostgreSQL, tests/bench/README.md). A commitment without open
-- assignments has no row. No foreign key: the row is derived, and that repository
-- is its only writer.
CREATE TABLE open_assignment_count (
  commitment_id TEXT PRIMARY KEY,
  assignments INTEGER NOT NULL
);

-- Backfill from the assignments already stored.
INSERT INTO open_assignment_count (commitment_id, assignments)
SELECT commitment_id, COUNT(*) FROM assignment
WHERE acceptance <> 'declined' AND status NOT IN ('completed', 'cancelled')
GROUP BY commitment_id;
