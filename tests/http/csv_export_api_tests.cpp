// `?format=csv` on the status views and the delegation list: a text/csv
// attachment, UTF-8 with a BOM, read back here with the CSV reader, holding what
// its caller may read and nothing more.
#include <boost/test/unit_test.hpp>

#include <algorithm>

#include "accord/base/csv.h"
#include "plugin_server.h"

using namespace accord::test;
using namespace accord::base;

namespace {
const std::string kImplementation = std::string(kDeclaration) + "/status/implementation?format=csv";

// The cell of `column` in the row whose first cells are `commitment`, `country`.
std::string cell(const csv::Table& t, const std::string& commitment, const std::string& country,
                 const std::string& column) {
  const auto& header = t.rows.at(0);
  std::size_t at = std::find(header.begin(), header.end(), column) - header.begin();
  for (const auto& row : t.rows)
    if (row.at(0) == commitment && row.at(3) == country) return row.at(at);
  return "(no row)";
}

csv::Table tableOf(const Response& r) {
  BOOST_TEST_REQUIRE(r.status == 200, r.body.substr(0, 300));
  BOOST_TEST(r.header("Content-Type").rfind("text/csv", 0) == 0u);
  BOOST_TEST(r.header("Content-Disposition").find("attachment; filename=") == 0u);
  BOOST_TEST(r.body.rfind("\xEF\xBB\xBF", 0) == 0u);
  auto read = csv::read(r.body);
  BOOST_TEST_REQUIRE(read.ok(), read.error->message);
  return read.table;
}
}  // namespace

BOOST_AUTO_TEST_SUITE(csv_export_api_tests)

BOOST_AUTO_TEST_CASE(the_implementation_table_keeps_each_callers_read_rules) {
  PluginServer server;
  // RS's report on cm-transnational-referral is a draft: RS's own.
  csv::Table rs = tableOf(server.client().as("coordinator.rs;coordinator;RS").get(kImplementation));
  BOOST_TEST(cell(rs, "cm-transnational-referral", "RS", "latest report") == "draft");
  for (const char* who : {"coordinator.mk;coordinator;MK", "mon;monitor", "secretariat;secretariat"}) {
    csv::Table t = tableOf(server.client().as(who).get(kImplementation));
    BOOST_TEST(cell(t, "cm-transnational-referral", "RS", "latest report") != "draft", who);
    BOOST_TEST(cell(t, "cm-common-indicators", "MK", "status") == "in_progress");
    BOOST_TEST(cell(t, "cm-common-indicators", "MK", "milestones") == "3");
  }
  BOOST_TEST(server.client().get(kImplementation + "&country=MK").status == 400);
  BOOST_TEST(server.client().get(std::string(kDeclaration) + "/status/implementation?format=odt").status == 400);
}

BOOST_AUTO_TEST_CASE(a_formula_in_a_commitment_is_exported_as_text) {
  PluginServer server;
  Client sec = server.client();
  std::string path = "/api/v1/commitments/cm-common-indicators";
  Response patched = sec.patch(path, R"x({"text":"=1+1 @SUM(A1)"})x", {{"If-Match", sec.etag(path)}});
  BOOST_TEST_REQUIRE(patched.status == 200, patched.body);
  Response r = sec.get(kImplementation);
  BOOST_TEST(r.body.find("\"'=1+1 @SUM(A1)\"") != std::string::npos);
  BOOST_TEST(cell(tableOf(r), "cm-common-indicators", "MK", "text") == "'=1+1 @SUM(A1)");
}

BOOST_AUTO_TEST_CASE(endorsements_and_delegations_export_one_row_each) {
  PluginServer server;
  csv::Table e = tableOf(server.client().as("viewer;viewer").get(std::string(kDeclaration) + "/status/endorsements?format=csv"));
  BOOST_TEST(e.rows.size() == 13u);  // the header and the 12 invited countries
  BOOST_TEST(e.rows[0][2] == "status");
  csv::Table d = tableOf(server.client().get("/api/v1/conferences/skopje-2016/delegations?format=csv"));
  BOOST_TEST(d.rows.size() > 1u);
  BOOST_TEST(d.rows[0][3] == "name");
  BOOST_TEST(server.client().get("/api/v1/conferences/skopje-2016/delegations?format=xml").status == 400);
  BOOST_TEST(server.client().get("/api/v1/conferences/skopje-2016/delegations?format=csv&limit=2").status == 400);
  BOOST_TEST(server.anonymous().get("/api/v1/conferences/skopje-2016/delegations?format=csv").status == 401);
}

BOOST_AUTO_TEST_SUITE_END()
