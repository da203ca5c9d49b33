// Conferences and their delegations.
#include <algorithm>

#include "accord/app/conference_search.h"
#include "accord/app/conference_use_cases.h"
#include "accord/app/directory_use_cases.h"
#include "accord/app/read_models.h"
#include "accord/app/status_tables.h"
#include "api_state.h"
#include "csv_reply.h"
#include "handler_support.h"
#include "openapi_enums.h"
#include "paging.h"

namespace accord::http {

using namespace accord::domain;

namespace {

std::string location(const Call& call, const ConferenceId& id) {
  return call.mounted("/api/v1/conferences/" + id.str());
}

// The names of the conference's directory, for the answer that refers to it by id.
Result<app::DirectoryNames> namesOf(Call& call, const ConferenceId& id) {
  return app::directoryNames(call.context(), call.actor(), id);
}

Reply listConferences(Call& call) {
  auto request = call.page();
  if (!request.ok()) return problem(request.error());
  auto statusAsked = call.query().optional<ConferenceStatus>("status", parseConferenceStatus);
  if (!statusAsked.ok()) return problem(statusAsked.error());
  std::optional<ConferenceStatus> status = *statusAsked;
  app::ConferenceSearch search;
  search.title = call.query().get("title").value_or("");
  search.city = call.query().get("city").value_or("");
  auto year = app::parseSearchYear(call.query().get("year"));
  if (!year.ok()) return problem(year.error());
  search.year = *year;
  auto ctx = call.context();
  auto fetch = [&](const app::PageRequest& p) { return app::listConferences(ctx, call.actor(), p); };
  auto page = status || !search.empty()
                  ? filteredPage<Conference>(*request, fetch,
                                             [&](const Conference& c) {
                                               return (!status || c.status == *status) && search.matches(c);
                                             })
                  : fetch(*request);
  if (!page.ok()) return failed(page.error());
  // One read of names per conference shown: a page holds at most kMaxPageSize.
  std::vector<app::DirectoryNames> names;
  for (const Conference& c : page->items) {
    auto n = namesOf(call, c.id);
    if (!n.ok()) return failed(n.error());
    names.push_back(std::move(n).value());
  }
  std::size_t at = 0;
  return view(encode::page(page->items, page->next,
                           [&](base::JsonWriter& w, const Conference& c) { encode::conference(w, c, names[at++]); }));
}

Reply createConference(Call& call) {
  auto body = call.jsonBody();
  if (!body.ok()) return problem(body.error());
  auto in = decode::newConference(*body);
  if (!in.ok()) return problem(in.errors);
  auto c = app::createConference(call.context(), call.actor(), in.value.conference, in.value.directory);
  if (!c.ok()) return failed(c.error(), "conference");
  auto names = namesOf(call, c->id);
  if (!names.ok()) return failed(names.error());
  return created(encode::object([&](base::JsonWriter& w) { encode::conference(w, *c, *names); }),
                 location(call, c->id), versionTag(c->version));
}

Reply getConference(Call& call) {
  auto c = app::getConference(call.context(), call.actor(), ConferenceId(call.param("id")));
  if (!c.ok()) return failed(c.error());
  auto names = namesOf(call, c->id);
  if (!names.ok()) return failed(names.error());
  return record(c->version, [&](base::JsonWriter& w) { encode::conference(w, *c, *names); });
}

// The merge runs inside the use case's transaction, on the conference as stored;
// what the body gets wrong is answered with every problem it has.
Reply patchConference(Call& call) {
  // Reported by the use case, after authorization.
  auto version = expectedVersion(call.request());
  auto body = call.jsonBody();
  if (!body.ok()) return problem(body.error());
  std::vector<Error> bodyErrors;
  auto merge = [&](const Conference& current) -> Result<Conference> {
    auto in = decode::conferencePatch(*body, current);
    if (in.ok()) return std::move(in.value);
    bodyErrors = std::move(in.errors);
    return bodyErrors.front();
  };
  auto c = app::patchConference(call.context(), call.actor(), ConferenceId(call.param("id")), merge, version);
  if (!bodyErrors.empty()) return problem(bodyErrors);
  if (!c.ok()) return failed(c.error(), "conference");
  auto names = namesOf(call, c->id);
  if (!names.ok()) return failed(names.error());
  return record(c->version, [&](base::JsonWriter& w) { encode::conference(w, *c, *names); });
}

Reply deleteConference(Call& call) {
  // The use case refuses outsiders before it looks at the version.
  Status s = app::deleteConference(call.context(), call.actor(), ConferenceId(call.param("id")),
                                   expectedVersion(call.request()));
  if (!s.ok()) return failed(s.error());
  Reply r;
  r.status = 204;
  return r;
}

Reply listDelegations(Call& call) {
  if (wantsCsv(call)) {
    if (Status s = refuseJsonOnly(call, {"country", "limit", "cursor"}); !s.ok()) return problem(s.error());
    ConferenceId id(call.param("id"));
    auto rows = app::delegationTable(call.context(), call.actor(), id, call.services().countries);
    if (!rows.ok()) return failed(rows.error());
    return csvReply(*rows, id.str() + "-delegations.csv");
  }
  if (auto f = call.query().get("format"); f && *f != "json")
    return problem(Error::invalid("format", "must be json or csv, got '" + f->substr(0, 40) + "'"));
  auto request = call.page();
  if (!request.ok()) return problem(request.error());
  auto c = app::getConference(call.context(), call.actor(), ConferenceId(call.param("id")));
  if (!c.ok()) return failed(c.error());
  std::vector<Delegation> all = c->delegations;
  if (auto country = call.query().get("country")) {
    auto code = CountryCode::parse("country", *country);
    if (!code.ok()) return problem(code.error());
    all.erase(std::remove_if(all.begin(), all.end(), [&](const Delegation& d) { return d.country != *code; }),
              all.end());
  }
  auto page = pageOf(std::move(all), *request, [](const Delegation& d) { return d.country.str(); });
  if (!page.ok()) return problem(page.error());
  auto names = namesOf(call, c->id);
  if (!names.ok()) return failed(names.error());
  return view(encode::page(page->items, page->next,
                           [&](base::JsonWriter& w, const Delegation& d) { encode::delegation(w, d, *names); }));
}

// A delegation is part of its conference: adding one is an update of the
// conference at the version the client read.
Reply addDelegation(Call& call) {
  auto version = expectedVersion(call.request());
  if (!version.ok()) return problem(version.error());
  auto body = call.jsonBody();
  if (!body.ok()) return problem(body.error());
  auto in = decode::delegation(*body);
  if (!in.ok()) return problem(in.errors);
  ConferenceId id(call.param("id"));
  auto c = app::addDelegation(call.context(), call.actor(), call.services().countries, id, in.value, *version);
  // The checks on the delegation name fields of the body; the conference's own
  // validation names them from "conference".
  if (!c.ok()) return failed(c.error(), "conference");
  auto names = namesOf(call, id);
  if (!names.ok()) return failed(names.error());
  Reply r = created(encode::object([&](base::JsonWriter& w) { encode::delegation(w, in.value, *names); }),
                    location(call, id) + "/delegations?country=" + in.value.country.str(), versionTag(c->version));
  return r;
}

}  // namespace

void addConferenceRoutes(Router& r) {
  auto withStatus = pagingParams();
  withStatus.push_back(optionalParam("status", enumParam<ConferenceStatus>(), "only conferences in this status"));
  withStatus.push_back(optionalParam("title", schemas::kString, "only titles containing this (ASCII case folded)"));
  withStatus.push_back(optionalParam("city", schemas::kString, "only cities containing this (ASCII case folded)"));
  withStatus.push_back(optionalParam("year", R"({"type":"integer","minimum":1900,"maximum":2200})",
                                     "only conferences held in this year"));
  r.add(Route::get("/api/v1/conferences", listConferences)
      .describe("listConferences", "conferences", "Conferences, by id; searched by title, city and year")
      .query(withStatus)
      .responds({ok(200, "ConferencePage")}, {304, 400}));
  r.add(Route::post("/api/v1/conferences", createConference)
      .describe("createConference", "conferences",
                "Create a conference with the people and organizations it refers to")
      .body("NewConference")
      .responds({ok(201, "Conference")}, {400, 403, 404, 409, 411, 413})
      .allows({app::Action::kManageConference}));
  r.add(Route::get("/api/v1/conferences/{id}", getConference)
      .describe("getConference", "conferences", "One conference")
      .responds({ok(200, "Conference")}, {304, 404}));
  r.add(Route::patch("/api/v1/conferences/{id}", patchConference)
      .describe("updateConference", "conferences", "Change a conference's details (JSON merge patch)")
      .body("ConferencePatch")
      .needsIfMatch()
      .responds({ok(200, "Conference")}, {400, 403, 404, 411, 412, 413, 428})
      .allows({app::Action::kManageConference}));
  r.add(Route::del("/api/v1/conferences/{id}", deleteConference)
      .describe("deleteConference", "conferences", "Delete a conference that has no declarations (If-Match its ETag)")
      .needsIfMatch()
      .responds({{204, "deleted", "", ""}}, {403, 404, 409, 412, 428})
      .allows({app::Action::kManageConference}));
  auto withCountry = pagingParams();
  withCountry.push_back(optionalParam("country", schemas::kCountry, "only this country's delegation"));
  withCountry.push_back(optionalParam("format", R"({"type":"string","enum":["json","csv"],"default":"json"})",
                                      "json (default), or csv: one row per delegate (text/csv, UTF-8 with BOM, "
                                      "formulas neutralised), the whole list"));
  r.add(Route::get("/api/v1/conferences/{id}/delegations", listDelegations)
      .describe("listDelegations", "conferences", "The national delegations of a conference")
      .query(withCountry)
      .responds({ok(200, "DelegationPage"), documentBody("text/csv", "one row per delegate")}, {304, 400, 404}));
  r.add(Route::post("/api/v1/conferences/{id}/delegations", addDelegation)
      .describe("addDelegation", "conferences",
                "Add a country's delegation (an update of the conference: If-Match its ETag)")
      .body("Delegation")
      .needsIfMatch()
      .responds({ok(201, "Delegation")}, {400, 403, 404, 409, 411, 412, 413, 428})
      .allows({app::Action::kManageConference}));
}

}  // namespace accord::http
