// A conference's agenda: its sessions, each on one day of the conference with a
// start and an end in the conference's local time, a title, an optional room and
// the people of the directory who speak in it.
#pragma once

#include <string>
#include <vector>

#include "accord/domain/date.h"
#include "accord/domain/id.h"
#include "accord/domain/result.h"

namespace accord::domain {

struct AgendaSession {
  // Stable within its conference: calendar programs know the session by it (the
  // UID of its event) and the forms that edit or remove it name it.
  std::string id;
  Date date;
  // "HH:MM", 24-hour, the conference's local time: an agenda is printed and read
  // in the time of the place, so no time zone is stored.
  std::string start;
  std::string end;
  std::string title;
  std::string room;
  std::vector<PersonId> speakers;
};

// True for a 24-hour "HH:MM" time, 00:00 to 23:59.
bool isClockTime(const std::string& text);

// Normalises the texts of `s` in place. Returns the first rule it breaks, named
// under `path` ("conference.sessions[2].end"): a bad id, title or room, a time
// that is no "HH:MM", an end not after the start, a day outside `first`..`last`
// (the conference's dates), a speaker named twice.
Status normalize(AgendaSession& s, Date first, Date last, const std::string& path);

// Orders `sessions` by day, then start, then end; sessions that tie keep their order.
void sortAgenda(std::vector<AgendaSession>& sessions);

}  // namespace accord::domain
