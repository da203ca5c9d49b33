-- Schema version 8: milestones and indicators per country. The commitment still
-- defines its milestones (title, due date) and indicators (name, baseline,
-- target); each assignment now keeps its own milestone states, set by the
-- country's coordinator, and its own indicator measurements. A milestone a country
-- has set nothing for keeps the commitment's state.
CREATE TABLE assignment_milestone (
  commitment_id TEXT NOT NULL,
  country TEXT NOT NULL,
  milestone_id TEXT NOT NULL,
  state TEXT NOT NULL CHECK (state IN ('pending', 'done', 'missed', 'dropped')),
  updated_on TEXT,
  updated_by TEXT NOT NULL,
  PRIMARY KEY (commitment_id, country, milestone_id),
  FOREIGN KEY (commitment_id, country) REFERENCES assignment(commitment_id, country)
);

CREATE TABLE indicator_measurement (
  commitment_id TEXT NOT NULL,
  country TEXT NOT NULL,
  ord INTEGER NOT NULL,
  indicator TEXT NOT NULL,
  value DOUBLE PRECISION NOT NULL,
  measured_on TEXT NOT NULL,
  source TEXT NOT NULL,
  recorded_by TEXT NOT NULL,
  PRIMARY KEY (commitment_id, country, ord),
  FOREIGN KEY (commitment_id, country) REFERENCES assignment(commitment_id, country)
);

-- Until now a milestone's state was the commitment's, shared by every country:
-- each country starts from it, so that no assignment's timeliness changes here.
INSERT INTO assignment_milestone (commitment_id, country, milestone_id, state, updated_on, updated_by)
SELECT a.commitment_id, a.country, m.id, m.state, NULL, ''
FROM assignment a JOIN milestone m ON m.commitment_id = a.commitment_id;
