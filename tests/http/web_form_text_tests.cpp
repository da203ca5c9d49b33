// Text typed into the browser's editor form (issue 12): a browser posts a textarea's
// line breaks as CRLF, and what is stored must be LF, as the API stores it. The
// form is read from the real server's editor page and posted back to it, with the
// session cookie and CSRF token a browser would send.
#include <boost/test/unit_test.hpp>

#include <Poco/JSON/Parser.h>

#include "browser_form.h"
#include "plugin_server.h"

using namespace accord::test;

namespace {

const std::string kDecl = "/api/v1/declarations/d1";
const std::string kText = R"({"changeNote":"first draft",
  "preamble":[{"id":"rec-1","leadPhrase":"Recognizing","text":"that trafficking crosses borders,\nand routes change;"}],
  "operative":[{"id":"op-1","text":"Agree to cooperate:\nclosely.","items":[{"id":"op-1-a","text":"by sharing\ndata;"}]}],
  "closingFormula":"Done at Skopje\nin English."})";

struct Editor {
  PluginServer server;
  Client api = server.client();
  Client browser = server.anonymous();
  Client::Headers cookie{{"Cookie", std::string("accord_session=") + api.token()}};

  Editor() {
    BOOST_REQUIRE(api.post("/api/v1/declarations?conference=skopje-2016",
                           R"({"id":"d1","title":"T","invitedCountries":["AL","MK"]})").status == 201);
    Response cut = api.post(kDecl + "/revisions", kText, {{"If-Match", api.etag(kDecl)}});
    BOOST_REQUIRE_MESSAGE(cut.status == 201, cut.body);
  }
  Form form() {
    Response page = browser.get("/declarations/d1/edit", cookie);
    BOOST_REQUIRE_MESSAGE(page.status == 200, page.body);
    return browserForm(page.body, "id=\"editor\"");
  }
  // Posts `form` as a browser does; returns where the server sends the browser next.
  std::string save(const Form& form) {
    Response r = browser.send("POST", "/declarations/d1/edit", urlEncoded(form), "application/x-www-form-urlencoded",
                              cookie);
    BOOST_REQUIRE_MESSAGE(r.status == 303, r.status << " " << r.body);
    return r.header("Location");
  }
  Poco::JSON::Object::Ptr revision(int n) {
    Response r = api.get(kDecl + "/revisions/" + std::to_string(n));
    BOOST_REQUIRE_MESSAGE(r.status == 200, r.body);
    return r.json();
  }
};

std::string stringify(const Poco::Dynamic::Var& v) {
  std::ostringstream out;
  Poco::JSON::Stringifier::stringify(v, out);
  return out.str();
}

}  // namespace

BOOST_AUTO_TEST_SUITE(web_form_text_tests)

BOOST_AUTO_TEST_CASE(the_editor_says_why_it_is_refused) {
  Editor e;
  Client monitor = e.api.as("mon;monitor");
  Response other = e.browser.get("/declarations/d1/edit", {{"Cookie", "accord_session=" + monitor.token()}});
  BOOST_TEST(other.status == 403);
  BOOST_TEST(other.body.find("can no longer change") == std::string::npos);
  // The sample declaration is open for endorsement: its text is frozen, whoever asks.
  Response frozen = e.browser.get("/declarations/skopje-joint-declaration/edit", e.cookie);
  BOOST_TEST(frozen.status == 409);
  BOOST_TEST(frozen.body.find("can no longer change") != std::string::npos, frozen.body);
}

BOOST_AUTO_TEST_CASE(saving_the_editor_unchanged_changes_no_clause) {
  Editor e;
  Form form = e.form();
  BOOST_TEST(field(form, "c.0.text") == "Agree to cooperate:\r\nclosely.");  // as a browser sends it
  field(form, "changeNote") = "saved unchanged";
  std::string next = e.save(form);
  BOOST_TEST(next.find("compare?from=1&to=2") != std::string::npos, next);
  auto first = e.revision(1), second = e.revision(2);
  for (const char* part : {"preamble", "operative", "closingFormula"})
    BOOST_TEST(stringify(second->get(part)) == stringify(first->get(part)), part);
  Response compare = e.browser.get("/declarations/d1/compare?from=1&to=2", e.cookie);
  BOOST_TEST(compare.status == 200);
  std::size_t summary = compare.body.find("id=\"compare-summary\"");
  BOOST_REQUIRE(summary != std::string::npos);
  std::string line = compare.body.substr(summary, compare.body.find("</p>", summary) - summary);
  BOOST_TEST(line.find(": 0 added, 0 deleted, 0 changed, 0 moved.") != std::string::npos, line);
}

BOOST_AUTO_TEST_CASE(every_text_of_the_editor_is_stored_normalised) {
  Editor e;
  Form form = e.form();
  field(form, "r.0.lead") = "  Noting \t";
  field(form, "r.0.text") = "Recital\r\nwith CR\ronly.";
  field(form, "c.0.text") = "Clause\r\nline two.";
  field(form, "c.0.0.text") = "Item\r\nline two.";
  field(form, "closingFormula") = "Done\r\nat Vienna.";
  field(form, "changeNote") = "Typed\r\nnote";
  e.save(form);
  auto r = e.revision(2);
  auto recital = r->getArray("preamble")->getObject(0);
  auto clause = r->getArray("operative")->getObject(0);
  BOOST_TEST(recital->getValue<std::string>("leadPhrase") == "Noting");
  BOOST_TEST(recital->getValue<std::string>("text") == "Recital\nwith CR\nonly.");
  BOOST_TEST(clause->getValue<std::string>("text") == "Clause\nline two.");
  BOOST_TEST(clause->getArray("items")->getObject(0)->getValue<std::string>("text") == "Item\nline two.");
  BOOST_TEST(r->getValue<std::string>("closingFormula") == "Done\nat Vienna.");
  BOOST_TEST(r->getValue<std::string>("changeNote") == "Typed\nnote");
}

// The report form of a coordinator's assignment page: a multi-line narrative and
// evidence typed one per line, as a browser posts them.
BOOST_AUTO_TEST_CASE(a_report_typed_in_the_browser_is_stored_normalised) {
  PluginServer server;
  Client mk = server.client().as("coordinator.mk;coordinator;MK");
  const std::string page = "/commitments/cm-common-indicators/countries/MK";
  BrowserPage browser(server, mk, page);
  Form form = browser.form("id=\"report-form\"");
  field(form, "periodStart") = "2017-07-01";
  field(form, "periodEnd") = "2017-09-30";
  field(form, "percent") = "40";
  field(form, "narrative") = "Typed in\r\nthe browser.";
  field(form, "evidence") = "  https://example.org/a \r\nhttps://example.org/b\r\n";
  form.emplace_back("submit", "draft");
  Response posted = browser.post("/reports", form);
  BOOST_REQUIRE_MESSAGE(posted.status == 303, posted.status << " " << posted.body.substr(0, 2000));
  auto items = mk.get("/api/v1" + page + "/reports?state=draft").json()->getArray("items");
  BOOST_REQUIRE_EQUAL(items->size(), 1u);
  auto report = items->getObject(0);
  BOOST_TEST(report->getValue<std::string>("narrative") == "Typed in\nthe browser.");
  auto evidence = report->getArray("evidence");
  BOOST_REQUIRE_EQUAL(evidence->size(), 2u);
  BOOST_TEST(evidence->getElement<std::string>(0) == "https://example.org/a");
  BOOST_TEST(evidence->getElement<std::string>(1) == "https://example.org/b");
}

// "Submit the report" on a new report stores and submits in one transaction: when
// submitting is refused (no narrative), nothing is stored and the error stands
// beside the narrative of the one form, so correcting it cannot make a second copy.
BOOST_AUTO_TEST_CASE(a_new_report_refused_on_submit_is_not_stored_and_the_form_says_why) {
  PluginServer server;
  Client mk = server.client().as("coordinator.mk;coordinator;MK");
  const std::string page = "/commitments/cm-common-indicators/countries/MK";
  BrowserPage browser(server, mk, page);
  auto stored = [&] { return mk.get("/api/v1" + page + "/reports").json()->getArray("items")->size(); };
  const std::size_t before = stored();
  Form form = browser.form("id=\"report-form\"");
  field(form, "periodStart") = "2017-07-01";
  field(form, "periodEnd") = "2017-09-30";
  field(form, "percent") = "40";
  field(form, "narrative") = "";
  form.emplace_back("submit", "submit");
  Response posted = browser.post("/reports", form);
  BOOST_TEST(posted.status == 422, posted.status << " " << posted.body.substr(0, 2000));
  BOOST_TEST(posted.body.find("id=\"narrative-error\"") != std::string::npos, posted.body);
  BOOST_TEST(stored() == before);
}

BOOST_AUTO_TEST_CASE(a_lead_institution_typed_in_the_browser_is_trimmed) {
  PluginServer server;
  Client hr = server.client().as("coordinator.hr;coordinator;HR");
  const std::string page = "/commitments/cm-transnational-referral/countries/HR";
  BrowserPage browser(server, hr, page);
  Form form = browser.form("/decision\"");
  field(form, "lead_institution") = "  Ministry of Interior \t";
  form.emplace_back("decision", "accepted");
  Response posted = browser.post("/decision", form);
  BOOST_REQUIRE_MESSAGE(posted.status == 303, posted.status << " " << posted.body.substr(0, 2000));
  BOOST_TEST(hr.get("/api/v1" + page).str("leadInstitution") == "Ministry of Interior");
}

// The endorsement form of the endorsements page: names trimmed, the statement's
// line breaks LF.
BOOST_AUTO_TEST_CASE(an_endorsement_typed_in_the_browser_is_stored_normalised) {
  PluginServer server;
  Client at = server.client().as("coordinator.at;coordinator;AT");
  const std::string page = "/declarations/skopje-joint-declaration/endorsements";
  BrowserPage browser(server, at, page);
  Form form = browser.form("id=\"endorse-AT\"");
  field(form, "signer_name") = "  Gerald Tatzgern ";
  field(form, "signer_title") = "\tHead of Office  ";
  field(form, "date") = "2017-10-14";
  field(form, "place") = "  Vienna ";
  field(form, "statement") = "We endorse\r\nwith one remark.";
  form.emplace_back("to", "endorsed");
  form.emplace_back("method", "note_verbale");
  Response posted = browser.post("/AT", form);
  BOOST_REQUIRE_MESSAGE(posted.status == 303, posted.status << " " << posted.body.substr(0, 2000));
  Response stored = at.get("/api/v1" + page + "/AT");
  BOOST_TEST(stored.str("status") == "endorsed");
  BOOST_TEST(stored.str("place") == "Vienna");
  BOOST_TEST(stored.str("statement") == "We endorse\nwith one remark.");
  auto signer = stored.json()->getObject("signer");
  BOOST_TEST(signer->getValue<std::string>("name") == "Gerald Tatzgern");
  BOOST_TEST(signer->getValue<std::string>("title") == "Head of Office");
}

BOOST_AUTO_TEST_SUITE_END()
