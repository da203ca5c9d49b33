// The home page (what waits for the person signed in) and the conference page.
#include <algorithm>

#include "accord/app/overview.h"
#include "accord/app/permissions.h"
#include "accounts_view.h"
#include "agenda_view.h"
#include "declaration_setup.h"
#include "delegates_view.h"
#include "labels.h"
#include "monitor_home.h"
#include "page.h"
#include "pages.h"
#include "view_common.h"
#include "words.h"

namespace accord::web {

using namespace accord::domain;

namespace {

// The commitment as a link names it: its text in quotes, cut at a word near 70
// characters (never inside a UTF-8 sequence).
std::string quoted(const std::string& text) {
  constexpr std::size_t kMax = 70;
  if (text.size() <= kMax) return "\u2018" + text + "\u2019";
  std::size_t cut = text.rfind(' ', kMax);
  if (cut == std::string::npos || cut < kMax / 2) {
    cut = kMax;
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
  }
  return "\u2018" + text.substr(0, cut) + " \u2026\u2019";
}

// Where an inbox item is acted on, and the sentence that says what to do.
std::pair<std::string, std::string> targetOf(const Site& site, const Visit& v, const app::InboxItem& i) {
  std::string decl = "/declarations/" + pathSegment(i.declaration.str());
  std::string country = i.country ? countryName(site, *i.country) : "";
  std::string assignment = i.commitment.empty() ? ""
                                                : "/commitments/" + pathSegment(i.commitment.str()) + "/countries/" +
                                                      (i.country ? i.country->str() : "");
  std::string commitment = quoted(i.commitmentText);
  switch (i.kind) {
    case app::InboxKind::kDraft: return {link(v, decl), v.words("inbox.finish_draft", {{"state", lowered(stateLabel(v.words, i.state))}})};
    case app::InboxKind::kInvitation:
      return {link(v, decl + "/endorsements"),
              v.words("inbox.not_answered", {{"unanswered", std::to_string(i.unanswered)}, {"invited", std::to_string(i.invited)}})};
    case app::InboxKind::kAmendment:
      return {link(v, decl + "/consultation"),
              v.words("inbox.incorporate", {{"amendment", std::to_string(i.amendment)}, {"clause", i.clause}})};
    case app::InboxKind::kEndorse: return {link(v, decl + "/endorsements"), v.words("inbox.endorse", {{"country", country}})};
    case app::InboxKind::kAccept: return {link(v, assignment), v.words("inbox.accept", {{"commitment", commitment}, {"country", country}})};
    case app::InboxKind::kReport:
      return {link(v, assignment), v.words("inbox.report", {{"commitment", commitment}, {"country", country}, {"state", lowered(stateLabel(v.words, i.state))}})};
    case app::InboxKind::kValidate:
      return {link(v, assignment), v.words("inbox.validate", {{"commitment", commitment}, {"country", country}})};
    case app::InboxKind::kOverdue: return {link(v, assignment), v.words("inbox.overdue", {{"commitment", commitment}, {"country", country}})};
    case app::InboxKind::kAtRisk: return {link(v, assignment), v.words("inbox.at_risk", {{"commitment", commitment}, {"country", country}})};
  }
  return {link(v, decl), ""};
}

// The catalogue key of a group's heading.
const char* groupHeading(app::InboxKind k) {
  switch (k) {
    case app::InboxKind::kDraft: return "inbox.group.drafts";
    case app::InboxKind::kInvitation: return "inbox.group.invitations";
    case app::InboxKind::kAmendment: return "inbox.group.amendments";
    case app::InboxKind::kEndorse: return "inbox.group.endorse";
    case app::InboxKind::kAccept: return "inbox.group.accept";
    case app::InboxKind::kReport: return "inbox.group.report";
    case app::InboxKind::kValidate: return "inbox.group.validate";
    case app::InboxKind::kOverdue: return "inbox.group.overdue";
    case app::InboxKind::kAtRisk: return "inbox.group.at_risk";
  }
  return "";
}

}  // namespace

Reply homePage(const Site& site, Visit& v) {
  const bool monitor = v.actor().role == Role::kMonitor;
  app::WaitingFilter filter;
  if (monitor) {
    auto f = monitorFilter(v);
    if (!f.ok()) return errorPage(site, v, f.error());
    filter = *f;
  }
  auto box = app::inbox(site.ctx, v.actor(), 50, filter);
  if (!box.ok()) return errorPage(site, v, box.error());
  Data view = baseView(site, v, "Accord");
  view.set("monitor", monitor ? monitorHome(site, v, *box, filter) : Data(false));
  List groups;
  for (app::InboxKind kind : app::inboxKinds()) {
    // The monitor's late work has its own grouped, filtered part.
    if (monitor && (kind == app::InboxKind::kOverdue || kind == app::InboxKind::kAtRisk)) continue;
    List items;
    for (const app::InboxItem& i : box->items) {
      if (i.kind != kind) continue;
      auto [href, action] = targetOf(site, v, i);
      Data item;
      item.set("href", href);
      item.set("action", action);
      item.set("declaration", i.declarationTitle);
      item.set("commitment", i.commitmentText);
      item.set("hasCommitment", !i.commitmentText.empty());
      items.push_back(item);
    }
    if (items.empty()) continue;
    Data g;
    g.set("heading", v.words(groupHeading(kind)));
    g.set("kind", app::toString(kind));
    // A monitor's list stops at its bound (app/overview.h): "100+" says there is more.
    bool more = std::find(box->more.begin(), box->more.end(), kind) != box->more.end();
    g.set("count", std::to_string(items.size()) + (more ? "+" : ""));
    g.set("items", items);
    groups.push_back(g);
  }
  view.set("groups", groups);
  Data accounts = accountAlertsView(site, v);
  view.set("accountAlerts", accounts);
  view.set("nothingWaits", groups.empty() && accounts.is_false() && !monitor);
  List conferences;
  for (const Conference& c : box->conferences) conferences.push_back(conferenceSummary(v, c));
  view.set("conferences", conferences);
  return renderPage(site, v, "home", view);
}

Reply conferencePage(const Site& site, Visit& v) { return conferencePageWith(site, v, nullptr); }

Reply conferencePageWith(const Site& site, Visit& v, const Error* formError, const RefusedForm* refused) {
  auto o = app::conferenceOverview(site.ctx, v.actor(), ConferenceId(v.param("id")));
  if (!o.ok()) return errorPage(site, v, o.error());
  const Conference& c = o->conference;
  auto personName = [&](const PersonId& id) -> std::pair<std::string, std::string> {
    for (const Person& p : o->directory.people)
      if (p.id == id) return {p.name, p.title};
    return {id.str(), ""};
  };
  Data view = baseView(site, v, c.title);
  view.set("conferenceTitle", c.title);
  List crumbs;
  crumbs.push_back(crumb(v.words("nav.conferences"), link(v, "/conferences")));
  crumbs.push_back(crumb(c.title, ""));
  view.set("crumbs", crumbs);
  view.set("illustrative", illustrativeNote(site, v, c.id));
  view.set("city", c.city);
  view.set("venue", text(c.venue));
  view.set("start", v.words.date(c.startDate));
  view.set("end", v.words.date(c.endDate));
  view.set("conferenceStatus", badge(v.words, c.status).label);
  List organizers;
  for (const OrganizationId& id : c.organizers) {
    Data d;
    std::string name = id.str();
    for (const Organization& org : o->directory.organizations)
      if (org.id == id) name = org.name + (org.acronym.empty() ? "" : " (" + org.acronym + ")");
    d.set("name", name);
    organizers.push_back(d);
  }
  view.set("organizers", organizers);
  const bool manages = app::conferencePermissionsFor(v.actor()).manage;
  view.set("organizerForm", manages ? organizerForm(v, c, o->directory) : Data(false));
  view.set("agenda", agendaView(v, c, o->directory, manages, refused));
  List speakers;
  for (const Speaker& sp : c.speakers) {
    auto [name, title] = personName(sp.person);
    Data d;
    d.set("name", name);
    d.set("title", text(title));
    d.set("role", text(sp.role));
    speakers.push_back(d);
  }
  view.set("speakers", speakers);
  if (manages) {
    // A speaker is someone of the directory, with their role at this conference.
    Data f;
    f.set("action", link(v, "/conferences/" + pathSegment(c.id.str()) + "/speakers"));
    List people;
    for (const Person& p : o->directory.people)
      people.push_back(choice(p.id.str(), p.name + (p.title.empty() ? "" : ", " + p.title), false));
    f.set("people", people);
    List current;
    for (std::size_t i = 0; i < c.speakers.size(); ++i) {
      auto [name, title] = personName(c.speakers[i].person);
      current.push_back(choice(std::to_string(i), name + (c.speakers[i].role.empty() ? "" : " (" + c.speakers[i].role + ")"),
                               false));
    }
    f.set("current", current.empty() ? Data(false) : Data(current));
    f.set("removeAction", link(v, "/conferences/" + pathSegment(c.id.str()) + "/speakers/remove"));
    view.set("speakerForm", f);
  }
  List delegations;
  for (const Delegation& del : c.delegations) {
    Data d = countryData(site, del.country);
    List members;
    for (const DelegationMember& m : del.members) {
      auto [name, title] = personName(m.person);
      Data p;
      p.set("name", name);
      p.set("title", text(title));
      p.set("role", lowered(delegateRoleLabel(v.words, m.role)));  // "(head of delegation)" after the name
      p.set("person", m.person.str());
      if (manages) p.set("manage", delegateForms(v, c, del.country, m));
      members.push_back(p);
    }
    d.set("members", members);
    delegations.push_back(d);
  }
  view.set("delegations", delegations);
  view.set("delegationCount", std::to_string(c.delegations.size()));
  view.set("delegationsCsvHref", link(v, "/conferences/" + pathSegment(c.id.str()) + "/delegations.csv"));
  view.set("calendarHref", link(v, "/conferences/" + pathSegment(c.id.str()) + "/calendar.ics"));
  List declarations;
  for (const Declaration& d : o->declarations) {
    Data x;
    x.set("title", d.title);
    x.set("href", link(v, "/declarations/" + pathSegment(d.id.str())));
    x.set("status", badgeData(badge(v.words, d.status)));
    x.set("invited", v.words.count("count.countries", static_cast<long long>(d.invitedCountries.size())));
    declarations.push_back(x);
  }
  view.set("declarations", declarations);
  view.set("newDeclaration", newDeclarationForm(v, c, formError));
  view.set("mayManage", manages);
  view.set("version", std::to_string(c.version));
  view.set("addDelegate", manages ? newDelegateForm(site, v, c, o->directory, refused) : Data(false));
  view.set("editHref", link(v, "/conferences/" + pathSegment(c.id.str()) + "/edit"));
  view.set("directoryHref", link(v, "/conferences/" + pathSegment(c.id.str()) + "/directory"));
  if (formError) putError(v.words, view, *formError);
  int status = formError ? statusOf(formError->code) : 200;
  if (refused && !refused->errors.empty()) status = statusOf(refused->errors.front().code);
  return renderPage(site, v, "conference", view, status);
}

}  // namespace accord::web
