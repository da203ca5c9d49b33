// Recording the past over HTTP: the secretariat dates a revision or an endorsement
// it records on behalf with the earlier day it really happened (`happenedOn`); the
// record carries that day, the audit event the day it was entered (the host's
// 2017-10-15). A future day, a day before what is already recorded, or
// happenedOn from anyone else is refused, naming the field.
#include <boost/test/unit_test.hpp>

#include "browser_form.h"
#include "plugin_server.h"

using namespace accord::test;

namespace {
const std::string kEndorsements = std::string(kDeclaration) + "/endorsements";
std::string austria(const std::string& more) {
  return R"({"status":"endorsed","revision":3,"place":"Vienna","signer":{"name":"Gerald Tatzgern"},)"
         R"("method":"note_verbale","onBehalf":true)" + more + "}";
}
std::string lastAuditAt(const Client& reader, const std::string& query) {
  Response r = reader.get("/api/v1/audit?limit=500&" + query);
  BOOST_TEST_REQUIRE(r.status == 200, r.body);
  auto items = r.json()->getArray("items");
  BOOST_TEST_REQUIRE(items->size() > 0u);
  return items->getObject(items->size() - 1)->getValue<std::string>("at");
}
}  // namespace

BOOST_AUTO_TEST_SUITE(recording_past_api_tests)

BOOST_AUTO_TEST_CASE(an_endorsement_signed_on_paper_is_recorded_with_its_day) {
  PluginServer server;
  Client sec = server.client().as("secretariat;secretariat");
  std::string path = kEndorsements + "/AT";
  std::string tag = sec.etag(path);
  Response future = sec.put(path, austria(R"(,"happenedOn":"2017-10-16")"), {{"If-Match", tag}});
  BOOST_TEST(future.status == 400);
  BOOST_TEST(future.str("field") == "happenedOn");
  Response r = sec.put(path, austria(R"(,"happenedOn":"2017-10-08","evidence":"Signed copy received by post")"),
                       {{"If-Match", tag}});
  BOOST_TEST_REQUIRE(r.status == 200, r.body);
  BOOST_TEST(r.str("date") == "2017-10-08");
  auto history = r.json()->getArray("history");
  BOOST_TEST(history->getObject(history->size() - 1)->getValue<std::string>("at") == "2017-10-08T12:00:00Z");
  BOOST_TEST(lastAuditAt(sec, "entity=endorsement&id=skopje-joint-declaration/AT").rfind("2017-10-15", 0) == 0u);
  // Not before what is already on record.
  Response earlier = sec.put(path, R"({"status":"withdrawn","onBehalf":true,"date":"2017-10-01","happenedOn":"2017-10-01"})",
                             {{"If-Match", r.header("ETag")}});
  BOOST_TEST(earlier.status == 400, earlier.body);
  BOOST_TEST(earlier.str("field") == "happenedOn");
}

BOOST_AUTO_TEST_CASE(only_the_secretariat_records_the_past) {
  PluginServer server;
  Client si = server.client().as("coordinator.si;coordinator;SI");
  std::string path = kEndorsements + "/SI";
  Response r = si.put(path, R"({"status":"endorsed","revision":3,"date":"2017-10-10","signer":{"name":"Tina Brecelj"},)"
                            R"("method":"written_notification","happenedOn":"2017-10-10"})",
                      {{"If-Match", si.etag(path)}});
  BOOST_TEST(r.status == 403, r.body);
  BOOST_TEST(r.str("field") == "happenedOn");
  BOOST_TEST(server.client().get(path).str("status") == "consulting");
}

BOOST_AUTO_TEST_CASE(a_revision_is_dated_the_day_it_was_agreed) {
  PluginServer server;
  Client sec = server.client().as("secretariat;secretariat");
  BOOST_TEST_REQUIRE(sec.post("/api/v1/declarations?conference=skopje-2016",
                              R"({"id":"past-d","title":"Ohrid communiqué","invitedCountries":["MK"]})").status == 201);
  const std::string decl = "/api/v1/declarations/past-d";
  auto cut = [&](const std::string& happenedOn) {
    return sec.post(decl + "/revisions",
                    R"({"operative":[{"id":"op1","text":"Agree."}],"changeNote":"typed in later","happenedOn":")" +
                        happenedOn + "\"}",
                    {{"If-Match", sec.etag(decl)}});
  };
  BOOST_TEST(cut("2017-10-16").status == 400);
  Response first = cut("2016-10-27");
  BOOST_TEST_REQUIRE(first.status == 201, first.body);
  BOOST_TEST(first.str("createdAt") == "2016-10-27T12:00:00Z");
  Response before = cut("2016-10-26");
  BOOST_TEST(before.status == 400);
  BOOST_TEST(before.str("field") == "happenedOn");
  Response second = cut("2016-10-28");
  BOOST_TEST(second.status == 201, second.body);
  BOOST_TEST(lastAuditAt(sec, "entity=revision&id=past-d/2").rfind("2017-10-15", 0) == 0u);
  Response bad = sec.post(decl + "/revisions", R"({"changeNote":"Typed in later","operative":[{"id":"op1","text":"A."}],"happenedOn":"yesterday"})",
                          {{"If-Match", sec.etag(decl)}});
  BOOST_TEST(bad.status == 400);
  BOOST_TEST(bad.str("field") == "happenedOn");
}

BOOST_AUTO_TEST_CASE(a_paper_report_is_entered_later_as_submitted_on_its_day) {
  PluginServer server;
  Client sec = server.client().as("secretariat;secretariat");
  const std::string reports = "/api/v1/commitments/cm-common-indicators/countries/MK/reports";
  auto body = [](const std::string& id, const std::string& more) {
    return R"({"id":")" + id + R"(","periodStart":"2016-11-01","periodEnd":"2016-12-31","narrative":"Paper report.",)"
           R"("percent":10)" + more + "}";
  };
  Response notPast = sec.post(reports, body("past-1", ""));
  BOOST_TEST(notPast.status == 403);  // the country writes its own reports
  Response future = sec.post(reports, body("past-1", R"(,"happenedOn":"2017-10-16")"));
  BOOST_TEST(future.status == 400);
  BOOST_TEST(future.str("field") == "happenedOn");
  Response own = server.client().as("coordinator.mk;coordinator;MK").post(reports, body("past-1", R"(,"happenedOn":"2017-01-15")"));
  BOOST_TEST(own.status == 403);
  BOOST_TEST(own.str("field") == "happenedOn");
  Response r = sec.post(reports, body("past-1", R"(,"happenedOn":"2017-01-15")"));
  BOOST_TEST_REQUIRE(r.status == 201, r.body);
  BOOST_TEST(r.str("state") == "submitted");
  BOOST_TEST(r.str("submittedAt") == "2017-01-15T12:00:00Z");
  BOOST_TEST(r.str("author") == "secretariat");
  BOOST_TEST(lastAuditAt(sec, "entity=report&id=past-1").rfind("2017-10-15", 0) == 0u);
}

// The same from the assignment page: the secretariat gets the report form with
// the day it was made (and no draft button), the coordinator gets it without that
// day; a missing or future day is named beside the field and nothing is stored.
BOOST_AUTO_TEST_CASE(the_secretariat_enters_a_paper_report_from_the_assignment_page) {
  PluginServer server;
  Client sec = server.client().as("secretariat;secretariat");
  const std::string path = "/commitments/cm-common-indicators/countries/MK";
  BrowserPage page(server, sec, path);
  Response shown = page.browser.get(path, page.cookie);
  BOOST_TEST(shown.body.find("Enter a report made earlier") != std::string::npos);
  BOOST_TEST(shown.body.find("value=\"draft\"") == std::string::npos, "the secretariat keeps no drafts");
  Client mk = server.client().as("coordinator.mk;coordinator;MK");
  Response own = BrowserPage(server, mk, path).browser.get(path, {{"Cookie", "accord_session=" + mk.token()}});
  BOOST_TEST(own.body.find("name=\"happenedOn\"") == std::string::npos, "a coordinator reports today");
  BOOST_TEST(own.body.find("Report progress") != std::string::npos);
  std::size_t before = sec.get("/api/v1" + path + "/reports").json()->getArray("items")->size();
  Form form = page.form("id=\"report-form\"");
  field(form, "periodStart") = "2016-11-01";
  field(form, "periodEnd") = "2016-12-31";
  field(form, "percent") = "10";
  field(form, "narrative") = "Paper report, received by post.";
  form.emplace_back("submit", "submit");
  for (const char* day : {"", "2017-10-16", "15.01.2017"}) {
    field(form, "happenedOn") = day;
    Response refused = page.post("/reports", form);
    BOOST_TEST(refused.status == 422, day << " -> " << refused.status);
    BOOST_TEST(refused.body.find("id=\"happenedOn-error\"") != std::string::npos, day);
  }
  field(form, "happenedOn") = "2017-01-15";
  Response entered = page.post("/reports", form);
  BOOST_TEST(entered.status == 303, entered.body.substr(0, 2000));
  auto items = sec.get("/api/v1" + path + "/reports").json()->getArray("items");
  BOOST_TEST_REQUIRE(items->size() == before + 1);
  bool found = false;
  for (std::size_t i = 0; i < items->size(); ++i) {
    auto r = items->getObject(i);
    if (r->getValue<std::string>("narrative") != "Paper report, received by post.") continue;
    found = true;
    BOOST_TEST(r->getValue<std::string>("state") == "submitted");
    BOOST_TEST(r->getValue<std::string>("submittedAt") == "2017-01-15T12:00:00Z");
  }
  BOOST_TEST(found);
}

BOOST_AUTO_TEST_SUITE_END()
