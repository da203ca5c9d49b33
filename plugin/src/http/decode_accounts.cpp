// Bodies about people: signing in, a new account, a change to one, a password
// reset.
#include "accord/json/node.h"
#include "accord/domain/notification_choice.h"
#include "decode.h"

namespace accord::http::decode {

using namespace accord::domain;
using json::Node;
namespace tr = text_rules;

namespace {

// A password exactly as sent, taken out of `body` so that the field reader never
// sees it (it would normalize it, and name it in no error). Absent: nullopt.
std::optional<std::string> takePassword(Poco::JSON::Object::Ptr body, const char* key, std::vector<Error>& errors) {
  if (!body->has(key) || body->isNull(key)) {
    body->remove(key);
    return std::nullopt;
  }
  Poco::Dynamic::Var v = body->get(key);
  body->remove(key);
  if (!v.isString()) {
    errors.push_back(Error::invalid(key, "must be a string"));
    return std::nullopt;
  }
  return v.convert<std::string>();
}

}  // namespace

Decoded<SignIn> signIn(Poco::JSON::Object::Ptr body) {
  Decoded<SignIn> out;
  auto password = takePassword(body, "password", out.errors);
  if (!password && out.errors.empty()) out.errors.push_back(Error::invalid("password", "is required"));
  Node n(body, "$", out.errors);
  out.value.user = n.text("user", tr::kName);
  out.value.password = password.value_or("");
  n.finish();
  return out;
}

Decoded<app::NewAccount> newAccount(Poco::JSON::Object::Ptr body) {
  Decoded<app::NewAccount> out;
  auto password = takePassword(body, "password", out.errors);
  Node n(body, "$", out.errors);
  app::NewAccount& a = out.value;
  a.name = n.text("name", tr::kName);
  a.displayName = n.text("displayName", tr::kName);
  a.email = n.text("email", tr::kName);
  a.role = n.enumeration("role", parseRole);
  a.country = n.optionalCountry("country");
  a.password = password.value_or("");
  a.language = n.enumeration<std::string>("language", parseAccountLanguage, std::string());
  n.finish();
  return out;
}

Decoded<app::AccountChange> accountChange(Poco::JSON::Object::Ptr body) {
  Decoded<app::AccountChange> out;
  Node n(body, "$", out.errors);
  n.forbid("name", "cannot be changed here");
  n.forbid("password", "cannot be changed here (POST .../password resets it)");
  n.forbid("version", "cannot be changed here");
  app::AccountChange& c = out.value;
  if (n.has("displayName")) c.displayName = n.text("displayName", tr::kName);
  if (n.has("email")) c.email = n.text("email", tr::kName);
  if (n.has("role")) c.role = n.enumeration("role", parseRole);
  c.country = n.optionalCountry("country");
  if (n.has("active")) c.active = n.boolean("active", true);
  // Present and null clears the language, as "" does; absent leaves it.
  if (body->has("language")) c.language = n.enumeration<std::string>("language", parseAccountLanguage, std::string());
  n.finish();
  return out;
}

Decoded<std::optional<std::string>> passwordReset(Poco::JSON::Object::Ptr body) {
  Decoded<std::optional<std::string>> out;
  out.value = takePassword(body, "password", out.errors);
  Node(body, "$", out.errors).finish();
  return out;
}

Decoded<app::PreferenceChange> preferences(Poco::JSON::Object::Ptr body) {
  Decoded<app::PreferenceChange> out;
  Node n(body, "$", out.errors);
  if (!body->has("language") && !body->has("notifications"))
    out.errors.push_back(Error::invalid("language", "is required (null for none) unless notifications are given"));
  if (body->has("language"))  // null reads as the fallback: none
    out.value.language = n.enumeration<std::string>("language", parseAccountLanguage, std::string());
  if (auto topics = n.object("notifications", false)) {
    // Each topic names both choices: a half-given one would be a guess.
    for (const char* name : enumNames<NotificationTopic>()) {
      auto t = topics->object(name, false);
      if (!t) continue;
      if (!t->has("email")) t->fail("email", "is required (true or false)");
      TopicChoice choice{t->boolean("email", true), t->enumeration<MailTiming>("timing", parseMailTiming)};
      t->finish();
      out.value.notifications[*parseNotificationTopic(name, name)] = choice;
    }
    topics->finish();
  }
  n.finish();
  return out;
}

}  // namespace accord::http::decode
