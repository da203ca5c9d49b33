#include "monitor_home.h"

#include <map>

#include "labels.h"
#include "page.h"
#include "view_common.h"

namespace accord::web {

using namespace accord::domain;

namespace {

// The states an open assignment can be in (completed and cancelled ones are never late).
const ImplementationStatus kOpenStatuses[] = {ImplementationStatus::kNotStarted, ImplementationStatus::kInProgress,
                                              ImplementationStatus::kOnHold};

// "12 days overdue", "due today", "due in 3 days".
std::string lateness(const Wording& w, const app::InboxItem& i, Date today) {
  if (!i.deadline) return "";
  long d = static_cast<long>(today.days() - i.deadline->days());
  if (d > 0) return w.count("monitor.days_overdue", d);
  if (d == 0) return w("monitor.due_today");
  return w.count("monitor.due_in_days", -d);
}

std::string assignmentPath(const app::InboxItem& i) {
  return "/commitments/" + pathSegment(i.commitment.str()) + "/countries/" + (i.country ? i.country->str() : "");
}

// What the monitor can do about a late assignment, where a use case lets them: a
// submitted report of it waits for review (validate or return), or else they
// assess the implementation. Nothing else is offered (no "ask for a report": there
// is no such use case).
Data actionFor(const Visit& v, const app::InboxItem& i, const app::Inbox& box) {
  Data a;
  for (const app::InboxItem& w : box.items)
    if (w.kind == app::InboxKind::kValidate && w.commitment == i.commitment && w.country == i.country) {
      a.set("label", v.words("monitor.review_report"));
      a.set("href", link(v, assignmentPath(i)) + "#report-" + w.report.str());
      return a;
    }
  a.set("label", v.words("monitor.assess"));
  a.set("href", link(v, assignmentPath(i)) + "#assess-heading");
  return a;
}

Data itemView(const Site& site, const Visit& v, const app::InboxItem& i, const app::Inbox& box, Date today) {
  Data d;
  d.set("action", actionFor(v, i, box));
  d.set("lateness", lateness(v.words, i, today));
  d.set("country", i.country ? countryName(site, *i.country) : "");
  d.set("commitment", i.commitmentText);
  d.set("declaration", i.declarationTitle);
  auto status = parseImplementationStatus("status", i.state);
  d.set("status", status.ok() ? badge(v.words, *status).label : i.state);
  return d;
}

// The items of `kind` in groups by country or by commitment, each group in the
// order the query gave (oldest deadline first: most days late first), the groups
// by their first item's place.
List groupsOf(const Site& site, const Visit& v, const app::Inbox& box, app::InboxKind kind, bool byCountry,
              Date today) {
  std::vector<std::string> order;
  std::map<std::string, std::pair<std::string, List>> groups;
  for (const app::InboxItem& i : box.items) {
    if (i.kind != kind) continue;
    std::string key = byCountry ? (i.country ? i.country->str() : "") : i.commitment.str();
    auto [at, fresh] = groups.try_emplace(key);
    if (fresh) {
      order.push_back(key);
      at->second.first = byCountry ? (i.country ? countryName(site, *i.country) : "") : i.commitmentText;
    }
    at->second.second.push_back(itemView(site, v, i, box, today));
  }
  List out;
  for (const std::string& key : order) {
    auto& [heading, items] = groups[key];
    Data g;
    g.set("heading", heading);
    g.set("count", std::to_string(items.size()));
    g.set("items", items);
    out.push_back(g);
  }
  return out;
}

std::optional<std::string> given(const Visit& v, const char* name) {
  std::string s = v.queryOr(name);
  if (s.empty()) return std::nullopt;
  return s;
}

}  // namespace

Result<app::WaitingFilter> monitorFilter(const Visit& v) {
  app::WaitingFilter f;
  if (auto c = given(v, "country")) {
    auto code = CountryCode::parse("country", *c);
    if (!code.ok()) return code.error();
    f.country = *code;
  }
  if (auto d = given(v, "declaration")) {
    if (d->size() > 200) return Error::invalid("declaration", "is not a declaration id (at most 200 characters)");
    f.declaration = DeclarationId(*d);
  }
  if (auto s = given(v, "status")) {
    auto status = parseImplementationStatus("status", *s);
    if (!status.ok()) return status.error();
    f.status = *status;
  }
  return f;
}

Data monitorHome(const Site& site, const Visit& v, const app::Inbox& box, const app::WaitingFilter& f) {
  Date today = site.ctx.clock.today();
  bool byCountry = v.queryOr("group", "country") != "commitment";
  Data view;
  view.set("action", link(v, "/"));
  List grouping;
  grouping.push_back(choice("country", v.words("monitor.by_country"), byCountry));
  grouping.push_back(choice("commitment", v.words("monitor.by_commitment"), !byCountry));
  view.set("groupOptions", grouping);
  List countries;
  countries.push_back(choice("", v.words("filter.all_countries"), !f.country));
  for (const Country& c : site.services.countries.all())
    countries.push_back(choice(c.code.str(), c.shown(), f.country && *f.country == c.code));
  view.set("countryOptions", countries);
  // The declarations of what is listed, and the one asked for: a portfolio has
  // hundreds, and a list to start from needs only these.
  std::map<std::string, std::string> declarations;
  for (const app::InboxItem& i : box.items) declarations.emplace(i.declaration.str(), i.declarationTitle);
  if (f.declaration) declarations.emplace(f.declaration->str(), f.declaration->str());
  List declarationOptions;
  declarationOptions.push_back(choice("", v.words("filter.all_declarations"), !f.declaration));
  for (const auto& [id, title] : declarations)
    declarationOptions.push_back(choice(id, title, f.declaration && f.declaration->str() == id));
  view.set("declarationOptions", declarationOptions);
  List statuses;
  statuses.push_back(choice("", v.words("filter.any_status"), !f.status));
  for (ImplementationStatus s : kOpenStatuses) statuses.push_back(choice(toString(s), badge(v.words, s).label, f.status == s));
  view.set("statusOptions", statuses);
  List sections;
  const std::pair<app::InboxKind, const char*> kinds[] = {{app::InboxKind::kOverdue, "inbox.group.overdue"},
                                                          {app::InboxKind::kAtRisk, "inbox.group.at_risk"}};
  for (const auto& [kind, heading] : kinds) {
    std::size_t n = 0;
    for (const app::InboxItem& i : box.items) n += i.kind == kind;
    bool more = std::find(box.more.begin(), box.more.end(), kind) != box.more.end();
    Data s;
    s.set("kind", app::toString(kind));
    s.set("heading", v.words(heading));
    s.set("count", std::to_string(n) + (more ? "+" : ""));
    s.set("more", more);
    s.set("empty", n == 0);
    s.set("groups", groupsOf(site, v, box, kind, byCountry, today));
    sections.push_back(s);
  }
  view.set("sections", sections);
  view.set("filtered", f.country || f.declaration || f.status);
  return view;
}

}  // namespace accord::web
