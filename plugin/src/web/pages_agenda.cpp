// The conference page's agenda and organizer forms (see conference.mustache and
// agenda_view.h): each change is an update of the conference under the version
// the page showed, by the same use case the API's PATCH runs.
#include <algorithm>

#include "accord/app/conference_use_cases.h"
#include "agenda_view.h"
#include "conference_change.h"
#include "page.h"
#include "pages.h"
#include "view_common.h"

namespace accord::web {

using namespace accord::domain;

namespace {
bool endsWith(const std::string& s, const std::string& tail) {
  return s.size() >= tail.size() && s.compare(s.size() - tail.size(), tail.size(), tail) == 0;
}

// An id no session of `c` has: "s1", "s2", ... (ids stay once given: a calendar
// program knows the session by it).
std::string freshSessionId(const Conference& c) {
  // Past the highest number given: a removed session's id is never given again.
  unsigned long highest = 0;
  for (const AgendaSession& s : c.sessions) {
    const std::string& id = s.id;
    if (id.size() < 2 || id.size() > 10 || id[0] != 's' || id.find_first_not_of("0123456789", 1) != std::string::npos)
      continue;
    highest = std::max(highest, std::stoul(id.substr(1)));
  }
  std::string id = "s" + std::to_string(highest + 1);
  for (const AgendaSession& s : c.sessions)
    if (s.id == id) return id + "-" + std::to_string(c.sessions.size());  // cannot happen: ids are s<N>
  return id;
}

// A use case's refusal of a session form: a bad field comes back beside it, in the
// form as typed; anything else (a stale version, no right) is a page of its own.
bool besideTheForm(const Error& e) {
  return e.code == ErrorCode::kInvalidArgument ||
         (e.code == ErrorCode::kNotFound && e.field.find("sessions[") != std::string::npos);
}
}  // namespace

Reply sessionForm(const Site& site, Visit& v) {
  const Wording& words = v.words;
  auto target = conferenceToChange(site, v);
  if (!target.ok()) return errorPage(site, v, target.error());
  Conference changed = target->conference;
  const std::string sessionId = v.param("session");
  auto at = changed.sessions.end();
  for (auto i = changed.sessions.begin(); i != changed.sessions.end(); ++i)
    if (i->id == sessionId) at = i;
  if (!sessionId.empty() && at == changed.sessions.end())
    return errorPage(site, v, Error::notFound("there is no such session in the agenda", "session"));
  std::string said;
  std::vector<Error> checks;
  const std::string form = sessionId.empty() ? "session" : "session:" + sessionId;
  if (endsWith(v.path, "/remove")) {
    said = words("conference.session_removed", {{"title", at->title}});
    changed.sessions.erase(at);
  } else if (sessionId.empty()) {
    AgendaSession fresh;
    fresh.id = freshSessionId(changed);
    changed.sessions.push_back(sessionFromForm(v, fresh, checks));
    said = words("conference.session_added", {{"title", changed.sessions.back().title}});
  } else {
    *at = sessionFromForm(v, *at, checks);
    said = words("conference.session_changed", {{"title", at->title}});
  }
  if (!checks.empty()) {
    RefusedForm refused{form, checks};
    return conferencePageWith(site, v, nullptr, &refused);
  }
  auto saved = app::updateConference(site.ctx, v.actor(), changed, target->version);
  if (!saved.ok()) {
    if (!besideTheForm(saved.error())) return errorPage(site, v, saved.error());
    Error e = saved.error();
    e.field = sessionField(e.field);
    RefusedForm refused{form, {e}};
    return conferencePageWith(site, v, nullptr, &refused);
  }
  return redirectTo(site, v, "/conferences/" + pathSegment(changed.id.str()), Flash{said});
}

// The organizer picker: an organization of the directory added to the
// conference's organizers, or one removed.
Reply organizerForm(const Site& site, Visit& v) {
  const Wording& words = v.words;
  auto target = conferenceToChange(site, v);
  if (!target.ok()) return errorPage(site, v, target.error());
  Conference changed = target->conference;
  OrganizationId organization(v.field("organization"));
  auto at = std::find(changed.organizers.begin(), changed.organizers.end(), organization);
  std::string said;
  if (endsWith(v.path, "/remove")) {
    if (at == changed.organizers.end())
      return errorPage(site, v, Error::notFound("that organization is not an organizer", "organization"));
    changed.organizers.erase(at);
    said = words("conference.organizer_removed");
  } else {
    if (at != changed.organizers.end())
      return errorPage(site, v, Error{ErrorCode::kAlreadyExists, "that organization is an organizer already", "organization"});
    changed.organizers.push_back(organization);
    said = words("conference.organizer_added");
  }
  auto saved = app::updateConference(site.ctx, v.actor(), changed, target->version);
  if (!saved.ok()) return errorPage(site, v, saved.error());
  return redirectTo(site, v, "/conferences/" + pathSegment(changed.id.str()), Flash{said});
}

}  // namespace accord::web
