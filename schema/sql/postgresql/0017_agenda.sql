-- Schema version 17: a conference's agenda. A session is a child of its
-- conference (rewritten with it, like its speakers) but keeps an id of its own,
-- which calendar programs see as the UID of its event. Day and times are the
-- conference's local time ("HH:MM"): an agenda is read in the time of the place.
CREATE TABLE conference_session (
  conference_id TEXT NOT NULL REFERENCES conference(id),
  id TEXT NOT NULL,
  ord INTEGER NOT NULL,
  day TEXT NOT NULL,
  start_time TEXT NOT NULL,
  end_time TEXT NOT NULL,
  title TEXT NOT NULL,
  room TEXT NOT NULL,
  PRIMARY KEY (conference_id, id),
  CHECK (start_time < end_time)
);

CREATE TABLE conference_session_speaker (
  conference_id TEXT NOT NULL,
  session_id TEXT NOT NULL,
  ord INTEGER NOT NULL,
  person_id TEXT NOT NULL,
  PRIMARY KEY (conference_id, session_id, ord),
  FOREIGN KEY (conference_id, session_id) REFERENCES conference_session(conference_id, id),
  FOREIGN KEY (conference_id, person_id) REFERENCES person(conference_id, id)
);
