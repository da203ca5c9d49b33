// The audit trail: reading it, filtered, and verifying its hash chain.
#include "accord/app/audit_use_cases.h"
#include "accord/app/authorization.h"
#include "api_state.h"
#include "handler_support.h"

namespace accord::http {

using namespace accord::domain;

namespace {

Reply listAudit(Call& call) {
  auto request = call.page();
  if (!request.ok()) return problem(request.error());
  app::AuditFilter filter;
  const Query& q = call.query();
  filter.entity = q.get("entity");
  filter.entityId = q.get("id");
  filter.actor = q.get("actor");
  for (const char* key : {"from", "to"}) {
    if (auto t = q.get(key)) {
      auto parsed = Timestamp::parse(key, *t);
      if (!parsed.ok()) return problem(parsed.error());
      (std::string(key) == "from" ? filter.from : filter.to) = *parsed;
    }
  }
  if (filter.entityId && !filter.entity)
    return problem(Error::invalid("id", "needs entity too: ids are unique per kind of entity"));
  auto page = app::listAudit(call.context(), call.actor(), filter, *request);
  if (!page.ok()) return failed(page.error());
  return view(encode::page(page->items, page->next, encode::auditEvent));
}

Reply verifyAudit(Call& call) {
  auto report = app::verifyAudit(call.context(), call.actor());
  if (!report.ok()) return failed(report.error());
  Reply r = json(encode::object([&](base::JsonWriter& w) { encode::chainReport(w, *report); }));
  r.header("Cache-Control", "no-store");
  return r;
}

}  // namespace

void addAuditRoutes(Router& r) {
  auto params = pagingParams();
  params.push_back(optionalParam("entity", schemas::kString,
                                 "the kind of record: conference, declaration, revision, endorsement, commitment, "
                                 "assignment, report, import"));
  params.push_back(optionalParam("id", schemas::kString,
                                 "the record's id (with entity), e.g. skopje-joint-declaration/AL"));
  params.push_back(optionalParam("actor", schemas::kString, "only what this actor did"));
  params.push_back(optionalParam("from", schemas::kTime, "events at or after this time (YYYY-MM-DDTHH:MM:SSZ)"));
  params.push_back(optionalParam("to", schemas::kTime, "events at or before this time"));
  r.add(Route::get("/api/v1/audit", listAudit)
      .describe("listAudit", "audit", "Audit events in sequence order (secretariat, monitor, admin)")
      .query(params)
      .responds({ok(200, "AuditPage")}, {304, 400, 403}));
  r.add(Route::get("/api/v1/audit/verify", verifyAudit)
      .describe("verifyAudit", "audit", "Recompute the hash chain of the whole trail and name the first broken link")
      .uncached()
      .responds({ok(200, "ChainReport")}, {403}));
}

}  // namespace accord::http
