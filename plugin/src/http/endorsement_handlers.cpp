// Endorsements: one per invited country of a declaration. A country with nothing
// recorded yet is shown as invited, at version 0, which is also what the first
// PUT for it must name in If-Match.
#include "accord/app/endorsement_use_cases.h"
#include "accord/app/read_models.h"
#include "api_state.h"
#include "handler_support.h"
#include "openapi_enums.h"
#include "paging.h"

namespace accord::http {

using namespace accord::domain;

namespace {

Reply listEndorsements(Call& call) {
  auto request = call.page();
  if (!request.ok()) return problem(request.error());
  auto countryAsked = call.query().optional<CountryCode>("country", CountryCode::parse);
  if (!countryAsked.ok()) return problem(countryAsked.error());
  std::optional<CountryCode> country = *countryAsked;
  auto statusAsked = call.query().optional<EndorsementStatus>("status", parseEndorsementStatus);
  if (!statusAsked.ok()) return problem(statusAsked.error());
  std::optional<EndorsementStatus> status = *statusAsked;
  auto tally = app::endorsementTally(call.context(), call.actor(), DeclarationId(call.param("id")));
  if (!tally.ok()) return failed(tally.error());
  std::vector<Endorsement> rows;
  for (auto& e : tally->endorsements())
    if ((!country || e.country == *country) && (!status || e.status == *status)) rows.push_back(std::move(e));
  auto page = pageOf(std::move(rows), *request, [](const Endorsement& e) { return e.country.str(); });
  if (!page.ok()) return problem(page.error());
  return view(encode::page(page->items, page->next, encode::endorsement));
}

Reply getEndorsement(Call& call) {
  auto country = countryParam(call);
  if (!country.ok()) return problem(country.error());
  auto e = app::getEndorsement(call.context(), call.actor(), DeclarationId(call.param("id")), *country);
  if (!e.ok()) return failed(e.error());
  return record(e->version, [&](base::JsonWriter& w) { encode::endorsement(w, *e); });
}

Reply putEndorsement(Call& call) {
  auto country = countryParam(call);
  if (!country.ok()) return problem(country.error());
  auto version = expectedVersion(call.request());
  if (!version.ok()) return problem(version.error());
  auto body = call.jsonBody();
  if (!body.ok()) return problem(body.error());
  auto act = decode::endorsementAct(*body);
  if (!act.ok()) return problem(act.errors);
  auto e = app::recordEndorsement(call.context(), call.actor(), DeclarationId(call.param("id")), *country, act.value,
                                  *version);
  if (!e.ok()) return failed(e.error(), "endorsement");
  return record(e->version, [&](base::JsonWriter& w) { encode::endorsement(w, *e); });
}

}  // namespace

void addEndorsementRoutes(Router& r) {
  auto params = pagingParams();
  params.push_back(optionalParam("country", schemas::kCountry, "only this country"));
  params.push_back(optionalParam("status", enumParam<EndorsementStatus>(), "only endorsements in this status"));
  r.add(Route::get("/api/v1/declarations/{id}/endorsements", listEndorsements)
      .describe("listEndorsements", "endorsements", "One endorsement per invited country, in invitation order")
      .query(params)
      .responds({ok(200, "EndorsementPage")}, {304, 400, 404}));
  r.add(Route::get("/api/v1/declarations/{id}/endorsements/{country}", getEndorsement)
      .describe("getEndorsement", "endorsements",
                "A country's endorsement with its history (version 0: merely invited)")
      .responds({ok(200, "Endorsement")}, {304, 400, 404}));
  r.add(Route::put("/api/v1/declarations/{id}/endorsements/{country}", putEndorsement)
      .describe("recordEndorsement", "endorsements",
                "Move a country's endorsement (its coordinator, or the secretariat on behalf; If-Match its ETag, "
                "\"v0\" the first time)")
      .body("EndorsementAct")
      .needsIfMatch()
      .responds({ok(200, "Endorsement")}, {400, 403, 404, 409, 411, 412, 413, 428})
      .allows({app::Action::kEndorse}));
}

}  // namespace accord::http
