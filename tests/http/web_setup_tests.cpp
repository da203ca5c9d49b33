// The set-up pages (issue 13) through the real server as a browser posts them: a
// conference made and changed from forms, a declaration started on its
// conference's page that opens in the editor with no text, and countries invited
// and uninvited; every refusal in words, with the status a form error gets, and
// nothing offered to or done for someone the use cases would refuse.
#include <boost/test/unit_test.hpp>

#include "browser_form.h"
#include "plugin_server.h"

using namespace accord::test;

namespace {

const std::string kSampleConference = "/conferences/skopje-2016";

// Posts `form` to `path` from `page`'s browser, as a browser posts a form.
Response postTo(BrowserPage& page, const std::string& path, const Form& form) {
  return page.browser.send("POST", path, urlEncoded(form), "application/x-www-form-urlencoded", page.cookie);
}

bool shows(const Response& r, const std::string& text) { return r.body.find(text) != std::string::npos; }

// A conference form as a browser fills it: the page's inputs, the status chosen.
Form conferenceForm(BrowserPage& page, const std::string& title, const std::string& start, const std::string& end) {
  Form form = page.form("id=\"conference-form\"");
  field(form, "title") = title;
  field(form, "city") = "Ohrid";
  field(form, "startDate") = start;
  field(form, "endDate") = end;
  form.emplace_back("status", "planned");
  return form;
}

// The secretariat's new declaration "d-new" on the sample conference, with no text
// and nobody invited; returns where the browser is sent.
std::string startDeclaration(BrowserPage& page) {
  Form form = page.form("id=\"new-declaration\"");
  field(form, "title") = "Ministerial Communique";
  field(form, "id") = "d-new";
  form.emplace_back("kind", "communique");
  Response r = postTo(page, kSampleConference + "/declarations", form);
  BOOST_REQUIRE_MESSAGE(r.status == 303, r.status << " " << r.body.substr(0, 2000));
  return r.header("Location");
}

}  // namespace

BOOST_AUTO_TEST_SUITE(web_setup_tests)

BOOST_AUTO_TEST_CASE(a_new_declaration_opens_in_the_editor_with_no_text_and_no_country) {
  PluginServer server;
  Client sec = server.client();
  BrowserPage page(server, sec, kSampleConference);
  BOOST_TEST(startDeclaration(page) == "/declarations/d-new/edit");
  Response editor = page.browser.get("/declarations/d-new/edit", page.cookie);
  BOOST_TEST(editor.status == 200);
  BOOST_TEST(shows(editor, "Write the first text"));
  Response shown = page.browser.get("/declarations/d-new", page.cookie);
  BOOST_TEST(shown.status == 200, shown.body.substr(0, 2000));
  BOOST_TEST(shows(shown, "This declaration has no text yet."));
  BOOST_TEST(shows(shown, "No country is invited yet."));
  BOOST_TEST(!shows(shown, "Download DOCX"), "nothing to download before there is text");
  auto d = sec.get("/api/v1/declarations/d-new").json();
  BOOST_TEST(d->getValue<std::string>("kind") == "communique");
  BOOST_TEST(d->getArray("invitedCountries")->size() == 0u);
  // The first save cuts revision 1 and shows the declaration.
  BrowserPage edit(server, sec, "/declarations/d-new/edit");
  Form text = edit.form("id=\"editor\"");
  field(text, "c.new.text") = "Agree to meet again.";
  field(text, "changeNote") = "First text";
  Response saved = edit.post("", text);
  BOOST_TEST(saved.status == 303, saved.body.substr(0, 2000));
  BOOST_TEST(saved.header("Location") == "/declarations/d-new");
  BOOST_TEST(sec.get("/api/v1/declarations/d-new/revisions/1").status == 200);
}

BOOST_AUTO_TEST_CASE(a_refused_declaration_form_says_why_beside_the_field_and_stores_nothing) {
  PluginServer server;
  Client sec = server.client();
  BrowserPage page(server, sec, kSampleConference);
  Form form = page.form("id=\"new-declaration\"");
  field(form, "title") = "Bell\x07 title";
  form.emplace_back("kind", "joint_declaration");
  Response r = postTo(page, kSampleConference + "/declarations", form);
  BOOST_TEST(r.status == 422);
  BOOST_TEST(shows(r, "id=\"new-declaration-error\""));
  field(form, "title") = "Fine";
  field(form, "id") = "skopje-joint-declaration";  // taken
  BOOST_TEST(postTo(page, kSampleConference + "/declarations", form).status == 409);
  field(form, "id") = "bad id!";
  BOOST_TEST(postTo(page, kSampleConference + "/declarations", form).status == 422);
  Form wrongKind = form;
  field(wrongKind, "id") = "";
  field(wrongKind, "kind") = "treaty";
  Response kind = postTo(page, kSampleConference + "/declarations", wrongKind);
  BOOST_TEST(kind.status == 422);
  BOOST_TEST(shows(kind, "kind"));
  BOOST_TEST(sec.get("/api/v1/declarations?conference=skopje-2016").json()->getArray("items")->size() == 1u);
}

BOOST_AUTO_TEST_CASE(countries_are_invited_and_uninvited_under_the_version_the_page_showed) {
  PluginServer server;
  Client sec = server.client();
  BrowserPage conference(server, sec, kSampleConference);
  startDeclaration(conference);
  BrowserPage page(server, sec, "/declarations/d-new");
  Form invite = page.form("/declarations/d-new/invitations\"");
  invite.emplace_back("country", "MK");
  Response r = page.post("/invitations", invite);
  BOOST_TEST(r.status == 303, r.body.substr(0, 2000));
  // The same form again: its version is stale now.
  BOOST_TEST(page.post("/invitations", invite).status == 412);
  Form fresh = page.form("/declarations/d-new/invitations\"");
  for (const char* bad : {"QQ", "mk", "<script>", ""}) {
    Form f = fresh;
    f.emplace_back("country", bad);
    Response refused = page.post("/invitations", f);
    BOOST_TEST(refused.status == 422, bad);
    BOOST_TEST(shows(refused, "country"), bad);
  }
  Form again = fresh;
  again.emplace_back("country", "MK");
  BOOST_TEST(page.post("/invitations", again).status == 422, "already invited");
  Form remove = page.form("/declarations/d-new/invitations/MK/remove\"");
  BOOST_TEST(page.post("/invitations/MK/remove", remove).status == 303);
  BOOST_TEST(sec.get("/api/v1/declarations/d-new").json()->getArray("invitedCountries")->size() == 0u);
  BOOST_TEST(page.post("/invitations/AL/remove", page.form("/declarations/d-new/invitations\"")).status == 422);
}

BOOST_AUTO_TEST_CASE(no_set_up_form_is_offered_to_or_obeyed_for_anyone_but_the_secretariat) {
  PluginServer server;
  Client sec = server.client();
  BrowserPage conference(server, sec, kSampleConference);
  startDeclaration(conference);
  Form invite = BrowserPage(server, sec, "/declarations/d-new").form("/declarations/d-new/invitations\"");
  invite.emplace_back("country", "MK");
  for (const char* who : {"mon;monitor", "coordinator.mk;coordinator;MK", "viewer;viewer", "admin;admin"}) {
    Client other = sec.as(who);
    BrowserPage home(server, other, kSampleConference);
    Response shown = home.browser.get(kSampleConference, home.cookie);
    BOOST_TEST(!shows(shown, "id=\"new-declaration\""), who);
    BOOST_TEST(!shows(shown, "id=\"edit-conference\""), who);
    // Their own session's CSRF token, from the sign-out form every page has.
    Form csrf = home.form("/signout\"");
    Form declaration = csrf;
    declaration.emplace_back("title", "T");
    declaration.emplace_back("kind", "statement");
    BOOST_TEST(postTo(home, kSampleConference + "/declarations", declaration).status == 403, who);
    Form inviting = csrf;
    inviting.emplace_back("version", "1");
    inviting.emplace_back("country", "MK");
    Response r = postTo(home, "/declarations/d-new/invitations", inviting);
    // A viewer may not read a draft at all: to them it does not exist.
    BOOST_TEST((r.status == 403 || (std::string(who) == "viewer;viewer" && r.status == 404)), who << " " << r.status);
    BOOST_TEST(postTo(home, "/conferences", csrf).status == 403, who);
    BOOST_TEST(home.browser.get("/conferences/new", home.cookie).status == 403, who);
    BOOST_TEST(home.browser.get(kSampleConference + "/edit", home.cookie).status == 403, who);
  }
  BOOST_TEST(sec.get("/api/v1/declarations/d-new").json()->getArray("invitedCountries")->size() == 0u);
}

BOOST_AUTO_TEST_CASE(a_refused_conference_form_names_every_bad_field_beside_it_without_script) {
  PluginServer server;
  Client sec = server.client();
  BrowserPage page(server, sec, "/conferences/new");
  // The status is offered in words; the code is only the value sent.
  Response blank = page.browser.get("/conferences/new", page.cookie);
  BOOST_TEST(shows(blank, ">Planned</option>"));
  BOOST_TEST(shows(blank, "<option value=\"concluded\">Concluded</option>"), blank.body.substr(0, 3000));
  Form form = conferenceForm(page, "", "2017-02-30", "tomorrow");
  field(form, "city") = "Oh\x01rid";
  Response r = postTo(page, "/conferences", form);
  BOOST_TEST(r.status == 422);
  BOOST_TEST(shows(r, "4 fields need correcting"), r.body.substr(0, 3000));
  // Each described by its error and marked invalid in the server's HTML (not only by accord.js).
  for (const char* id : {"conf-title", "conf-city", "conf-start", "conf-end"}) {
    std::string control = std::string("id=\"") + id + "\"";
    std::size_t at = r.body.find(control);
    BOOST_REQUIRE(at != std::string::npos);
    std::string tag = r.body.substr(at, r.body.find('>', at) - at);
    BOOST_TEST(tag.find("aria-invalid=\"true\"") != std::string::npos, id);
    BOOST_TEST(tag.find(std::string("aria-describedby=\"") + id + "-error\"") != std::string::npos, id);
    BOOST_TEST(shows(r, std::string("<span class=\"error\" id=\"") + id + "-error\">"), id);
  }
  std::size_t venue = r.body.find("id=\"conf-venue\"");
  BOOST_TEST(r.body.substr(venue, r.body.find('>', venue) - venue).find("aria-invalid") == std::string::npos,
             "a valid field is not marked");
}

BOOST_AUTO_TEST_CASE(a_conference_is_made_and_changed_from_forms_and_bad_fields_are_named) {
  PluginServer server;
  Client sec = server.client();
  BrowserPage page(server, sec, "/conferences/new");
  Form form = conferenceForm(page, "Ohrid Meeting", "2017-10-12", "2017-10-11");
  Response before = postTo(page, "/conferences", form);
  BOOST_TEST(before.status == 422);
  BOOST_TEST(shows(before, "must not be before the start date"));
  BOOST_TEST(shows(before, "value=\"Ohrid Meeting\""), "the form keeps what was typed");
  const std::pair<std::string, std::string> bad[] = {
      {"startDate", "2017-02-30"}, {"endDate", "tomorrow"}, {"languages", "english"}, {"title", ""},
      {"title", std::string(5000, 'x')}, {"city", "Oh\x01rid"}, {"status", "cancelled"}, {"id", "../etc"}};
  for (const auto& [name, value] : bad) {
    Form f = conferenceForm(page, "Ohrid Meeting", "2017-10-12", "2017-10-13");
    field(f, name) = value;
    Response r = postTo(page, "/conferences", f);
    BOOST_TEST(r.status == 422, name);
    BOOST_TEST(shows(r, "id=\"conference-error\""), name);
  }
  Form badLine = conferenceForm(page, "Ohrid Meeting", "2017-10-12", "2017-10-13");
  field(badLine, "organizers") = "OSCE\r\nBell\x07 Ministry";
  Response line = postTo(page, "/conferences", badLine);
  BOOST_TEST(line.status == 422);
  BOOST_TEST(shows(line, "line 2:"), "the refused line is named");
  Form good = conferenceForm(page, "Ohrid Meeting <b>{{x}}</b>", "2017-10-12", "2017-10-13");
  field(good, "id") = "ohrid-2017";
  field(good, "languages") = "en, mk sq";
  field(good, "organizers") = "OSCE Mission to Skopje (OSCE)\r\n\r\n  National Commission  \r\n";
  field(good, "speakers") = "Nina Head \u2014 Opening remarks\r\nArta Coordinator - Closing\r\nIvan";
  Response made = postTo(page, "/conferences", good);
  BOOST_REQUIRE_MESSAGE(made.status == 303, made.status << made.body.substr(0, 2000));
  BOOST_TEST(made.header("Location") == "/conferences/ohrid-2017");
  auto c = sec.get("/api/v1/conferences/ohrid-2017").json();
  BOOST_TEST(c->getValue<std::string>("title") == "Ohrid Meeting <b>{{x}}</b>");
  BOOST_TEST(c->getArray("languages")->size() == 3u);
  Response shown = page.browser.get("/conferences/ohrid-2017", page.cookie);
  BOOST_TEST(shows(shown, "Ohrid Meeting &lt;b&gt;{{x}}&lt;/b&gt;"), "escaped, not interpreted");
  BOOST_TEST(c->getArray("organizers")->size() == 2u);
  BOOST_TEST(c->getArray("speakers")->size() == 3u);
  BOOST_TEST(shows(shown, "<li>OSCE Mission to Skopje (OSCE)</li><li>National Commission</li>"), shown.body);
  BOOST_TEST(shows(shown, "Nina Head <span class=\"context\">(Opening remarks)</span>"));
  BOOST_TEST(shows(shown, "Arta Coordinator <span class=\"context\">(Closing)</span>"));
  BOOST_TEST(shows(shown, "<li>Ivan</li>"));

  BrowserPage edit(server, sec, "/conferences/ohrid-2017/edit");
  Form change = edit.form("id=\"conference-form\"");
  field(change, "venue") = "Hotel Metropol";
  change.emplace_back("status", "ongoing");
  BOOST_TEST(edit.post("", change).status == 303);
  BOOST_TEST(sec.get("/api/v1/conferences/ohrid-2017").str("venue") == "Hotel Metropol");
  // The same form once more: made from a version that is no longer the latest.
  Response stale = edit.post("", change);
  BOOST_TEST(stale.status == 412);
  BOOST_TEST(sec.get("/api/v1/conferences/ohrid-2017").json()->getValue<int>("version") == 2);
}

BOOST_AUTO_TEST_CASE(conferences_are_searched_by_title_city_and_year_and_paged) {
  PluginServer server;
  Client sec = server.client();
  // 23 conferences besides the sample: odd ones in Vienna, the last three in 2019.
  for (int i = 0; i < 23; ++i) {
    std::string n = (i < 10 ? "0" : "") + std::to_string(i);
    std::string year = i < 20 ? "2018" : "2019";
    std::string body = R"({"id":"c-)" + n + R"(","title":"Meeting )" + n + R"(","city":")" +
                       (i % 2 ? "Vienna" : "Ohrid") + R"(","startDate":")" + year + R"(-05-01","endDate":")" + year +
                       R"(-05-02"})";
    BOOST_REQUIRE_MESSAGE(sec.post("/api/v1/conferences", body).status == 201, body);
  }
  BrowserPage page(server, sec, "/conferences");
  Response first = page.browser.get("/conferences", page.cookie);
  BOOST_TEST(first.status == 200);
  BOOST_TEST(shows(first, "rel=\"next\""), "24 conferences take two pages of 20");
  Response ohrid2019 = page.browser.get("/conferences?city=OHRID&year=2019", page.cookie);
  for (const char* id : {"c-20", "c-22"}) BOOST_TEST(shows(ohrid2019, "/conferences/" + std::string(id)), id);
  BOOST_TEST(!shows(ohrid2019, "/conferences/c-21\""), "in Vienna");
  BOOST_TEST(!shows(ohrid2019, "/conferences/c-00\""));
  BOOST_TEST(!shows(ohrid2019, "rel=\"next\""));
  Response byTitle = page.browser.get("/conferences?title=meeting%2007", page.cookie);
  BOOST_TEST(shows(byTitle, "/conferences/c-07\""));
  BOOST_TEST(!shows(byTitle, "/conferences/c-08\""));
  Response badYear = page.browser.get("/conferences?year=20x9", page.cookie);
  BOOST_TEST(badYear.status == 422);
  BOOST_TEST(shows(badYear, "year"));
  // The API answers the same search.
  auto items = sec.get("/api/v1/conferences?city=ohrid&year=2019").json()->getArray("items");
  BOOST_TEST(items->size() == 2u);
  BOOST_TEST(sec.get("/api/v1/conferences?year=99").status == 400);
  auto paged = sec.get("/api/v1/conferences?city=Vienna&limit=4").json();
  BOOST_TEST(paged->getArray("items")->size() == 4u);
  BOOST_TEST(!paged->getValue<std::string>("next").empty());
}

BOOST_AUTO_TEST_CASE(a_delegate_is_added_to_an_existing_conference_given_a_role_and_removed) {
  PluginServer server;
  Client sec = server.client();
  BrowserPage page(server, sec, kSampleConference);
  Form add = page.form("id=\"add-delegate\"");
  add.emplace_back("country", "CH");
  add.emplace_back("role", "observer");
  add.emplace_back("person", "");
  field(add, "name") = "Maja Novak <i>";
  field(add, "title") = "Observer, Ministry of the Interior";
  Response added = postTo(page, kSampleConference + "/delegates", add);
  BOOST_REQUIRE_MESSAGE(added.status == 303, added.status << " " << added.body.substr(0, 2000));
  // The same form again was made from an older version of the conference.
  BOOST_TEST(postTo(page, kSampleConference + "/delegates", add).status == 412);
  auto si = sec.get("/api/v1/conferences/skopje-2016/delegations?country=CH").json()->getArray("items");
  BOOST_REQUIRE_EQUAL(si->size(), 1u);
  auto member = si->getObject(0)->getArray("members")->getObject(0);
  std::string person = member->getValue<std::string>("person");
  BOOST_TEST(member->getValue<std::string>("role") == "observer");
  Response shown = page.browser.get(kSampleConference, page.cookie);
  BOOST_TEST(shows(shown, "Maja Novak &lt;i&gt;, Observer, Ministry of the Interior"));

  std::string base = kSampleConference + "/delegations/CH/members/" + person;
  Form role = page.form(base + "\"");
  role.emplace_back("role", "head_of_delegation");
  BOOST_TEST(postTo(page, base, role).status == 303);
  Form badRole = page.form(base + "\"");
  badRole.emplace_back("role", "king");
  BOOST_TEST(postTo(page, base, badRole).status == 422);
  Form remove = page.form(base + "/remove\"");
  BOOST_TEST(postTo(page, base + "/remove", remove).status == 303);
  BOOST_TEST(sec.get("/api/v1/conferences/skopje-2016/delegations?country=CH").json()->getArray("items")->size() == 0u);
  BOOST_TEST(postTo(page, base + "/remove", page.form("id=\"add-delegate\"")).status == 404);

  // Nobody else is offered the forms or obeyed.
  Client monitor = sec.as("mon;monitor");
  BrowserPage theirs(server, monitor, kSampleConference);
  Response seen = theirs.browser.get(kSampleConference, theirs.cookie);
  BOOST_TEST(!shows(seen, "id=\"add-delegate\""));
  BOOST_TEST(!shows(seen, "Change role"));
  Form csrf = theirs.form("/signout\"");
  csrf.emplace_back("version", "1");
  csrf.emplace_back("country", "CH");
  csrf.emplace_back("role", "observer");
  csrf.emplace_back("name", "X");
  BOOST_TEST(postTo(theirs, kSampleConference + "/delegates", csrf).status == 403);
}

BOOST_AUTO_TEST_SUITE_END()
