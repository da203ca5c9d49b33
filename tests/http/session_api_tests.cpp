// Signing in and what a token is worth afterwards: the answer to a sign-in, one
// message for a wrong password and an unknown user, tokens that were tampered
// with, that expired, that were signed out, whose account was disabled or given
// another role, and the lock-out after repeated failures.
#include <boost/test/unit_test.hpp>

#include <sstream>

#include <Poco/Base64Encoder.h>

#include "plugin_server.h"

using namespace accord::test;

namespace {

std::string base64url(const std::string& text) {
  std::ostringstream out;
  Poco::Base64Encoder encoder(out, Poco::BASE64_URL_ENCODING | Poco::BASE64_NO_PADDING);
  encoder << text;
  encoder.close();
  return out.str();
}

std::vector<std::string> parts(const std::string& token) {
  std::vector<std::string> out;
  std::size_t start = 0;
  for (std::size_t dot; (dot = token.find('.', start)) != std::string::npos; start = dot + 1)
    out.push_back(token.substr(start, dot - start));
  out.push_back(token.substr(start));
  return out;
}

Response signInAs(const PluginServer& server, const std::string& user, const std::string& password) {
  return server.anonymous().post("/api/v1/session",
                                 R"({"user":)" + quoted(user) + R"(,"password":)" + quoted(password) + "}");
}

// A refused token: 401, the Bearer challenge, a reason, and never the token.
void refused(const Response& r, const std::string& token, const std::string& reason) {
  BOOST_TEST(r.status == 401, r.body);
  BOOST_TEST(r.header("WWW-Authenticate").rfind("Bearer", 0) == 0u);
  BOOST_TEST(r.str("detail").find(reason) != std::string::npos, r.body);
  if (token.size() > 8) BOOST_TEST(r.body.find(token) == std::string::npos);
}

}  // namespace

BOOST_AUTO_TEST_SUITE(session_api_tests)

BOOST_AUTO_TEST_CASE(signing_in_returns_a_token_for_eight_hours_and_who_it_speaks_for) {
  PluginServer server;  // its clock says 2017-10-15T12:00:00Z
  std::string name = server.accounts()->ensure("Coordinator.MK;coordinator;MK");
  Response r = signInAs(server, "COORDINATOR.mk", TestAccounts::passwordOf(name));
  BOOST_TEST_REQUIRE(r.status == 201, r.body);
  BOOST_TEST(r.str("expiresAt") == "2017-10-15T20:00:00Z");
  auto user = r.json()->getObject("user");
  BOOST_TEST(user->getValue<std::string>("name") == "coordinator.mk");
  BOOST_TEST(user->getValue<std::string>("role") == "coordinator");
  BOOST_TEST(user->getValue<std::string>("country") == "MK");
  BOOST_TEST(r.body.find("pbkdf2") == std::string::npos);
  BOOST_TEST(r.body.find("assword") == std::string::npos);
  Response me = server.anonymous().withToken(r.str("token")).get("/api/v1/session");
  BOOST_TEST(me.status == 200);
  BOOST_TEST(me.json()->getObject("user")->getValue<std::string>("name") == "coordinator.mk");
  BOOST_TEST(me.str("expiresAt") == "2017-10-15T20:00:00Z");
  BOOST_TEST(me.header("Cache-Control") == "no-store");
}

BOOST_AUTO_TEST_CASE(a_wrong_password_and_an_unknown_user_get_the_same_answer) {
  PluginServer server;
  server.accounts()->ensure("monitor;monitor");
  Response wrong = signInAs(server, "monitor", "not the right password");
  Response unknown = signInAs(server, "nobody.here", "not the right password");
  BOOST_TEST(wrong.status == 401);
  BOOST_TEST(unknown.status == 401);
  BOOST_TEST(wrong.str("detail") == unknown.str("detail"));
  BOOST_TEST(wrong.str("detail") == "wrong user name or password");
  BOOST_TEST(signInAs(server, "", "x").str("field") == "user");
  BOOST_TEST(server.anonymous().post("/api/v1/session", R"({"user":"monitor"})").str("field") == "password");
  BOOST_TEST(server.anonymous().post("/api/v1/session", R"({"user":"monitor","password":7})").str("field") ==
             "password");
}

BOOST_AUTO_TEST_CASE(a_request_without_a_usable_bearer_token_is_told_why) {
  PluginServer server;
  const std::string path = kDeclaration;
  refused(server.anonymous().get(path), "", "needs a session token");
  refused(server.anonymous().get(path, {{"Authorization", "Basic c2VjOnNlY3JldA=="}}), "", "not a Bearer token");
  refused(server.anonymous().get(path, {{"Authorization", "Bearer"}}), "", "carries no token");
  refused(server.anonymous().get(path, {{"Authorization", "Bearer a b"}}), "", "malformed");
  refused(server.anonymous().withToken("abcdefghijk.lmnopqrstu.vwxyz").get(path), "abcdefghijk.lmnopqrstu.vwxyz",
          "malformed");
  BOOST_TEST(server.anonymous().get(path).str("field") == "Authorization");
}

BOOST_AUTO_TEST_CASE(a_token_that_was_tampered_with_is_refused) {
  PluginServer server;
  std::string token = server.client().as("viewer;viewer").token();
  BOOST_TEST_REQUIRE(server.anonymous().withToken(token).get(kDeclaration).status == 200);
  auto p = parts(token);
  BOOST_TEST_REQUIRE(p.size() == 3u);
  // Another name in the payload, the signature kept.
  std::string payload = base64url(R"({"sub":"admin","jti":"0123456789abcdef","iat":1508068800,"exp":1999999999})");
  std::string forged = p[0] + "." + payload + "." + p[2];
  refused(server.anonymous().withToken(forged).get(kDeclaration), forged, "not signed by this server");
  // The signature changed: its first character carries six bits of it.
  std::string flipped = token;
  char& first = flipped[p[0].size() + 1 + p[1].size() + 1];
  first = first == 'A' ? 'B' : 'A';
  refused(server.anonymous().withToken(flipped).get(kDeclaration), flipped, "not signed by this server");
  // The same signature spelt another way: the last character's two unused bits set.
  std::string respelt = token;
  const std::string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
  respelt.back() = alphabet[alphabet.find(respelt.back()) + 1];
  refused(server.anonymous().withToken(respelt).get(kDeclaration), respelt, "not signed by this server");
  // "alg": "none" and no signature.
  std::string none = base64url(R"({"alg":"none","typ":"JWT"})") + "." + p[1] + ".";
  BOOST_TEST(server.anonymous().withToken(none).get(kDeclaration).status == 401);
  BOOST_TEST(server.anonymous().withToken(base64url(R"({"alg":"none","typ":"JWT"})") + "." + p[1])
                 .get(kDeclaration)
                 .status == 401);
}

BOOST_AUTO_TEST_CASE(a_token_expires_after_eight_hours) {
  PluginServer server;
  std::string token = server.client().as("viewer;viewer").token();
  server.setNow("2017-10-15T19:59:59Z");
  BOOST_TEST(server.anonymous().withToken(token).get(kDeclaration).status == 200);
  server.setNow("2017-10-15T20:00:00Z");
  refused(server.anonymous().withToken(token).get(kDeclaration), token, "expired");
}

BOOST_AUTO_TEST_CASE(signing_out_ends_the_session_at_once) {
  PluginServer server;
  Client viewer = server.client().as("viewer;viewer");
  std::string token = viewer.token();
  Client holder = server.anonymous().withToken(token);
  BOOST_TEST(holder.get(kDeclaration).status == 200);
  BOOST_TEST(holder.del("/api/v1/session").status == 204);
  refused(holder.get(kDeclaration), token, "ended");
  BOOST_TEST(holder.del("/api/v1/session").status == 401);
  // The trail says who signed in and out.
  auto events = server.client().as("monitor;monitor").get("/api/v1/audit?entity=account&id=viewer").json();
  auto items = events->getArray("items");
  BOOST_TEST_REQUIRE(items->size() >= 2u);
  BOOST_TEST(items->getObject(items->size() - 1)->getValue<std::string>("action") == "session.ended");
  BOOST_TEST(items->getObject(items->size() - 1)->getValue<std::string>("actor") == "viewer");
}

BOOST_AUTO_TEST_CASE(a_role_change_and_disabling_apply_on_the_next_request) {
  PluginServer server;
  Client admin = server.client().as("admin;admin");
  std::string token = server.client().as("person.one;viewer").token();
  Client person = server.anonymous().withToken(token);
  BOOST_TEST(person.get("/api/v1/audit").status == 403);
  Response promoted = admin.patch("/api/v1/users/person.one", R"({"role":"monitor"})",
                                  {{"If-Match", admin.etag("/api/v1/users/person.one")}});
  BOOST_TEST_REQUIRE(promoted.status == 200, promoted.body);
  BOOST_TEST(person.get("/api/v1/audit").status == 200);  // same token, new role
  BOOST_TEST(person.get("/api/v1/session").json()->getObject("user")->getValue<std::string>("role") == "monitor");
  Response disabled = admin.patch("/api/v1/users/person.one", R"({"active":false})",
                                  {{"If-Match", admin.etag("/api/v1/users/person.one")}});
  BOOST_TEST_REQUIRE(disabled.status == 200, disabled.body);
  refused(person.get(kDeclaration), token, "");
  // Nor can it sign in again.
  Response again = signInAs(server, "person.one", TestAccounts::passwordOf("person.one"));
  BOOST_TEST(again.status == 401);
  BOOST_TEST(again.str("detail").find("disabled") != std::string::npos, again.body);
}

BOOST_AUTO_TEST_CASE(repeated_failures_lock_the_account_even_against_the_right_password) {
  PluginServer server;
  std::string name = server.accounts()->ensure("target.user;viewer");
  int failures = 0;
  std::time_t now = 1508068800;  // 2017-10-15T12:00:00Z, the server's clock
  auto at = [&](std::time_t t) {
    char iso[32];
    std::strftime(iso, sizeof iso, "%Y-%m-%dT%H:%M:%SZ", std::gmtime(&t));
    server.setNow(iso);
  };
  for (int guard = 0; failures < 10 && guard < 40; ++guard) {
    Response r = signInAs(server, name, "a wrong password " + std::to_string(failures));
    if (r.status == 401) {
      ++failures;
      continue;
    }
    // Back-off: wait as long as told, then go on guessing.
    BOOST_TEST_REQUIRE(r.status == 429, r.body);
    long wait = std::stol(r.header("Retry-After"));
    BOOST_TEST_REQUIRE(wait >= 1);
    at(now += wait);
  }
  BOOST_TEST_REQUIRE(failures == 10);
  Response locked = signInAs(server, name, TestAccounts::passwordOf(name));
  BOOST_TEST(locked.status == 429);
  BOOST_TEST(locked.str("detail").find("locked") != std::string::npos, locked.body);
  BOOST_TEST(std::stol(locked.header("Retry-After")) > 14 * 60);
  BOOST_TEST(locked.body.find("token") == std::string::npos);
  at(now += 15 * 60);
  BOOST_TEST(signInAs(server, name, TestAccounts::passwordOf(name)).status == 201);
}

BOOST_AUTO_TEST_SUITE_END()
