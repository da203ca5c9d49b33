#include "conference_form.h"

#include "labels.h"
#include "view_common.h"

namespace accord::web {

using namespace accord::domain;

namespace {
std::string joined(const std::vector<std::string>& list) {
  std::string out;
  for (const auto& s : list) out += (out.empty() ? "" : ", ") + s;
  return out;
}

std::vector<std::string> words(const std::string& text) {
  std::vector<std::string> out;
  std::string word;
  for (char c : text + ",") {
    if (c == ',' || c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      if (!word.empty()) out.push_back(word);
      word.clear();
    } else {
      word += c;
    }
  }
  return out;
}

std::string fieldOr(const Fields& form, const std::string& name) {
  auto it = form.find(name);
  return it == form.end() ? std::string() : it->second;
}
}  // namespace

Data conferenceFields(const Wording& w, const Conference& c, const Fields* posted) {
  auto value = [&](const std::string& name, const std::string& stored) {
    return posted ? fieldOr(*posted, name) : stored;
  };
  Data f;
  f.set("id", value("id", c.id.str()));
  f.set("title", value("title", c.title));
  f.set("city", value("city", c.city));
  f.set("venue", value("venue", c.venue));
  f.set("startDate", value("startDate", c.id.str().empty() ? "" : c.startDate.iso()));
  f.set("endDate", value("endDate", c.id.str().empty() ? "" : c.endDate.iso()));
  f.set("languages", value("languages", joined(c.languages)));
  std::string status = value("status", toString(c.status));
  List statuses;
  for (const char* name : enumNames<ConferenceStatus>()) {
    auto known = parseConferenceStatus("status", name);  // every name of the enum parses
    statuses.push_back(choice(name, badge(w, known.value()).label, status == name));
  }
  f.set("statuses", statuses);
  f.set("organizers", posted ? fieldOr(*posted, "organizers") : std::string());
  f.set("speakers", posted ? fieldOr(*posted, "speakers") : std::string());
  return f;
}

Result<Conference> conferenceFromForm(const Fields& form, Conference base, bool creating) {
  if (creating) {
    std::string id = fieldOr(form, "id");
    // A made-up id keeps the form to what a person knows; the API takes chosen ids.
    if (id.empty()) id = madeUpId("conf-");
    base.id = ConferenceId(id);
  }
  base.title = fieldOr(form, "title");
  base.city = fieldOr(form, "city");
  base.venue = fieldOr(form, "venue");
  auto start = Date::parse("startDate", fieldOr(form, "startDate"));
  if (!start.ok()) return start.error();
  auto end = Date::parse("endDate", fieldOr(form, "endDate"));
  if (!end.ok()) return end.error();
  base.startDate = *start;
  base.endDate = *end;
  base.languages = words(fieldOr(form, "languages"));
  auto status = parseConferenceStatus("status", fieldOr(form, "status"));
  if (!status.ok()) return status.error();
  base.status = *status;
  return base;
}

std::vector<Error> conferenceFormErrors(const Fields& form) {
  std::vector<Error> errors;
  // The domain's own text rules (normalize(Conference)), under the form's names.
  for (const auto& [field, rule] : {std::pair{"title", text_rules::kName}, std::pair{"city", text_rules::kName},
                                    std::pair{"venue", text_rules::kOptionalName}})
    if (auto t = validateText(field, fieldOr(form, field), rule); !t.ok()) errors.push_back(t.error());
  auto start = Date::parse("startDate", fieldOr(form, "startDate"));
  if (!start.ok()) errors.push_back(start.error());
  auto end = Date::parse("endDate", fieldOr(form, "endDate"));
  if (!end.ok()) errors.push_back(end.error());
  if (start.ok() && end.ok() && *end < *start) errors.push_back(Error::invalid("endDate", "must not be before the start date"));
  if (auto status = parseConferenceStatus("status", fieldOr(form, "status")); !status.ok())
    errors.push_back(status.error());
  return errors;
}

namespace {
std::string trimmed(const std::string& s) {
  std::size_t b = s.find_first_not_of(" \t\r"), e = s.find_last_not_of(" \t\r");
  return b == std::string::npos ? std::string() : s.substr(b, e - b + 1);
}

std::vector<std::string> lines(const std::string& text) {
  std::vector<std::string> out;
  std::size_t at = 0;
  while (at <= text.size()) {
    std::size_t end = text.find('\n', at);
    if (end == std::string::npos) end = text.size();
    if (std::string line = trimmed(text.substr(at, end - at)); !line.empty()) out.push_back(line);
    at = end + 1;
  }
  return out;
}

// The field a line's error is shown beside, saying which line.
Error onLine(Error e, const char* field, std::size_t line) {
  return Error::invalid(field, "line " + std::to_string(line + 1) + ": " + e.message);
}
}  // namespace

Result<app::Directory> directoryFromForm(const Fields& form, Conference& c) {
  app::Directory d;
  c.organizers.clear();
  c.speakers.clear();
  auto organizers = lines(fieldOr(form, "organizers"));
  for (std::size_t i = 0; i < organizers.size(); ++i) {
    Organization o;
    o.id = OrganizationId(madeUpId("org-"));
    o.name = organizers[i];
    // "Name (ACRONYM)": the acronym is the last parenthesis.
    if (auto open = o.name.rfind(" ("); open != std::string::npos && o.name.back() == ')') {
      o.acronym = o.name.substr(open + 2, o.name.size() - open - 3);
      o.name = trimmed(o.name.substr(0, open));
    }
    if (Status s = normalize(o, "organization"); !s.ok()) return onLine(s.error(), "organizers", i);
    c.organizers.push_back(o.id);
    d.organizations.push_back(std::move(o));
  }
  auto speakers = lines(fieldOr(form, "speakers"));
  for (std::size_t i = 0; i < speakers.size(); ++i) {
    Person p;
    p.id = PersonId(madeUpId("p-"));
    std::string role;
    for (const char* dash : {" \u2014 ", " - "})
      if (auto at = speakers[i].find(dash); at != std::string::npos && p.name.empty()) {
        p.name = trimmed(speakers[i].substr(0, at));
        role = trimmed(speakers[i].substr(at + std::string(dash).size()));
      }
    if (p.name.empty()) p.name = speakers[i];
    if (Status s = normalize(p, "person"); !s.ok()) return onLine(s.error(), "speakers", i);
    c.speakers.push_back({p.id, role});
    d.people.push_back(std::move(p));
  }
  return d;
}

}  // namespace accord::web
