// Commitments, their per-country assignments and progress reports.
#include <boost/test/unit_test.hpp>

#include "plugin_server.h"

using namespace accord::test;

namespace {
const std::string kCommitments = std::string(kDeclaration) + "/commitments";
const std::string kNew = R"({"id":"cm-shelters","text":"Open two shelters for victims.","clause":"op-awareness",
  "deadline":"2018-12-31","milestones":[{"id":"ms-1","title":"Sites chosen","due":"2018-03-31"}],
  "indicators":[{"name":"Shelters open","baseline":0,"target":2,"unit":"shelters"}],"countries":["MK","RS"]})";
std::string assignment(const std::string& commitment, const std::string& country) {
  return "/api/v1/commitments/" + commitment + "/countries/" + country;
}
}  // namespace

BOOST_AUTO_TEST_SUITE(commitment_api_tests)

BOOST_AUTO_TEST_CASE(lists_commitments_and_filters_by_country_across_pages) {
  PluginServer server;
  Client c = server.client();
  BOOST_TEST(c.get(kCommitments).json()->getArray("items")->size() == 4u);
  BOOST_TEST(c.get(kCommitments + "?country=GR").json()->getArray("items")->size() == 2u);
  std::vector<std::string> seen;
  std::string next;
  for (int guard = 0; guard < 10; ++guard) {
    Response r = c.get(kCommitments + "?country=MK&limit=1" + (next.empty() ? "" : "&cursor=" + next));
    BOOST_REQUIRE(r.status == 200);
    auto items = r.json()->getArray("items");
    for (std::size_t i = 0; i < items->size(); ++i) seen.push_back(items->getObject(i)->getValue<std::string>("id"));
    if (r.json()->isNull("next")) break;
    next = r.str("next");
  }
  BOOST_TEST(seen.size() == 4u);
  BOOST_TEST(c.get(kCommitments + "?country=MK&cursor=garbage").status == 400);
}

BOOST_AUTO_TEST_CASE(defining_proposes_the_commitment_to_each_country) {
  PluginServer server;
  Client c = server.client();
  Response r = c.post(kCommitments, kNew);
  BOOST_TEST(r.status == 201, r.body);
  BOOST_TEST(r.header("Location") == "/api/v1/commitments/cm-shelters");
  BOOST_TEST(c.get("/api/v1/commitments/cm-shelters").json()->getArray("milestones")->size() == 1u);
  Response mk = c.get(assignment("cm-shelters", "MK"));
  BOOST_TEST(mk.status == 200);
  BOOST_TEST(mk.str("acceptance") == "proposed");
  BOOST_TEST(mk.header("ETag") == "\"v1\"");
  BOOST_TEST(c.get(assignment("cm-shelters", "AL")).status == 404);
}

BOOST_AUTO_TEST_CASE(defining_checks_the_clause_and_the_countries) {
  PluginServer server;
  Client c = server.client();
  std::string badClause = kNew;
  badClause.replace(badClause.find("op-awareness"), 12, "op-nowhere");
  Response r = c.post(kCommitments, badClause);
  BOOST_TEST(r.status == 400);
  BOOST_TEST(r.str("field") == "clause");
  std::string notInvited = kNew;
  notInvited.replace(notInvited.find("\"RS\""), 4, "\"DE\"");
  BOOST_TEST(c.post(kCommitments, notInvited).status == 400);
  BOOST_TEST(c.as("mon;monitor").post(kCommitments, kNew).status == 403);
  BOOST_TEST(c.post("/api/v1/declarations/nowhere/commitments", kNew).status == 404);
}

BOOST_AUTO_TEST_CASE(a_commitment_reads_back) {
  PluginServer server;
  Client c = server.client();
  Response r = c.get("/api/v1/commitments/cm-common-indicators");
  BOOST_TEST(r.status == 200);
  BOOST_TEST(r.str("clause") == "op-victim-identification");
  BOOST_TEST(c.get("/api/v1/commitments/cm-nothing").status == 404);
}

BOOST_AUTO_TEST_CASE(a_patch_changes_the_text_and_proposes_to_an_added_country) {
  PluginServer server;
  Client c = server.client();
  BOOST_TEST_REQUIRE(c.post(kCommitments, kNew).status == 201);
  const std::string path = "/api/v1/commitments/cm-shelters";
  BOOST_TEST(c.get(assignment("cm-shelters", "AL")).status == 404);
  Response r = c.patch(path, R"({"text":"Open three shelters.","countries":["MK","RS","AL"]})", {{"If-Match", "\"v1\""}});
  BOOST_TEST_REQUIRE(r.status == 200, r.body);
  BOOST_TEST(r.header("ETag") == "\"v2\"");
  BOOST_TEST(r.str("text") == "Open three shelters.");
  BOOST_TEST(r.json()->getArray("milestones")->size() == 1u);  // untouched fields stay
  Response al = c.get(assignment("cm-shelters", "AL"));
  BOOST_TEST(al.status == 200);
  BOOST_TEST(al.str("acceptance") == "proposed");
  BOOST_TEST(c.get(path).str("text") == "Open three shelters.");
}

BOOST_AUTO_TEST_CASE(a_patch_that_would_lose_records_or_races_is_refused_and_changes_nothing) {
  PluginServer server;
  Client c = server.client();
  BOOST_TEST_REQUIRE(c.post(kCommitments, kNew).status == 201);
  const std::string path = "/api/v1/commitments/cm-shelters";
  const Client::Headers v1{{"If-Match", "\"v1\""}};
  Response dropped = c.patch(path, R"({"countries":["MK"]})", v1);
  BOOST_TEST(dropped.status == 409);
  BOOST_TEST(dropped.str("field") == "countries");
  BOOST_TEST(dropped.str("detail").find("RS cannot be removed") != std::string::npos, dropped.body);
  BOOST_TEST(c.patch(path, R"({"declaration":"elsewhere"})", v1).str("field") == "declaration");
  BOOST_TEST(c.patch(path, R"({"deadline":"soon"})", v1).str("field") == "deadline");
  BOOST_TEST(c.patch(path, R"({"colour":"blue"})", v1).status == 400);
  BOOST_TEST(c.patch(path, R"({"clause":"op-nowhere"})", v1).str("field") == "clause");
  BOOST_TEST(c.patch(path, R"({"text":"x"})").status == 428);
  BOOST_TEST(c.patch(path, R"({"text":"x"})", {{"If-Match", "\"v7\""}}).status == 412);
  BOOST_TEST(c.as("mon;monitor").patch(path, R"({"text":"x"})", v1).status == 403);
  BOOST_TEST(c.as("mon;monitor").patch(path, R"({"text":"x"})").status == 403);
  BOOST_TEST(c.patch("/api/v1/commitments/cm-nothing", R"({"text":"x"})", v1).status == 404);
  Response after = c.get(path);
  BOOST_TEST(after.header("ETag") == "\"v1\"");
  BOOST_TEST(after.str("text") == "Open two shelters for victims.");
}

BOOST_AUTO_TEST_CASE(the_country_accepts_with_its_lead_institution) {
  PluginServer server;
  std::string path = assignment("cm-transnational-referral", "HR");
  std::string tag = server.client().etag(path);
  Response other = server.client().as("coordinator.mk;coordinator;MK").put(path, R"({"acceptance":"accepted"})",
                                                                            {{"If-Match", tag}});
  BOOST_TEST(other.status == 403);
  Response r = server.client().as("coordinator.hr;coordinator;HR")
                   .put(path, R"({"acceptance":"accepted","leadInstitution":"Ministry of Interior"})",
                        {{"If-Match", tag}});
  BOOST_TEST(r.status == 200, r.body);
  BOOST_TEST(r.str("acceptance") == "accepted");
  BOOST_TEST(r.str("acceptanceDate") == "2017-10-15");
  BOOST_TEST(r.str("leadInstitution") == "Ministry of Interior");
  Response again = server.client().as("coordinator.hr;coordinator;HR")
                       .put(path, R"({"acceptance":"declined"})", {{"If-Match", r.header("ETag")}});
  BOOST_TEST(again.status == 409);
}

BOOST_AUTO_TEST_CASE(one_change_per_request_each_by_its_author) {
  PluginServer server;
  std::string path = assignment("cm-common-indicators", "MK");
  std::string tag = server.client().etag(path);
  Client mk = server.client().as("coordinator.mk;coordinator;MK");
  BOOST_TEST(mk.put(path, R"({"status":"on_hold","assessment":"limited"})", {{"If-Match", tag}}).status == 400);
  BOOST_TEST(mk.put(path, R"({"assessment":"limited"})", {{"If-Match", tag}}).status == 403);
  Response assessed = server.client().as("mon;monitor").put(path, R"({"assessment":"limited"})", {{"If-Match", tag}});
  BOOST_TEST(assessed.status == 200);
  BOOST_TEST(assessed.str("assessment") == "limited");
  Response moved = mk.put(path, R"({"status":"on_hold"})", {{"If-Match", assessed.header("ETag")}});
  BOOST_TEST(moved.status == 200);
  BOOST_TEST(moved.str("status") == "on_hold");
  BOOST_TEST(mk.put(path, R"({"status":"on_hold"})", {{"If-Match", tag}}).status == 412);
}

BOOST_AUTO_TEST_CASE(a_declined_commitment_cannot_be_implemented_or_assessed) {
  PluginServer server;
  std::string path = assignment("cm-joint-investigations", "BA");
  std::string tag = server.client().etag(path);
  Response r = server.client().as("coordinator.ba;coordinator;BA").put(path, R"({"status":"in_progress"})", {{"If-Match", tag}});
  BOOST_TEST(r.status == 409);
  Response assessed = server.client().as("mon;monitor").put(path, R"({"assessment":"limited"})", {{"If-Match", tag}});
  BOOST_TEST(assessed.status == 409);
  BOOST_TEST(assessed.str("field") == "assessment");
  BOOST_TEST(server.client().get(path).str("assessment") == "no_evidence");
}

BOOST_AUTO_TEST_CASE(an_assignment_shows_its_timeliness_and_reports) {
  PluginServer server;
  Response r = server.client().get(assignment("cm-common-indicators", "AL"));
  BOOST_TEST(r.status == 200);
  BOOST_TEST(r.json()->getArray("reports")->size() == 2u);
  BOOST_TEST(!r.json()->isNull("timeliness"));
  BOOST_TEST(server.client().get(assignment("cm-common-indicators", "A1")).status == 400);
}

BOOST_AUTO_TEST_SUITE_END()
