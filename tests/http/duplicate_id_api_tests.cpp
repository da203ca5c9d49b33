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
  // A report's id may be held by another country's report the caller may not
  // read: the answer must not say that anything holds it (fileReport says why).
  std::string detail = what == "report" ? "the id " + id + " cannot be used for a new report; choose another"
                                        : "a " + what + " with id " + id + " already exists";
  BOOST_TEST(r.str("detail").find(detail) != std::string::npos, r.body);
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

// MK's submitted report is not AL's to read: AL's coordinator, posting its id, gets
// the very answer an id of their own reports gets (but for the id), which says
// neither that a report holds it nor whose it is.
BOOST_AUTO_TEST_CASE(a_report_id_held_by_a_report_the_caller_may_not_read_is_not_confirmed) {
  PluginServer server;
  Client al = server.client().as("coordinator.al;coordinator;AL");
  BOOST_REQUIRE(al.get(kMkReports + "/rp-ci-mk-1").status == 404);  // not AL's to read
  Response hidden = al.post(kAlReports, report("rp-ci-mk-1"));
  Response own = al.post(kAlReports, report("rp-ci-al-1"));
  expectTaken(hidden, "report", "rp-ci-mk-1");
  expectTaken(own, "report", "rp-ci-al-1");
  std::string a = hidden.body, b = own.body;
  a.replace(a.find("rp-ci-mk-1"), 10, "ID");
  b.replace(b.find("rp-ci-al-1"), 10, "ID");
  BOOST_TEST(a == b);
  for (const char* leak : {"exist", "MK", "submitted", "held"})
    BOOST_TEST(hidden.str("detail").find(leak) == std::string::npos, leak << " in " << hidden.body);
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
