// The audit trail in words: newest first, each event as a sentence with the fields
// it changed in a small before/after table, filtered by kind of object (a list) and
// object, sign-ins left out unless asked for, page by page.
#include <set>

#include "accord/app/audit_use_cases.h"
#include "history_words.h"
#include "page.h"
#include "pages.h"
#include "view_common.h"

namespace accord::web {

namespace {

// The kinds of object the trail records, as the filter offers them.
const std::pair<const char*, const char*> kKinds[] = {
    {"conference", "Conferences"},   {"declaration", "Declarations"},  {"revision", "Revisions of a text"},
    {"endorsement", "Endorsements"}, {"commitment", "Commitments"},    {"assignment", "Assignments"},
    {"report", "Progress reports"},  {"comment", "Comments"},          {"amendment", "Amendments"},
    {"language_version", "Language versions"}, {"account", "Accounts"}};

bool knownKind(const std::string& kind) {
  for (const auto& [value, label] : kKinds)
    if (kind == value) return true;
  return false;
}

// The listing's address with these filters, continuing after `cursor` when given.
std::string auditQuery(const std::string& entity, const std::string& id, bool sessions, const std::string& cursor) {
  std::string q = "/audit?entity=" + pathSegment(entity) + "&id=" + pathSegment(id);
  if (sessions) q += "&sessions=1";
  if (!cursor.empty()) q += "&after=" + pathSegment(cursor);
  return q;
}

}  // namespace

Reply auditPage(const Site& site, Visit& v) {
  app::AuditFilter filter;
  std::string entity = v.queryOr("entity"), id = v.queryOr("id");
  if (!knownKind(entity)) entity.clear();
  bool sessions = v.queryOr("sessions") == "1";
  if (!entity.empty()) filter.entity = entity;
  if (!id.empty()) filter.entityId = id;
  filter.newestFirst = true;
  filter.withoutSessions = !sessions;
  std::string after = v.queryOr("after");
  app::PageRequest request{50, after};
  auto events = app::listAudit(site.ctx, v.actor(), filter, request);
  if (!events.ok()) return errorPage(site, v, events.error());
  Data view = baseView(site, v, "Audit trail");
  view.set("id", id);
  view.set("sessions", sessions);
  List kinds{choice("", "Every kind of object", entity.empty())};
  for (const auto& [value, label] : kKinds) kinds.push_back(choice(value, label, entity == value));
  view.set("kinds", kinds);
  List rows, objects;
  std::set<std::string> seen;  // the objects on this page, offered as the object field's choices
  for (const app::AuditEvent& e : events->items) {
    if (seen.insert(e.entry.entityId).second) objects.push_back(choice(e.entry.entityId, e.entry.entity, false));
    Data r;
    r.set("seq", std::to_string(e.seq));
    r.set("at", e.at.iso());
    r.set("actor", e.entry.actor);
    r.set("what", eventInWords(e.entry.action));
    r.set("action", e.entry.action);
    r.set("entity", e.entry.entity);
    r.set("entityId", e.entry.entityId);
    r.set("objectHref", link(v, auditQuery(e.entry.entity, e.entry.entityId, sessions, "")));
    Data changes = changesData(e.entry.before, e.entry.after);
    changes.set("created", e.entry.before.empty());
    r.set("changes", changes);
    r.set("hash", e.hash.substr(0, 12));
    rows.push_back(r);
  }
  view.set("rows", rows);
  view.set("objects", objects);
  view.set("empty", rows.empty());
  view.set("nextHref", events->next.empty() ? Data(false) : Data(link(v, auditQuery(entity, id, sessions, events->next))));
  view.set("firstHref", after.empty() ? Data(false) : Data(link(v, auditQuery(entity, id, sessions, ""))));
  view.set("filtered", !entity.empty() || !id.empty());
  view.set("allHref", link(v, auditQuery("", "", sessions, "")));
  view.set("action", link(v, "/audit"));
  return renderPage(site, v, "audit", view);
}

}  // namespace accord::web
