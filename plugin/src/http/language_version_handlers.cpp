// The language versions of a revision: the list with what each misses, one
// version beside its coverage, a translator's save, and verification.
#include "accord/app/language_version_use_cases.h"
#include "accord/json/language_version.h"
#include "api_state.h"
#include "handler_support.h"
#include "openapi_enums.h"
#include "query.h"

namespace accord::http {

using namespace accord::domain;

namespace {

Result<int> revisionParam(const Call& call) {
  auto n = parseInteger("n", call.param("n"), 1, 1000000000);
  if (!n.ok()) return n.error();
  return static_cast<int>(**n);
}

void viewJson(base::JsonWriter& w, const app::LanguageVersionView& v) {
  json::writeLanguageVersion(w, v.version, json::kStandalone, [&](base::JsonWriter& m) {
    m.field("stored", v.stored).field("carriedFrom", v.carriedFrom).key("coverage").beginObject();
    m.field("current", static_cast<long long>(v.coverage.current))
        .field("outdated", static_cast<long long>(v.coverage.outdated))
        .field("missing", static_cast<long long>(v.coverage.missing))
        .field("complete", v.coverage.complete())
        .key("units")
        .beginArray();
    for (const auto& u : v.coverage.units)
      m.beginObject()
          .field("unit", u.unit.empty() ? std::optional<std::string>() : std::optional<std::string>(u.unit.str()))
          .field("kind", u.unit.empty() ? "closing_formula" : toString(u.kind))
          .field("number", u.number)
          .field("status", toString(u.status))
          .endObject();
    m.endArray().endObject();
  });
}

// A stored version's tag is its version; one carried over is version 0, so that
// If-Match "v0" creates it.
Reply versionReply(const app::LanguageVersionView& v) {
  return record(v.stored ? v.version.version : 0, [&](base::JsonWriter& w) { viewJson(w, v); });
}

Reply listLanguageVersions(Call& call) {
  auto n = revisionParam(call);
  if (!n.ok()) return problem(n.error());
  auto all = app::listLanguageVersions(call.context(), call.actor(), DeclarationId(call.param("id")), *n);
  if (!all.ok()) return failed(all.error());
  return view(encode::page(*all, "", viewJson));
}

Reply getLanguageVersion(Call& call) {
  auto n = revisionParam(call);
  if (!n.ok()) return problem(n.error());
  auto v = app::getLanguageVersion(call.context(), call.actor(), DeclarationId(call.param("id")), *n,
                                   call.param("language"));
  if (!v.ok()) return failed(v.error());
  return versionReply(*v);
}

Reply saveLanguageVersion(Call& call) {
  auto n = revisionParam(call);
  if (!n.ok()) return problem(n.error());
  auto version = expectedVersion(call.request());
  if (!version.ok()) return problem(version.error());
  auto body = call.jsonBody();
  if (!body.ok()) return problem(body.error());
  auto in = decode::languageVersionChange(*body);
  if (!in.ok()) return problem(in.errors);
  auto v = app::saveLanguageVersion(call.context(), call.actor(), DeclarationId(call.param("id")), *n,
                                    call.param("language"), in.value, *version);
  if (!v.ok()) return failed(v.error(), "languageVersion");
  return versionReply(*v);
}

Reply verifyLanguageVersion(Call& call) {
  auto n = revisionParam(call);
  if (!n.ok()) return problem(n.error());
  auto version = expectedVersion(call.request());
  if (!version.ok()) return problem(version.error());
  auto v = app::verifyLanguageVersion(call.context(), call.actor(), DeclarationId(call.param("id")), *n,
                                      call.param("language"), *version);
  if (!v.ok()) return failed(v.error());
  return versionReply(*v);
}

}  // namespace

void addLanguageVersionRoutes(Router& r) {
  const std::string languages = "/api/v1/declarations/{id}/revisions/{n}/languages";
  r.add(Route::get(languages, listLanguageVersions)
      .describe("listLanguageVersions", "languages",
                "The language versions of a revision, by language, each with the units it misses or that changed "
                "since it was translated (a version of an older revision is carried over, never reused as is)")
      .responds({ok(200, "LanguageVersionPage")}, {304, 400, 404}));
  r.add(Route::get(languages + "/{language}", getLanguageVersion)
      .describe("getLanguageVersion", "languages",
                "One language version with its coverage, unit by unit; ETag its version (\"v0\" when carried over "
                "from an older revision and not stored yet)")
      .responds({ok(200, "LanguageVersion")}, {304, 400, 404}));
  r.add(Route::put(languages + "/{language}", saveLanguageVersion)
      .describe("saveLanguageVersion", "languages",
                "Write units of a translation (the secretariat); the units sent then translate this revision, the "
                "others are kept, and the version becomes a draft. If-Match its ETag, \"v0\" the first time")
      .body("LanguageVersionChange")
      .needsIfMatch()
      .responds({ok(200, "LanguageVersion")}, {400, 403, 404, 409, 411, 412, 413, 428})
      .allows({app::Action::kTranslate}));
  r.add(Route::post(languages + "/{language}/verification", verifyLanguageVersion)
      .describe("verifyLanguageVersion", "languages",
                "Mark a complete language version verified (the secretariat); refused while a unit is missing or "
                "outdated. If-Match its ETag")
      .needsIfMatch()
      .responds({ok(200, "LanguageVersion")}, {400, 403, 404, 409, 411, 412, 413, 428})
      .allows({app::Action::kTranslate}));
}

}  // namespace accord::http
