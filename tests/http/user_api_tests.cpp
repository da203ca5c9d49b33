// /api/v1/users, for admins: making accounts (the password made up by the server
// is shown once), changing them under If-Match, resetting a password; no answer
// ever carries a password hash.
#include <boost/test/unit_test.hpp>

#include "plugin_server.h"

using namespace accord::test;

namespace {
const char* kNew = R"({"name":"Coordinator.AT","displayName":"Anna Gruber","email":"anna.gruber@example.at",
  "role":"coordinator","country":"AT"})";

void noSecrets(const Response& r) {
  BOOST_TEST(r.body.find("pbkdf2") == std::string::npos, r.body);
  BOOST_TEST(r.body.find("passwordHash") == std::string::npos, r.body);
}
}  // namespace

BOOST_AUTO_TEST_SUITE(user_api_tests)

BOOST_AUTO_TEST_CASE(an_admin_makes_an_account_whose_password_is_shown_once) {
  PluginServer server;
  Client admin = server.client().as("admin;admin");
  Response made = admin.post("/api/v1/users", kNew);
  BOOST_TEST_REQUIRE(made.status == 201, made.body);
  noSecrets(made);
  BOOST_TEST(made.header("Location") == "/api/v1/users/coordinator.at");
  BOOST_TEST(made.header("ETag") == "\"v1\"");
  auto account = made.json()->getObject("account");
  BOOST_TEST(account->getValue<std::string>("name") == "coordinator.at");
  BOOST_TEST(account->getValue<std::string>("country") == "AT");
  BOOST_TEST(account->getValue<bool>("active"));
  std::string password = made.json()->getValue<std::string>("password");
  BOOST_TEST(password.size() == 20u);
  // The password works, and is never shown again.
  BOOST_TEST(signIn(server.port(), "coordinator.at", password).size() > 20u);
  Response read = admin.get("/api/v1/users/coordinator.at");
  BOOST_TEST(read.status == 200);
  BOOST_TEST(read.body.find(password) == std::string::npos);
  BOOST_TEST(!read.json()->has("password"));
  noSecrets(read);
  Response list = admin.get("/api/v1/users");
  BOOST_TEST(list.body.find("\"coordinator.at\"") != std::string::npos);
  noSecrets(list);
  BOOST_TEST(admin.post("/api/v1/users", kNew).status == 409);
  // The trail says the account was made, to a monitor too, but not its address.
  Response audit = server.client().as("mon;monitor").get("/api/v1/audit?entity=account&id=coordinator.at");
  BOOST_TEST_REQUIRE(audit.status == 200, audit.body);
  BOOST_TEST(audit.body.find("account.created") != std::string::npos, audit.body.substr(0, 300));
  BOOST_TEST(audit.body.find("anna.gruber@example.at") == std::string::npos, "the audit trail shows no e-mail address");
}

BOOST_AUTO_TEST_CASE(a_chosen_password_is_kept_and_not_echoed) {
  PluginServer server;
  Client admin = server.client().as("admin;admin");
  Response made = admin.post("/api/v1/users", R"({"name":"reader.one","displayName":"Reader One",
    "email":"reader@example.org","role":"viewer","password":"a long chosen password"})");
  BOOST_TEST_REQUIRE(made.status == 201, made.body);
  BOOST_TEST(!made.json()->has("password"));
  BOOST_TEST(made.body.find("a long chosen password") == std::string::npos);
  BOOST_TEST(signIn(server.port(), "reader.one", "a long chosen password").size() > 20u);
}

BOOST_AUTO_TEST_CASE(bad_accounts_are_refused_naming_the_field) {
  PluginServer server;
  Client admin = server.client().as("admin;admin");
  auto field = [&](const std::string& body) { return admin.post("/api/v1/users", body).str("field"); };
  BOOST_TEST(field(R"({"name":"x","displayName":"X","email":"x@example.org","role":"viewer"})") == "name");
  BOOST_TEST(field(R"({"name":"xavier","displayName":"X","email":"not-an-address","role":"viewer"})") == "email");
  BOOST_TEST(field(R"({"name":"xavier","displayName":"X","email":"x@example.org","role":"king"})") == "role");
  BOOST_TEST(field(R"({"name":"xavier","displayName":"X","email":"x@example.org","role":"coordinator"})") ==
             "country");
  BOOST_TEST(field(R"({"name":"xavier","displayName":"X","email":"x@example.org","role":"viewer",
    "password":"short"})") == "password");
  BOOST_TEST(field(R"({"name":"xavier","displayName":"X","email":"x@example.org","role":"viewer","mood":1})") ==
             "mood");
}

BOOST_AUTO_TEST_CASE(changes_need_the_current_version) {
  PluginServer server;
  Client admin = server.client().as("admin;admin");
  BOOST_TEST_REQUIRE(admin.post("/api/v1/users", kNew).status == 201);
  const std::string path = "/api/v1/users/coordinator.at";
  BOOST_TEST(admin.patch(path, R"({"displayName":"Anna M. Gruber"})").status == 428);
  Response changed = admin.patch(path, R"({"displayName":"Anna M. Gruber"})", {{"If-Match", "\"v1\""}});
  BOOST_TEST_REQUIRE(changed.status == 200, changed.body);
  BOOST_TEST(changed.header("ETag") == "\"v2\"");
  BOOST_TEST(changed.str("displayName") == "Anna M. Gruber");
  BOOST_TEST(admin.patch(path, R"({"email":"a@example.at"})", {{"If-Match", "\"v1\""}}).status == 412);
  BOOST_TEST(admin.patch(path, R"({"password":"a new long password"})", {{"If-Match", "\"v2\""}}).str("field") ==
             "password");
  Response moved = admin.patch(path, R"({"role":"monitor"})", {{"If-Match", "\"v2\""}});
  BOOST_TEST_REQUIRE(moved.status == 200, moved.body);
  BOOST_TEST(moved.json()->isNull("country"));  // a monitor acts for no country
  BOOST_TEST(admin.get("/api/v1/users/nobody.here").status == 404);
}

BOOST_AUTO_TEST_CASE(a_reset_password_replaces_the_old_one_and_ends_its_sessions) {
  PluginServer server;
  Client admin = server.client().as("admin;admin");
  std::string name = server.accounts()->ensure("person.two;viewer");
  std::string old = signIn(server.port(), name, TestAccounts::passwordOf(name));
  const std::string path = "/api/v1/users/person.two/password";
  BOOST_TEST(admin.post(path, "{}").status == 428);
  Response reset = admin.post(path, "{}", {{"If-Match", admin.etag("/api/v1/users/person.two")}});
  BOOST_TEST_REQUIRE(reset.status == 200, reset.body);
  noSecrets(reset);
  std::string fresh = reset.json()->getValue<std::string>("password");
  BOOST_TEST(server.anonymous().withToken(old).get(kDeclaration).status == 401);
  BOOST_CHECK_THROW(signIn(server.port(), name, TestAccounts::passwordOf(name)), std::runtime_error);
  BOOST_TEST(signIn(server.port(), name, fresh).size() > 20u);
  Response chosen = admin.post(path, R"({"password":"chosen by the admin"})",
                               {{"If-Match", admin.etag("/api/v1/users/person.two")}});
  BOOST_TEST(chosen.status == 200);
  BOOST_TEST(!chosen.json()->has("password"));
  BOOST_TEST(signIn(server.port(), name, "chosen by the admin").size() > 20u);
}

BOOST_AUTO_TEST_SUITE_END()
