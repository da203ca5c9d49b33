// A person's notification choices through GET|PUT /api/v1/preferences and the
// /account page: every topic shown with its default, changes kept under If-Match,
// hostile input refused naming the field, account-security mail fixed.
#include <boost/test/unit_test.hpp>

#include <string>

#include "browser_form.h"
#include "plugin_server.h"

using namespace accord::test;

BOOST_AUTO_TEST_SUITE(notification_choice_api_tests)

namespace {
Poco::JSON::Object::Ptr topic(const Response& r, const std::string& name) {
  return r.json()->getObject("notifications")->getObject(name);
}
}  // namespace

BOOST_AUTO_TEST_CASE(every_topic_is_shown_with_its_default_and_a_change_is_kept) {
  PluginServer server;
  Client viewer = server.client().as("reader.one;viewer");
  Response none = viewer.get("/api/v1/preferences");
  BOOST_TEST_REQUIRE(none.status == 200, none.body);
  for (const char* name : {"declarations", "commitments", "reports", "deadlines", "reminders", "account"}) {
    BOOST_TEST_REQUIRE(!topic(none, name).isNull(), name);
    BOOST_TEST(topic(none, name)->getValue<bool>("email"), name);
    BOOST_TEST(topic(none, name)->getValue<std::string>("timing") == "immediate", name);
  }
  BOOST_TEST(topic(none, "account")->getValue<bool>("fixed"));
  BOOST_TEST(!topic(none, "reports")->getValue<bool>("fixed"));
  const std::string tag = none.header("ETag");
  BOOST_TEST_REQUIRE(!tag.empty());
  Response set = viewer.put("/api/v1/preferences",
                            R"({"notifications":{"reports":{"email":true,"timing":"digest"},)"
                            R"("reminders":{"email":false,"timing":"immediate"}}})",
                            {{"If-Match", tag}});
  BOOST_TEST_REQUIRE(set.status == 200, set.body);
  BOOST_TEST(topic(set, "reports")->getValue<std::string>("timing") == "digest");
  BOOST_TEST(!topic(set, "reminders")->getValue<bool>("email"));
  BOOST_TEST(set.header("ETag") != tag);
  // The old tag is stale now: 412, and nothing changes.
  Response stale = viewer.put("/api/v1/preferences", R"({"notifications":{"reports":{"email":false,"timing":"immediate"}}})",
                              {{"If-Match", tag}});
  BOOST_TEST(stale.status == 412, stale.body);
  Response read = viewer.get("/api/v1/preferences");
  BOOST_TEST(topic(read, "reports")->getValue<std::string>("timing") == "digest");
  BOOST_TEST(topic(read, "reports")->getValue<bool>("email"));
  // Changing the language alone keeps the notification choices.
  BOOST_TEST_REQUIRE(viewer.put("/api/v1/preferences", R"({"language":"fr"})").status == 200);
  read = viewer.get("/api/v1/preferences");
  BOOST_TEST(topic(read, "reports")->getValue<std::string>("timing") == "digest");
  BOOST_TEST(read.str("language") == "fr");
}

BOOST_AUTO_TEST_CASE(hostile_notification_choices_are_refused_naming_the_field) {
  PluginServer server;
  Client coordinator = server.client().as("coordinator.mk;coordinator;MK");
  auto refused = [&](const std::string& body, const std::string& field) {
    Response r = coordinator.put("/api/v1/preferences", body);
    BOOST_TEST(r.status == 400, body.substr(0, 120) << " -> " << r.status << " " << r.body.substr(0, 200));
    BOOST_TEST(r.header("Content-Type").rfind("application/problem+json", 0) == 0u, body.substr(0, 120));
    BOOST_TEST(r.body.find(field) != std::string::npos, body.substr(0, 120) << " names " << r.body.substr(0, 300));
  };
  refused(R"({"notifications":{"weather":{"email":true,"timing":"digest"}}})", "notifications.weather");
  refused(R"({"notifications":{"reports":{"email":"yes","timing":"digest"}}})", "notifications.reports.email");
  refused(R"({"notifications":{"reports":{"email":true,"timing":"weekly"}}})", "notifications.reports.timing");
  refused(R"({"notifications":{"reports":{"email":true}}})", "notifications.reports.timing");
  refused(R"({"notifications":{"reports":{"timing":"digest"}}})", "notifications.reports.email");
  refused(R"({"notifications":{"reports":{"email":true,"timing":"digest","colour":"red"}}})",
          "notifications.reports.colour");
  refused(R"({"notifications":{"reports":true}})", "notifications.reports");
  refused(R"({"notifications":["reports"]})", "notifications");
  refused(R"({"notifications":{"reports":{"email":true,"timing":"<script>{{x}}</script>"}}})",
          "notifications.reports.timing");
  refused(R"({"notifications":{")" + std::string(100000, 'r') + R"(":{"email":true,"timing":"digest"}}})",
          "notifications.rrrr");
  refused(R"({"notifications":{"account":{"email":false,"timing":"immediate"}}})", "notifications.account");
  refused(R"({"notifications":{"account":{"email":true,"timing":"digest"}}})", "notifications.account");
  refused(R"({"notifications":{"reports":{"email":true,"timing":"digest"}},"theme":"dark"})", "theme");
  Response badTag = coordinator.put("/api/v1/preferences", R"({"notifications":{"reports":{"email":false,"timing":"digest"}}})",
                                    {{"If-Match", "not a tag"}});
  BOOST_TEST(badTag.status == 400, badTag.body);
  BOOST_TEST(badTag.body.find("If-Match") != std::string::npos, badTag.body);
  // Nothing of any of them was stored.
  Response read = coordinator.get("/api/v1/preferences");
  for (const char* name : {"reports", "account"}) {
    BOOST_TEST(topic(read, name)->getValue<bool>("email"), name);
    BOOST_TEST(topic(read, name)->getValue<std::string>("timing") == "immediate", name);
  }
}

BOOST_AUTO_TEST_CASE(the_account_page_shows_the_table_and_its_form_changes_the_choices) {
  PluginServer server;
  Client monitor = server.client().as("monitor.one;monitor");
  BrowserPage page(server, monitor, "/account");
  Response shown = page.browser.get("/account", page.cookie);
  BOOST_TEST_REQUIRE(shown.status == 200, shown.body.substr(0, 300));
  BOOST_TEST(shown.body.find("id=\"notification-choices\"") != std::string::npos);
  BOOST_TEST(shown.body.find("Report submitted, returned or validated") != std::string::npos);
  BOOST_TEST(shown.body.find("account-security mail cannot be turned off") != std::string::npos);
  BOOST_TEST(shown.body.find("name=\"email_account\"") == std::string::npos);  // fixed: no box to untick
  BOOST_TEST(shown.body.find("name=\"email_reports\" value=\"on\" checked") != std::string::npos);  // the default shown
  Form form = page.form("id=\"notifications-form\"");
  // A browser sends ticked boxes only: untick reminders, keep the others.
  Form posted;
  for (const auto& [name, value] : form)
    if (name != "email_reminders") posted.emplace_back(name, value);
  for (const char* t : {"declarations", "commitments", "deadlines", "reminders"}) posted.emplace_back(std::string("timing_") + t, "immediate");
  posted.emplace_back("timing_reports", "digest");
  Response saved = page.post("/notifications", posted);
  BOOST_TEST_REQUIRE(saved.status == 303, saved.body.substr(0, 300));
  Response read = monitor.get("/api/v1/preferences");
  BOOST_TEST(!topic(read, "reminders")->getValue<bool>("email"));
  BOOST_TEST(topic(read, "reports")->getValue<std::string>("timing") == "digest");
  BOOST_TEST(topic(read, "deadlines")->getValue<bool>("email"));
  Response again = page.browser.get("/account", page.cookie);
  BOOST_TEST(again.body.find("name=\"email_reminders\" value=\"on\" checked") == std::string::npos);
  // The same form again is stale (the version moved): refused, nothing changes.
  Response stale = page.post("/notifications", posted);
  BOOST_TEST(stale.status == 412, stale.status);
  // A made-up timing is refused.
  Form fresh = page.form("id=\"notifications-form\"");
  for (const char* t : {"declarations", "commitments", "deadlines", "reminders"}) fresh.emplace_back(std::string("timing_") + t, "immediate");
  fresh.emplace_back("timing_reports", "weekly");
  Response bad = page.post("/notifications", fresh);
  BOOST_TEST(bad.status == 422, bad.status);
}

BOOST_AUTO_TEST_SUITE_END()
