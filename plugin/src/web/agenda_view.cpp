#include "agenda_view.h"

#include <set>

#include "accord/domain/text.h"
#include "page.h"
#include "view_common.h"
#include "words.h"

namespace accord::web {

using namespace accord::domain;

namespace {
std::string conferencePath(const Conference& c) { return "/conferences/" + pathSegment(c.id.str()); }

// The fields of one session form: as stored, or as posted when it was refused.
Data sessionFields(const Visit& v, const Conference& c, const app::Directory& directory,
                   const AgendaSession& s, const std::string& formId, const RefusedForm* refused) {
  const bool posted = refused != nullptr;
  Data f;
  f.set("formId", formId);
  f.set("csrf", v.csrf);
  f.set("version", std::to_string(c.version));
  const std::string day = posted ? v.field("date") : s.date.iso();
  List days;
  for (Date d = c.startDate; d <= c.endDate && days.size() < 62; d = d.plusDays(1))
    days.push_back(choice(d.iso(), longDate(d), d.iso() == day));
  f.set("days", days);
  f.set("start", posted ? v.field("start") : s.start);
  f.set("end", posted ? v.field("end") : s.end);
  f.set("title", posted ? v.field("title") : s.title);
  f.set("room", posted ? v.field("room") : s.room);
  std::set<std::string> chosen;
  for (const PersonId& p : s.speakers) chosen.insert(p.str());
  List people;
  for (const Person& p : directory.people) {
    Data d;
    d.set("person", p.id.str());
    d.set("name", p.name + (p.title.empty() ? "" : ", " + p.title));
    d.set("checked", posted ? !v.field("speaker." + p.id.str()).empty() : chosen.count(p.id.str()) != 0);
    people.push_back(d);
  }
  f.set("hasPeople", !people.empty());
  f.set("people", people);
  // Unset keys would be looked up in the page around the form, where another
  // refused form (a new declaration's) may have put its own.
  for (const char* key : {"formError", "error_date", "error_start", "error_end", "error_title", "error_room",
                          "error_speakers"})
    f.set(key, false);
  if (posted) putErrors(v.words, f, refused->errors);
  return f;
}
}  // namespace

Data agendaView(const Visit& v, const Conference& c, const app::Directory& directory, bool manages,
                const RefusedForm* refused) {
  auto nameOf = [&](const PersonId& id) {
    for (const Person& p : directory.people)
      if (p.id == id) return p.name;
    return id.str();
  };
  const std::string base = conferencePath(c);
  Data view;
  List days;
  for (std::size_t i = 0; i < c.sessions.size();) {
    const Date day = c.sessions[i].date;
    List sessions;
    for (; i < c.sessions.size() && c.sessions[i].date == day; ++i) {
      const AgendaSession& s = c.sessions[i];
      Data d;
      d.set("id", s.id);
      d.set("start", s.start);
      d.set("end", s.end);
      d.set("title", s.title);
      d.set("room", text(s.room));
      std::string names;
      for (const PersonId& p : s.speakers) names += (names.empty() ? "" : ", ") + nameOf(p);
      d.set("speakers", text(names));
      if (manages) {
        const std::string formId = "session:" + s.id;
        const RefusedForm* mine = refused && refused->form == formId ? refused : nullptr;
        Data edit = sessionFields(v, c, directory, s, "edit-" + s.id, mine);  // ids unlike the new form's
        edit.set("action", link(v, base + "/sessions/" + pathSegment(s.id)));
        edit.set("removeAction", link(v, base + "/sessions/" + pathSegment(s.id) + "/remove"));
        edit.set("open", mine != nullptr);
        d.set("edit", edit);
      }
      sessions.push_back(d);
    }
    Data group;
    group.set("day", longDate(day));
    group.set("date", day.iso());
    group.set("sessions", sessions);
    days.push_back(group);
  }
  view.set("days", days.empty() ? Data(false) : Data(days));
  if (manages) {
    const RefusedForm* mine = refused && refused->form == "session" ? refused : nullptr;
    AgendaSession fresh;
    fresh.date = c.startDate;
    Data f = sessionFields(v, c, directory, fresh, "new", mine);
    f.set("action", link(v, base + "/sessions"));
    f.set("open", mine != nullptr);
    view.set("newSession", f);
  } else {
    view.set("newSession", false);
  }
  return view;
}

Data organizerForm(const Visit& v, const Conference& c, const app::Directory& directory) {
  Data f;
  f.set("action", link(v, conferencePath(c) + "/organizers"));
  f.set("removeAction", link(v, conferencePath(c) + "/organizers/remove"));
  List candidates, current;
  for (const Organization& o : directory.organizations) {
    bool organizes = false;
    for (const OrganizationId& id : c.organizers) organizes = organizes || id == o.id;
    std::string label = o.name + (o.acronym.empty() ? "" : " (" + o.acronym + ")");
    (organizes ? current : candidates).push_back(choice(o.id.str(), label, false));
  }
  // A list section repeats what it holds: the forms are shown on these flags.
  f.set("hasCandidates", !candidates.empty());
  f.set("hasCurrent", !current.empty());
  f.set("organizations", candidates);
  f.set("current", current);
  return f;
}

AgendaSession sessionFromForm(const Visit& v, AgendaSession s, std::vector<Error>& errors) {
  auto day = Date::parse("date", v.field("date"));
  if (day.ok()) s.date = *day;
  else errors.push_back(Error::invalid("date", "must be a day of the conference"));
  s.start = v.field("start");
  s.end = v.field("end");
  s.title = v.field("title");
  s.room = v.field("room");
  if (!isClockTime(s.start)) errors.push_back(Error::invalid("start", "must be a time such as 09:30 (24-hour, hours and minutes)"));
  if (!isClockTime(s.end)) errors.push_back(Error::invalid("end", "must be a time such as 17:00 (24-hour, hours and minutes)"));
  else if (isClockTime(s.start) && !(s.start < s.end)) errors.push_back(Error::invalid("end", "must be after the start (" + s.start + ")"));
  if (auto title = validateText("title", s.title, text_rules::kName); !title.ok()) errors.push_back(title.error());
  if (auto room = validateText("room", s.room, text_rules::kOptionalName); !room.ok()) errors.push_back(room.error());
  s.speakers.clear();
  const std::string prefix = "speaker.";
  for (const auto& [name, value] : v.form)
    if (name.compare(0, prefix.size(), prefix) == 0 && !value.empty()) s.speakers.emplace_back(name.substr(prefix.size()));
  return s;
}

std::string sessionField(const std::string& field) {
  const std::string marker = "sessions[";
  auto at = field.rfind(marker);
  if (at == std::string::npos) return field;
  auto dot = field.find("].", at);
  if (dot == std::string::npos) return field;
  std::string rest = field.substr(dot + 2);
  return rest.substr(0, rest.find('['));
}

}  // namespace accord::web
