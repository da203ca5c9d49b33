// The secretariat's conference pages: every conference, searched by title, city
// and year and paged; a new conference; its details changed under the version
// the form was made from. Each form calls one use case.
#include "accord/app/conference_search.h"
#include "accord/app/conference_use_cases.h"
#include "accord/app/permissions.h"
#include "accord/app/read_models.h"
#include "conference_form.h"
#include "page.h"
#include "pages.h"
#include "view_common.h"
#include "words.h"

namespace accord::web {

using namespace accord::domain;

namespace {

constexpr std::size_t kConferencesPerPage = 20;

// A use case's field ("conference.languages[1]") as the form names it ("languages").
Error asFormError(Error e) {
  const std::string prefix = "conference.";
  if (e.field.rfind(prefix, 0) == 0) e.field = e.field.substr(prefix.size());
  if (auto bracket = e.field.find('['); bracket != std::string::npos) e.field = e.field.substr(0, bracket);
  return e;
}

Reply conferenceForm(const Site& site, Visit& v, const Conference& c, bool creating, const Error* error) {
  Data view = baseView(site, v, creating ? v.words("title.new_conference") : v.words("title.edit", {{"title", c.title}}));
  view.set("creating", creating);
  view.set("heading", creating ? v.words("title.new_conference") : v.words("conference_form.edit_heading", {{"title", c.title}}));
  view.set("fields", conferenceFields(v.words, c, error ? &v.form : nullptr));
  view.set("version", error ? v.field("version") : std::to_string(c.version));
  view.set("action", link(v, creating ? "/conferences" : "/conferences/" + pathSegment(c.id.str()) + "/edit"));
  view.set("cancelHref", link(v, creating ? "/conferences" : "/conferences/" + pathSegment(c.id.str())));
  if (error) putError(v.words, view, *error);
  if (error) showEveryError(v, *error, conferenceFormErrors(v.form));
  return renderPage(site, v, "conference_form", view, error ? statusOf(error->code) : 200);
}

// The refusal of someone who may not set up conferences, before any form shows.
Status mayManage(const Visit& v) {
  if (app::conferencePermissionsFor(v.actor()).manage) return {};
  return Error::forbidden("only the secretariat creates and edits conferences");
}

}  // namespace

Reply conferencesPage(const Site& site, Visit& v) {
  app::ConferenceSearch search;
  search.title = v.queryOr("title");
  search.city = v.queryOr("city");
  auto year = app::parseSearchYear(v.queryOr("year"));
  if (!year.ok()) return errorPage(site, v, year.error());
  search.year = *year;
  app::PageRequest request{kConferencesPerPage, v.queryOr("after")};
  auto page = app::searchConferences(site.ctx, v.actor(), search, request);
  if (!page.ok()) return errorPage(site, v, page.error());
  Data view = baseView(site, v, v.words("nav.conferences"));
  List rows;
  for (const Conference& c : page->items) rows.push_back(conferenceSummary(v, c));
  view.set("conferences", rows);
  view.set("none", rows.empty());
  view.set("q_title", search.title);
  view.set("q_city", search.city);
  view.set("q_year", v.queryOr("year"));
  view.set("searchAction", link(v, "/conferences"));
  if (!page->next.empty()) {
    std::string next = "/conferences?after=" + pathSegment(page->next) + "&title=" + pathSegment(search.title) +
                       "&city=" + pathSegment(search.city) + "&year=" + pathSegment(v.queryOr("year"));
    view.set("nextHref", link(v, next));
  } else {
    view.set("nextHref", false);
  }
  view.set("mayCreate", app::conferencePermissionsFor(v.actor()).manage);
  view.set("newHref", link(v, "/conferences/new"));
  return renderPage(site, v, "conferences", view);
}

Reply newConferencePage(const Site& site, Visit& v) {
  if (Status s = mayManage(v); !s.ok()) return errorPage(site, v, s.error());
  Conference blank;
  blank.languages = {"en"};
  return conferenceForm(site, v, blank, true, nullptr);
}

Reply createConferenceForm(const Site& site, Visit& v) {
  if (Status s = mayManage(v); !s.ok()) return errorPage(site, v, s.error());
  auto c = conferenceFromForm(v.form, Conference{}, true);
  if (!c.ok()) return conferenceForm(site, v, Conference{}, true, &c.error());
  auto directory = directoryFromForm(v.form, *c);
  if (!directory.ok()) return conferenceForm(site, v, Conference{}, true, &directory.error());
  auto created = app::createConference(site.ctx, v.actor(), *c, *directory);
  if (!created.ok()) {
    Error e = asFormError(created.error());
    return conferenceForm(site, v, Conference{}, true, &e);
  }
  return redirectTo(site, v, "/conferences/" + pathSegment(created->id.str()),
                    Flash{v.words("flash.conference_created", {{"title", quoted(created->title)}})});
}

Reply editConferencePage(const Site& site, Visit& v) {
  if (Status s = mayManage(v); !s.ok()) return errorPage(site, v, s.error());
  auto c = app::getConference(site.ctx, v.actor(), ConferenceId(v.param("id")));
  if (!c.ok()) return errorPage(site, v, c.error());
  return conferenceForm(site, v, *c, false, nullptr);
}

Reply saveConferenceForm(const Site& site, Visit& v) {
  if (Status s = mayManage(v); !s.ok()) return errorPage(site, v, s.error());
  auto stored = app::getConference(site.ctx, v.actor(), ConferenceId(v.param("id")));
  if (!stored.ok()) return errorPage(site, v, stored.error());
  auto version = parseNumber(v.field("version"));
  if (!version) return errorPage(site, v, Error::invalid("version", "the form lacks the version it was made from"));
  auto c = conferenceFromForm(v.form, *stored, false);
  if (!c.ok()) return conferenceForm(site, v, *stored, false, &c.error());
  auto saved = app::updateConference(site.ctx, v.actor(), *c, *version);
  if (!saved.ok()) {
    Error e = asFormError(saved.error());
    return conferenceForm(site, v, *stored, false, &e);
  }
  return redirectTo(site, v, "/conferences/" + pathSegment(saved->id.str()),
                    Flash{v.words("flash.conference_saved", {{"title", quoted(saved->title)}})});
}

}  // namespace accord::web
