// /api/v1/declarations/{id}/endorsements: one per invited country.
#include <boost/test/unit_test.hpp>

#include "plugin_server.h"

using namespace accord::test;

namespace {
const std::string kList = std::string(kDeclaration) + "/endorsements";
const std::string kAT = kList + "/AT";
const std::string kSign = R"({"status":"endorsed","revision":3,"date":"2017-10-14","place":"Vienna",
  "signer":{"name":"Gerald Tatzgern","title":"Head of the Joint Operational Office"},"method":"note_verbale",
  "evidence":"Note verbale 17/2017"})";
}  // namespace

BOOST_AUTO_TEST_SUITE(endorsement_api_tests)

BOOST_AUTO_TEST_CASE(lists_one_row_per_invited_country_and_filters) {
  PluginServer server;
  Client c = server.client();
  Response all = c.get(kList);
  BOOST_TEST(all.status == 200);
  auto items = all.json()->getArray("items");
  BOOST_TEST(items->size() == 12u);
  BOOST_TEST(items->getObject(0)->getValue<std::string>("country") == "AL");
  BOOST_TEST(c.get(kList + "?status=endorsed").json()->getArray("items")->size() == 7u);
  BOOST_TEST(c.get(kList + "?country=HU").json()->getArray("items")->getObject(0)->getValue<std::string>("status") ==
             "declined");
  BOOST_TEST(c.get(kList + "?status=signed").status == 400);
}

BOOST_AUTO_TEST_CASE(pages_follow_the_cursor_to_the_end) {
  PluginServer server;
  Client c = server.client();
  std::vector<std::string> seen;
  std::string next;
  for (int guard = 0; guard < 20; ++guard) {
    Response r = c.get(kList + "?limit=5" + (next.empty() ? "" : "&cursor=" + next));
    BOOST_REQUIRE(r.status == 200);
    auto items = r.json()->getArray("items");
    for (std::size_t i = 0; i < items->size(); ++i) seen.push_back(items->getObject(i)->getValue<std::string>("country"));
    if (r.json()->isNull("next")) break;
    next = r.str("next");
  }
  BOOST_TEST(seen.size() == 12u);
  BOOST_TEST(seen.back() == "AT");
  BOOST_TEST(c.get(kList + "?cursor=ZZ").status == 400);
}

BOOST_AUTO_TEST_CASE(a_country_with_nothing_recorded_is_invited_at_version_zero) {
  PluginServer server;
  Client c = server.client();
  BOOST_REQUIRE(c.post("/api/v1/declarations?conference=skopje-2016",
                       R"({"id":"d2","title":"T","invitedCountries":["AL","MK"]})").status == 201);
  Response r = c.get("/api/v1/declarations/d2/endorsements/MK");
  BOOST_TEST(r.status == 200);
  BOOST_TEST(r.str("status") == "invited");
  BOOST_TEST(r.header("ETag") == "\"v0\"");
  BOOST_TEST(c.get("/api/v1/declarations/d2/endorsements").json()->getArray("items")->size() == 2u);
  BOOST_TEST(c.get(kList + "/DE").status == 404);
  BOOST_TEST(c.get(kList + "/at").status == 400);
}

BOOST_AUTO_TEST_CASE(the_countrys_coordinator_endorses_the_final_revision) {
  PluginServer server;
  Client at = server.client().as("coordinator.at;coordinator;AT");
  Response r = at.put(kAT, kSign, {{"If-Match", server.client().etag(kAT)}});
  BOOST_TEST(r.status == 200, r.body);
  BOOST_TEST(r.str("status") == "endorsed");
  BOOST_TEST(r.header("ETag") == "\"v" + std::to_string(r.json()->getValue<int>("version")) + "\"");
  BOOST_TEST(r.json()->getArray("history")->size() == 1u);
  Response tally = server.client().get(std::string(kDeclaration) + "/status/endorsements");
  BOOST_TEST(tally.json()->getValue<int>("signed") == 9);
}

BOOST_AUTO_TEST_CASE(another_countrys_coordinator_is_forbidden) {
  PluginServer server;
  Response r = server.client().as("coordinator.mk;coordinator;MK").put(kAT, kSign, {{"If-Match", server.client().etag(kAT)}});
  BOOST_TEST(r.status == 403);
  BOOST_TEST(server.client().get(kAT).str("status") == "invited");
}

BOOST_AUTO_TEST_CASE(the_secretariat_records_only_on_behalf) {
  PluginServer server;
  Client sec = server.client();
  BOOST_TEST(sec.put(kAT, kSign, {{"If-Match", server.client().etag(kAT)}}).status == 403);
  std::string onBehalf = kSign;
  onBehalf.insert(1, R"("onBehalf":true,)");
  Response r = sec.put(kAT, onBehalf, {{"If-Match", server.client().etag(kAT)}});
  BOOST_TEST(r.status == 200, r.body);
  BOOST_TEST(r.json()->getValue<bool>("onBehalf"));
  BOOST_TEST(r.str("recordedBy") == "sec");
}

BOOST_AUTO_TEST_CASE(an_illegal_transition_or_a_draft_revision_is_refused) {
  PluginServer server;
  Client hu = server.client().as("coordinator.hu;coordinator;HU");
  std::string tag = server.client().etag(kList + "/HU");
  Response withdraw = hu.put(kList + "/HU", R"({"status":"withdrawn"})", {{"If-Match", tag}});
  BOOST_TEST(withdraw.status == 409);
  Client at = server.client().as("coordinator.at;coordinator;AT");
  std::string draft = kSign;
  draft.replace(draft.find("\"revision\":3"), 12, "\"revision\":1");
  BOOST_TEST(at.put(kAT, draft, {{"If-Match", server.client().etag(kAT)}}).status == 409);
}

BOOST_AUTO_TEST_CASE(a_signature_needs_a_signer) {
  PluginServer server;
  Client at = server.client().as("coordinator.at;coordinator;AT");
  Response r = at.put(kAT, R"({"status":"endorsed","revision":3,"date":"2017-10-14","method":"email"})",
                      {{"If-Match", server.client().etag(kAT)}});
  BOOST_TEST(r.status == 400);
  BOOST_TEST(r.str("field").find("signer") != std::string::npos, r.str("field"));
}

BOOST_AUTO_TEST_CASE(a_stale_version_is_412_and_changes_nothing) {
  PluginServer server;
  Client at = server.client().as("coordinator.at;coordinator;AT");
  std::string tag = server.client().etag(kAT);
  BOOST_TEST(at.put(kAT, R"({"status":"consulting"})", {{"If-Match", tag}}).status == 200);
  Response stale = at.put(kAT, kSign, {{"If-Match", tag}});
  BOOST_TEST(stale.status == 412);
  BOOST_TEST(server.client().get(kAT).str("status") == "consulting");
}

BOOST_AUTO_TEST_CASE(fields_of_the_record_are_not_part_of_an_act) {
  PluginServer server;
  Client at = server.client().as("coordinator.at;coordinator;AT");
  Response r = at.put(kAT, R"({"status":"consulting","country":"MK"})", {{"If-Match", server.client().etag(kAT)}});
  BOOST_TEST(r.status == 400);
  BOOST_TEST(r.str("field") == "country");
}

BOOST_AUTO_TEST_SUITE_END()
