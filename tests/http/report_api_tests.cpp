// Progress reports: drafted and submitted by the country, validated or returned
// by a monitor.
#include <boost/test/unit_test.hpp>

#include "plugin_server.h"

using namespace accord::test;

namespace {
const std::string kReports = "/api/v1/commitments/cm-common-indicators/countries/MK/reports";
const std::string kDraft = R"({"id":"rp-ci-mk-2","periodStart":"2017-07-01","periodEnd":"2017-09-30",
  "narrative":"Indicators are used by the border police.","percent":70,"evidence":["https://example.org/r"]})";
}  // namespace

BOOST_AUTO_TEST_SUITE(report_api_tests)

BOOST_AUTO_TEST_CASE(lists_a_countrys_reports_and_filters_by_state) {
  PluginServer server;
  Client c = server.client();
  Response r = c.get(kReports);
  BOOST_TEST(r.status == 200);
  BOOST_TEST(r.json()->getArray("items")->size() == 1u);
  BOOST_TEST(c.get(kReports + "?state=validated").json()->getArray("items")->size() == 0u);
  BOOST_TEST(c.get(kReports + "?state=lost").status == 400);
}

BOOST_AUTO_TEST_CASE(a_draft_is_submitted_then_validated) {
  PluginServer server;
  Client mk = server.client().as("coordinator.mk;coordinator;MK");
  Response draft = mk.post(kReports, kDraft);
  BOOST_TEST(draft.status == 201, draft.body);
  BOOST_TEST(draft.header("Location") == kReports + "/rp-ci-mk-2");
  BOOST_TEST(draft.str("state") == "draft");
  BOOST_TEST(draft.str("author") == "coordinator.mk");
  Response submitted = mk.patch(kReports + "/rp-ci-mk-2", R"({"state":"submitted"})", {{"If-Match", draft.header("ETag")}});
  BOOST_TEST(submitted.status == 200, submitted.body);
  BOOST_TEST(submitted.str("submittedAt") == "2017-10-15T12:00:00Z");
  Client monitor = server.client().as("mon;monitor");
  BOOST_TEST(mk.patch(kReports + "/rp-ci-mk-2", R"({"state":"validated"})",
                      {{"If-Match", submitted.header("ETag")}}).status == 403);
  Response validated =
      monitor.patch(kReports + "/rp-ci-mk-2", R"({"state":"validated"})", {{"If-Match", submitted.header("ETag")}});
  BOOST_TEST(validated.status == 200);
  BOOST_TEST(validated.str("reviewedBy") == "mon");
  BOOST_TEST(server.client().get(kReports + "/rp-ci-mk-2").str("state") == "validated");
}

BOOST_AUTO_TEST_CASE(returning_needs_a_reason) {
  PluginServer server;
  std::string path = kReports + "/rp-ci-mk-1";  // submitted in the sample
  Client monitor = server.client().as("mon;monitor");
  std::string tag = server.client().etag(path);
  Response bare = monitor.patch(path, R"({"state":"returned"})", {{"If-Match", tag}});
  BOOST_TEST(bare.status == 400);
  BOOST_TEST(bare.str("field") == "returnReason");
  Response r = monitor.patch(path, R"({"state":"returned","returnReason":"Add the figures."})", {{"If-Match", tag}});
  BOOST_TEST(r.status == 200);
  BOOST_TEST(r.str("returnReason") == "Add the figures.");
}

BOOST_AUTO_TEST_CASE(drafting_is_the_countrys_own_and_needs_an_accepted_commitment) {
  PluginServer server;
  BOOST_TEST(server.client().as("coordinator.rs;coordinator;RS").post(kReports, kDraft).status == 403);
  Response proposed = server.client()
                          .as("coordinator.hr;coordinator;HR")
                          .post("/api/v1/commitments/cm-transnational-referral/countries/HR/reports", kDraft);
  BOOST_TEST(proposed.status == 409);
  std::string bad = kDraft;
  bad.replace(bad.find("70"), 2, "170");
  Response percent = server.client().as("coordinator.mk;coordinator;MK").post(kReports, bad);
  BOOST_TEST(percent.status == 400);
  BOOST_TEST(percent.str("field") == "percent");
}

BOOST_AUTO_TEST_CASE(a_report_is_found_only_under_its_own_assignment) {
  PluginServer server;
  Client c = server.client();
  BOOST_TEST(c.get(kReports + "/rp-ci-mk-1").status == 200);
  BOOST_TEST(c.get("/api/v1/commitments/cm-common-indicators/countries/AL/reports/rp-ci-mk-1").status == 404);
  BOOST_TEST(c.get(kReports + "/rp-none").status == 404);
  // Nor changed under another one: the use case refuses it, naming the report.
  Client monitor = c.as("monitor;monitor");
  std::string tag = monitor.etag(kReports + "/rp-ci-mk-1");
  Response other = monitor.patch("/api/v1/commitments/cm-common-indicators/countries/AL/reports/rp-ci-mk-1",
                                 R"({"state":"validated"})", {{"If-Match", tag}});
  BOOST_TEST(other.status == 404);
  BOOST_TEST(other.str("field") == "report");
  BOOST_TEST(monitor.get(kReports + "/rp-ci-mk-1").header("ETag") == tag);
}

BOOST_AUTO_TEST_CASE(a_draft_state_cannot_be_set_by_patch) {
  PluginServer server;
  std::string path = kReports + "/rp-ci-mk-1";
  Response r = server.client().as("mon;monitor").patch(path, R"({"state":"draft"})",
                                                        {{"If-Match", server.client().etag(path)}});
  BOOST_TEST(r.status == 400);
  BOOST_TEST(r.str("field") == "state");
}

BOOST_AUTO_TEST_CASE(a_draft_is_reworked_field_by_field_until_it_is_submitted) {
  PluginServer server;
  Client mk = server.client().as("coordinator.mk;coordinator;MK");
  std::string path = kReports + "/rp-ci-mk-2";
  Response draft = mk.post(kReports, kDraft);
  BOOST_TEST_REQUIRE(draft.status == 201, draft.body);
  Response reworked = mk.patch(path, R"({"narrative":"Indicators are used by the border police.\n<b>{{x}}</b>","percent":80})",
                               {{"If-Match", draft.header("ETag")}});
  BOOST_TEST_REQUIRE(reworked.status == 200, reworked.body);
  BOOST_TEST(reworked.str("narrative") == "Indicators are used by the border police.\n<b>{{x}}</b>");
  BOOST_TEST(reworked.json()->getValue<int>("percent") == 80);
  BOOST_TEST(reworked.str("periodEnd") == "2017-09-30");  // not named, so kept
  BOOST_TEST(reworked.str("state") == "draft");
  BOOST_TEST(reworked.header("ETag") != draft.header("ETag"));
  // The old ETag is stale now; another country and a monitor may not rework it.
  BOOST_TEST(mk.patch(path, R"({"percent":90})", {{"If-Match", draft.header("ETag")}}).status == 412);
  BOOST_TEST(server.client().as("coordinator.rs;coordinator;RS")
                 .patch(path, R"({"percent":90})", {{"If-Match", reworked.header("ETag")}}).status == 403);
  BOOST_TEST(server.client().as("mon;monitor")
                 .patch(path, R"({"percent":90})", {{"If-Match", reworked.header("ETag")}}).status == 403);
  Response both = mk.patch(path, R"({"state":"submitted","percent":90})", {{"If-Match", reworked.header("ETag")}});
  BOOST_TEST(both.status == 400);
  BOOST_TEST(both.str("field") == "percent");
  Response cleared = mk.patch(path, R"({"narrative":null})", {{"If-Match", reworked.header("ETag")}});
  BOOST_TEST(cleared.status == 400);
  BOOST_TEST(cleared.str("field") == "narrative");
  Response author = mk.patch(path, R"({"author":"someone else"})", {{"If-Match", reworked.header("ETag")}});
  BOOST_TEST(author.status == 400);
  BOOST_TEST(author.str("field") == "author");
  Response backwards = mk.patch(path, R"({"periodStart":"2017-12-01"})", {{"If-Match", reworked.header("ETag")}});
  BOOST_TEST(backwards.status == 400);
  BOOST_TEST(backwards.str("field") == "periodEnd");
  Response submitted = mk.patch(path, R"({"state":"submitted"})", {{"If-Match", reworked.header("ETag")}});
  BOOST_TEST_REQUIRE(submitted.status == 200, submitted.body);
  BOOST_TEST(submitted.json()->getValue<int>("percent") == 80);
  Response late = mk.patch(path, R"({"percent":95})", {{"If-Match", submitted.header("ETag")}});
  BOOST_TEST(late.status == 409);
  BOOST_TEST(late.str("field") == "state");
  BOOST_TEST(server.client().get(path).json()->getValue<int>("percent") == 80);
}

BOOST_AUTO_TEST_SUITE_END()
