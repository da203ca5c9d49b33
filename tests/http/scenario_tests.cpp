// The whole story over HTTP, on a server that starts empty: the Skopje conference
// is created, its Joint Declaration drafted in two revisions, frozen and opened,
// countries endorse, commitments are taken on and reported on, and the documents
// are downloaded. Runs on SQLite, and on PostgreSQL when ACCORD_TEST_POSTGRES
// names a server. When ACCORD_HTTP_SCENARIO_OUT names a folder, the SQLite run
// leaves the documents there with bundle.json (what they must say, in bundle
// form) for check_http_documents.py to read back with independent readers.
#include <unistd.h>

#include <atomic>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <utility>
#include <vector>

#include <boost/test/unit_test.hpp>

#include <Poco/JSON/Parser.h>

#include "plugin_server.h"

using namespace accord::test;

namespace {

const std::string kDecl = "/api/v1/declarations/skopje-joint-declaration";

const std::string kConferenceBody = R"({"id":"skopje-2016",
  "title":"Regional Conference on Promoting Synergies and Common Approaches in Addressing Human Trafficking along the Western Balkan Migration Routes",
  "city":"Skopje","venue":"Hotel Holiday Inn Skopje","startDate":"2016-10-27","endDate":"2016-10-28",
  "languages":["en","mk"],"status":"planned",
  "organizations":[{"id":"osce-mission-skopje","name":"OSCE Mission to Skopje","acronym":"OSCE"}],
  "people":[{"id":"nina-suomalainen","name":"Nina Suomalainen","title":"Head of the OSCE Mission to Skopje"},
            {"id":"mk-coordinator","name":"Elena Petrovska","title":"National Anti-Trafficking Co-ordinator","country":"MK"}],
  "organizers":["osce-mission-skopje"],
  "speakers":[{"person":"nina-suomalainen","role":"Opening remarks"}]})";

const std::string kDeclarationBody = R"({"id":"skopje-joint-declaration","title":"Joint Declaration on Combating Trafficking in Human Beings along the Western Balkan Migration Routes",
  "invitedCountries":["AL","BA","MK","RS","XK"]})";

const std::string kRevision1 = R"({"changeNote":"First draft",
  "preamble":[{"id":"rec-routes","leadPhrase":"Recognizing","text":"that the migration routes through the Western Balkans expose people to trafficking,"}],
  "operative":[{"id":"op-identification","text":"Commit to identify victims early, including:",
                "items":[{"id":"op-identification-a","text":"at border crossings;"},
                         {"id":"op-identification-b","text":"in reception centres."}]},
               {"id":"op-cooperation","text":"Agree to cooperate across borders."}],
  "closingFormula":"Adopted at Skopje on 28 October 2016."})";

// Revision 2 adds a clause and carries text a template engine must not interpret.
const std::string kCommitment1 = R"({"id":"cm-referral","text":"Set up the transnational referral mechanism.","clause":"op-referral",
  "deadline":"2017-12-31","countries":["AL","MK","RS"],
  "milestones":[{"id":"ms-sops","title":"Standard operating procedures agreed","due":"2017-06-30"}]})";
const std::string kCommitment2 = R"({"id":"cm-training","text":"Train border police in early identification.","clause":"op-identification",
  "deadline":"2017-06-30","countries":["MK"]})";

const std::string kRevision2 = R"({"changeNote":"Comments of the co-ordinators",
  "preamble":[{"id":"rec-routes","leadPhrase":"Recognizing","text":"that the migration routes through the Western Balkans expose people to trafficking,"},
              {"id":"rec-partners","leadPhrase":"Welcoming","text":"the support of the OSCE & its partners <in the region>,"}],
  "operative":[{"id":"op-identification","text":"Commit to identify victims early, including:",
                "items":[{"id":"op-identification-a","text":"at border crossings;"},
                         {"id":"op-identification-b","text":"in reception centres;","items":[{"id":"op-identification-b-i","text":"by trained staff."}]}]},
               {"id":"op-referral","text":"Establish a transnational referral mechanism (\"TRM\") {{title}}.\nIt covers all five countries."},
               {"id":"op-cooperation","text":"Agree to cooperate across borders."}],
  "closingFormula":"Adopted at Skopje on 28 October 2016."})";

struct Story {
  PluginServer& server;
  Client sec;
  std::vector<std::pair<std::string, std::string>> endorsements;  // country, body as sent

  Response must(const Response& r, int status, const std::string& what) {
    BOOST_TEST_REQUIRE(r.status == status, what << ": " << r.status << " " << r.body);
    return r;
  }
  void move(const std::string& status) {
    must(sec.patch(kDecl, R"({"status":")" + status + "\"}", {{"If-Match", sec.etag(kDecl)}}), 200, status);
  }
  void endorse(const std::string& actor, const std::string& country, const std::string& body) {
    std::string path = kDecl + "/endorsements/" + country;
    must(sec.as(actor).put(path, body, {{"If-Match", sec.etag(path)}}), 200, "endorsement of " + country);
    endorsements.emplace_back(country, body);
  }
  void decide(const std::string& commitment, const std::string& country, const std::string& body) {
    std::string path = "/api/v1/commitments/" + commitment + "/countries/" + country;
    std::string actor = "coordinator." + country + ";coordinator;" + country;
    must(sec.as(actor).put(path, body, {{"If-Match", sec.etag(path)}}), 200, commitment + " " + country);
  }
};

std::string uniqueSchema() {
  static std::atomic<int> n{0};
  return "accord_http_" + std::to_string(getpid()) + "_" + std::to_string(++n);
}

Poco::JSON::Object::Ptr object(const std::string& json) {
  Poco::JSON::Parser parser;
  return parser.parse(json).extract<Poco::JSON::Object::Ptr>();
}

// What the documents must say, in the bundle's shape, built from the bodies the
// story sent and the clock it set, never from the server's answers: a server that
// loses or changes what it was given must not also decide what is expected.
void writeExpectations(const Story& s, const std::string& dir) {
  auto declaration = object(kDeclarationBody);
  declaration->set("finalRevision", 2);  // the story freezes the text at revision 2
  Poco::JSON::Array::Ptr revisions = new Poco::JSON::Array;
  const std::pair<const std::string*, const char*> sent[] = {{&kRevision1, "2016-10-20T09:00:00Z"},
                                                             {&kRevision2, "2016-10-26T16:00:00Z"}};
  int number = 0;
  for (const auto& [body, createdAt] : sent) {
    auto r = object(*body);
    r->set("number", ++number);
    r->set("createdAt", std::string(createdAt));
    revisions->add(r);
  }
  declaration->set("revisions", revisions);
  Poco::JSON::Array::Ptr endorsements = new Poco::JSON::Array;
  for (const auto& [country, body] : s.endorsements) {
    auto e = object(body);
    e->set("country", country);
    endorsements->add(e);
  }
  declaration->set("endorsements", endorsements);
  Poco::JSON::Array::Ptr commitments = new Poco::JSON::Array;
  for (const auto* body : {&kCommitment1, &kCommitment2}) commitments->add(object(*body));
  declaration->set("commitments", commitments);
  Poco::JSON::Object bundle;
  bundle.set("conference", object(kConferenceBody));
  Poco::JSON::Array::Ptr declarations = new Poco::JSON::Array;
  declarations->add(declaration);
  bundle.set("declarations", declarations);
  bundle.set("countries", Poco::JSON::Array::Ptr(new Poco::JSON::Array));
  std::ofstream out(dir + "/bundle.json");
  bundle.stringify(out);
}

void save(const std::string& dir, const std::string& name, const std::string& bytes) {
  std::ofstream out(dir + "/" + name, std::ios::binary);
  out << bytes;
}

void runStory(ServerOptions options, const std::string& outDir) {
  options.seed = false;
  options.now = "2016-09-01T08:00:00Z";
  PluginServer server(options);
  Story s{server, server.client(), {}};
  Client& sec = s.sec;

  s.must(sec.post("/api/v1/conferences", kConferenceBody), 201, "conference");
  s.must(sec.post("/api/v1/conferences/skopje-2016/delegations",
                  R"({"country":"MK","members":[{"person":"mk-coordinator","role":"national_coordinator"}]})",
                  {{"If-Match", "\"v1\""}}),
         201, "delegation");
  s.must(sec.post("/api/v1/declarations?conference=skopje-2016", kDeclarationBody), 201, "declaration");

  server.setNow("2016-10-20T09:00:00Z");
  s.must(sec.post(kDecl + "/revisions", kRevision1, {{"If-Match", sec.etag(kDecl)}}), 201, "revision 1");
  s.move("consultation");
  server.setNow("2016-10-26T16:00:00Z");
  s.must(sec.post(kDecl + "/revisions", kRevision2, {{"If-Match", sec.etag(kDecl)}}), 201, "revision 2");
  s.move("final");
  BOOST_TEST(sec.get(kDecl).json()->getValue<int>("finalRevision") == 2);
  s.move("open_for_endorsement");
  BOOST_TEST(sec.post(kDecl + "/revisions", kRevision1, {{"If-Match", sec.etag(kDecl)}}).status == 409);

  server.setNow("2016-10-28T12:00:00Z");
  const std::string signed2 = R"("revision":2,"date":"2016-10-28","place":"Skopje","method":"in_session")";
  s.endorse("coordinator.al;coordinator;AL", "AL",
            R"({"status":"endorsed",)" + signed2 + R"(,"signer":{"name":"Mirela Dervishi","title":"National Co-ordinator"}})");
  s.endorse("coordinator.mk;coordinator;MK", "MK",
            R"({"status":"endorsed_ad_referendum",)" + signed2 +
                R"(,"signer":{"name":"Elena Petrovska","title":"National Anti-Trafficking Co-ordinator"},"statement":"Subject to confirmation by the Government."})");
  s.endorse("sec;secretariat", "XK",
            R"({"status":"endorsed","onBehalf":true,)" + signed2 + R"(,"signer":{"name":"Arben Gashi","title":"National Co-ordinator"}})");
  s.endorse("coordinator.rs;coordinator;RS", "RS", R"({"status":"declined","date":"2016-10-28","method":"email"})");
  s.endorse("coordinator.ba;coordinator;BA", "BA", R"({"status":"consulting"})");
  Response tally = sec.get(kDecl + "/status/endorsements");
  BOOST_TEST(tally.str("summary") == "3 of 5 invited countries have endorsed");

  s.must(sec.post(kDecl + "/commitments", kCommitment1), 201, "commitment 1");
  s.must(sec.post(kDecl + "/commitments", kCommitment2), 201, "commitment 2");
  server.setNow("2016-11-15T10:00:00Z");
  s.decide("cm-referral", "AL", R"({"acceptance":"accepted","leadInstitution":"Ministry of Interior"})");
  s.decide("cm-referral", "MK", R"({"acceptance":"accepted","leadInstitution":"National Commission"})");
  s.decide("cm-referral", "RS", R"({"acceptance":"declined"})");
  s.decide("cm-training", "MK", R"({"acceptance":"accepted"})");
  s.decide("cm-training", "MK", R"({"status":"in_progress"})");

  server.setNow("2017-07-05T10:00:00Z");
  Client mk = sec.as("coordinator.mk;coordinator;MK");
  std::string reports = "/api/v1/commitments/cm-training/countries/MK/reports";
  Response draft = s.must(mk.post(reports, R"({"id":"rp-training-1","periodStart":"2017-01-01","periodEnd":"2017-06-30",
                                               "narrative":"120 officers trained.","percent":80})"),
                          201, "report");
  Response submitted = s.must(mk.patch(reports + "/rp-training-1", R"({"state":"submitted"})",
                                       {{"If-Match", draft.header("ETag")}}),
                              200, "submit");
  s.must(sec.as("mon;monitor").patch(reports + "/rp-training-1", R"({"state":"validated"})",
                                     {{"If-Match", submitted.header("ETag")}}),
         200, "validate");

  server.setNow("2017-10-15T12:00:00Z");
  Response matrix = sec.get(kDecl + "/status/implementation");
  BOOST_TEST(matrix.json()->getArray("cells")->size() == 4u);
  BOOST_TEST(matrix.json()->getValue<int>("overdue") == 1);  // cm-training, due 2017-06-30, in progress

  const std::string docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
  struct Download {
    std::string path, type, file;
  };
  const Download downloads[] = {
      {kDecl + "/render", docx, "skopje-joint-declaration-r2-final.docx"},
      {kDecl + "/render?format=xml", "application/xml", "skopje-joint-declaration-r2-final.xml"},
      {kDecl + "/render?revision=1", docx, "skopje-joint-declaration-r1-draft.docx"},
      {kDecl + "/render?revision=1&format=xml", "application/xml", "skopje-joint-declaration-r1-draft.xml"},
      {kDecl + "/status/endorsements?format=docx", docx, "skopje-joint-declaration-endorsement-status-2017-10-15.docx"},
      {kDecl + "/status/endorsements?format=xml", "application/xml",
       "skopje-joint-declaration-endorsement-status-2017-10-15.xml"},
      {kDecl + "/status/implementation?format=docx", docx, "skopje-joint-declaration-implementation-2017-10-15.docx"},
      {kDecl + "/status/implementation?format=xml", "application/xml",
       "skopje-joint-declaration-implementation-2017-10-15.xml"},
  };
  for (const auto& d : downloads) {
    Response r = s.must(sec.get(d.path), 200, d.path);
    BOOST_TEST(r.header("Content-Type") == d.type);
    BOOST_TEST(r.header("Content-Disposition") == "attachment; filename=\"" + d.file + "\"");
    if (d.type == docx) BOOST_TEST(r.body.substr(0, 2) == "PK");
    else BOOST_TEST(r.body.rfind("<?xml", 0) == 0u);
    if (!outDir.empty()) save(outDir, d.file, r.body);
  }
  Response finalXml = sec.get(kDecl + "/render?format=xml");
  BOOST_TEST(finalXml.body.find("{{title}}") != std::string::npos);  // printed, not interpreted
  BOOST_TEST(finalXml.body.find("OSCE &amp; its partners &lt;in the region&gt;") != std::string::npos);
  BOOST_TEST(finalXml.body.find("Mirela Dervishi") != std::string::npos);

  Response audit = sec.get("/api/v1/audit?entity=endorsement&id=skopje-joint-declaration/MK");
  BOOST_TEST(audit.json()->getArray("items")->size() == 1u);
  Response verify = sec.get("/api/v1/audit/verify");
  BOOST_TEST(verify.json()->getValue<bool>("ok"));
  BOOST_TEST(verify.json()->getValue<int>("checked") > 20);
  if (!outDir.empty()) writeExpectations(s, outDir);
}

}  // namespace

BOOST_AUTO_TEST_SUITE(scenario_tests)

BOOST_AUTO_TEST_CASE(skopje_from_an_empty_server_to_the_documents_on_sqlite) {
  std::string out;
  if (const char* dir = std::getenv("ACCORD_HTTP_SCENARIO_OUT"); dir && *dir) {
    out = dir;
    std::filesystem::remove_all(out);
    std::filesystem::create_directories(out);
  }
  runStory({}, out);
}

BOOST_AUTO_TEST_CASE(skopje_from_an_empty_server_to_the_documents_on_postgresql) {
  const char* pg = std::getenv("ACCORD_TEST_POSTGRES");
  if (!pg || !*pg) {
    // In CI the PostgreSQL run is required: ./test starts a server and sets the variable.
    const char* ci = std::getenv("CI");
    std::string v = ci ? ci : "";
    BOOST_REQUIRE_MESSAGE(v.empty() || v == "0" || v == "false",
                          "CI is set but ACCORD_TEST_POSTGRES is not: the PostgreSQL run may not be skipped in CI");
    BOOST_TEST_MESSAGE("ACCORD_TEST_POSTGRES is not set: PostgreSQL run skipped");
    return;
  }
  ServerOptions options;
  std::string base = pg;
  options.storageUri = base + (base.find('?') == std::string::npos ? "?" : "&") + "schema=" + uniqueSchema();
  runStory(options, "");
}

BOOST_AUTO_TEST_SUITE_END()
