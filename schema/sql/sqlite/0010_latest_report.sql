-- Schema version 10: reads that cost what they show. The latest report of each
-- assignment (greatest period end, then the last stored: the domain's choice) is
-- kept as one summary row, written in the same transaction as the report by the
-- report repository, so the implementation matrix and the inboxes read one row per
-- assignment instead of ranking every report ever written. No foreign key: the
-- row is derived, and the report repository is its only writer.
CREATE TABLE latest_report (
  commitment_id TEXT NOT NULL,
  country TEXT NOT NULL,
  report_id TEXT NOT NULL,
  PRIMARY KEY (commitment_id, country)
);

-- Backfill: the one pass over every report this schema ever makes.
INSERT INTO latest_report (commitment_id, country, report_id)
SELECT commitment_id, country, id FROM (
  SELECT commitment_id, country, id,
         ROW_NUMBER() OVER (PARTITION BY commitment_id, country ORDER BY period_end DESC, ord DESC) AS rn
  FROM report) ranked
WHERE rn = 1;

-- The matrix's rows in stored order, a page at a time, without sorting them all.
CREATE INDEX commitment_in_order ON commitment (declaration_id, ord, id);

-- Overdue cells of one declaration's matrix: its commitments whose deadline has passed.
CREATE INDEX commitment_by_deadline ON commitment (declaration_id, deadline);

-- A monitor's overdue list across every declaration, oldest deadline first.
CREATE INDEX commitment_by_due ON commitment (deadline, id);

-- The assignments that can still be overdue (domain timeliness: neither declined,
-- completed nor cancelled); finished work drops out of the index.
CREATE INDEX assignment_open ON assignment (commitment_id, country)
  WHERE acceptance <> 'declined' AND status NOT IN ('completed', 'cancelled');
