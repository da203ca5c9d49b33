-- Schema version 4: the reports waiting for a monitor. A monitor's inbox asks,
-- per declaration, for its submitted reports; a partial index holds only those,
-- so the question costs what is waiting, not every report ever written.
CREATE INDEX report_submitted ON report (commitment_id, country) WHERE state = 'submitted';
