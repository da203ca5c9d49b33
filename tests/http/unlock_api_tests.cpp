// POST /api/v1/users/{name}/unlock and the pages' "Unlock": an administrator lifts
// the sign-in throttle's lock on an account under its version, audited; nobody
// else may; an account nothing locks is said so.
#include <boost/test/unit_test.hpp>

#include <ctime>

#include "browser_form.h"
#include "plugin_server.h"

using namespace accord::test;

namespace {
Response signInAs(PluginServer& server, const std::string& name, const std::string& password) {
  return server.anonymous().post("/api/v1/session", R"({"user":")" + name + R"(","password":")" + password + "\"}");
}

// Guesses until the throttle locks `name` from this address (waiting out each
// back-off on the server's clock, which starts at 2017-10-15T12:00:00Z).
void lockOut(PluginServer& server, const std::string& name) {
  std::time_t now = 1508068800;
  int failures = 0;
  for (int guard = 0; failures < 10 && guard < 40; ++guard) {
    Response r = signInAs(server, name, "a wrong password " + std::to_string(failures));
    if (r.status == 401) {
      ++failures;
      continue;
    }
    BOOST_TEST_REQUIRE(r.status == 429, r.body);
    now += std::stol(r.header("Retry-After"));
    char iso[32];
    std::strftime(iso, sizeof iso, "%Y-%m-%dT%H:%M:%SZ", std::gmtime(&now));
    server.setNow(iso);
  }
  BOOST_TEST_REQUIRE(failures == 10);
  BOOST_TEST_REQUIRE(signInAs(server, name, TestAccounts::passwordOf(name)).status == 429);
}
}  // namespace

BOOST_AUTO_TEST_SUITE(unlock_api_tests)

BOOST_AUTO_TEST_CASE(an_admin_unlocks_a_locked_account_under_its_version_and_its_owner_signs_in) {
  PluginServer server;
  const std::string name = server.accounts()->ensure("locked.user;viewer");
  lockOut(server, name);
  Client admin = server.client().as("adm;admin");
  const std::string path = "/api/v1/users/" + name;
  const std::string tag = admin.etag(path);
  BOOST_TEST(admin.post(path + "/unlock", "").status == 428, "If-Match is required");
  BOOST_TEST(admin.post(path + "/unlock", "", {{"If-Match", "\"v999\""}}).status == 412, "a stale version");
  for (const char* who : {"sec;secretariat", "mon;monitor", "coord;coordinator;MK", "viewer;viewer"}) {
    Response r = admin.as(who).post(path + "/unlock", "", {{"If-Match", tag}});
    BOOST_TEST(r.status == 403, who << " -> " << r.body);
  }
  BOOST_TEST(signInAs(server, name, TestAccounts::passwordOf(name)).status == 429, "still locked");
  Response unlocked = admin.post(path + "/unlock", "", {{"If-Match", tag}});
  BOOST_TEST_REQUIRE(unlocked.status == 200, unlocked.body);
  BOOST_TEST(unlocked.str("name") == name);
  BOOST_TEST(unlocked.header("ETag") != tag);
  BOOST_TEST(signInAs(server, name, TestAccounts::passwordOf(name)).status == 201, "the owner signs in at once");
  Response audit = admin.get("/api/v1/audit?entity=account&id=" + name);
  BOOST_TEST(audit.body.find("account.unlocked") != std::string::npos, audit.body.substr(0, 500));
  Response again = admin.post(path + "/unlock", "", {{"If-Match", admin.etag(path)}});
  BOOST_TEST(again.status == 409, again.body);
  BOOST_TEST(again.str("detail").find("is not locked") != std::string::npos, again.body);
  BOOST_TEST(again.header("Content-Type").find("application/problem+json") == 0u);
  BOOST_TEST(admin.post("/api/v1/users/no.such.user/unlock", "", {{"If-Match", "\"v1\""}}).status == 404);
}

BOOST_AUTO_TEST_CASE(the_admins_home_and_the_account_page_offer_unlock) {
  PluginServer server;
  const std::string name = server.accounts()->ensure("locked.page;viewer");
  lockOut(server, name);
  BrowserPage home(server, server.client().as("adm;admin"), "/");
  Response shown = home.browser.get("/", home.cookie);
  BOOST_TEST_REQUIRE(shown.status == 200);
  BOOST_TEST(shown.body.find("data-account=\"" + name + "\"") != std::string::npos, shown.body.substr(0, 3000));
  BrowserPage account(server, server.client().as("adm;admin"), "/users/" + name);
  Response page = account.browser.get("/users/" + name, account.cookie);
  BOOST_TEST_REQUIRE(page.body.find("id=\"unlock-form\"") != std::string::npos);
  Form form = account.form("id=\"unlock-form\"");
  Response unlocked = account.post("/unlock", form);
  BOOST_TEST_REQUIRE(unlocked.status == 303, unlocked.body.substr(0, 1500));
  BOOST_TEST(signInAs(server, name, TestAccounts::passwordOf(name)).status == 201);
  Response after = account.browser.get("/users/" + name, account.cookie);
  BOOST_TEST(after.body.find("id=\"unlock-form\"") == std::string::npos, "nothing locks it any more");
  // The same form again: the version moved on.
  BOOST_TEST(account.post("/unlock", form).status == 412);
}

BOOST_AUTO_TEST_SUITE_END()
