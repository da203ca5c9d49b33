// A person's own preferences (GET|PUT /api/v1/preferences): the language of their
// mail and calendar feed, set by themselves whatever their role, and by an
// administrator through the account (PATCH /api/v1/users/{name}).
#include <boost/test/unit_test.hpp>

#include <string>

#include "plugin_server.h"

using namespace accord::test;

BOOST_AUTO_TEST_SUITE(preference_api_tests)

BOOST_AUTO_TEST_CASE(a_person_sets_their_own_language_and_the_account_shows_it) {
  PluginServer server;
  Client admin = server.client().as("admin;admin");
  Client viewer = server.client().as("reader.one;viewer");
  Response none = viewer.get("/api/v1/preferences");
  BOOST_TEST_REQUIRE(none.status == 200, none.body);
  BOOST_TEST(none.json()->isNull("language"));  // none chosen: English
  BOOST_TEST(none.header("Cache-Control") == "no-store");
  Response set = viewer.put("/api/v1/preferences", R"({"language":"sr-Latn"})");
  BOOST_TEST_REQUIRE(set.status == 200, set.body);
  BOOST_TEST(set.str("language") == "sr-Latn");
  BOOST_TEST(viewer.get("/api/v1/preferences").str("language") == "sr-Latn");
  BOOST_TEST(admin.get("/api/v1/users/reader.one").str("language") == "sr-Latn");
  // null clears it, and the account's version moved with each change (audited).
  Response cleared = viewer.put("/api/v1/preferences", R"({"language":null})");
  BOOST_TEST_REQUIRE(cleared.status == 200, cleared.body);
  BOOST_TEST(cleared.json()->isNull("language"));
  Response audit = admin.get("/api/v1/audit?entity=account&id=reader.one");
  BOOST_TEST(audit.body.find("account.language_changed") != std::string::npos, audit.body.substr(0, 300));
}

BOOST_AUTO_TEST_CASE(hostile_preferences_are_refused_naming_the_field_and_change_nothing) {
  PluginServer server;
  Client coordinator = server.client().as("coordinator.mk;coordinator;MK");
  BOOST_TEST_REQUIRE(coordinator.put("/api/v1/preferences", R"({"language":"fr"})").status == 200);
  auto refused = [&](const std::string& body, const std::string& field) {
    Response r = coordinator.put("/api/v1/preferences", body);
    BOOST_TEST(r.status == 400, body << " -> " << r.status << " " << r.body.substr(0, 200));
    BOOST_TEST(r.header("Content-Type").rfind("application/problem+json", 0) == 0u, body);
    BOOST_TEST(r.str("field").find(field) != std::string::npos, body << " names " << r.str("field"));
  };
  refused(R"({"language":"klingon"})", "language");
  refused(R"({"language":"<script>alert(1)</script>"})", "language");
  refused(R"({"language":"{{language}}"})", "language");
  refused(R"({"language":"fr\u0000"})", "language");
  refused(R"({"language":7})", "language");
  refused(R"({"language":["fr"]})", "language");
  refused(R"({})", "language");
  refused(R"({"language":"ru","theme":"dark"})", "theme");
  refused(R"({"language":")" + std::string(100000, 'a') + R"("})", "language");
  // A body over the server's limit is 413 before any route reads it (limits_api_tests).
  // Nothing of it was stored.
  BOOST_TEST(coordinator.get("/api/v1/preferences").str("language") == "fr");
}

BOOST_AUTO_TEST_CASE(an_admin_sets_and_clears_an_accounts_language) {
  PluginServer server;
  Client admin = server.client().as("admin;admin");
  server.accounts()->ensure("person.lang;viewer");
  const std::string path = "/api/v1/users/person.lang";
  Response set = admin.patch(path, R"({"language":"ru"})", {{"If-Match", admin.etag(path)}});
  BOOST_TEST_REQUIRE(set.status == 200, set.body);
  BOOST_TEST(set.str("language") == "ru");
  Response bad = admin.patch(path, R"({"language":"russian"})", {{"If-Match", admin.etag(path)}});
  BOOST_TEST(bad.status == 400);
  BOOST_TEST(bad.str("field").find("language") != std::string::npos);
  Response untouched = admin.patch(path, R"({"displayName":"Person Lang"})", {{"If-Match", admin.etag(path)}});
  BOOST_TEST(untouched.str("language") == "ru");  // absent leaves it
  Response cleared = admin.patch(path, R"({"language":null})", {{"If-Match", admin.etag(path)}});
  BOOST_TEST_REQUIRE(cleared.status == 200, cleared.body);
  BOOST_TEST(cleared.json()->isNull("language"));
}

BOOST_AUTO_TEST_SUITE_END()
