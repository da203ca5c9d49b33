// The audit trail in words: newest first, each event as a sentence with the fields
// it changed in a small before/after table, filtered by kind of object (a list) and
// object (a list of the objects that have events, by name), sign-ins left out
// unless asked for, page by page.
#include "accord/app/audit_use_cases.h"
#include "history_words.h"
#include "page.h"
#include "pages.h"
#include "view_common.h"
#include "words.h"

namespace accord::web {

namespace {

// The kinds of object the trail records, as the filter offers them; each is
// named by audit.kind.<kind> in the catalogue.
const char* const kKinds[] = {"conference", "declaration", "revision",  "endorsement",      "commitment", "assignment",
                              "report",     "comment",     "amendment", "language_version", "account"};

// The object list's groups, in the order the select shows them.
const char* const kObjectKinds[] = {"conference", "declaration", "commitment", "account"};

// At most this many objects are offered; the kind filter and the links on each
// event reach the others.
constexpr std::size_t kMostObjects = 500;

// The object select's groups: every object with events, by name within its kind,
// `id` selected; an `id` the list does not hold (an endorsement, from an event's
// link) is offered too, so that an address with any id keeps working.
List objectGroups(const Wording& w, const std::vector<app::AuditObject>& all, const std::string& id) {
  List groups;
  bool found = id.empty();
  Data none = choice("", w("audit.every_object_choice"), id.empty());
  for (const char* kind : kObjectKinds) {
    List options;
    for (const app::AuditObject& o : all)
      if (o.entity == kind) {
        // A commitment is named by its text: cut, so that the list stays narrow.
        std::string name = o.entity == "commitment" ? quoted(o.name, 60) : o.name;
        options.push_back(choice(o.entityId, o.name == o.entityId ? name : name + " (" + o.entityId + ")",
                                 o.entityId == id));
        found = found || o.entityId == id;
      }
    if (options.empty()) continue;
    Data g;
    g.set("label", w(std::string("audit.kind.") + kind));
    g.set("options", options);
    groups.push_back(g);
  }
  if (!found) {
    Data g;
    g.set("label", w("audit.asked_for"));
    g.set("options", List{choice(id, id, true)});
    groups.push_back(g);
  }
  Data first;
  first.set("label", false);
  first.set("options", List{none});
  groups.insert(groups.begin(), first);
  return groups;
}

bool knownKind(const std::string& kind) {
  for (const char* known : kKinds)
    if (kind == known) return true;
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
  Data view = baseView(site, v, v.words("nav.audit"));
  view.set("id", id);
  view.set("sessions", sessions);
  List kinds{choice("", v.words("audit.every_kind"), entity.empty())};
  for (const char* kind : kKinds) kinds.push_back(choice(kind, v.words(std::string("audit.kind.") + kind), entity == kind));
  view.set("kinds", kinds);
  auto objects = app::auditObjects(site.ctx, v.actor(), kMostObjects);
  if (!objects.ok()) return errorPage(site, v, objects.error());
  view.set("objectGroups", objectGroups(v.words, *objects, id));
  List rows;
  for (const app::AuditEvent& e : events->items) {
    Data r;
    r.set("seq", std::to_string(e.seq));
    r.set("at", e.at.iso());
    r.set("actor", e.entry.actor);
    r.set("what", eventInWords(v.words, e.entry.action));
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
  view.set("empty", rows.empty());
  view.set("nextHref", events->next.empty() ? Data(false) : Data(link(v, auditQuery(entity, id, sessions, events->next))));
  view.set("firstHref", after.empty() ? Data(false) : Data(link(v, auditQuery(entity, id, sessions, ""))));
  view.set("filtered", !entity.empty() || !id.empty());
  view.set("allHref", link(v, auditQuery("", "", sessions, "")));
  view.set("action", link(v, "/audit"));
  return renderPage(site, v, "audit", view);
}

}  // namespace accord::web
