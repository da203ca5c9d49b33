// Creating a record under an id that is taken (issue 12): every creating endpoint
// answers 409 problem+json naming the field "id" and saying so in plain words, never
// with the database's constraint message.
#include <boost/test/unit_test.hpp>

#include "plugin_server.h"

using namespace accord::test;

namespace {
const std::string kMkReports = "/api/v1/commitments/cm-common-indicators/countries/MK/reports";
const std::string kAlReports = "/api/v1/commitments/cm-common-indicators/countries/AL/reports";

std::string report(const std::string& id) {
  return R"({"id":")" + id + R"(","periodStart":"2017-07-01","periodEnd":"2017-09-30",
    "narrative":"Indicators are used by the border police.","percent":70,"evidence":[]})";
}

// The answer a taken id must get: 409, problem+json, field "id", the plain
// sentence, and nothing a database says.
void expectTaken(const Response& r, const std::string& what, const std::string& id) {
  BOOST_TEST(r.status == 409, r.body);
  BOOST_TEST(r.header("Content-Type") == "application/problem+json; charset=utf-8");
  BOOST_TEST(r.str("code") == "already_exists");
  BOOST_TEST(r.str("field") == "id");
  BOOST_TEST(r.str("detail").find("a " + what + " with id " + id + " already exists") != std::string::npos,
             r.body);
  for (const char* leak : {"UNIQUE", "constraint", "already stored", "SQL", "duplicate key", "report.id"})
    BOOST_TEST(r.body.find(leak) == std::string::npos, leak << " in " << r.body);
}
}  // namespace

BOOST_AUTO_TEST_SUITE(duplicate_id_api_tests)

BOOST_AUTO_TEST_CASE(a_report_id_taken_on_the_same_assignment_names_the_field) {
  PluginServer server;
  Client mk = server.client().as("coordinator.mk;coordinator;MK");
  expectTaken(mk.post(kMkReports, report("rp-ci-mk-1")), "report", "rp-ci-mk-1");  // in the sample
  BOOST_TEST(mk.post(kMkReports, report("rp-ci-mk-9")).status == 201);
  expectTaken(mk.post(kMkReports, report("rp-ci-mk-9")), "report", "rp-ci-mk-9");
}

// Report ids are global: reports are read and changed by id, so an id another
// assignment holds is taken too, and the stored report is left as it was.
BOOST_AUTO_TEST_CASE(a_report_id_taken_on_another_assignment_is_taken_too) {
  PluginServer server;
  Client al = server.client().as("coordinator.al;coordinator;AL");
  expectTaken(al.post(kAlReports, report("rp-ci-mk-1")), "report", "rp-ci-mk-1");
  BOOST_TEST(server.client().get(kMkReports + "/rp-ci-mk-1").status == 200);
  BOOST_TEST(server.client().get(kAlReports + "/rp-ci-mk-1").status == 404);
}

BOOST_AUTO_TEST_CASE(a_taken_conference_id_names_the_field) {
  PluginServer server;
  expectTaken(server.client().post("/api/v1/conferences",
                                   R"({"id":"skopje-2016","title":"Again","city":"Skopje",
                                       "startDate":"2018-03-01","endDate":"2018-03-02","languages":["en"]})"),
              "conference", "skopje-2016");
}

BOOST_AUTO_TEST_CASE(a_taken_declaration_id_names_the_field) {
  PluginServer server;
  expectTaken(server.client().post("/api/v1/declarations?conference=skopje-2016",
                                   R"({"id":"skopje-joint-declaration","title":"Again","invitedCountries":["AL"]})"),
              "declaration", "skopje-joint-declaration");
}

BOOST_AUTO_TEST_CASE(a_taken_commitment_id_names_the_field) {
  PluginServer server;
  expectTaken(server.client().post(std::string(kDeclaration) + "/commitments",
                                   R"({"id":"cm-common-indicators","text":"Again.","clause":"op-awareness",
                                       "deadline":"2018-12-31","countries":["MK"]})"),
              "commitment", "cm-common-indicators");
}

BOOST_AUTO_TEST_SUITE_END()
