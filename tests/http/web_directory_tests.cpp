// The directory page (people and organizations of a conference) through the real
// server as a browser posts its forms: a person added and changed, an organization
// added, a refusal shown beside its field with what was typed kept, and no form for
// whoever may not write.
#include <boost/test/unit_test.hpp>

#include "browser_form.h"
#include "plugin_server.h"

using namespace accord::test;

namespace {
const std::string kDirectory = "/conferences/skopje-2016/directory";

bool shows(const Response& r, const std::string& text) { return r.body.find(text) != std::string::npos; }
}  // namespace

BOOST_AUTO_TEST_SUITE(web_directory_tests)

BOOST_AUTO_TEST_CASE(the_secretariat_adds_and_changes_a_person_from_the_page) {
  PluginServer server;
  BrowserPage page(server, server.client(), kDirectory);
  Form form = page.form("id=\"person-form\"");
  field(form, "name") = "Marta <Petrovska>";
  field(form, "title") = "Adviser";
  field(form, "email") = "marta@example.org";
  field(form, "language") = "mk";
  form.emplace_back("country", "MK");
  form.emplace_back("organization", "osce-mission-skopje");
  Response added = page.post("/people", form);
  BOOST_TEST_REQUIRE(added.status == 303, added.body.substr(0, 2000));
  Response shown = page.browser.get(kDirectory + "?search=petrovska", page.cookie);
  BOOST_TEST(shown.status == 200);
  BOOST_TEST(shows(shown, "Marta &lt;Petrovska&gt;"));
  BOOST_TEST(shows(shown, "marta@example.org"));
  BOOST_TEST(!shows(shown, "Nina Suomalainen"), "the search leaves out the others");
  // Its Edit link prefills the form, which then rewrites the entry.
  std::string::size_type at = shown.body.find("?editPerson=");
  BOOST_TEST_REQUIRE(at != std::string::npos);
  std::string edit = shown.body.substr(at, shown.body.find('"', at) - at);
  edit = edit.substr(0, edit.find('#'));
  BrowserPage editing(server, server.client(), kDirectory + edit);
  Form change = editing.form("id=\"person-form\"");
  BOOST_TEST(field(change, "email") == "marta@example.org");
  field(change, "title") = "Head of Unit";
  change.emplace_back("country", "MK");
  std::string action = editing.browser.get(kDirectory + edit, editing.cookie).body;
  std::string::size_type a = action.find("/directory/people/");
  BOOST_TEST_REQUIRE(a != std::string::npos);
  std::string target = action.substr(a, action.find('"', a) - a);
  Response changed = page.browser.send("POST", "/conferences/skopje-2016" + target, urlEncoded(change),
                                       "application/x-www-form-urlencoded", page.cookie);
  BOOST_TEST_REQUIRE(changed.status == 303, changed.body.substr(0, 2000));
  BOOST_TEST(shows(page.browser.get(kDirectory + "?search=petrovska", page.cookie), "Head of Unit"));
}

BOOST_AUTO_TEST_CASE(a_refused_person_is_shown_again_with_the_refusal_beside_its_field) {
  PluginServer server;
  BrowserPage page(server, server.client(), kDirectory);
  Form form = page.form("id=\"person-form\"");
  field(form, "name") = "Ana Ilievska";
  field(form, "email") = "ana at example.org";
  Response refused = page.post("/people", form);
  BOOST_TEST(refused.status == 422, refused.body.substr(0, 2000));  // a form breaking a rule
  BOOST_TEST(shows(refused, "id=\"person-email-error\""));
  BOOST_TEST(shows(refused, "value=\"Ana Ilievska\""), "what was typed is kept");
  BOOST_TEST(!shows(page.browser.get(kDirectory, page.cookie), "Ana Ilievska"), "nothing was stored");
}

BOOST_AUTO_TEST_CASE(an_organization_is_added_with_its_kind) {
  PluginServer server;
  BrowserPage page(server, server.client(), kDirectory);
  Form form = page.form("id=\"org-form\"");
  field(form, "name") = "La Strada Macedonia";
  field(form, "acronym") = "LS";
  form.emplace_back("kind", "civil_society");
  form.emplace_back("country", "MK");
  Response added = page.post("/organizations", form);
  BOOST_TEST_REQUIRE(added.status == 303, added.body.substr(0, 2000));
  Response shown = page.browser.get(kDirectory, page.cookie);
  BOOST_TEST(shows(shown, "La Strada Macedonia"));
  BOOST_TEST(shows(shown, "Civil society"));
}

BOOST_AUTO_TEST_CASE(others_read_the_directory_without_forms_or_addresses) {
  PluginServer server;
  Client sec = server.client();
  BOOST_TEST_REQUIRE(sec.post("/api/v1/conferences/skopje-2016/people",
                              R"({"id":"marta","name":"Marta Petrovska","country":"MK","email":"marta@example.org"})",
                              {{"If-Match", sec.etag("/api/v1/conferences/skopje-2016")}})
                         .status == 201);
  BrowserPage al(server, sec.as("c.al;coordinator;AL"), kDirectory);
  Response shown = al.browser.get(kDirectory + "?search=petrovska", al.cookie);
  BOOST_TEST(shown.status == 200);
  BOOST_TEST(shows(shown, "Marta Petrovska"));
  BOOST_TEST(!shows(shown, "marta@example.org"));
  BOOST_TEST(!shows(shown, "person-form"));
  BrowserPage mk(server, sec.as("c.mk;coordinator;MK"), kDirectory);
  BOOST_TEST(shows(mk.browser.get(kDirectory + "?search=petrovska", mk.cookie), "marta@example.org"));
  Form forged{{"csrf", "x"}, {"version", "1"}, {"name", "Forged"}};
  BOOST_TEST(al.post("/people", forged).status != 303);
}

BOOST_AUTO_TEST_CASE(a_speaker_is_added_from_the_directory_with_a_role_and_removed) {
  PluginServer server;
  BrowserPage page(server, server.client(), "/conferences/skopje-2016");
  Form form = page.form("id=\"speaker-form\"");
  field(form, "role") = "Closing remarks";
  form.emplace_back("person", "nobody");
  Response refused = page.post("/speakers", form);
  BOOST_TEST(refused.status == 404, refused.body.substr(0, 2000));
  BOOST_TEST(shows(refused, "is not in this conference"));
  form.back().second = "nina-suomalainen";
  Response added = page.post("/speakers", form);
  BOOST_TEST_REQUIRE(added.status == 303, added.body.substr(0, 2000));
  Response shown = page.browser.get("/conferences/skopje-2016", page.cookie);
  BOOST_TEST(shows(shown, "(Closing remarks)"));
  auto speakers = server.client().get("/api/v1/conferences/skopje-2016").json()->getArray("speakers");
  const std::size_t count = speakers->size();
  BOOST_TEST(speakers->getObject(count - 1)->getValue<std::string>("role") == "Closing remarks");
  Form remove = page.form("id=\"speaker-remove-form\"");
  remove.emplace_back("index", std::to_string(count - 1));
  BOOST_TEST_REQUIRE(page.post("/speakers/remove", remove).status == 303);
  BOOST_TEST(server.client().get("/api/v1/conferences/skopje-2016").json()->getArray("speakers")->size() ==
             count - 1);
  BrowserPage viewer(server, server.client().as("viewer;viewer"), "/conferences/skopje-2016");
  BOOST_TEST(!shows(viewer.browser.get("/conferences/skopje-2016", viewer.cookie), "speaker-form"));
}

BOOST_AUTO_TEST_SUITE_END()
