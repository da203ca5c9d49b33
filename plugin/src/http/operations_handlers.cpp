// Operations: /healthz (is storage reachable), /metrics (Prometheus), the OpenAPI
// document, and the session resource reserved for the accounts issue.
#include "api_state.h"
#include "handler_support.h"
#include "openapi.h"

#ifndef ACCORD_VERSION
#define ACCORD_VERSION "0"
#endif

namespace accord::http {

namespace {

Reply health(Call& call) {
  // One query in a read-only transaction: proves a connection can be had and
  // the schema answers.
  domain::Status s = call.context().store.run(app::TxMode::kReadOnly, [](app::Repositories& r) -> domain::Status {
    auto head = r.audit().head();
    if (!head.ok()) return head.error();
    return {};
  });
  if (!s.ok()) {
    domain::Error e = s.error();
    e.code = domain::ErrorCode::kUnavailable;
    e.message = "storage is not reachable: " + e.message;
    return problem(e);
  }
  Reply r = json(encode::object([&](base::JsonWriter& w) {
    w.beginObject()
        .field("status", "ok")
        .field("storage", call.context().store.describe())
        .field("version", ACCORD_VERSION)
        .endObject();
  }));
  r.header("Cache-Control", "no-store");
  return r;
}

Reply metrics(Call& call) {
  Reply r;
  r.contentType = "text/plain; version=0.0.4; charset=utf-8";
  r.body = call.api().metrics->exposition() + conversionExposition(call.services().documents.conversionStats());
  r.header("Cache-Control", "no-store");
  return r;
}

Reply openapi(Call& call) {
  std::string mount = call.mounted("");
  return view(openApiDocument(call.api(), mount));
}

}  // namespace

void addOperationsRoutes(Router& r) {
  r.add(Route::get("/healthz", health)
      .describe("getHealth", "operations", "Whether the server can reach its storage")
      .anonymous()
      .responds({ok(200, "Health")}, {}));
  r.add(Route::get("/metrics", metrics)
      .describe("getMetrics", "operations", "Prometheus metrics (text exposition format 0.0.4)")
      .anonymous()
      .responds({documentBody("text/plain", "the metrics")}, {}));
  r.add(Route::get("/api/v1/openapi.json", openapi)
      .describe("getOpenApi", "operations", "This document")
      .anonymous()
      .responds({ok(200, "", "the OpenAPI 3 document of this API")}, {304}));
}

}  // namespace accord::http
