// Declarations: listing a conference's, creating one, reading one, moving its
// lifecycle.
#include "accord/app/declaration_use_cases.h"
#include "accord/app/read_models.h"
#include "api_state.h"
#include "handler_support.h"
#include "openapi_enums.h"
#include "paging.h"

namespace accord::http {

using namespace accord::domain;

namespace {

Reply listDeclarations(Call& call) {
  auto request = call.page();
  if (!request.ok()) return problem(request.error());
  auto conference = call.query().get("conference");
  if (!conference) return problem(Error::invalid("conference", "is required: whose declarations (?conference=ID)"));
  auto statusAsked = call.query().optional<DeclarationStatus>("status", parseDeclarationStatus);
  if (!statusAsked.ok()) return problem(statusAsked.error());
  std::optional<DeclarationStatus> status = *statusAsked;
  auto ctx = call.context();
  ConferenceId id(*conference);
  auto fetch = [&](const app::PageRequest& p) { return app::listDeclarations(ctx, call.actor(), id, p); };
  auto page = status ? filteredPage<Declaration>(*request, fetch,
                                                 [&](const Declaration& d) { return d.status == *status; })
                     : fetch(*request);
  if (!page.ok()) return failed(page.error());
  return view(encode::page(page->items, page->next,
                           [](base::JsonWriter& w, const Declaration& d) { encode::declaration(w, d, false); }));
}

Reply createDeclaration(Call& call) {
  auto body = call.jsonBody();
  if (!body.ok()) return problem(body.error());
  auto in = decode::newDeclaration(*body, call.query().get("conference"));
  if (!in.ok()) return problem(in.errors);
  for (std::size_t i = 0; i < in.value.invitedCountries.size(); ++i)
    if (!call.services().countries.find(in.value.invitedCountries[i]))
      return problem(Error::invalid("invitedCountries[" + std::to_string(i) + "]",
                                    "is not a known country code: " + in.value.invitedCountries[i].str()));
  auto d = app::createDeclaration(call.context(), call.actor(), in.value);
  if (!d.ok()) return failed(d.error(), "declaration");
  return created(encode::object([&](base::JsonWriter& w) { encode::declaration(w, *d, true); }),
                 call.mounted("/api/v1/declarations/" + d->id.str()), versionTag(d->version));
}

Reply getDeclaration(Call& call) {
  auto d = app::getDeclaration(call.context(), call.actor(), DeclarationId(call.param("id")));
  if (!d.ok()) return failed(d.error());
  return record(d->version, [&](base::JsonWriter& w) { encode::declaration(w, *d, true); });
}

Reply patchDeclaration(Call& call) {
  auto version = expectedVersion(call.request());
  if (!version.ok()) return problem(version.error());
  auto body = call.jsonBody();
  if (!body.ok()) return problem(body.error());
  auto change = decode::declarationPatch(*body);
  if (!change.ok()) return problem(change.errors);
  auto d = app::changeDeclaration(call.context(), call.actor(), DeclarationId(call.param("id")), change.value,
                                  *version);
  if (!d.ok()) return failed(d.error(), "declaration");
  return record(d->version, [&](base::JsonWriter& w) { encode::declaration(w, *d, true); });
}

}  // namespace

void addDeclarationRoutes(Router& r) {
  auto listParams = pagingParams();
  listParams.push_back(requiredParam("conference", schemas::kId, "the conference whose declarations to list"));
  listParams.push_back(optionalParam("status", enumParam<DeclarationStatus>(), "only declarations in this status"));
  r.add(Route::get("/api/v1/declarations", listDeclarations)
      .describe("listDeclarations", "declarations", "A conference's declarations (headers, by id)")
      .query(listParams)
      .responds({ok(200, "DeclarationPage")}, {304, 400, 404}));
  r.add(Route::post("/api/v1/declarations", createDeclaration)
      .describe("createDeclaration", "declarations",
                "Create a declaration in drafting, without text (POST its revisions next)")
      .query({optionalParam("conference", schemas::kId, "the conference, unless the body names it")})
      .body("NewDeclaration")
      .responds({ok(201, "Declaration")}, {400, 403, 404, 409, 411, 413})
      .allows({app::Action::kDraft}));
  r.add(Route::get("/api/v1/declarations/{id}", getDeclaration)
      .describe("getDeclaration", "declarations", "One declaration with the list of its revisions")
      .responds({ok(200, "Declaration")}, {304, 404}));
  r.add(Route::patch("/api/v1/declarations/{id}", patchDeclaration)
      .describe("changeDeclaration", "declarations",
                "Change the title (while the text is editable), invite or uninvite countries, and move the "
                "lifecycle: drafting -> consultation -> final (freezes the latest revision) -> open_for_endorsement "
                "-> closed")
      .body("DeclarationPatch")
      .needsIfMatch()
      .responds({ok(200, "Declaration")}, {400, 403, 404, 409, 411, 412, 413, 428})
      .allows({app::Action::kDraft}));
}

}  // namespace accord::http
