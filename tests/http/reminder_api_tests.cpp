// Reminders over HTTP: the secretariat previews and sends; only the countries that
// have not answered are reached, with exactly the previewed text; a second
// reminder within the hour is refused; nobody else may remind or even preview.
#include <boost/test/unit_test.hpp>

#include <algorithm>

#include "browser_form.h"
#include "plugin_server.h"

using namespace accord::test;

namespace {
// Skopje: SI is consulting, AT merely invited; the others answered.
const std::string kReminders = std::string(kDeclaration) + "/reminders";
const std::string kCommitmentReminders = "/api/v1/commitments/cm-common-indicators/reminders";

std::vector<std::string> countries(const Poco::JSON::Object::Ptr& plan, const char* list = "countries") {
  std::vector<std::string> out;
  auto a = plan->getArray(list);
  for (std::size_t i = 0; i < a->size(); ++i) {
    auto c = a->getObject(static_cast<unsigned>(i));
    std::string who;
    auto r = c->getArray("recipients");
    for (std::size_t j = 0; j < r->size(); ++j) who += " " + r->getObject(static_cast<unsigned>(j))->getValue<std::string>("name");
    out.push_back(c->getValue<std::string>("country") + ":" + c->getValue<std::string>("reason") + who);
  }
  return out;
}

// The reminders in `caller`'s notifications.
std::vector<Poco::JSON::Object::Ptr> reminders(const Client& caller) {
  std::vector<Poco::JSON::Object::Ptr> out;
  auto items = caller.get("/api/v1/notifications").json()->getArray("items");
  for (std::size_t i = 0; i < items->size(); ++i) {
    auto n = items->getObject(static_cast<unsigned>(i));
    if (n->getValue<std::string>("kind") == "reminder") out.push_back(n);
  }
  return out;
}
}  // namespace

BOOST_AUTO_TEST_SUITE(reminder_api_tests)

BOOST_AUTO_TEST_CASE(only_countries_that_have_not_answered_get_the_previewed_reminder) {
  PluginServer server;
  Client any = server.client();
  Client sec = any.as("secretariat;secretariat");
  Client at = any.as("coordinator.at;coordinator;AT"), si = any.as("coordinator.si;coordinator;SI"),
         mk = any.as("coordinator.mk;coordinator;MK");
  for (const Client* c : {&at, &si, &mk}) BOOST_TEST_REQUIRE(c->get("/api/v1/notifications").status == 200);

  Response first = sec.get(kReminders);
  BOOST_TEST_REQUIRE(first.status == 200, first.body);
  BOOST_TEST(first.header("Cache-Control") == "no-store");
  std::vector<std::string> pending = {"SI:consulting coordinator.si", "AT:invited coordinator.at"};
  BOOST_TEST(countries(first.json()) == pending, boost::test_tools::per_element());
  BOOST_TEST(first.json()->getValue<std::string>("message").find("open for endorsement") != std::string::npos);

  // Hostile text is kept as written, never interpreted.
  const std::string text = "Répondez <script>alert(1)</script> {{title}} \\\"vite\\\"\\nΣας παρακαλούμε";
  const std::string stored = "Répondez <script>alert(1)</script> {{title}} \"vite\"\nΣας παρακαλούμε";
  Response preview = sec.post(kReminders, R"({"preview":true,"message":")" + text + R"("})");
  BOOST_TEST_REQUIRE(preview.status == 200, preview.body);
  BOOST_TEST(preview.json()->getValue<std::string>("message") == stored);
  BOOST_TEST(reminders(at).empty());  // a preview sends nothing
  Response sent = sec.post(kReminders, R"({"message":")" + text + R"("})");
  BOOST_TEST_REQUIRE(sent.status == 201, sent.body);
  BOOST_TEST(countries(sent.json()) == countries(preview.json()), boost::test_tools::per_element());
  BOOST_TEST(sent.json()->getValue<std::string>("message") == preview.json()->getValue<std::string>("message"));
  BOOST_TEST(sent.json()->getValue<long>("recipients") == 2L);

  auto got = reminders(at);
  BOOST_TEST_REQUIRE(got.size() == 1u);
  BOOST_TEST(got[0]->getValue<std::string>("message") == stored);
  BOOST_TEST(got[0]->getValue<std::string>("link") == "/declarations/skopje-joint-declaration/endorsements");
  BOOST_TEST(reminders(si).size() == 1u);
  BOOST_TEST(reminders(mk).empty());  // MK endorsed

  // Who was reminded when, per country; the same country not twice in an hour.
  auto after = sec.get(kReminders).json()->getArray("countries")->getObject(1);
  BOOST_TEST(after->getObject("lastReminded")->getValue<std::string>("by") == "secretariat");
  BOOST_TEST(after->getValue<bool>("remindedRecently"));
  Response again = sec.post(kReminders, "{}");
  BOOST_TEST(again.status == 409, again.body);
  BOOST_TEST(again.str("detail").find("AT") != std::string::npos);
  BOOST_TEST(reminders(at).size() == 1u);
}

BOOST_AUTO_TEST_CASE(a_reminder_names_what_is_wrong_with_it) {
  PluginServer server;
  Client sec = server.client().as("secretariat;secretariat");
  Response answered = sec.post(kReminders, R"({"countries":["MK"]})");
  BOOST_TEST(answered.status == 400);
  BOOST_TEST(answered.str("field") == "countries");
  Response bell = sec.post(kReminders, R"({"message":"bell \u0007"})");
  BOOST_TEST(bell.status == 400);
  BOOST_TEST(bell.str("field") == "message");
  Response huge = sec.post(kReminders, R"({"message":")" + std::string(2001, 'x') + R"("})");
  BOOST_TEST(huge.status == 400);
  BOOST_TEST(huge.str("field") == "message");
  Response typed = sec.post(kReminders, R"({"preview":"yes"})");
  BOOST_TEST(typed.status == 400);
  BOOST_TEST(typed.str("field") == "preview");
  BOOST_TEST(sec.post("/api/v1/declarations/nope/reminders", "{}").status == 404);
  BOOST_TEST(server.client().as("coordinator.mk;coordinator;MK").post(kReminders, "{}").status == 403);
  BOOST_TEST(server.client().as("monitor;monitor").get(kReminders).status == 403);
}

BOOST_AUTO_TEST_CASE(a_commitment_reminds_its_pending_countries_and_keeps_its_schedule) {
  PluginServer server;
  Client sec = server.client().as("secretariat;secretariat");
  Response plan = sec.get(kCommitmentReminders);
  BOOST_TEST_REQUIRE(plan.status == 200, plan.body);
  // AL completed, MK's report waits for review: neither owes anything.
  std::vector<std::string> pending = {"BA:report_due", "ME:report_due", "RS:report_due", "XK:report_due"};
  BOOST_TEST(countries(plan.json()) == pending, boost::test_tools::per_element());
  BOOST_TEST(plan.json()->isNull("daysBefore"));
  Response bad = sec.put("/api/v1/commitments/cm-common-indicators/reminder-schedule", R"({"daysBefore":400})");
  BOOST_TEST(bad.status == 400);
  BOOST_TEST(bad.str("field") == "daysBefore");
  BOOST_TEST(sec.put("/api/v1/commitments/cm-common-indicators/reminder-schedule", R"({"daysBefore":30})").status == 200);
  BOOST_TEST(sec.get(kCommitmentReminders).json()->getValue<int>("daysBefore") == 30);
  Response some = sec.post(kCommitmentReminders, R"({"countries":["RS"]})");
  BOOST_TEST_REQUIRE(some.status == 201, some.body);
  std::vector<std::string> left = {"BA:report_due", "ME:report_due", "XK:report_due"};
  BOOST_TEST(countries(some.json(), "leftOut") == left, boost::test_tools::per_element());
}

// The page: the secretariat reaches it from the endorsement page, sees the
// pending countries with their recipients, previews an edited text and sends it;
// the page then says when each was reminded. A coordinator is refused.
BOOST_AUTO_TEST_CASE(the_secretariat_previews_and_sends_a_reminder_from_the_page) {
  PluginServer server;
  Client any = server.client();
  Client sec = any.as("secretariat;secretariat"), at = any.as("coordinator.at;coordinator;AT");
  BOOST_TEST_REQUIRE(at.get("/api/v1/notifications").status == 200);
  BrowserPage endorsements(server, sec, "/declarations/skopje-joint-declaration/endorsements");
  Response list = endorsements.browser.get(endorsements.path, endorsements.cookie);
  BOOST_TEST(list.body.find("href=\"/declarations/skopje-joint-declaration/reminders\"") != std::string::npos);

  BrowserPage page(server, sec, "/declarations/skopje-joint-declaration/reminders");
  Response shown = page.browser.get(page.path, page.cookie);
  BOOST_TEST_REQUIRE(shown.status == 200);
  BOOST_TEST(shown.body.find("name=\"country.AT\" value=\"on\" checked") != std::string::npos);
  BOOST_TEST(shown.body.find("name=\"country.MK\"") == std::string::npos);  // MK endorsed
  BOOST_TEST(shown.body.find("coordinator.at") != std::string::npos);
  Form form = page.form("reminder-form");
  field(form, "message") = "Please answer <soon> {{now}}";
  // Unticking Slovenia: a browser then sends nothing for its box.
  form.erase(std::remove_if(form.begin(), form.end(), [](const auto& f) { return f.first == "country.SI"; }),
             form.end());
  Form preview = form;
  preview.emplace_back("do", "preview");
  Response previewed = page.post("", preview);
  BOOST_TEST_REQUIRE(previewed.status == 200, previewed.body.substr(0, 400));
  BOOST_TEST(previewed.body.find("Please answer &lt;soon&gt; {{now}}") != std::string::npos);
  BOOST_TEST(reminders(at).empty());  // a preview sends nothing
  form.emplace_back("do", "send");
  Response sent = page.post("", form);
  BOOST_TEST(sent.status == 303);
  auto got = reminders(at);
  BOOST_TEST_REQUIRE(got.size() == 1u);
  BOOST_TEST(got[0]->getValue<std::string>("message") == "Please answer <soon> {{now}}");
  Response after = page.browser.get(page.path + "?sent=1", page.cookie);
  BOOST_TEST(after.body.find("last reminded") != std::string::npos);
  BOOST_TEST(after.body.find("Reminded less than an hour ago") != std::string::npos);

  Client mk = any.as("coordinator.mk;coordinator;MK");
  BrowserPage refused(server, mk, "/declarations/skopje-joint-declaration/reminders");
  BOOST_TEST(refused.browser.get(refused.path, refused.cookie).status == 403);
}

BOOST_AUTO_TEST_SUITE_END()
