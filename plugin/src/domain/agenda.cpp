#include "accord/domain/agenda.h"

#include <algorithm>
#include <set>
#include <tuple>

#include "checks.h"

namespace accord::domain {

bool isClockTime(const std::string& t) {
  auto digit = [](char c) { return c >= '0' && c <= '9'; };
  if (t.size() != 5 || t[2] != ':' || !digit(t[0]) || !digit(t[1]) || !digit(t[3]) || !digit(t[4])) return false;
  return (t[0] - '0') * 10 + (t[1] - '0') < 24 && t[3] < '6';
}

Status normalize(AgendaSession& s, Date first, Date last, const std::string& path) {
  Checks checks;
  checks.id(path + ".id", s.id)
      .text(path + ".title", s.title, text_rules::kName)
      .text(path + ".room", s.room, text_rules::kOptionalName)
      .that(isClockTime(s.start), path + ".start", "must be a time such as 09:30 (24-hour, hours and minutes)")
      .that(isClockTime(s.end), path + ".end", "must be a time such as 17:00 (24-hour, hours and minutes)")
      // "HH:MM" texts order as the times they name.
      .that(s.start < s.end, path + ".end", "must be after the start (" + s.start + ")")
      .that(first <= s.date && s.date <= last, path + ".date",
            "must be a day of the conference, " + first.iso() + " to " + last.iso());
  std::set<std::string> seen;
  for (std::size_t i = 0; i < s.speakers.size(); ++i)
    checks.that(seen.insert(s.speakers[i].str()).second, path + ".speakers[" + std::to_string(i) + "]",
                "names " + s.speakers[i].str() + " a second time");
  return checks.status();
}

void sortAgenda(std::vector<AgendaSession>& sessions) {
  std::stable_sort(sessions.begin(), sessions.end(), [](const AgendaSession& a, const AgendaSession& b) {
    return std::tie(a.date, a.start, a.end) < std::tie(b.date, b.start, b.end);
  });
}

}  // namespace accord::domain
