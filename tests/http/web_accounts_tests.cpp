// The administrator's account pages (issue 13, item 6) through the real server as
// a browser posts them: an account created with its password shown once, its
// role, country and access changed under the version the page showed (a stale
// form refused in words), a new password; every change in the audit trail; bad
// input named beside its field; nothing offered to or done for anyone but an
// admin; and the admin's home listing accounts never used and accounts locked.
#include <boost/test/unit_test.hpp>

#include <algorithm>
#include <map>

#include "accord/domain/date.h"
#include "browser_form.h"
#include "plugin_server.h"

using namespace accord::test;

namespace {

const char* const kAdmin = "admin;admin";

bool shows(const Response& r, const std::string& text) { return r.body.find(text) != std::string::npos; }

Response postTo(BrowserPage& page, const std::string& path, const Form& form) {
  return page.browser.send("POST", path, urlEncoded(form), "application/x-www-form-urlencoded", page.cookie);
}

// The new-account form on /users as an admin fills it; the password left blank.
Form newAccount(BrowserPage& users, const std::string& name, const std::string& role, const std::string& country) {
  Form form = users.form("id=\"new-account-form\"");
  field(form, "name") = name;
  field(form, "displayName") = "Jelena Petrović";
  field(form, "email") = name + "@example.org";
  form.emplace_back("role", role);
  form.emplace_back("country", country);
  return form;
}

// The password the page shows this once.
std::string issuedPassword(const Response& r) {
  const std::string open = "<code id=\"issued-password\">";
  auto at = r.body.find(open);
  BOOST_REQUIRE_MESSAGE(at != std::string::npos, r.body.substr(0, 2000));
  at += open.size();
  return unescapeHtml(r.body.substr(at, r.body.find("</code>", at) - at));
}

// The edit form of an account's page with its selects as shown.
Form accountForm(BrowserPage& page, const std::string& role, const std::string& country) {
  Form form = page.form("id=\"account-form\"");
  form.emplace_back("role", role);
  form.emplace_back("country", country);
  return form;
}

int auditCount(const Client& admin, const std::string& name, const std::string& action) {
  auto page = admin.get("/api/v1/audit?entity=account&id=" + name).json()->getArray("items");
  int n = 0;
  for (std::size_t i = 0; i < page->size(); ++i)
    if (page->getObject(i)->getValue<std::string>("action") == action) ++n;
  return n;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(web_accounts_tests)

BOOST_AUTO_TEST_CASE(an_admin_creates_an_account_whose_made_up_password_is_shown_once_and_signs_in) {
  PluginServer server;
  Client admin = server.client().as(kAdmin);
  BrowserPage users(server, admin, "/users");
  Response list = users.browser.get("/users", users.cookie);
  BOOST_TEST(list.status == 200);
  BOOST_TEST(list.header("Content-Type").rfind("text/html", 0) == 0u, "a page, not the API's JSON");
  BOOST_TEST(shows(list, ">admin</a>"));
  Response created = postTo(users, "/users", newAccount(users, "Coordinator.RS", "coordinator", "RS"));
  BOOST_TEST(created.status == 201, created.body.substr(0, 2000));
  BOOST_TEST(created.header("Cache-Control") == "no-store", "the password must not stay in a cache");
  std::string password = issuedPassword(created);
  BOOST_TEST(password.size() >= 12u);
  // It is the account's password, and it is not shown again.
  BOOST_TEST(!signIn(server.port(), "coordinator.rs", password).empty());
  Response shown = users.browser.get("/users/coordinator.rs", users.cookie);
  BOOST_TEST(shown.status == 200);
  BOOST_TEST(!shows(shown, password));
  BOOST_TEST(shows(shown, "Jelena Petrović"));
  BOOST_TEST(shows(shown, "Serbia"));
  BOOST_TEST(auditCount(admin, "coordinator.rs", "account.created") == 1);
  // A password the admin chose is kept, and not echoed.
  Form chosen = newAccount(users, "monitor.two", "monitor", "");
  field(chosen, "password") = "a chosen long passphrase";
  Response second = postTo(users, "/users", chosen);
  BOOST_TEST(second.status == 201);
  BOOST_TEST(!shows(second, "a chosen long passphrase"));
  BOOST_TEST(!signIn(server.port(), "monitor.two", "a chosen long passphrase").empty());
}

BOOST_AUTO_TEST_CASE(role_country_and_access_change_under_the_version_the_page_showed) {
  PluginServer server;
  Client admin = server.client().as(kAdmin);
  BrowserPage users(server, admin, "/users");
  std::string password = issuedPassword(postTo(users, "/users", newAccount(users, "c.mk", "coordinator", "MK")));
  BrowserPage page(server, admin, "/users/c.mk");
  Form move = accountForm(page, "coordinator", "AL");
  Response moved = page.post("", move);
  BOOST_TEST(moved.status == 303, moved.body.substr(0, 2000));
  BOOST_TEST(admin.get("/api/v1/users/c.mk").json()->getValue<std::string>("country") == "AL");
  // The same form again: stale. Said in words, the page shows what is stored, nothing changes.
  field(move, "displayName") = "Someone Else";
  Response stale = page.post("", move);
  BOOST_TEST(stale.status == 412);
  BOOST_TEST(shows(stale, "Someone changed this account after you opened this page"));
  BOOST_TEST(shows(stale, "Jelena Petrović"));
  BOOST_TEST(admin.get("/api/v1/users/c.mk").json()->getValue<std::string>("displayName") == "Jelena Petrović");
  // A monitor now: the country goes whatever the select says.
  Response monitor = page.post("", accountForm(page, "monitor", "AL"));
  BOOST_TEST(monitor.status == 303);
  auto a = admin.get("/api/v1/users/c.mk").json();
  BOOST_TEST(a->getValue<std::string>("role") == "monitor");
  BOOST_TEST(a->isNull("country"));
  // Disabled: refused at sign-in; enabled again: let in.
  Response disabled = page.post("/active", page.form("id=\"active-form\""));
  BOOST_TEST(disabled.status == 303);
  BOOST_TEST(!admin.get("/api/v1/users/c.mk").json()->getValue<bool>("active"));
  BOOST_CHECK_THROW(signIn(server.port(), "c.mk", password), std::runtime_error);
  BOOST_TEST(shows(page.browser.get("/users/c.mk", page.cookie), "id=\"enable-account\""));
  BOOST_TEST(page.post("/active", page.form("id=\"active-form\"")).status == 303);
  BOOST_TEST(!signIn(server.port(), "c.mk", password).empty());
  // A new password made up: the old one no longer works.
  Response reset = page.post("/password", page.form("id=\"password-form\""));
  BOOST_TEST(reset.status == 200, reset.body.substr(0, 2000));
  std::string fresh = issuedPassword(reset);
  BOOST_CHECK_THROW(signIn(server.port(), "c.mk", password), std::runtime_error);
  BOOST_TEST(!signIn(server.port(), "c.mk", fresh).empty());
  BOOST_TEST(auditCount(admin, "c.mk", "account.role_changed") == 2);
  BOOST_TEST(auditCount(admin, "c.mk", "account.disabled") == 1);
  BOOST_TEST(auditCount(admin, "c.mk", "account.enabled") == 1);
  BOOST_TEST(auditCount(admin, "c.mk", "account.password_reset") == 1);
}

BOOST_AUTO_TEST_CASE(bad_input_is_named_beside_its_field_and_stores_nothing) {
  PluginServer server;
  Client admin = server.client().as(kAdmin);
  BrowserPage users(server, admin, "/users");
  auto refused = [&](Form form, const std::string& field, int status = 422) {
    Response r = postTo(users, "/users", form);
    BOOST_TEST(r.status == status, field << " -> " << r.status);
    BOOST_TEST(shows(r, "id=\"account-error\""), field);
    // The error names the field by the form's label, beside it.
    const std::map<std::string, std::string> label{{"country", "Country"}, {"role", "Role"}, {"name", "User name"},
                                                   {"email", "Email"}, {"password", "Password"}};
    // (one sentence, or the list of every bad field when there are more: "a b"
    // makes a bad e-mail address too)
    std::size_t alert = r.body.find("id=\"account-error\"");
    std::string said = r.body.substr(alert, r.body.find("</div>", alert) - alert);
    BOOST_TEST((said.find("<p>" + label.at(field)) != std::string::npos ||
                said.find("data-field=\"" + field + "\">" + label.at(field)) != std::string::npos),
               field << ": " << said);
    return r;
  };
  refused(newAccount(users, "no.country", "coordinator", ""), "country");
  refused(newAccount(users, "bad.country", "coordinator", "QQ"), "country");
  refused(newAccount(users, "bad.role", "king", ""), "role");
  refused(newAccount(users, "x", "viewer", ""), "name");
  refused(newAccount(users, "a b", "viewer", ""), "name");
  Form mail = newAccount(users, "bad.mail", "viewer", "");
  field(mail, "email") = "not an address";
  refused(mail, "email");
  Form weak = newAccount(users, "weak.one", "viewer", "");
  field(weak, "password") = "short";
  refused(weak, "password");
  refused(newAccount(users, "admin", "viewer", ""), "name", 409);
  // Hostile text is shown as text, typed values stay in the form.
  Form hostile = newAccount(users, "hostile.one", "viewer", "");
  field(hostile, "displayName") = "<script>alert(1)</script> {{csrf}} \x07";
  Response r = postTo(users, "/users", hostile);
  BOOST_TEST(r.status == 422);
  BOOST_TEST(!shows(r, "<script>alert(1)"));
  BOOST_TEST(shows(r, "&lt;script&gt;"));
  BOOST_TEST(shows(r, "value=\"hostile.one\""));
  auto list = admin.get("/api/v1/users?limit=100").json()->getArray("items");
  BOOST_TEST(list->size() == 1u, "only the admin's own account exists");
  // A change form without its version, or an unknown account.
  BrowserPage page(server, admin, "/users/admin");
  Form noVersion = accountForm(page, "admin", "");
  noVersion.erase(std::remove_if(noVersion.begin(), noVersion.end(), [](auto& f) { return f.first == "version"; }),
                  noVersion.end());
  BOOST_TEST(page.post("", noVersion).status == 422);
  BOOST_TEST(page.browser.get("/users/nobody.here", page.cookie).status == 404);
  // The last admin stays one.
  Response last = page.post("", accountForm(page, "viewer", ""));
  BOOST_TEST(last.status == 409, last.status);
  BOOST_TEST(admin.get("/api/v1/users/admin").json()->getValue<std::string>("role") == "admin");
}

BOOST_AUTO_TEST_CASE(no_account_page_is_offered_to_or_obeyed_for_anyone_but_an_admin) {
  PluginServer server;
  Client admin = server.client().as(kAdmin);
  BrowserPage users(server, admin, "/users");
  Form create = newAccount(users, "matrix.one", "viewer", "");
  postTo(users, "/users", create);
  BrowserPage page(server, admin, "/users/matrix.one");
  Form change = accountForm(page, "monitor", "");
  Form active = page.form("id=\"active-form\"");
  Form password = page.form("id=\"password-form\"");
  struct Row {
    std::string method, path;
    Form form;
  };
  create = newAccount(users, "matrix.two", "viewer", "");
  const std::vector<Row> rows = {{"GET", "/users", {}},
                                 {"POST", "/users", create},
                                 {"GET", "/users/matrix.one", {}},
                                 {"POST", "/users/matrix.one", change},
                                 {"POST", "/users/matrix.one/active", active},
                                 {"POST", "/users/matrix.one/password", password}};
  const char* others[] = {"sec;secretariat", "coordinator.mk;coordinator;MK", "coordinator.al;coordinator;AL",
                          "mon;monitor", "viewer;viewer"};
  for (const Row& row : rows) {
    for (const char* who : others) {
      Client other = admin.as(who);
      BrowserPage theirs(server, other, "/");
      Form form = row.form;
      // Their own CSRF token, so that only the role decides.
      for (auto& [k, v] : form)
        if (k == "csrf") v = csrfOf(theirs.browser.get("/", theirs.cookie).body);
      Response r = row.method == "GET" ? theirs.browser.get(row.path, theirs.cookie) : postTo(theirs, row.path, form);
      BOOST_TEST(r.status == 403, row.method << " " << row.path << " as " << who << " -> " << r.status);
      BOOST_TEST(!shows(theirs.browser.get("/", theirs.cookie), "/users\">Accounts"), who);
    }
    Response anonymous = server.anonymous().send(row.method, row.path, urlEncoded(row.form),
                                                 "application/x-www-form-urlencoded", {});
    // Without a session a page sends the browser to sign in; a form is refused.
    if (row.method == "GET") {
      BOOST_TEST(anonymous.status == 303, row.path << " anonymous -> " << anonymous.status);
      BOOST_TEST(anonymous.header("Location").rfind("/signin", 0) == 0u, anonymous.header("Location"));
    } else {
      BOOST_TEST(anonymous.status == 401, row.path << " anonymous -> " << anonymous.status);
    }
  }
  auto a = admin.get("/api/v1/users/matrix.one").json();
  BOOST_TEST(a->getValue<std::string>("role") == "viewer");
  BOOST_TEST(a->getValue<bool>("active"));
  BOOST_TEST(admin.get("/api/v1/users/matrix.two").status == 404);
  BOOST_TEST(shows(users.browser.get("/", users.cookie), "/users\">Accounts"));
}

BOOST_AUTO_TEST_CASE(the_admin_home_lists_accounts_never_used_and_accounts_locked) {
  PluginServer server;
  Client admin = server.client().as(kAdmin);
  BrowserPage users(server, admin, "/users");
  std::string password = issuedPassword(postTo(users, "/users", newAccount(users, "never.yet", "viewer", "")));
  issuedPassword(postTo(users, "/users", newAccount(users, "guessed.at", "viewer", "")));
  Response home = users.browser.get("/", users.cookie);
  BOOST_TEST(shows(home, "Accounts to look at"));
  BOOST_TEST(shows(home, "id=\"never-used-accounts\""));
  BOOST_TEST(shows(home, ">never.yet</a>"));
  BOOST_TEST(!shows(home, "Nothing waits for you"));
  signIn(server.port(), "never.yet", password);
  // Someone guesses guessed.at's password from this address until it locks,
  // waiting out each back-off on the server's clock.
  long now = accord::domain::Timestamp::parse("t", "2017-10-15T12:00:00Z").value().seconds();
  for (int failures = 0; failures < 10;) {
    Response r = server.anonymous().post("/api/v1/session", R"({"user":"guessed.at","password":"wrong guess"})");
    if (r.status == 401) ++failures;
    else BOOST_REQUIRE_MESSAGE(r.status == 429, r.status << " " << r.body);
    now += r.status == 429 ? std::stol(r.header("Retry-After")) : 0;
    server.setNow(accord::domain::Timestamp::fromSeconds(now).iso());
  }
  home = BrowserPage(server, admin, "/").browser.get("/", users.cookie);
  BOOST_TEST(shows(home, "id=\"locked-accounts\""), home.body.substr(0, 3000));
  BOOST_TEST(shows(home, ">guessed.at</a>"));
  BOOST_TEST(shows(home, "the address 127.0.0.1"));
  BOOST_TEST(!shows(home, ">never.yet</a>"), "signed in once");
  BOOST_TEST(!shows(BrowserPage(server, admin.as("sec;secretariat"), "/").browser.get("/",
                      {{"Cookie", "accord_session=" + admin.as("sec;secretariat").token()}}),
                    "Accounts to look at"));
}

// "My account": anyone chooses the language of their own mail and calendar feed;
// a language not offered is refused beside the select and changes nothing; an
// admin's account page shows and changes it too.
BOOST_AUTO_TEST_CASE(a_person_chooses_their_own_language_on_my_account) {
  PluginServer server;
  Client admin = server.client().as(kAdmin);
  Client viewer = server.client().as("reader.two;viewer");
  BrowserPage mine(server, viewer, "/account");
  Response shown = mine.browser.get("/account", mine.cookie);
  BOOST_TEST_REQUIRE(shown.status == 200, shown.body.substr(0, 500));
  BOOST_TEST(shows(shown, "<option value=\"\" selected>"));  // none chosen yet
  BOOST_TEST(shows(shown, "Русский (ru)"));
  BOOST_TEST(shows(shown, "href=\"/account\">My account</a>"));
  Form form = mine.form("id=\"language-form\"");
  form.emplace_back("language", "mk");
  Response saved = postTo(mine, "/account/language", form);
  BOOST_TEST(saved.status == 303, saved.body.substr(0, 500));
  BOOST_TEST(shows(mine.browser.get("/account", mine.cookie), "<option value=\"mk\" selected>"));
  BOOST_TEST(admin.get("/api/v1/users/reader.two").str("language") == "mk");

  Form bad = mine.form("id=\"language-form\"");
  bad.emplace_back("language", "<b>{{x}}</b>");
  Response refused = postTo(mine, "/account/language", bad);
  BOOST_TEST(refused.status == 422);  // the pages' answer to a form they refuse, as for the other fields
  BOOST_TEST(shows(refused, "id=\"own-language-error\""));
  BOOST_TEST(!shows(refused, "<b>{{x}}</b>"));
  BOOST_TEST(admin.get("/api/v1/users/reader.two").str("language") == "mk");

  BrowserPage account(server, admin, "/users/reader.two");
  Response page = account.browser.get("/users/reader.two", account.cookie);
  BOOST_TEST(shows(page, "<option value=\"mk\" selected>"));
  Form change = accountForm(account, "viewer", "");
  change.emplace_back("language", "de");
  Response changed = postTo(account, "/users/reader.two", change);
  BOOST_TEST(changed.status == 303, changed.body.substr(0, 500));
  BOOST_TEST(admin.get("/api/v1/users/reader.two").str("language") == "de");
}

BOOST_AUTO_TEST_SUITE_END()
