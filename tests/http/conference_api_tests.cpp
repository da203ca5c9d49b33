// /api/v1/conferences and their delegations, through the real plugin over HTTP.
#include <boost/test/unit_test.hpp>

#include <string>
#include <utility>
#include <vector>

#include "plugin_server.h"

using namespace accord::test;

namespace {
const std::string kNew = R"({"id":"vienna-2018","title":"Vienna Follow-up Meeting","city":"Vienna",
  "startDate":"2018-03-01","endDate":"2018-03-02","languages":["en"],
  "organizations":[{"id":"osce-sec","name":"OSCE Secretariat","acronym":"OSCE"}],
  "people":[{"id":"anna-muster","name":"Anna Muster","title":"Adviser","country":"AT"}],
  "organizers":["osce-sec"]})";
}

BOOST_AUTO_TEST_SUITE(conference_api_tests)

BOOST_AUTO_TEST_CASE(lists_the_seeded_conference_with_a_cursor_for_more) {
  PluginServer server;
  Response r = server.client().get("/api/v1/conferences?limit=1");
  BOOST_TEST(r.status == 200);
  BOOST_TEST(r.header("Content-Type") == "application/json; charset=utf-8");
  auto items = r.json()->getArray("items");
  BOOST_TEST(items->size() == 1u);
  BOOST_TEST(items->getObject(0)->getValue<std::string>("id") == "skopje-2016");
  BOOST_TEST(r.json()->isNull("next"));
}

BOOST_AUTO_TEST_CASE(creating_answers_201_with_location_and_etag) {
  PluginServer server;
  Response r = server.client().post("/api/v1/conferences", kNew);
  BOOST_TEST(r.status == 201);
  BOOST_TEST(r.header("Location") == "/api/v1/conferences/vienna-2018");
  BOOST_TEST(r.header("ETag") == "\"v1\"");
  BOOST_TEST(r.str("city") == "Vienna");
  Response again = server.client().get("/api/v1/conferences/vienna-2018");
  BOOST_TEST(again.status == 200);
  BOOST_TEST(again.header("ETag") == "\"v1\"");
  BOOST_TEST(again.json()->getArray("organizers")->getElement<std::string>(0) == "osce-sec");
}

BOOST_AUTO_TEST_CASE(creating_a_taken_id_is_a_conflict) {
  PluginServer server;
  BOOST_TEST(server.client().post("/api/v1/conferences", kNew).status == 201);
  Response r = server.client().post("/api/v1/conferences", kNew);
  BOOST_TEST(r.status == 409);
  BOOST_TEST(r.header("Content-Type") == "application/problem+json; charset=utf-8");
  BOOST_TEST(r.str("code") == "already_exists");
}

BOOST_AUTO_TEST_CASE(only_the_secretariat_creates_conferences) {
  PluginServer server;
  Response r = server.client().as("mon;monitor").post("/api/v1/conferences", kNew);
  BOOST_TEST(r.status == 403);
  BOOST_TEST(r.str("type") == "urn:accord:problem:forbidden");
}

BOOST_AUTO_TEST_CASE(an_end_before_the_start_names_the_field) {
  PluginServer server;
  std::string body = kNew;
  body.replace(body.find("2018-03-02"), 10, "2018-02-01");
  Response r = server.client().post("/api/v1/conferences", body);
  BOOST_TEST(r.status == 400);
  BOOST_TEST(r.str("field") == "endDate");
}

BOOST_AUTO_TEST_CASE(the_directory_of_a_new_conference_obeys_the_directorys_rules) {
  PluginServer server;
  for (const auto& [entry, field] : std::vector<std::pair<std::string, std::string>>{
           {R"("email":"a@b, c@d")", "people[0].email"}, {R"("language":"english")", "people[0].language"}}) {
    std::string body = kNew;
    body.replace(body.find(R"("country":"AT")"), 14, R"("country":"AT",)" + entry);
    Response r = server.client().post("/api/v1/conferences", body);
    BOOST_TEST(r.status == 400, r.body);
    BOOST_TEST(r.str("field") == field);
  }
  BOOST_TEST(server.client().get("/api/v1/conferences/vienna-2018").status == 404, "nothing stored");
}

BOOST_AUTO_TEST_CASE(a_patch_changes_only_the_fields_it_names_and_bumps_the_version) {
  PluginServer server;
  Client c = server.client();
  std::string tag = c.etag(kConference);
  Response r = c.patch(kConference, R"({"city":"Ohrid","status":"concluded"})", {{"If-Match", tag}});
  BOOST_TEST(r.status == 200);
  BOOST_TEST(r.str("city") == "Ohrid");
  BOOST_TEST(r.str("status") == "concluded");
  BOOST_TEST(r.str("venue") == "Hotel Holiday Inn Skopje");
  BOOST_TEST(r.header("ETag") != tag);
  BOOST_TEST(c.get(kConference).str("city") == "Ohrid");
}

BOOST_AUTO_TEST_CASE(a_patch_without_if_match_is_428_and_with_a_stale_one_412) {
  PluginServer server;
  Client c = server.client();
  std::string tag = c.etag(kConference);
  BOOST_TEST(c.patch(kConference, R"({"city":"Ohrid"})").status == 428);
  // An outsider is refused before being told what the request lacks.
  BOOST_TEST(c.as("viewer;viewer").patch(kConference, R"({"city":"Ohrid"})").status == 403);
  BOOST_TEST(c.patch(kConference, R"({"city":"Ohrid"})", {{"If-Match", tag}}).status == 200);
  Response stale = c.patch(kConference, R"({"city":"Bitola"})", {{"If-Match", tag}});
  BOOST_TEST(stale.status == 412);
  BOOST_TEST(c.get(kConference).str("city") == "Ohrid");
}

BOOST_AUTO_TEST_CASE(a_patch_cannot_rename_the_conference_or_null_a_field) {
  PluginServer server;
  Client c = server.client();
  std::string tag = c.etag(kConference);
  BOOST_TEST(c.patch(kConference, R"({"id":"other"})", {{"If-Match", tag}}).str("field") == "id");
  BOOST_TEST(c.patch(kConference, R"({"city":null})", {{"If-Match", tag}}).str("field") == "city");
  BOOST_TEST(c.patch(kConference, R"({"version":7})", {{"If-Match", tag}}).str("field") == "version");
  Response both = c.patch(kConference, R"({"id":"other","version":"7"})", {{"If-Match", tag}});
  BOOST_TEST(both.json()->getArray("errors")->size() == 2u);
}

BOOST_AUTO_TEST_CASE(an_unknown_conference_is_404) {
  PluginServer server;
  Response r = server.client().get("/api/v1/conferences/nowhere-1999");
  BOOST_TEST(r.status == 404);
  BOOST_TEST(r.str("code") == "not_found");
}

BOOST_AUTO_TEST_CASE(delegations_list_and_filter_by_country) {
  PluginServer server;
  Response all = server.client().get(std::string(kConference) + "/delegations");
  BOOST_TEST(all.status == 200);
  BOOST_TEST(all.json()->getArray("items")->size() > 5u);
  Response mk = server.client().get(std::string(kConference) + "/delegations?country=MK");
  BOOST_TEST(mk.json()->getArray("items")->size() == 1u);
  BOOST_TEST(mk.json()->getArray("items")->getObject(0)->getValue<std::string>("country") == "MK");
  BOOST_TEST(server.client().get(std::string(kConference) + "/delegations?country=mk").status == 400);
}

BOOST_AUTO_TEST_CASE(adding_a_delegation_updates_the_conference) {
  PluginServer server;
  Client c = server.client();
  BOOST_TEST(c.post("/api/v1/conferences", kNew).status == 201);
  std::string path = "/api/v1/conferences/vienna-2018";
  std::string body = R"({"country":"AT","members":[{"person":"anna-muster","role":"head_of_delegation"}]})";
  Response r = c.post(path + "/delegations", body, {{"If-Match", "\"v1\""}});
  BOOST_TEST(r.status == 201);
  BOOST_TEST(r.header("ETag") == "\"v2\"");
  BOOST_TEST(c.get(path).json()->getArray("delegations")->size() == 1u);
  Response twice = c.post(path + "/delegations", body, {{"If-Match", "\"v2\""}});
  BOOST_TEST(twice.status == 409);
  Response stranger = c.post(path + "/delegations",
                             R"({"country":"DE","members":[{"person":"nobody","role":"expert"}]})",
                             {{"If-Match", "\"v2\""}});
  BOOST_TEST(stranger.status == 404);
  BOOST_TEST(stranger.str("field") == "members[0].person");
}

BOOST_AUTO_TEST_CASE(a_conference_with_declarations_is_never_deleted) {
  PluginServer server;
  Client c = server.client();
  Response r = c.del(kConference, {{"If-Match", c.etag(kConference)}});
  BOOST_TEST(r.status == 409);
  BOOST_TEST(r.str("detail").find("has declarations") != std::string::npos, r.body);
  BOOST_TEST(c.get(kConference).status == 200);
  BOOST_TEST(c.get(std::string(kDeclaration)).status == 200);
}

BOOST_AUTO_TEST_CASE(an_empty_conference_is_deleted_with_its_version_and_leaves_an_audit_record) {
  PluginServer server;
  Client c = server.client();
  BOOST_TEST_REQUIRE(c.post("/api/v1/conferences", kNew).status == 201);
  const std::string path = "/api/v1/conferences/vienna-2018";
  BOOST_TEST(c.del(path).status == 428);
  BOOST_TEST(c.del(path, {{"If-Match", "\"v9\""}}).status == 412);
  BOOST_TEST(c.as("viewer;viewer").del(path, {{"If-Match", "\"v1\""}}).status == 403);
  BOOST_TEST(c.as("viewer;viewer").del(path).status == 403);
  BOOST_TEST(c.get(path).status == 200);
  Response r = c.del(path, {{"If-Match", "\"v1\""}});
  BOOST_TEST(r.status == 204);
  BOOST_TEST(r.body.empty());
  BOOST_TEST(c.get(path).status == 404);
  BOOST_TEST(c.del(path, {{"If-Match", "\"v1\""}}).status == 404);
  Response audit = c.get("/api/v1/audit?entity=conference&id=vienna-2018");
  BOOST_TEST(audit.body.find("conference.deleted") != std::string::npos, audit.body);
  BOOST_TEST(c.post("/api/v1/conferences", kNew).status == 201);  // the id is free again
}

BOOST_AUTO_TEST_CASE(lists_filter_by_status) {
  PluginServer server;
  BOOST_TEST(server.client().post("/api/v1/conferences", kNew).status == 201);
  Response planned = server.client().get("/api/v1/conferences?status=planned");
  auto items = planned.json()->getArray("items");
  BOOST_TEST(items->size() == 1u);
  BOOST_TEST(items->getObject(0)->getValue<std::string>("id") == "vienna-2018");
  BOOST_TEST(server.client().get("/api/v1/conferences?status=finished").str("field") == "status");
}

BOOST_AUTO_TEST_CASE(a_delegate_joins_an_existing_conference_changes_role_and_leaves) {
  PluginServer server;
  Client c = server.client();
  const std::string conf = "/api/v1/conferences/skopje-2016";
  const std::string members = conf + "/delegations/CH/members";
  Response noMatch = c.post(members, R"({"role":"expert","person":"nobody"})");
  BOOST_TEST(noMatch.status == 428);
  std::string tag = c.etag(conf);
  BOOST_TEST(c.post(members, R"({"role":"expert"})", {{"If-Match", tag}}).str("field") == "person");
  BOOST_TEST(c.post(members, R"({"role":"expert","person":"x","newPerson":{"id":"y","name":"Y"}})", {{"If-Match", tag}})
                 .status == 400);
  BOOST_TEST(c.post(members, R"({"role":"king","person":"x"})", {{"If-Match", tag}}).str("field") == "role");
  BOOST_TEST(c.post(members, R"({"person":"nobody"})", {{"If-Match", tag}}).status == 404);
  BOOST_TEST(c.post(members, R"({"newPerson":{"id":"p-ch","name":"Bell\u0007"}})", {{"If-Match", tag}}).status == 400);
  BOOST_TEST(c.as("mon;monitor").post(members, R"({"newPerson":{"id":"p-ch","name":"Anna Keller"}})",
                                      {{"If-Match", tag}}).status == 403);
  Response added = c.post(members, R"({"role":"head_of_delegation","newPerson":{"id":"p-ch","name":"Anna Keller"}})",
                          {{"If-Match", tag}});
  BOOST_TEST_REQUIRE(added.status == 201, added.body);
  BOOST_TEST(added.header("ETag") != tag);
  BOOST_TEST(added.json()->getArray("members")->getObject(0)->getValue<std::string>("person") == "p-ch");
  BOOST_TEST(c.post(members, R"({"person":"p-ch"})", {{"If-Match", tag}}).status == 412, "a stale version");
  Response changed = c.patch(members + "/p-ch", R"({"role":"observer"})", {{"If-Match", c.etag(conf)}});
  BOOST_TEST(changed.status == 200, changed.body);
  BOOST_TEST(changed.json()->getArray("members")->getObject(0)->getValue<std::string>("role") == "observer");
  BOOST_TEST(c.patch(members + "/p-ch", R"({"role":"observer","x":1})", {{"If-Match", c.etag(conf)}}).status == 400);
  Response gone = c.del(members + "/p-ch", {{"If-Match", c.etag(conf)}});
  BOOST_TEST(gone.status == 200, gone.body);
  BOOST_TEST(gone.json()->getArray("members")->size() == 0u);
  BOOST_TEST(c.get(conf + "/delegations?country=CH").json()->getArray("items")->size() == 0u);
  BOOST_TEST(c.del(members + "/p-ch", {{"If-Match", c.etag(conf)}}).status == 404);
  Response audit = c.get("/api/v1/audit?entity=conference&id=skopje-2016");
  BOOST_TEST(audit.body.find("conference.updated") != std::string::npos);
}

BOOST_AUTO_TEST_SUITE_END()
