-- Schema version 18: the latest-report summary (migration 10) carries the columns a
-- matrix cell shows of its report: period, percent, state, version. A page of the
-- implementation matrix reads its 2,850 cells' reports as one range of this table
-- by its primary key instead of probing `report` once per cell (tests/bench/
-- README.md). Written with report_id in the same statement, in the transaction of
-- every report insert and update (storage/report_repository.cpp), so it never
-- disagrees with the report it names.
ALTER TABLE latest_report ADD COLUMN period_start TEXT;
ALTER TABLE latest_report ADD COLUMN period_end TEXT;
ALTER TABLE latest_report ADD COLUMN percent INTEGER;
ALTER TABLE latest_report ADD COLUMN state TEXT;
ALTER TABLE latest_report ADD COLUMN version BIGINT;

-- Backfill from the report each row names.
UPDATE latest_report SET period_start = r.period_start, period_end = r.period_end, percent = r.percent,
  state = r.state, version = r.version
FROM report AS r WHERE r.id = latest_report.report_id;
