// Commitments a declaration defines.
#include "accord/app/commitment_use_cases.h"
#include "accord/app/read_models.h"
#include "api_state.h"
#include "handler_support.h"
#include "paging.h"

namespace accord::http {

using namespace accord::domain;

namespace {

Reply listCommitments(Call& call) {
  auto request = call.page();
  if (!request.ok()) return problem(request.error());
  auto countryAsked = call.query().optional<CountryCode>("country", CountryCode::parse);
  if (!countryAsked.ok()) return problem(countryAsked.error());
  std::optional<CountryCode> country = *countryAsked;
  auto ctx = call.context();
  DeclarationId id(call.param("id"));
  auto fetch = [&](const app::PageRequest& p) { return app::listCommitments(ctx, call.actor(), id, p); };
  auto page = country ? filteredPage<Commitment>(*request, fetch,
                                                 [&](const Commitment& c) { return c.appliesTo(*country); })
                      : fetch(*request);
  if (!page.ok()) return failed(page.error());
  return view(encode::page(page->items, page->next, encode::commitment));
}

Reply defineCommitment(Call& call) {
  auto body = call.jsonBody();
  if (!body.ok()) return problem(body.error());
  auto in = decode::newCommitment(*body, DeclarationId(call.param("id")));
  if (!in.ok()) return problem(in.errors);
  auto c = app::defineCommitment(call.context(), call.actor(), in.value);
  if (!c.ok()) return failed(c.error(), "commitment");
  return created(encode::object([&](base::JsonWriter& w) { encode::commitment(w, *c); }),
                 call.mounted("/api/v1/commitments/" + c->id.str()), versionTag(c->version));
}

Reply getCommitment(Call& call) {
  auto c = app::getCommitment(call.context(), call.actor(), CommitmentId(call.param("id")));
  if (!c.ok()) return failed(c.error());
  return record(c->version, [&](base::JsonWriter& w) { encode::commitment(w, *c); });
}

// The merge runs inside the use case's transaction, on the commitment as stored;
// what the body gets wrong is answered with every problem it has.
Reply patchCommitment(Call& call) {
  // Reported by the use case, after authorization: outsiders learn nothing of versions.
  auto version = expectedVersion(call.request());
  auto body = call.jsonBody();
  if (!body.ok()) return problem(body.error());
  std::vector<Error> bodyErrors;
  auto merge = [&](const Commitment& current) -> Result<Commitment> {
    auto in = decode::commitmentPatch(*body, current);
    if (in.ok()) return std::move(in.value);
    bodyErrors = std::move(in.errors);
    return bodyErrors.front();
  };
  auto c = app::patchCommitment(call.context(), call.actor(), CommitmentId(call.param("id")), merge, version);
  if (!bodyErrors.empty()) return problem(bodyErrors);
  if (!c.ok()) return failed(c.error(), "commitment");
  return record(c->version, [&](base::JsonWriter& w) { encode::commitment(w, *c); });
}

}  // namespace

void addCommitmentRoutes(Router& r) {
  auto params = pagingParams();
  params.push_back(optionalParam("country", schemas::kCountry, "only commitments that apply to this country"));
  r.add(Route::get("/api/v1/declarations/{id}/commitments", listCommitments)
      .describe("listCommitments", "commitments", "The commitments a declaration defines, by id")
      .query(params)
      .responds({ok(200, "CommitmentPage")}, {304, 400, 404}));
  r.add(Route::post("/api/v1/declarations/{id}/commitments", defineCommitment)
      .describe("defineCommitment", "commitments", "Define a commitment; it is proposed to each of its countries")
      .body("NewCommitment")
      .responds({ok(201, "Commitment")}, {400, 403, 404, 409, 411, 413})
      .allows({app::Action::kDefineCommitment}));
  r.add(Route::get("/api/v1/commitments/{id}", getCommitment)
      .describe("getCommitment", "commitments", "One commitment")
      .responds({ok(200, "Commitment")}, {304, 404}));
  r.add(Route::patch("/api/v1/commitments/{id}", patchCommitment)
      .describe("updateCommitment", "commitments",
                "Change a commitment (JSON merge patch); an added country gets a proposed assignment, none can be "
                "removed")
      .body("CommitmentPatch")
      .needsIfMatch()
      .responds({ok(200, "Commitment")}, {400, 403, 404, 409, 411, 412, 413, 428})
      .allows({app::Action::kDefineCommitment}));
}

}  // namespace accord::http
