// The read cache never shows a client something older than a change it made, and
// with no allowed lag not even a change made through another server on the same
// database.
#include <boost/test/unit_test.hpp>

#include "plugin_server.h"

using namespace accord::test;

namespace {
std::uint64_t cacheCount(const Client& c, const std::string& result) {
  std::string m = c.get("/metrics").body;
  std::string key = "accord_http_cache_lookups_total{result=\"" + result + "\"} ";
  auto at = m.find(key);
  return at == std::string::npos ? 0 : std::stoull(m.substr(at + key.size()));
}
}  // namespace

BOOST_AUTO_TEST_SUITE(cache_api_tests)

BOOST_AUTO_TEST_CASE(a_repeated_read_is_served_from_the_cache) {
  PluginServer server;
  Client c = server.client();
  c.get(kConference);
  auto hits = cacheCount(c, "hit");
  Response again = c.get(kConference);
  BOOST_TEST(again.status == 200);
  BOOST_TEST(cacheCount(c, "hit") == hits + 1);
}

// The pages write through the same store as the API, whose commits refresh the
// cache: with a lag of an hour allowed, the API's next read still shows the change.
BOOST_AUTO_TEST_CASE(a_change_through_a_page_is_seen_by_the_api_at_once) {
  ServerOptions lagging;
  lagging.config["cache.maxStaleMs"] = "3600000";
  PluginServer server(lagging);
  Client api = server.client();
  const std::string decl = "/api/v1/declarations/cache-d";
  BOOST_REQUIRE(api.post("/api/v1/declarations?conference=skopje-2016",
                         R"({"id":"cache-d","title":"T","invitedCountries":["MK"]})").status == 201);
  BOOST_REQUIRE(api.post(decl + "/revisions", R"({"changeNote":"First draft","operative":[{"id":"op1","text":"Agree."}]})",
                         {{"If-Match", api.etag(decl)}}).status == 201);
  Response before = api.get(decl);
  BOOST_REQUIRE(before.str("status") == "drafting");
  BOOST_REQUIRE(api.get(decl).str("status") == "drafting");  // now from the cache

  Client::Headers cookie{{"Cookie", "accord_session=" + api.token()}};
  Response page = server.anonymous().get("/declarations/cache-d", cookie);
  BOOST_REQUIRE(page.status == 200);
  std::string form = "to=consultation&version=" + std::to_string(before.json()->getValue<int>("version")) +
                     "&csrf=" + csrfOf(page.body);
  Response moved = server.anonymous().send("POST", "/declarations/cache-d/status", form,
                                           "application/x-www-form-urlencoded", cookie);
  BOOST_REQUIRE_MESSAGE(moved.status == 303, moved.status << " " << moved.body);

  BOOST_TEST(api.get(decl).str("status") == "consultation");
}

BOOST_AUTO_TEST_CASE(a_change_through_the_api_is_seen_at_once) {
  PluginServer server;
  Client c = server.client();
  std::string tag = c.etag(kConference);
  BOOST_TEST(c.get(kConference).str("city") == "Skopje");
  BOOST_TEST(c.patch(kConference, R"({"city":"Ohrid"})", {{"If-Match", tag}}).status == 200);
  BOOST_TEST(c.get(kConference).str("city") == "Ohrid");
  BOOST_TEST(c.get("/api/v1/conferences").body.find("\"Ohrid\"") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(a_change_through_another_server_is_seen_when_no_lag_is_allowed) {
  ServerOptions strict;
  strict.config["cache.maxStaleMs"] = "0";
  PluginServer a(strict);
  ServerOptions same;
  same.storageUri = a.storageUri();
  same.seed = false;
  PluginServer b(same);
  Client ca = a.client(), cb = b.client();
  BOOST_TEST(ca.get(kConference).str("city") == "Skopje");
  BOOST_TEST(cb.patch(kConference, R"({"city":"Struga"})", {{"If-Match", cb.etag(kConference)}}).status == 200);
  BOOST_TEST(ca.get(kConference).str("city") == "Struga");
}

BOOST_AUTO_TEST_CASE(answers_are_kept_per_actor) {
  PluginServer server;
  Client sec = server.client();
  BOOST_TEST(sec.get("/api/v1/audit?limit=1").status == 200);
  BOOST_TEST(sec.as("viewer;viewer").get("/api/v1/audit?limit=1").status == 403);
}

BOOST_AUTO_TEST_SUITE_END()
