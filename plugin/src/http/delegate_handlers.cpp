// A conference's delegates one by one: add someone (from its directory, or new
// to it) to a country's delegation, change their role, remove them. Each is an
// update of the conference at the version the client read (If-Match its ETag).
#include "accord/app/delegation_use_cases.h"
#include "accord/json/node.h"
#include "accord/json/records.h"
#include "api_state.h"
#include "decode.h"
#include "handler_support.h"

namespace accord::http {

using namespace accord::domain;

namespace {

// {"role": ..., "person": "id"} or {"role": ..., "newPerson": {Person}}: exactly one of the two.
decode::Decoded<app::NewDelegate> newDelegate(Poco::JSON::Object::Ptr body, const CountryCode& country) {
  decode::Decoded<app::NewDelegate> out;
  json::Node n(body, "$", out.errors);
  out.value.country = country;
  out.value.role = n.enumeration("role", parseDelegateRole, std::optional(DelegateRole::kExpert));
  bool byId = n.has("person"), byRecord = n.has("newPerson");
  if (byId == byRecord)
    n.fail("person", "give either person (an id in the directory) or newPerson, not both or neither");
  if (byId) out.value.person = PersonId(n.id("person"));
  if (auto p = n.object("newPerson", false)) out.value.newPerson = json::readPerson(*p);
  n.finish();
  return out;
}

// The delegation of `country` in `c` as the answer's body (empty when it went).
Reply delegationOf(const Conference& c, const CountryCode& country, int status) {
  Delegation empty{country, {}};
  const Delegation* d = c.delegation(country);
  Reply r = record(c.version, [&](base::JsonWriter& w) { encode::delegation(w, d ? *d : empty); });
  r.status = status;
  return r;
}

Reply addMember(Call& call) {
  auto version = expectedVersion(call.request());
  if (!version.ok()) return problem(version.error());
  auto country = CountryCode::parse("country", call.param("country"));
  if (!country.ok()) return problem(country.error());
  auto body = call.jsonBody();
  if (!body.ok()) return problem(body.error());
  auto in = newDelegate(*body, *country);
  if (!in.ok()) return problem(in.errors);
  auto c = app::addDelegate(call.context(), call.actor(), call.services().countries, ConferenceId(call.param("id")),
                            in.value, *version);
  if (!c.ok()) return failed(c.error(), "conference");
  return delegationOf(*c, *country, 201);
}

Reply changeMember(Call& call, bool remove) {
  auto version = expectedVersion(call.request());
  if (!version.ok()) return problem(version.error());
  auto country = CountryCode::parse("country", call.param("country"));
  if (!country.ok()) return problem(country.error());
  std::optional<DelegateRole> role;
  if (!remove) {
    auto body = call.jsonBody();
    if (!body.ok()) return problem(body.error());
    std::vector<Error> errors;
    json::Node n(*body, "$", errors);
    role = n.enumeration("role", parseDelegateRole);
    n.finish();
    if (!errors.empty()) return problem(errors);
  }
  auto c = app::changeDelegate(call.context(), call.actor(), ConferenceId(call.param("id")), *country,
                               PersonId(call.param("person")), role, *version);
  if (!c.ok()) return failed(c.error(), "conference");
  return delegationOf(*c, *country, 200);
}

}  // namespace

void addDelegateRoutes(Router& r) {
  const char* kMembers = "/api/v1/conferences/{id}/delegations/{country}/members";
  r.add(Route::post(kMembers, addMember)
      .describe("addDelegate", "conferences",
                "Add a delegate to a country's delegation (made if the country has none): someone in the "
                "conference's directory (person) or someone new to it (newPerson). If-Match the conference's ETag")
      .body("NewDelegate")
      .needsIfMatch()
      .responds({ok(201, "Delegation")}, {400, 403, 404, 409, 411, 412, 413, 428})
      .allows({app::Action::kManageConference}));
  r.add(Route::patch(std::string(kMembers) + "/{person}", [](Call& call) { return changeMember(call, false); })
      .describe("changeDelegate", "conferences", "Change a delegate's role (If-Match the conference's ETag)")
      .body("DelegateChange")
      .needsIfMatch()
      .responds({ok(200, "Delegation")}, {400, 403, 404, 411, 412, 413, 428})
      .allows({app::Action::kManageConference}));
  r.add(Route::del(std::string(kMembers) + "/{person}", [](Call& call) { return changeMember(call, true); })
      .describe("removeDelegate", "conferences",
                "Remove a delegate; the delegation goes with its last member (If-Match the conference's ETag)")
      .needsIfMatch()
      .responds({ok(200, "Delegation")}, {400, 403, 404, 412, 428})
      .allows({app::Action::kManageConference}));
}

}  // namespace accord::http
