// A person's own preferences, whatever their role: GET and PUT /api/v1/preferences.
// The language of their mail and calendar feed (Account::language; an
// administrator sets anyone's through PATCH /api/v1/users/{name}) and how each
// topic of notification reaches them. The ETag is the account's version.
#include "accord/app/account_use_cases.h"
#include "accord/domain/notification_choice.h"
#include "api_state.h"
#include "handler_support.h"

namespace accord::http {

using namespace accord::domain;

namespace {

Reply preferences(const app::OwnPreferences& p) {
  const Account& a = p.account;
  Reply r = json(encode::object([&](base::JsonWriter& w) {
    w.beginObject().field("language", a.language.empty() ? std::optional<std::string>() : a.language);
    w.key("notifications").beginObject();
    for (const auto& [topic, choice] : allTopics(p.notifications)) {
      w.key(toString(topic)).beginObject();
      w.field("email", choice.email).field("timing", toString(choice.timing)).field("fixed", isFixedTopic(topic));
      w.endObject();
    }
    w.endObject().endObject();
  }), versionTag(a.version));
  r.header("Cache-Control", "no-store");
  return r;
}

Reply getPreferences(Call& call) {
  auto p = app::getOwnPreferences(call.context(), call.actor());
  if (!p.ok()) return failed(p.error());
  return preferences(*p);
}

Reply putPreferences(Call& call) {
  // If-Match is checked when sent; without it the last choice wins (a person's
  // own settings, which clients before it set without one).
  std::optional<long> expected;
  if (call.request().has("If-Match")) {
    auto v = expectedVersion(call.request());
    if (!v.ok()) return failed(v.error());
    expected = *v;
  }
  auto body = call.jsonBody();
  if (!body.ok()) return problem(body.error());
  auto in = decode::preferences(*body);
  if (!in.ok()) return problem(in.errors);
  auto p = app::setOwnPreferences(call.context(), call.actor(), in.value, expected);
  if (!p.ok()) return failed(p.error());
  return preferences(*p);
}

}  // namespace

void addPreferenceRoutes(Router& r) {
  r.add(Route::get("/api/v1/preferences", getPreferences)
      .describe("getPreferences", "preferences",
                "Your own preferences: the language of your mail and calendar feed (null: none chosen, English) "
                "and, per topic, whether notifications come by e-mail, at once or in a daily digest")
      .uncached()
      .responds({ok(200, "Preferences")}, {}));
  r.add(Route::put("/api/v1/preferences", putPreferences)
      .describe("setPreferences", "preferences",
                "Set your own preferences (any role); what the body leaves out stays. If-Match is checked "
                "when sent (412 when stale); without it the last choice wins")
      .body("PreferenceChange")
      .responds({ok(200, "Preferences")}, {400, 411, 412, 413}));
}

}  // namespace accord::http
