// A conference's agenda through the API: the "sessions" of the conference
// document, replaced whole by a PATCH under If-Match, read back in order of day
// and time with the speakers' names, refused in words naming the field.
#include <boost/test/unit_test.hpp>

#include "plugin_server.h"

using namespace accord::test;

namespace {
const std::string kConf = "/api/v1/conferences/skopje-2016";
// Mixed scripts, markup and a template's braces: text, stored and answered as typed.
const std::string kHostile = "<b>Панел</b> {{title}} & «مسار» \\\"x\\\"";
const std::string kAgenda = R"({"sessions":[
  {"id":"closing","date":"2016-10-28","start":"16:00","end":"17:00","title":"Closing","room":"Plenary hall"},
  {"id":"opening","date":"2016-10-27","start":"09:00","end":"10:30","title":")" + kHostile + R"(",
   "speakers":["nina-suomalainen","madina-jarbussynova"]}]})";

std::string patchWith(const std::string& session) { return R"({"sessions":[)" + session + "]}"; }
}  // namespace

BOOST_AUTO_TEST_SUITE(agenda_api_tests)

BOOST_AUTO_TEST_CASE(the_secretariat_sets_the_agenda_which_is_read_in_order_with_names) {
  PluginServer server;
  Client c = server.client();
  BOOST_TEST(c.patch(kConf, kAgenda).status == 428, "If-Match is required");
  std::string tag = c.etag(kConf);
  Response saved = c.patch(kConf, kAgenda, {{"If-Match", tag}});
  BOOST_TEST_REQUIRE(saved.status == 200, saved.body);
  BOOST_TEST(saved.header("ETag") != tag);
  Response read = c.as("mon;monitor").get(kConf);
  BOOST_TEST_REQUIRE(read.status == 200, read.body);
  auto sessions = read.json()->getArray("sessions");
  BOOST_TEST_REQUIRE(sessions->size() == 2u);
  auto first = sessions->getObject(0);
  BOOST_TEST(first->getValue<std::string>("id") == "opening");
  BOOST_TEST(first->getValue<std::string>("title") == "<b>Панел</b> {{title}} & «مسار» \"x\"");
  BOOST_TEST(first->getValue<std::string>("start") == "09:00");
  BOOST_TEST(first->getValue<std::string>("room") == "", "no room reads empty, as a venue does");
  BOOST_TEST(first->getArray("speakers")->size() == 2u);
  BOOST_TEST(sessions->getObject(1)->getValue<std::string>("room") == "Plenary hall");
  auto people = read.json()->getObject("names")->getObject("people");
  BOOST_TEST(people->has("madina-jarbussynova"), "a session's speakers are named");
  Response empty = c.patch(kConf, R"({"sessions":[]})", {{"If-Match", c.etag(kConf)}});
  BOOST_TEST_REQUIRE(empty.status == 200, empty.body);
  BOOST_TEST(c.get(kConf).json()->getArray("sessions")->size() == 0u);
}

BOOST_AUTO_TEST_CASE(a_bad_session_is_refused_naming_its_field_and_stores_nothing) {
  PluginServer server;
  Client c = server.client();
  std::string tag = c.etag(kConf);
  struct Case {
    std::string session;
    int status;
    std::string field;
  };
  const std::string day = R"("date":"2016-10-27",)";
  const Case cases[] = {
      {R"({"id":"s1",)" + day + R"("start":"10:00","end":"09:00","title":"T"})", 400, "sessions[0].end"},
      {R"({"id":"s1","date":"2016-10-26","start":"09:00","end":"10:00","title":"T"})", 400,
       "sessions[0].date"},
      {R"({"id":"s1","date":"2016-02-30","start":"09:00","end":"10:00","title":"T"})", 400, "sessions[0].date"},
      {R"({"id":"s1",)" + day + R"("start":"9h","end":"10:00","title":"T"})", 400, "sessions[0].start"},
      {R"({"id":"s1",)" + day + R"("start":"09:00","end":"24:00","title":"T"})", 400, "sessions[0].end"},
      {R"({"id":"s1",)" + day + R"("start":"09:00","end":"10:00","title":""})", 400, "sessions[0].title"},
      {R"({"id":"s1",)" + day + R"("start":"09:00","end":"10:00","title":"Bell\u0007"})", 400, "sessions[0].title"},
      {R"({"id":"s1",)" + day + R"("start":"09:00","end":"10:00","title":")" + std::string(301, 'x') + R"("})", 400,
       "sessions[0].title"},
      {R"({"id":"s1",)" + day + R"("start":"09:00","end":"10:00","title":7})", 400, "sessions[0].title"},
      {R"({"id":"s1",)" + day + R"("start":"09:00","end":"10:00","title":"T","shoeSize":44})", 400,
       "sessions[0].shoeSize"},
      {R"({"id":"s1",)" + day + R"("start":"09:00","end":"10:00","title":"T","speakers":["nobody"]})", 404,
       "sessions[0].speakers[0]"},
      {R"({"id":"s1",)" + day + R"("start":"09:00","end":"10:00","title":"T"},{"id":"s1",)" + day +
           R"("start":"11:00","end":"12:00","title":"U"})",
       400, "sessions[1].id"},
  };
  for (const Case& k : cases) {
    Response r = c.patch(kConf, patchWith(k.session), {{"If-Match", tag}});
    BOOST_TEST(r.status == k.status, k.session << " -> " << r.body);
    BOOST_TEST(r.str("field").find(k.field) != std::string::npos, k.session << " -> " << r.body);
    BOOST_TEST(r.header("Content-Type").find("application/problem+json") == 0u);
    BOOST_TEST(!r.str("detail").empty(), r.body);
  }
  BOOST_TEST(c.etag(kConf) == tag, "nothing was stored");
}

BOOST_AUTO_TEST_CASE(only_the_secretariat_changes_the_agenda_and_only_at_the_version_it_read) {
  PluginServer server;
  Client c = server.client();
  std::string tag = c.etag(kConf);
  const std::string one = patchWith(R"({"id":"s1","date":"2016-10-27","start":"09:00","end":"10:00","title":"T"})");
  for (const char* who : {"mon;monitor", "coord;coordinator;MK", "viewer;viewer", "adm;admin"}) {
    Response r = c.as(who).patch(kConf, one, {{"If-Match", tag}});
    BOOST_TEST(r.status == 403, who << " -> " << r.body);
  }
  BOOST_TEST(c.patch(kConf, one, {{"If-Match", "\"v999\""}}).status == 412, "a stale version");
  BOOST_TEST(c.etag(kConf) == tag);
  BOOST_TEST(c.patch(kConf, one, {{"If-Match", tag}}).status == 200);
}

BOOST_AUTO_TEST_SUITE_END()
