// A country's own milestones and indicator measurements over HTTP, by the API and
// by the pages; and the secretariat's commitment form. The host's day is
// 2017-10-15; cm-common-indicators has milestone ms-ci-2 due 2017-06-30 (done on
// the commitment) and MK, ME have accepted it and are in progress.
#include <boost/test/unit_test.hpp>

#include "plugin_server.h"

using namespace accord::test;

namespace {
const std::string kMk = "/api/v1/commitments/cm-common-indicators/countries/MK";
const std::string kMe = "/api/v1/commitments/cm-common-indicators/countries/ME";
const std::string kTrained = "First-line officials trained in the use of the common indicators";
const char* const kMkCoordinator = "coordinator.mk;coordinator;MK";

std::string measurement(const std::string& value, const std::string& date, const std::string& more = "") {
  return R"({"indicator":")" + kTrained + R"(","value":)" + value + R"(,"date":")" + date + R"(")" + more + "}";
}

// A browser signed in as `actor`, with the CSRF token of the first page it reads.
struct Browser {
  Browser(PluginServer& server, const std::string& actor)
      : api(server.client().as(actor)), web(server.anonymous()), cookie{{"Cookie", "accord_session=" + api.token()}} {}
  Response get(const std::string& path) {
    Response r = web.get(path, cookie);
    if (csrf.empty()) csrf = csrfOf(r.body);
    return r;
  }
  Response post(const std::string& path, const std::string& form) {
    return web.send("POST", path, form + "&csrf=" + csrf, "application/x-www-form-urlencoded", cookie);
  }
  Client api;
  Client web;
  Client::Headers cookie;
  std::string csrf;
};

std::string formEncoded(const std::string& s) {
  std::string out;
  const char* hex = "0123456789ABCDEF";
  for (unsigned char c : s) {
    if (std::isalnum(c) || c == '-' || c == '_' || c == '.') out += static_cast<char>(c);
    else {
      out += '%';
      out += hex[c >> 4];
      out += hex[c & 15];
    }
  }
  return out;
}
}  // namespace

BOOST_AUTO_TEST_SUITE(assignment_progress_api_tests)

BOOST_AUTO_TEST_CASE(a_missed_milestone_marks_only_its_own_country_at_risk) {
  PluginServer server;
  Client mk = server.client().as(kMkCoordinator);
  std::string meBefore = server.client().get(kMe).str("timeliness");
  BOOST_TEST(server.client().get(kMk).str("timeliness") == "on_track");
  Response r = mk.put(kMk + "/milestones/ms-ci-2", R"({"state":"missed"})", {{"If-Match", mk.etag(kMk)}});
  BOOST_TEST_REQUIRE(r.status == 200, r.body);
  BOOST_TEST(r.str("timeliness") == "at_risk");
  auto own = r.json()->getArray("milestones");
  BOOST_TEST_REQUIRE(own->size() == 1u);
  BOOST_TEST(own->getObject(0)->getValue<std::string>("id") == "ms-ci-2");
  BOOST_TEST(own->getObject(0)->getValue<std::string>("state") == "missed");
  BOOST_TEST(own->getObject(0)->getValue<std::string>("updatedOn") == "2017-10-15");
  BOOST_TEST(server.client().get(kMe).str("timeliness") == meBefore);
  BOOST_TEST(server.client().get(kMe).json()->getArray("milestones")->size() == 0u);
  // The monitor reads it, and the audit trail has it.
  Response audit = server.client().as("mon;monitor").get("/api/v1/audit?entity=assignment&id=cm-common-indicators/MK");
  BOOST_TEST(audit.body.find("milestone.missed") != std::string::npos, audit.body.substr(0, 300));
}

BOOST_AUTO_TEST_CASE(milestone_writes_need_the_countrys_coordinator_a_version_and_a_known_state) {
  PluginServer server;
  Client mk = server.client().as(kMkCoordinator);
  std::string tag = mk.etag(kMk);
  std::string path = kMk + "/milestones/ms-ci-3";
  BOOST_TEST(server.client().as("coordinator.al;coordinator;AL").put(path, R"({"state":"done"})", {{"If-Match", tag}}).status == 403);
  BOOST_TEST(server.client().as("mon;monitor").put(path, R"({"state":"done"})", {{"If-Match", tag}}).status == 403);
  BOOST_TEST(server.client().put(path, R"({"state":"done"})", {{"If-Match", tag}}).status == 403);  // secretariat
  BOOST_TEST(mk.put(path, R"({"state":"done"})").status == 428);
  Response bad = mk.put(path, R"({"state":"finished"})", {{"If-Match", tag}});
  BOOST_TEST(bad.status == 400);
  BOOST_TEST(bad.body.find("state") != std::string::npos);
  BOOST_TEST(mk.put(path, R"({"state":"done","updatedBy":"someone"})", {{"If-Match", tag}}).status == 400);
  BOOST_TEST(mk.put(kMk + "/milestones/ms-none", R"({"state":"done"})", {{"If-Match", tag}}).status == 404);
  BOOST_TEST(mk.put(path, R"({"state":"done"})", {{"If-Match", tag}}).status == 200);
  BOOST_TEST(mk.put(path, R"({"state":"dropped"})", {{"If-Match", tag}}).status == 412);
  // A commitment the country declined tracks nothing (BA declined cm-joint-investigations).
  Client ba = server.client().as("coordinator.ba;coordinator;BA");
  std::string declined = "/api/v1/commitments/cm-joint-investigations/countries/BA";
  std::string baTag = ba.etag(declined);
  BOOST_TEST(ba.put(declined + "/milestones/ms-ji-3", R"({"state":"done"})", {{"If-Match", baTag}}).status == 409);
  Response measured = ba.post(declined + "/measurements",
                              R"({"indicator":"Joint investigations or operations launched","value":1,"date":"2017-01-01"})",
                              {{"If-Match", baTag}});
  BOOST_TEST(measured.status == 409, measured.body);
  BOOST_TEST(ba.get(declined).header("ETag") == baTag);
}

BOOST_AUTO_TEST_CASE(measurements_are_recorded_by_the_coordinator_and_checked) {
  PluginServer server;
  Client mk = server.client().as(kMkCoordinator);
  Response r = mk.post(kMk + "/measurements", measurement("40", "2017-09-30", R"(,"source":"Ministry of Interior")"),
                       {{"If-Match", mk.etag(kMk)}});
  BOOST_TEST_REQUIRE(r.status == 200, r.body);
  auto m = r.json()->getArray("measurements");
  BOOST_TEST_REQUIRE(m->size() == 1u);
  BOOST_TEST(m->getObject(0)->getValue<double>("value") == 40.0);
  BOOST_TEST(m->getObject(0)->getValue<std::string>("recordedBy") == "coordinator.mk");
  BOOST_TEST(m->getObject(0)->getValue<std::string>("source") == "Ministry of Interior");
  std::string tag = r.header("ETag");
  struct Bad {
    std::string body;
    int status;
    const char* field;
  };
  const Bad bad[] = {
      {measurement("41", "2017-10-16"), 400, "date"},
      {measurement("\"41\"", "2017-10-01"), 400, "value"},
      {measurement("41", "2017-10-01", R"(,"recordedBy":"x")"), 400, "recordedBy"},
      {measurement("41", "2017-10-01", R"(,"source":"a\u0001b")"), 400, "source"},
      {R"({"indicator":"Unknown","value":1,"date":"2017-10-01"})", 404, "indicator"},
  };
  for (const auto& b : bad) {
    Response got = mk.post(kMk + "/measurements", b.body, {{"If-Match", tag}});
    BOOST_TEST(got.status == b.status, b.body << " -> " << got.status << " " << got.body);
    BOOST_TEST(got.body.find(b.field) != std::string::npos, got.body);
    BOOST_TEST(got.header("Content-Type").find("application/problem+json") == 0u);
  }
  BOOST_TEST(server.client().as("mon;monitor").get(kMk).json()->getArray("measurements")->size() == 1u);
  BOOST_TEST(server.client().as("mon;monitor").post(kMk + "/measurements", measurement("1", "2017-10-01"),
                                                    {{"If-Match", tag}}).status == 403);
}

BOOST_AUTO_TEST_CASE(the_assignment_page_lets_the_coordinator_track_and_shows_the_monitor) {
  PluginServer server;
  const std::string page = "/commitments/cm-common-indicators/countries/MK";
  Browser mk(server, kMkCoordinator);
  Response shown = mk.get(page);
  BOOST_TEST_REQUIRE(shown.status == 200);
  BOOST_TEST(shown.body.find("milestone-form") != std::string::npos);
  BOOST_TEST(shown.body.find("measurement-form") != std::string::npos);
  std::string version = mk.api.get(kMk).header("ETag").substr(2);
  version.pop_back();
  Response set = mk.post(page + "/milestones/ms-ci-2", "state=missed&version=" + version);
  BOOST_TEST(set.status == 303, set.body);
  BOOST_TEST(mk.api.get(kMk).str("timeliness") == "at_risk");
  version = std::to_string(std::stol(version) + 1);
  Response badValue = mk.post(page + "/measurements", "indicator=" + formEncoded(kTrained) +
                                                          "&value=forty&date=2017-10-01&version=" + version);
  BOOST_TEST(badValue.status == 422);
  BOOST_TEST(badValue.body.find("must be a number") != std::string::npos);
  BOOST_TEST(badValue.body.find("value=\"forty\"") != std::string::npos);  // what was typed stays
  Response recorded = mk.post(page + "/measurements", "indicator=" + formEncoded(kTrained) +
                                                          "&value=12.5&date=2017-10-01&source=%3Cb%3EMoI%3C%2Fb%3E&version=" +
                                                          version);
  BOOST_TEST(recorded.status == 303, recorded.body);

  Browser monitor(server, "mon;monitor");
  Response seen = monitor.get(page);
  BOOST_TEST(seen.status == 200);
  BOOST_TEST(seen.body.find("milestone-form") == std::string::npos);
  BOOST_TEST(seen.body.find("measurement-form") == std::string::npos);
  BOOST_TEST(seen.body.find("12.5") != std::string::npos);
  BOOST_TEST(seen.body.find("&lt;b&gt;MoI&lt;/b&gt;") != std::string::npos);  // text, never markup
  BOOST_TEST(seen.body.find("<b>MoI") == std::string::npos);
}

BOOST_AUTO_TEST_CASE(the_secretariat_defines_and_edits_a_commitment_in_the_browser) {
  PluginServer server;
  Browser sec(server, "secretariat;secretariat");
  const std::string decl = "/declarations/skopje-joint-declaration";
  Response form = sec.get(decl + "/commitments/new");
  BOOST_TEST_REQUIRE(form.status == 200, form.body.substr(0, 300));
  BOOST_TEST(form.body.find("op-victim-identification") != std::string::npos);
  BOOST_TEST(sec.get(decl + "/implementation").body.find("Define a commitment") != std::string::npos);
  std::string fields = "id=cm-web&text=" + formEncoded("Open a shelter {{x}} <i>now</i>.") +
                       "&clause=op-victim-identification&deadline=2018-12-31" + "&milestones=" +
                       formEncoded("ms-a | Site chosen | 2018-03-31\nms-b | Shelter open | 2018-09-30 | pending") +
                       "&indicators=" + formEncoded("Beds | 0 | 20 | beds") + "&country.MK=on&country.AL=on";
  Response bad = sec.post(decl + "/commitments", "id=cm-web&text=x&clause=op-victim-identification&deadline=2018-12-31"
                                                 "&milestones=" + formEncoded("ms-a | Site chosen") + "&country.MK=on");
  BOOST_TEST(bad.status == 422);
  BOOST_TEST(bad.body.find("line 1") != std::string::npos);
  BOOST_TEST(sec.api.get("/api/v1/commitments/cm-web").status == 404);
  Response made = sec.post(decl + "/commitments", fields);
  BOOST_TEST_REQUIRE(made.status == 303, made.body.substr(0, 500));
  Response api = sec.api.get("/api/v1/commitments/cm-web");
  BOOST_TEST_REQUIRE(api.status == 200);
  BOOST_TEST(api.str("text") == "Open a shelter {{x}} <i>now</i>.");
  BOOST_TEST(api.json()->getArray("milestones")->size() == 2u);
  BOOST_TEST(api.json()->getArray("indicators")->getObject(0)->getValue<double>("target") == 20.0);
  BOOST_TEST(api.json()->getArray("countries")->size() == 2u);
  BOOST_TEST(sec.api.get("/api/v1/commitments/cm-web/countries/AL").str("acceptance") == "proposed");

  Response edit = sec.get("/commitments/cm-web/edit");
  BOOST_TEST_REQUIRE(edit.status == 200);
  BOOST_TEST(edit.body.find("ms-b | Shelter open | 2018-09-30 | pending") != std::string::npos);
  BOOST_TEST(edit.body.find("Open a shelter {{x}} &lt;i&gt;now&lt;/i&gt;.") != std::string::npos);
  std::string changed = "text=Open+two+shelters.&clause=op-victim-identification&deadline=2018-12-31&milestones=" +
                        formEncoded("ms-a | Site chosen | 2018-03-31") + "&country.MK=on&country.AL=on&country.RS=on";
  Response stale = sec.post("/commitments/cm-web/edit", changed + "&version=7");
  BOOST_TEST(stale.status == 412);  // the API's answer to a stale version, as every form gives it
  Response saved = sec.post("/commitments/cm-web/edit", changed + "&version=1");
  BOOST_TEST(saved.status == 303, saved.body.substr(0, 500));
  api = sec.api.get("/api/v1/commitments/cm-web");
  BOOST_TEST(api.str("text") == "Open two shelters.");
  BOOST_TEST(api.json()->getArray("milestones")->size() == 1u);
  BOOST_TEST(api.json()->getArray("countries")->size() == 3u);
  // Others are not offered the forms, and refused them.
  Browser mk(server, kMkCoordinator);
  BOOST_TEST(mk.get(decl + "/implementation").body.find("Define a commitment") == std::string::npos);
  BOOST_TEST(mk.get(decl + "/commitments/new").status == 403);
  BOOST_TEST(mk.get("/commitments/cm-web/edit").status == 403);
  BOOST_TEST(mk.post(decl + "/commitments", fields).status == 403);
  BOOST_TEST(mk.post("/commitments/cm-web/edit", changed + "&version=2").status == 403);
}

BOOST_AUTO_TEST_SUITE_END()
