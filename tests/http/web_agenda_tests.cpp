// The conference page's agenda and organizer forms through the real server as a
// browser posts them: a session added, refused with its errors beside the fields
// and what was typed kept, edited, removed; its event in the conference's
// calendar; an organizer added and removed; no form for anyone else.
#include <boost/test/unit_test.hpp>

#include "browser_form.h"
#include "plugin_server.h"

using namespace accord::test;

namespace {
const std::string kPage = "/conferences/skopje-2016";
const std::string kApi = "/api/v1/conferences/skopje-2016";

bool shows(const Response& r, const std::string& text) { return r.body.find(text) != std::string::npos; }

Poco::JSON::Array::Ptr sessions(PluginServer& server) {
  return server.client().get(kApi).json()->getArray("sessions");
}
}  // namespace

BOOST_AUTO_TEST_SUITE(web_agenda_tests)

BOOST_AUTO_TEST_CASE(a_session_is_added_refused_beside_its_fields_edited_and_removed) {
  PluginServer server;
  BrowserPage page(server, server.client(), kPage);
  Response empty = page.browser.get(kPage, page.cookie);
  BOOST_TEST_REQUIRE(empty.status == 200);
  BOOST_TEST(shows(empty, "id=\"agenda-empty\""));

  Form form = page.form("id=\"session-form-new\"");
  form.emplace_back("date", "2016-10-27");
  field(form, "start") = "10:30";
  field(form, "end") = "09:00";
  field(form, "title") = "";
  field(form, "room") = "<Hall {{A}}>";
  Response refused = page.post("/sessions", form);
  BOOST_TEST(refused.status == 422, refused.body.substr(0, 1500));
  BOOST_TEST(shows(refused, "must be after the start (10:30)"), "the end's error, in words");
  BOOST_TEST(shows(refused, "2 fields need correcting"), "the title's error too, at once");
  BOOST_TEST(shows(refused, "value=\"&lt;Hall {{A}}&gt;\""), "what was typed is kept, as text");
  BOOST_TEST(shows(refused, "<details class=\"card new-session\" open>"), "the form comes back open");
  BOOST_TEST(sessions(server)->size() == 0u, "nothing was stored");

  field(form, "end") = "11:15";
  field(form, "title") = "Opening — открытие";
  form.emplace_back("speaker.nina-suomalainen", "on");
  Response added = page.post("/sessions", form);
  BOOST_TEST_REQUIRE(added.status == 303, added.body.substr(0, 1500));
  BOOST_TEST_REQUIRE(sessions(server)->size() == 1u);
  auto s = sessions(server)->getObject(0);
  const std::string id = s->getValue<std::string>("id");
  BOOST_TEST(s->getValue<std::string>("room") == "<Hall {{A}}>");
  BOOST_TEST(s->getArray("speakers")->getElement<std::string>(0) == "nina-suomalainen");
  Response shown = page.browser.get(kPage, page.cookie);
  BOOST_TEST(shows(shown, "Opening — открытие"));
  BOOST_TEST(shows(shown, "10:30–11:15"));
  BOOST_TEST(shows(shown, "&lt;Hall {{A}}&gt;"));

  // The calendar has it as a timed event with a stable UID.
  Response ics = page.browser.get(kPage + "/calendar.ics", page.cookie);
  BOOST_TEST_REQUIRE(ics.status == 200);
  BOOST_TEST(shows(ics, "UID:session.skopje-2016." + id + "@accord"), ics.body.substr(0, 1500));
  BOOST_TEST(shows(ics, "DTSTART:20161027T103000"));
  BOOST_TEST(shows(ics, "DTEND:20161027T111500"));

  // Edited: a day outside the conference is refused beside the day, then a good change.
  Form edit = page.form("id=\"session-form-edit-" + id + "\"");
  edit.emplace_back("date", "2016-11-02");
  Response outside = page.post("/sessions/" + id, edit);
  BOOST_TEST(outside.status == 422, outside.body.substr(0, 1500));
  BOOST_TEST(shows(outside, "must be a day of the conference, 2016-10-27 to 2016-10-28"));
  BOOST_TEST(shows(outside, "<details class=\"session-edit\" open>"));
  edit.back().second = "2016-10-28";
  field(edit, "title") = "Closing";
  Response edited = page.post("/sessions/" + id, edit);
  BOOST_TEST_REQUIRE(edited.status == 303, edited.body.substr(0, 1500));
  s = sessions(server)->getObject(0);
  BOOST_TEST(s->getValue<std::string>("id") == id, "the session keeps its id");
  BOOST_TEST(s->getValue<std::string>("date") == "2016-10-28");
  BOOST_TEST(s->getValue<std::string>("title") == "Closing");
  BOOST_TEST(s->getArray("speakers")->size() == 1u, "the ticked speaker stays");

  // A stale page's form is refused and changes nothing.
  Form stale = edit;
  field(stale, "title") = "Stale";
  BOOST_TEST(page.post("/sessions/" + id, stale).status == 412);
  BOOST_TEST(sessions(server)->getObject(0)->getValue<std::string>("title") == "Closing");

  Form remove = page.form("/sessions/" + id + "/remove");
  BOOST_TEST_REQUIRE(page.post("/sessions/" + id + "/remove", remove).status == 303);
  BOOST_TEST(sessions(server)->size() == 0u);
  BOOST_TEST(page.post("/sessions/nowhere/remove", remove).status == 404);
}

BOOST_AUTO_TEST_CASE(an_organizer_is_added_from_the_directory_and_removed) {
  PluginServer server;
  BrowserPage page(server, server.client(), kPage);
  Form add = page.form("id=\"organizer-form\"");
  add.emplace_back("organization", "al-ministry-interior");
  BOOST_TEST_REQUIRE(page.post("/organizers", add).status == 303);
  auto organizers = server.client().get(kApi).json()->getArray("organizers");
  BOOST_TEST_REQUIRE(organizers->size() == 4u);
  BOOST_TEST(organizers->getElement<std::string>(3) == "al-ministry-interior");
  Form again = page.form("id=\"organizer-form\"");
  again.emplace_back("organization", "nowhere");
  Response unknown = page.post("/organizers", again);
  BOOST_TEST(unknown.status == 404, unknown.body.substr(0, 1500));
  BOOST_TEST(shows(unknown, "is not in this conference"));
  Form remove = page.form("id=\"organizer-remove-form\"");
  remove.emplace_back("organization", "osce-osr-cthb");
  BOOST_TEST_REQUIRE(page.post("/organizers/remove", remove).status == 303);
  organizers = server.client().get(kApi).json()->getArray("organizers");
  BOOST_TEST(organizers->size() == 3u);
  for (std::size_t i = 0; i < organizers->size(); ++i)
    BOOST_TEST(organizers->getElement<std::string>(i) != "osce-osr-cthb");
}

BOOST_AUTO_TEST_CASE(no_agenda_or_organizer_form_is_offered_to_or_obeyed_for_anyone_but_the_secretariat) {
  PluginServer server;
  BrowserPage secretariat(server, server.client(), kPage);
  Form form = secretariat.form("id=\"session-form-new\"");
  form.emplace_back("date", "2016-10-27");
  field(form, "start") = "09:00";
  field(form, "end") = "10:00";
  field(form, "title") = "Forged";
  for (const char* who : {"mon;monitor", "coord;coordinator;MK", "viewer;viewer"}) {
    BrowserPage page(server, server.client().as(who), kPage);
    Response shown = page.browser.get(kPage, page.cookie);
    BOOST_TEST_REQUIRE(shown.status == 200);
    BOOST_TEST(shows(shown, "id=\"agenda\""), who);
    BOOST_TEST(!shows(shown, "session-form-new"), who);
    BOOST_TEST(!shows(shown, "organizer-form"), who);
    Form theirs = form;
    // Their own session's CSRF token, so that only the rule of app refuses them.
    Form own = page.form("action=\"/signout\"");
    field(theirs, "csrf") = field(own, "csrf");
    BOOST_TEST(page.post("/sessions", theirs).status == 403, who);
  }
  BOOST_TEST(sessions(server)->size() == 0u);
}

BOOST_AUTO_TEST_SUITE_END()
