// /api/v1/conferences/{id}/people and /organizations: the conference's directory
// entry by entry, through the real plugin over HTTP.
#include <boost/test/unit_test.hpp>

#include "plugin_server.h"

using namespace accord::test;

namespace {
const std::string kConf = "/api/v1/conferences/skopje-2016";
const std::string kPeople = kConf + "/people";
const std::string kOrgs = kConf + "/organizations";
const std::string kMarta = R"({"id":"marta-petrovska","name":"Marta Petrovska","title":"Adviser",
  "organization":"osce-mission-skopje","country":"MK","email":"marta@example.org","language":"mk"})";
}  // namespace

BOOST_AUTO_TEST_SUITE(directory_api_tests)

BOOST_AUTO_TEST_CASE(the_secretariat_adds_reads_and_rewrites_a_person_under_the_conferences_version) {
  PluginServer server;
  Client c = server.client();
  BOOST_TEST(c.post(kPeople, kMarta).status == 428);
  std::string tag = c.etag(kConf);
  Response added = c.post(kPeople, kMarta, {{"If-Match", tag}});
  BOOST_TEST_REQUIRE(added.status == 201, added.body);
  BOOST_TEST(added.header("Location").find("/api/v1/conferences/skopje-2016/people/marta-petrovska") !=
             std::string::npos);
  BOOST_TEST(added.header("ETag") != tag);
  BOOST_TEST(added.header("ETag") == c.etag(kConf), "the answer carries the conference's new ETag");
  Response got = c.get(kPeople + "/marta-petrovska");
  BOOST_TEST_REQUIRE(got.status == 200, got.body);
  BOOST_TEST(got.str("email") == "marta@example.org");
  BOOST_TEST(got.str("language") == "mk");
  BOOST_TEST(got.str("organization") == "osce-mission-skopje");
  BOOST_TEST(c.post(kPeople, kMarta, {{"If-Match", tag}}).status == 412, "a stale version");
  Response rewritten = c.put(kPeople + "/marta-petrovska", R"({"name":"Marta Petrovska","title":"Head of Unit"})",
                             {{"If-Match", c.etag(kConf)}});
  BOOST_TEST_REQUIRE(rewritten.status == 200, rewritten.body);
  BOOST_TEST(rewritten.str("title") == "Head of Unit");
  BOOST_TEST(rewritten.str("email") == "", "a rewrite replaces the whole entry");
  BOOST_TEST(c.get(kPeople + "/marta-petrovska").str("title") == "Head of Unit");
  Response audit = c.as("mon;monitor").get("/api/v1/audit?entity=person&id=skopje-2016/marta-petrovska");
  BOOST_TEST(audit.body.find("person.created") != std::string::npos, audit.body.substr(0, 300));
  BOOST_TEST(audit.body.find("person.updated") != std::string::npos, audit.body.substr(0, 300));
  // A monitor reads the trail but not the address: the snapshots keep no e-mail.
  BOOST_TEST(audit.body.find("marta@example.org") == std::string::npos, "the audit trail shows no e-mail address");
}

BOOST_AUTO_TEST_CASE(bad_entries_are_refused_naming_the_field_and_store_nothing) {
  PluginServer server;
  Client c = server.client();
  std::string tag = c.etag(kConf);
  struct Case {
    std::string body;
    int status;
    std::string field;
  };
  const Case cases[] = {
      {R"({"id":"p1","name":"A","email":"not-an-address"})", 400, "email"},
      {R"({"id":"p1","name":"A","email":"a b@example.org"})", 400, "email"},
      {R"({"id":"p1","name":"A","email":"a@b@example.org"})", 400, "email"},
      {R"({"id":"p1","name":"A","language":"MKD"})", 400, "language"},
      {R"({"id":"p1","name":"A","country":"ZZ"})", 400, "country"},
      {R"({"id":"p1","name":"A","organization":"nowhere"})", 404, "organization"},
      {R"({"id":"p1","name":"Bell\u0007"})", 400, "name"},
      {R"({"id":"p1","name":""})", 400, "name"},
      {R"({"id":"p1","name":")" + std::string(301, 'x') + R"("})", 400, "name"},
      {R"({"id":"p1","name":"A","shoeSize":44})", 400, "shoeSize"},
      {R"({"id":"nina-suomalainen","name":"Someone Else"})", 409, "id"},
      {R"({"id":"p1","name":7})", 400, "name"},
  };
  for (const Case& k : cases) {
    Response r = c.post(kPeople, k.body, {{"If-Match", tag}});
    BOOST_TEST(r.status == k.status, k.body << " -> " << r.body);
    BOOST_TEST(r.str("field") == k.field, k.body << " -> " << r.body);
    BOOST_TEST(r.header("Content-Type").find("application/problem+json") == 0u);
  }
  BOOST_TEST(c.etag(kConf) == tag, "nothing was stored");
  BOOST_TEST(c.get(kPeople + "/p1").status == 404);
  BOOST_TEST(c.put(kPeople + "/nobody", R"({"name":"A"})", {{"If-Match", tag}}).status == 404);
  BOOST_TEST(c.put(kPeople + "/nina-suomalainen", R"({"id":"other","name":"A"})", {{"If-Match", tag}}).str("field") ==
             "id");
  BOOST_TEST(c.as("mon;monitor").post(kPeople, kMarta, {{"If-Match", tag}}).status == 403);
  BOOST_TEST(c.as("c.mk;coordinator;MK").put(kPeople + "/nina-suomalainen", R"({"name":"A"})", {{"If-Match", tag}})
                 .status == 403);
  BOOST_TEST(c.get("/api/v1/conferences/nowhere/people").status == 404);
}

BOOST_AUTO_TEST_CASE(hostile_text_is_kept_as_text) {
  PluginServer server;
  Client c = server.client();
  const std::string name = "<b>Ana</b> {{title}} \xD0\x90\xD0\xBD\xD0\xB0 \xD8\xA2\xD9\x86\xD8\xA7";
  Response r = c.post(kPeople, R"({"id":"p-hostile","name":")" + std::string("<b>Ana</b> {{title}} ") +
                                   "\xD0\x90\xD0\xBD\xD0\xB0 \xD8\xA2\xD9\x86\xD8\xA7" + R"("})",
                      {{"If-Match", c.etag(kConf)}});
  BOOST_TEST_REQUIRE(r.status == 201, r.body);
  BOOST_TEST(c.get(kPeople + "/p-hostile").str("name") == name);
}

BOOST_AUTO_TEST_CASE(an_email_address_is_shown_only_to_who_may_read_it) {
  PluginServer server;
  Client c = server.client();
  BOOST_TEST_REQUIRE(c.post(kPeople, kMarta, {{"If-Match", c.etag(kConf)}}).status == 201);
  const std::string one = kPeople + "/marta-petrovska";
  BOOST_TEST(c.get(one).str("email") == "marta@example.org");
  BOOST_TEST(c.as("admin;admin").get(one).str("email") == "marta@example.org");
  BOOST_TEST(c.as("c.mk;coordinator;MK").get(one).str("email") == "marta@example.org", "her own country's");
  BOOST_TEST(c.as("c.al;coordinator;AL").get(one).str("email") == "");
  BOOST_TEST(c.as("mon;monitor").get(one).str("email") == "");
  BOOST_TEST(c.as("viewer;viewer").get(one).str("email") == "");
  BOOST_TEST(c.as("viewer;viewer").get(one).str("name") == "Marta Petrovska", "the rest is everyone's");
  Response list = c.as("c.al;coordinator;AL").get(kPeople + "?search=petrov");
  BOOST_TEST(list.body.find("marta@example.org") == std::string::npos);
  BOOST_TEST(list.body.find("Marta Petrovska") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(the_people_list_is_searched_by_name_and_paged) {
  PluginServer server;
  Client c = server.client();
  Response all = c.get(kPeople);
  BOOST_TEST_REQUIRE(all.status == 200, all.body);
  const std::size_t total = all.json()->getArray("items")->size();
  BOOST_TEST_REQUIRE(total >= 2u);
  Response first = c.get(kPeople + "?limit=1");
  BOOST_TEST(first.json()->getArray("items")->size() == 1u);
  std::string next = first.str("next");
  BOOST_TEST_REQUIRE(!next.empty());
  Response second = c.get(kPeople + "?limit=1&cursor=" + next);
  BOOST_TEST_REQUIRE(second.status == 200, second.body);
  BOOST_TEST(second.json()->getArray("items")->getObject(0)->getValue<std::string>("id") ==
             all.json()->getArray("items")->getObject(1)->getValue<std::string>("id"));
  Response nina = c.get(kPeople + "?search=SUOMALAINEN");
  BOOST_TEST_REQUIRE(nina.json()->getArray("items")->size() == 1u, nina.body);
  BOOST_TEST(nina.json()->getArray("items")->getObject(0)->getValue<std::string>("id") == "nina-suomalainen");
  BOOST_TEST(c.get(kPeople + "?search=no-such-name").json()->getArray("items")->size() == 0u);
  BOOST_TEST(c.get(kPeople + "?cursor=abc").str("field") == "cursor");
  BOOST_TEST(c.get(kPeople + "?search=" + std::string(301, 'x')).str("field") == "search");
}

BOOST_AUTO_TEST_CASE(organizations_have_a_kind_and_are_searched_by_name_or_acronym) {
  PluginServer server;
  Client c = server.client();
  std::string tag = c.etag(kConf);
  BOOST_TEST(c.post(kOrgs, R"({"id":"uni-skopje","name":"Ss. Cyril and Methodius University","kind":"church"})",
                    {{"If-Match", tag}})
                 .str("field") == "kind");
  Response added = c.post(kOrgs, R"({"id":"uni-skopje","name":"Ss. Cyril and Methodius University",
    "acronym":"UKIM","country":"MK","kind":"academic"})", {{"If-Match", tag}});
  BOOST_TEST_REQUIRE(added.status == 201, added.body);
  BOOST_TEST(added.str("kind") == "academic");
  Response found = c.get(kOrgs + "?search=ukim");
  BOOST_TEST_REQUIRE(found.json()->getArray("items")->size() == 1u, found.body);
  Response rewritten = c.put(kOrgs + "/uni-skopje", R"({"name":"UKIM Skopje","kind":"academic"})",
                             {{"If-Match", c.etag(kConf)}});
  BOOST_TEST_REQUIRE(rewritten.status == 200, rewritten.body);
  BOOST_TEST(c.get(kOrgs + "/uni-skopje").str("name") == "UKIM Skopje");
  BOOST_TEST(c.get(kOrgs + "/osce-mission-skopje").str("kind") == "other", "entries stored before have a kind");
  // A person may now belong to it.
  BOOST_TEST(c.post(kPeople, R"({"id":"prof","name":"Prof. A","organization":"uni-skopje"})",
                    {{"If-Match", c.etag(kConf)}})
                 .status == 201);
}

BOOST_AUTO_TEST_CASE(answers_name_the_people_and_organizations_they_refer_to_by_id) {
  PluginServer server;
  Client c = server.client();
  auto conference = c.get(kConf).json();
  auto names = conference->getObject("names");
  BOOST_TEST_REQUIRE(names);
  auto organizers = conference->getArray("organizers");
  BOOST_TEST_REQUIRE(organizers->size() >= 1u);
  for (std::size_t i = 0; i < organizers->size(); ++i)
    BOOST_TEST(names->getObject("organizations")->has(organizers->getElement<std::string>(i)));
  BOOST_TEST(names->getObject("organizations")->getValue<std::string>("osce-mission-skopje") ==
             "OSCE Mission to Skopje");
  auto speakers = conference->getArray("speakers");
  BOOST_TEST_REQUIRE(speakers->size() >= 1u);
  const std::string speaker = speakers->getObject(0)->getValue<std::string>("person");
  BOOST_TEST(!names->getObject("people")->getValue<std::string>(speaker).empty());
  // A rewritten name is the name the next answer gives.
  Response renamed = c.put(kPeople + "/" + speaker, R"({"name":"Renamed Speaker"})", {{"If-Match", c.etag(kConf)}});
  BOOST_TEST_REQUIRE(renamed.status == 200, renamed.body);
  BOOST_TEST(c.get(kConf).json()->getObject("names")->getObject("people")->getValue<std::string>(speaker) ==
             "Renamed Speaker");
  // Delegations carry their members' names, in lists as in the member routes.
  auto delegation = c.get(kConf + "/delegations?limit=1").json()->getArray("items")->getObject(0);
  auto members = delegation->getArray("members");
  BOOST_TEST_REQUIRE(members->size() >= 1u);
  BOOST_TEST(delegation->getObject("names")->getObject("people")->has(
      members->getObject(0)->getValue<std::string>("person")));
  BOOST_TEST(delegation->getObject("names")->getObject("organizations")->size() == 0u);
}

// Organizers and speakers (with their roles) change after creation by a PATCH of
// the conference; each must be in its directory, said naming the reference.
BOOST_AUTO_TEST_CASE(speakers_and_organizers_change_by_patch_and_must_be_in_the_directory) {
  PluginServer server;
  Client c = server.client();
  std::string tag = c.etag(kConf);
  Response stranger = c.patch(kConf, R"({"speakers":[{"person":"nobody","role":"Closing remarks"}]})",
                              {{"If-Match", tag}});
  BOOST_TEST(stranger.status == 404, stranger.body);
  BOOST_TEST(stranger.str("field") == "speakers[0].person");
  Response nowhere = c.patch(kConf, R"({"organizers":["osce-mission-skopje","nowhere"]})", {{"If-Match", tag}});
  BOOST_TEST(nowhere.status == 404, nowhere.body);
  BOOST_TEST(nowhere.str("field") == "organizers[1]");
  BOOST_TEST(c.etag(kConf) == tag, "nothing was stored");
  BOOST_TEST_REQUIRE(c.post(kPeople, kMarta, {{"If-Match", tag}}).status == 201);
  Response changed = c.patch(kConf, R"({"speakers":[{"person":"marta-petrovska","role":"Closing remarks"}],
    "organizers":["osce-mission-skopje"]})", {{"If-Match", c.etag(kConf)}});
  BOOST_TEST_REQUIRE(changed.status == 200, changed.body);
  auto speakers = changed.json()->getArray("speakers");
  BOOST_TEST_REQUIRE(speakers->size() == 1u);
  BOOST_TEST(speakers->getObject(0)->getValue<std::string>("role") == "Closing remarks");
  BOOST_TEST(changed.json()->getObject("names")->getObject("people")->getValue<std::string>("marta-petrovska") ==
             "Marta Petrovska");
}

BOOST_AUTO_TEST_SUITE_END()
