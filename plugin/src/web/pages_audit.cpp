// The audit trail of one object (or everything, newest last), page by page.
#include "accord/app/audit_use_cases.h"
#include "page.h"
#include "pages.h"

namespace accord::web {

Reply auditPage(const Site& site, Visit& v) {
  app::AuditFilter filter;
  std::string entity = v.queryOr("entity"), id = v.queryOr("id");
  if (!entity.empty()) filter.entity = entity;
  if (!id.empty()) filter.entityId = id;
  app::PageRequest request{50, v.queryOr("after")};
  auto events = app::listAudit(site.ctx, v.actor(), filter, request);
  if (!events.ok()) return errorPage(site, v, events.error());
  Data view = baseView(site, v, "Audit trail");
  view.set("entity", entity);
  view.set("id", id);
  List rows;
  for (const app::AuditEvent& e : events->items) {
    Data r;
    r.set("seq", std::to_string(e.seq));
    r.set("at", e.at.iso());
    r.set("actor", e.entry.actor);
    r.set("action", e.entry.action);
    r.set("entity", e.entry.entity);
    r.set("entityId", e.entry.entityId);
    r.set("before", text(e.entry.before));
    r.set("after", text(e.entry.after));
    r.set("hasBefore", !e.entry.before.empty());
    r.set("hasAfter", !e.entry.after.empty());
    r.set("hash", e.hash.substr(0, 12));
    rows.push_back(r);
  }
  view.set("rows", rows);
  view.set("empty", rows.empty());
  if (events->next.empty()) {
    view.set("nextHref", false);
  } else {
    std::string q = "/audit?entity=" + pathSegment(entity) + "&id=" + pathSegment(id) + "&after=" + pathSegment(events->next);
    view.set("nextHref", link(v, q));
  }
  view.set("action", link(v, "/audit"));
  return renderPage(site, v, "audit", view);
}

}  // namespace accord::web
