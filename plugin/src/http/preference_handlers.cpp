// A person's own preferences, whatever their role: GET and PUT /api/v1/preferences.
// For now the language of their mail and calendar feed (Account::language); an
// administrator sets anyone's through PATCH /api/v1/users/{name}.
#include "accord/app/account_use_cases.h"
#include "api_state.h"
#include "handler_support.h"

namespace accord::http {

using namespace accord::domain;

namespace {

Reply preferences(const Account& a) {
  Reply r = json(encode::object([&](base::JsonWriter& w) {
    w.beginObject().field("language", a.language.empty() ? std::optional<std::string>() : a.language).endObject();
  }));
  r.header("Cache-Control", "no-store");
  return r;
}

Reply getPreferences(Call& call) {
  auto a = app::getOwnAccount(call.context(), call.actor());
  if (!a.ok()) return failed(a.error());
  return preferences(*a);
}

Reply putPreferences(Call& call) {
  auto body = call.jsonBody();
  if (!body.ok()) return problem(body.error());
  auto in = decode::preferences(*body);
  if (!in.ok()) return problem(in.errors);
  auto a = app::setOwnLanguage(call.context(), call.actor(), in.value);
  if (!a.ok()) return failed(a.error());
  return preferences(*a);
}

}  // namespace

void addPreferenceRoutes(Router& r) {
  r.add(Route::get("/api/v1/preferences", getPreferences)
      .describe("getPreferences", "preferences",
                "Your own preferences: the language of your mail and calendar feed (null: none chosen, English)")
      .uncached()
      .responds({ok(200, "Preferences")}, {}));
  r.add(Route::put("/api/v1/preferences", putPreferences)
      .describe("setPreferences", "preferences",
                "Set your own preferences (any role; the last choice wins, no If-Match)")
      .body("Preferences")
      .responds({ok(200, "Preferences")}, {400, 411, 413}));
}

}  // namespace accord::http
