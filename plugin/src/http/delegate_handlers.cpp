// A conference's delegates one by one: add someone (from its directory, or new
// to it) to a country's delegation, change their role, remove them. Each is an
// update of the conference at the version the client read (If-Match its ETag).
#include "accord/app/delegate_import.h"
#include "accord/app/delegation_use_cases.h"
#include "accord/app/directory_use_cases.h"
#include "accord/app/read_models.h"
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
Reply delegationOf(Call& call, const Conference& c, const CountryCode& country, int status) {
  Delegation empty{country, {}};
  const Delegation* d = c.delegation(country);
  auto names = app::directoryNames(call.context(), call.actor(), c.id);
  if (!names.ok()) return failed(names.error());
  Reply r = record(c.version, [&](base::JsonWriter& w) { encode::delegation(w, d ? *d : empty, *names); });
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
  return delegationOf(call, *c, *country, 201);
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
  return delegationOf(call, *c, *country, 200);
}

void writeImport(base::JsonWriter& w, const app::DelegateImport& report, bool dryRun) {
  w.beginObject().field("dryRun", dryRun).key("rows").beginArray();
  for (const app::ImportRow& row : report.rows) {
    w.beginObject()
        .field("line", static_cast<long>(row.line))
        .field("country", row.country)
        .field("name", row.name)
        .field("title", row.title)
        .field("organization", row.organization)
        .field("email", row.email)
        .field("role", row.role)
        .field("outcome", app::toString(row.outcome));
    w.key("person");
    if (row.outcome == app::ImportOutcome::kRefused) w.null();
    else w.value(row.person.str());
    w.key("problems").beginArray();
    for (const app::ImportProblem& p : row.problems)
      w.beginObject().field("column", p.column).field("message", p.message).endObject();
    w.endArray().endObject();
  }
  w.endArray().field("refused", static_cast<long>(report.refused)).field("changes", static_cast<long>(report.changes));
  w.endObject();
}

// A CSV file of delegates: with ?dryRun=true what it would do, row by row;
// without, the import (all rows or none) and what it did.
Reply importDelegatesCsv(Call& call) {
  auto version = expectedVersion(call.request());
  if (!version.ok()) return problem(version.error());
  auto dryRun = call.query().get("dryRun").value_or("false");
  if (dryRun != "true" && dryRun != "false") return problem(Error::invalid("dryRun", "must be true or false"));
  auto csv = call.textBody("text/csv", app::kMaxImportBytes);
  if (!csv.ok()) return problem(csv.error());
  ConferenceId id(call.param("id"));
  const auto& countries = call.services().countries;
  if (dryRun == "true") {
    auto c = app::getConference(call.context(), call.actor(), id);
    if (!c.ok()) return failed(c.error(), "conference");
    // The preview is of the version the client names, as the import would be.
    if (c->version != *version)
      return failed(Error::conflict("conference " + id.str() + " is at version " + std::to_string(c->version) +
                                    ", not " + std::to_string(*version)),
                    "conference");
    auto report = app::previewDelegateImport(call.context(), call.actor(), countries, id, *csv);
    if (!report.ok()) return failed(report.error(), "conference");
    return record(c->version, [&](base::JsonWriter& w) { writeImport(w, *report, true); });
  }
  auto done = app::importDelegates(call.context(), call.actor(), countries, id, *csv, *version);
  if (!done.ok()) return failed(done.error(), "conference");
  return record(done->conference.version, [&](base::JsonWriter& w) { writeImport(w, done->report, false); });
}

}  // namespace

void addDelegateRoutes(Router& r) {
  r.add(Route::post("/api/v1/conferences/{id}/delegates/import", importDelegatesCsv)
      .describe("importDelegates", "conferences",
                "Import delegates from a CSV file (text/csv body): every row or none. With dryRun=true, what each "
                "row would do or why it is refused, storing nothing. A row matching someone of the directory by "
                "country and name is that person, so the same file twice changes nothing. If-Match the "
                "conference's ETag")
      .query({optionalParam("dryRun", R"({"type":"boolean","default":false})",
                            "true: preview only, nothing is stored")})
      .body("DelegatesCsv", "text/csv")
      .needsIfMatch()
      .responds({ok(200, "DelegateImport")}, {400, 403, 404, 409, 411, 412, 413, 428})
      .allows({app::Action::kManageConference}));
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
