// /api/v1/declarations and their revisions.
#include <boost/test/unit_test.hpp>

#include "plugin_server.h"

using namespace accord::test;

namespace {
const std::string kNew =
    R"({"id":"draft-decl","title":"Ministerial Statement","kind":"statement","invitedCountries":["AL","MK","XK"]})";
const std::string kText = R"({"changeNote":"first draft",
  "preamble":[{"id":"rec-1","leadPhrase":"Recognizing","text":"that trafficking crosses borders,"}],
  "operative":[{"id":"op-1","text":"Agree to cooperate.","items":[{"id":"op-1-a","text":"by sharing data;"}]}],
  "closingFormula":"Done at Skopje."})";

std::string created(Client& c) {
  Response r = c.post("/api/v1/declarations?conference=skopje-2016", kNew);
  BOOST_REQUIRE(r.status == 201);
  return r.header("Location");
}
}  // namespace

BOOST_AUTO_TEST_SUITE(declaration_api_tests)

BOOST_AUTO_TEST_CASE(listing_needs_the_conference_and_filters_by_status) {
  PluginServer server;
  Client c = server.client();
  BOOST_TEST(c.get("/api/v1/declarations").status == 400);
  BOOST_TEST(c.get("/api/v1/declarations").str("field") == "conference");
  Response all = c.get("/api/v1/declarations?conference=skopje-2016");
  BOOST_TEST(all.json()->getArray("items")->size() == 1u);
  BOOST_TEST(!all.json()->getArray("items")->getObject(0)->has("revisions"));
  BOOST_TEST(c.get("/api/v1/declarations?conference=skopje-2016&status=drafting").json()->getArray("items")->size() ==
             0u);
  BOOST_TEST(c.get("/api/v1/declarations?conference=nowhere").status == 404);
}

BOOST_AUTO_TEST_CASE(reading_a_declaration_lists_its_revisions) {
  PluginServer server;
  Response r = server.client().get(kDeclaration);
  BOOST_TEST(r.status == 200);
  BOOST_TEST(r.header("ETag") == "\"v" + std::to_string(r.json()->getValue<int>("version")) + "\"");
  BOOST_TEST(r.json()->getValue<int>("finalRevision") == 3);
  BOOST_TEST(r.json()->getArray("revisions")->size() == 3u);
  BOOST_TEST(r.str("status") == "open_for_endorsement");
}

BOOST_AUTO_TEST_CASE(creating_starts_in_drafting_without_text) {
  PluginServer server;
  Client c = server.client();
  std::string where = created(c);
  BOOST_TEST(where == "/api/v1/declarations/draft-decl");
  Response d = c.get(where);
  BOOST_TEST(d.str("status") == "drafting");
  BOOST_TEST(d.str("conference") == "skopje-2016");
  BOOST_TEST(d.json()->isNull("latestRevision"));
  BOOST_TEST(c.get("/api/v1/declarations?conference=skopje-2016&status=drafting").json()->getArray("items")->size() ==
             1u);
}

BOOST_AUTO_TEST_CASE(creating_refuses_unknown_and_malformed_countries_and_a_set_status) {
  PluginServer server;
  Client c = server.client();
  auto post = [&](const std::string& body) { return c.post("/api/v1/declarations?conference=skopje-2016", body); };
  Response unknown = post(R"({"id":"d1","title":"T","invitedCountries":["AL","QQ"]})");
  BOOST_TEST(unknown.status == 400);
  BOOST_TEST(unknown.str("field") == "invitedCountries[1]");
  Response lower = post(R"({"id":"d1","title":"T","invitedCountries":["al"]})");
  BOOST_TEST(lower.str("field") == "invitedCountries[0]");
  Response status = post(R"({"id":"d1","title":"T","invitedCountries":["AL"],"status":"final"})");
  BOOST_TEST(status.str("field") == "status");
  Response nowhere = c.post("/api/v1/declarations?conference=nowhere", R"({"id":"d1","title":"T","invitedCountries":["AL"]})");
  BOOST_TEST(nowhere.status == 404);
  Response none = c.post("/api/v1/declarations", R"({"id":"d1","title":"T","invitedCountries":["AL"]})");
  BOOST_TEST(none.str("field") == "conference");
}

BOOST_AUTO_TEST_CASE(revisions_are_cut_numbered_and_read_back) {
  PluginServer server;
  Client c = server.client();
  std::string where = created(c);
  Response cut = c.post(where + "/revisions", kText, {{"If-Match", c.etag(where)}});
  BOOST_TEST(cut.status == 201);
  BOOST_TEST(cut.header("Location") == where + "/revisions/1");
  BOOST_TEST(cut.json()->getValue<int>("number") == 1);
  BOOST_TEST(cut.str("author") == "sec");
  BOOST_TEST(cut.str("createdAt") == "2017-10-15T12:00:00Z");
  Response second = c.post(where + "/revisions", kText, {{"If-Match", c.etag(where)}});
  BOOST_TEST(second.json()->getValue<int>("number") == 2);
  BOOST_TEST(second.header("ETag") != "");
  Response list = c.get(where + "/revisions");
  BOOST_TEST(list.json()->getArray("items")->size() == 2u);
  Response one = c.get(where + "/revisions/1");
  BOOST_TEST(one.status == 200);
  auto op = one.json()->getArray("operative")->getObject(0);
  BOOST_TEST(op->getArray("items")->getObject(0)->getValue<std::string>("text") == "by sharing data;");
  BOOST_TEST(c.get(where + "/revisions/9").status == 404);
  BOOST_TEST(c.get(where + "/revisions/one").status == 400);
}

BOOST_AUTO_TEST_CASE(cutting_needs_the_declarations_current_version) {
  PluginServer server;
  Client c = server.client();
  std::string where = created(c);
  BOOST_TEST(c.post(where + "/revisions", kText).status == 428);
  std::string tag = c.etag(where);
  BOOST_TEST(c.post(where + "/revisions", kText, {{"If-Match", tag}}).status == 201);
  BOOST_TEST(c.post(where + "/revisions", kText, {{"If-Match", tag}}).status == 412);
  BOOST_TEST(c.post(where + "/revisions", kText, {{"If-Match", "W/" + tag}}).status == 412);
  BOOST_TEST(c.post(where + "/revisions", kText, {{"If-Match", "v2"}}).status == 400);
}

BOOST_AUTO_TEST_CASE(a_frozen_text_cannot_get_a_new_revision) {
  PluginServer server;
  Client c = server.client();
  Response r = c.post(std::string(kDeclaration) + "/revisions", kText, {{"If-Match", c.etag(kDeclaration)}});
  BOOST_TEST(r.status == 409);
  BOOST_TEST(r.str("code") == "invalid_state");
}

BOOST_AUTO_TEST_CASE(clauses_nested_deeper_than_three_levels_are_refused_with_their_path) {
  PluginServer server;
  Client c = server.client();
  std::string where = created(c);
  std::string deep = R"({"operative":[{"id":"a","text":"1","items":[{"id":"b","text":"2","items":[{"id":"c","text":"3",
    "items":[{"id":"d","text":"4"}]}]}]}]})";
  Response r = c.post(where + "/revisions", deep, {{"If-Match", c.etag(where)}});
  BOOST_TEST(r.status == 400);
  BOOST_TEST(r.str("field").rfind("operative[0].items[0].items[0]", 0) == 0, r.str("field"));
}

BOOST_AUTO_TEST_CASE(the_lifecycle_moves_one_legal_step_at_a_time) {
  PluginServer server;
  Client c = server.client();
  std::string where = created(c);
  Response jump = c.patch(where, R"({"status":"final"})", {{"If-Match", c.etag(where)}});
  BOOST_TEST(jump.status == 409);
  Response next = c.patch(where, R"({"status":"consultation"})", {{"If-Match", c.etag(where)}});
  BOOST_TEST(next.status == 200);
  BOOST_TEST(next.str("status") == "consultation");
  Response empty = c.patch(where, R"({"status":"final"})", {{"If-Match", c.etag(where)}});
  BOOST_TEST(empty.status == 409);  // nothing to freeze yet
  BOOST_TEST(c.post(where + "/revisions", kText, {{"If-Match", c.etag(where)}}).status == 201);
  Response freeze = c.patch(where, R"({"status":"final"})", {{"If-Match", c.etag(where)}});
  BOOST_TEST(freeze.status == 200);
  BOOST_TEST(freeze.json()->getValue<int>("finalRevision") == 1);
  Response title = c.patch(where, R"({"title":"New"})", {{"If-Match", c.etag(where)}});
  BOOST_TEST(title.status == 409);  // the title is part of the frozen text
  BOOST_TEST(title.str("field") == "title");
  BOOST_TEST(c.get(where).str("title") == "Ministerial Statement");
}

BOOST_AUTO_TEST_CASE(the_secretariat_retitles_a_draft_and_invites_more_countries_in_one_change) {
  PluginServer server;
  Client c = server.client();
  std::string where = created(c);
  Response r = c.patch(where, R"({"title":"Ministerial Statement on Referral","invitedCountries":["AL","MK","XK","RS"]})",
                       {{"If-Match", c.etag(where)}});
  BOOST_TEST_REQUIRE(r.status == 200, r.body);
  BOOST_TEST(r.str("title") == "Ministerial Statement on Referral");
  BOOST_TEST(r.json()->getArray("invitedCountries")->size() == 4u);
  BOOST_TEST(c.get(where + "/endorsements/RS").status == 200);
  Response audit = c.get("/api/v1/audit?entity=declaration&id=draft-decl");
  BOOST_TEST(audit.body.find("declaration.updated") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(a_country_with_a_record_stays_invited_and_bad_patches_change_nothing) {
  PluginServer server;
  Client c = server.client();
  // In the sample, Albania has endorsed the Skopje declaration.
  std::string skopje = kDeclaration;
  Response before = c.get(skopje);
  Response r = c.patch(skopje, R"({"invitedCountries":["MK"]})", {{"If-Match", before.header("ETag")}});
  BOOST_TEST(r.status == 409);
  BOOST_TEST(r.str("field") == "invitedCountries");
  std::string where = created(c);
  std::string tag = c.etag(where);
  BOOST_TEST(c.patch(where, "{}", {{"If-Match", tag}}).str("field") == "status");
  BOOST_TEST(c.patch(where, R"({"kind":"communique"})", {{"If-Match", tag}}).str("field") == "kind");
  BOOST_TEST(c.patch(where, R"({"invitedCountries":["AL","AL"]})", {{"If-Match", tag}}).status == 400);
  BOOST_TEST(c.patch(where, R"({"invitedCountries":["ZZZ"]})", {{"If-Match", tag}}).str("field") ==
             "invitedCountries[0]");
  BOOST_TEST(c.patch(where, R"({"title":"<b>{{title}}</b>\u0007"})", {{"If-Match", tag}}).str("field") == "title");
  BOOST_TEST(c.as("mon;monitor").patch(where, R"({"title":"X"})", {{"If-Match", tag}}).status == 403);
  BOOST_TEST(c.etag(where) == tag);
  BOOST_TEST(c.get(skopje).header("ETag") == before.header("ETag"));
}

BOOST_AUTO_TEST_CASE(only_the_secretariat_drafts) {
  PluginServer server;
  Client coordinator = server.client().as("coordinator.mk;coordinator;MK");
  BOOST_TEST(coordinator.post("/api/v1/declarations?conference=skopje-2016", kNew).status == 403);
}

BOOST_AUTO_TEST_CASE(a_draft_starts_with_nobody_invited_and_must_invite_before_consultation) {
  PluginServer server;
  Client c = server.client();
  Response r = c.post("/api/v1/declarations?conference=skopje-2016", R"({"id":"bare","title":"Communique"})");
  BOOST_TEST_REQUIRE(r.status == 201, r.body);
  BOOST_TEST(r.json()->getArray("invitedCountries")->size() == 0u);
  std::string where = r.header("Location");
  BOOST_TEST(c.post(where + "/revisions", kText, {{"If-Match", c.etag(where)}}).status == 201);
  Response early = c.patch(where, R"({"status":"consultation"})", {{"If-Match", c.etag(where)}});
  BOOST_TEST(early.status == 409);
  BOOST_TEST(early.str("field") == "invitedCountries");
  BOOST_TEST(c.patch(where, R"({"invitedCountries":["MK"]})", {{"If-Match", c.etag(where)}}).status == 200);
  BOOST_TEST(c.patch(where, R"({"invitedCountries":[]})", {{"If-Match", c.etag(where)}}).status == 200);
  BOOST_TEST(c.patch(where, R"({"invitedCountries":["MK"],"status":"consultation"})", {{"If-Match", c.etag(where)}})
                 .status == 200);
  // From consultation on, the last country stays invited.
  Response emptied = c.patch(where, R"({"invitedCountries":[]})", {{"If-Match", c.etag(where)}});
  BOOST_TEST(emptied.status == 400);
  BOOST_TEST(emptied.str("field") == "invitedCountries");
  BOOST_TEST(c.get(where).json()->getArray("invitedCountries")->size() == 1u);
  Response nullList = c.post("/api/v1/declarations?conference=skopje-2016",
                             R"({"id":"bare2","title":"T","invitedCountries":null})");
  BOOST_TEST(nullList.status == 201);
  Response wrongType = c.post("/api/v1/declarations?conference=skopje-2016",
                              R"({"id":"bare3","title":"T","invitedCountries":"MK"})");
  BOOST_TEST(wrongType.status == 400);
  BOOST_TEST(wrongType.str("field") == "invitedCountries");
}

BOOST_AUTO_TEST_SUITE_END()
