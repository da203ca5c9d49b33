// A table of bad requests, each answered with the status and the offending field
// it deserves: malformed JSON, wrong types, unknown and missing fields, unknown
// ids, bad country codes, forbidden characters. And hostile but legal text, which
// is stored and returned exactly.
#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>

#include "plugin_server.h"

using namespace accord::test;
namespace bdata = boost::unit_test::data;

namespace {

struct Case {
  const char* name;
  const char* method;
  std::string path;
  std::string body;
  int status;
  const char* field;  // expected "field" of the problem; "" when none
  const char* as = "";  // who asks ("name;role[;CC]"): the secretariat when empty
};

// Reports are written by their country's coordinator only; anyone else is refused
// before the body is read.
const char* const kMk = "coordinator.mk;coordinator;MK";

std::ostream& operator<<(std::ostream& os, const Case& c) { return os << c.name; }

const std::string kConf = R"("id":"c1","title":"T","city":"C","startDate":"2018-01-01","endDate":"2018-01-02")";
const std::string kDecl = std::string(kDeclaration);

const Case kCases[] = {
    {"malformed json", "POST", "/api/v1/conferences", "{\"id\":", 400, "body"},
    {"not an object", "POST", "/api/v1/conferences", "[1,2,3]", 400, "body"},
    {"empty body", "POST", "/api/v1/conferences", "", 400, "body"},
    {"null body", "POST", "/api/v1/conferences", "null", 400, "body"},
    {"a number as the body", "POST", "/api/v1/conferences", "42", 400, "body"},
    {"repeated key", "POST", "/api/v1/conferences", "{" + kConf + R"(,"title":"Other"})", 400, "title"},
    {"repeated key in a nested object", "POST", "/api/v1/conferences",
     "{" + kConf + R"(,"delegations":[{"country":"MK","members":[]},{"country":"AL","country":"MK","members":[]}]})",
     400, "delegations[1].country"},
    {"true as a whole number", "POST", "/api/v1/commitments/cm-common-indicators/countries/MK/reports",
     R"({"id":"r9","periodStart":"2017-01-01","periodEnd":"2017-02-01","narrative":"n","percent":true})", 400,
     "percent", kMk},
    {"wrong type", "POST", "/api/v1/conferences", R"({"id":"c1","title":7,"city":"C","startDate":"2018-01-01","endDate":"2018-01-02"})", 400, "title"},
    {"unknown field", "POST", "/api/v1/conferences", "{" + kConf + R"(,"mood":"happy"})", 400, "mood"},
    {"missing field", "POST", "/api/v1/conferences", R"({"id":"c1","title":"T","startDate":"2018-01-01","endDate":"2018-01-02"})", 400, "city"},
    {"bad date", "POST", "/api/v1/conferences", R"({"id":"c1","title":"T","city":"C","startDate":"2018-02-30","endDate":"2018-03-01"})", 400, "startDate"},
    {"bad id", "POST", "/api/v1/conferences", R"({"id":"no spaces","title":"T","city":"C","startDate":"2018-01-01","endDate":"2018-01-02"})", 400, "id"},
    {"control character", "POST", "/api/v1/conferences", R"({"id":"c1","title":"a\u0001b","city":"C","startDate":"2018-01-01","endDate":"2018-01-02"})", 400, "title"},
    {"lone surrogate", "POST", "/api/v1/conferences", R"({"id":"c1","title":"a\ud800b","city":"C","startDate":"2018-01-01","endDate":"2018-01-02"})", 400, "body"},
    {"line break in a title", "POST", "/api/v1/conferences", R"({"id":"c1","title":"a\nb","city":"C","startDate":"2018-01-01","endDate":"2018-01-02"})", 400, "title"},
    {"overlong title", "POST", "/api/v1/conferences", "{\"id\":\"c1\",\"title\":\"" + std::string(301, 't') + R"(","city":"C","startDate":"2018-01-01","endDate":"2018-01-02"})", 400, "title"},
    {"unknown enum", "POST", "/api/v1/conferences", "{" + kConf + R"(,"status":"postponed"})", 400, "status"},
    {"bad country in a delegation", "POST", "/api/v1/conferences", "{" + kConf + R"(,"delegations":[{"country":"Macedonia","members":[]}]})", 400, "delegations[0].country"},
    {"wrong type in an array", "POST", "/api/v1/conferences", "{" + kConf + R"(,"languages":["en",5]})", 400, "languages[1]"},
    {"unknown declaration", "GET", "/api/v1/declarations/nothing-here", "", 404, "declaration"},
    {"unknown commitment", "GET", "/api/v1/commitments/nothing-here", "", 404, "commitment"},
    {"unknown report", "GET", "/api/v1/commitments/cm-common-indicators/countries/MK/reports/nothing", "", 404, "report"},
    {"bad country in the path", "GET", kDecl + "/endorsements/Mk", "", 400, "country"},
    {"three-letter country", "GET", "/api/v1/commitments/cm-common-indicators/countries/MKD", "", 400, "country"},
    {"bad country filter", "GET", kDecl + "/status/implementation?country=m", "", 400, "country"},
    {"percent as text", "POST", "/api/v1/commitments/cm-common-indicators/countries/MK/reports",
     R"({"id":"r9","periodStart":"2017-01-01","periodEnd":"2017-02-01","percent":"70"})", 400, "percent", kMk},
    {"missing If-Match", "POST", "/api/v1/declarations/nothing/revisions", R"({"preamble":[]})", 428, "If-Match"},
    {"bad If-Match", "PATCH", kDecl, R"({"status":"closed"})", 400, "If-Match"},
    {"negative limit", "GET", "/api/v1/conferences?limit=-1", "", 400, "limit"},
    {"bad audit time", "GET", "/api/v1/audit?from=yesterday", "", 400, "from"},
    {"audit id without entity", "GET", "/api/v1/audit?id=x", "", 400, "id"},
    {"compare without from", "GET", kDecl + "/compare?to=2", "", 400, "from"},
    {"compare without to", "GET", kDecl + "/compare?from=1", "", 400, "to"},
    {"compare from a word", "GET", kDecl + "/compare?from=one&to=2", "", 400, "from"},
    {"compare to zero", "GET", kDecl + "/compare?from=1&to=0", "", 400, "to"},
    {"compare from an unknown revision", "GET", kDecl + "/compare?from=9&to=2", "", 404, "from"},
    {"compare to an unknown revision", "GET", kDecl + "/compare?from=1&to=9", "", 404, "to"},
    {"compare an unknown declaration", "GET", "/api/v1/declarations/nothing-here/compare?from=1&to=2", "", 404,
     "declaration"},
    {"unknown document", "GET", kDecl + "/render?document=minutes", "", 400, "document"},
    {"redline as xml", "GET", kDecl + "/render?document=redline&from=1&to=2&format=xml", "", 400, "format"},
    {"redline without from", "GET", kDecl + "/render?document=redline&to=2", "", 400, "from"},
    {"redline without to", "GET", kDecl + "/render?document=redline&from=1", "", 400, "to"},
    {"redline from a word", "GET", kDecl + "/render?document=redline&from=x&to=2", "", 400, "from"},
    {"redline to an unknown revision", "GET", kDecl + "/render?document=redline&from=1&to=9", "", 404, "to"},
    {"redline from an unknown revision", "GET", kDecl + "/render?document=redline&from=9&to=2", "", 404, "from"},
};

// One server for the whole table: none of its requests changes anything.
struct SharedServer {
  SharedServer() { server = new PluginServer; }
  ~SharedServer() {
    delete server;
    server = nullptr;
  }
  static PluginServer* server;
};
PluginServer* SharedServer::server = nullptr;

}  // namespace

BOOST_AUTO_TEST_SUITE(bad_input_api_tests, *boost::unit_test::fixture<SharedServer>())

BOOST_DATA_TEST_CASE(is_refused_with_its_status_and_field, bdata::make(kCases), c) {
  PluginServer& server = *SharedServer::server;
  Client::Headers headers;
  if (std::string(c.name) == "bad If-Match") headers["If-Match"] = "3";
  Client asker = *c.as ? server.client().as(c.as) : server.client();
  Response r = asker.send(c.method, c.path, c.body, "application/json", headers);
  BOOST_TEST(r.status == c.status, r.body);
  BOOST_TEST(r.header("Content-Type") == "application/problem+json; charset=utf-8");
  BOOST_TEST(r.str("field") == c.field);
  BOOST_TEST(r.json()->getValue<int>("status") == c.status);
  BOOST_TEST(!r.str("detail").empty());
  // Never the parser's or the database's own words.
  for (const char* leak : {"stack", "Syntax", "syntax error", "Exception", "JSON::", "SQL", "sqlite", "Poco"})
    BOOST_TEST(r.str("detail").find(leak) == std::string::npos, leak << " in " << r.body);
}

BOOST_AUTO_TEST_CASE(hostile_but_legal_text_is_stored_and_returned_exactly) {
  PluginServer server;
  const std::string title = "<script>alert(\"x\")</script> & {{title}} {{#x}}y{{/x}} 'quoted' Đorđević Κόσοβο 🇲🇰";
  std::string body = R"({"id":"c-hostile","title":)" + quoted(title) +
                     R"(,"city":"Skopje","startDate":"2018-01-01","endDate":"2018-01-02"})";
  Response created = server.client().post("/api/v1/conferences", body);
  BOOST_TEST(created.status == 201, created.body);
  BOOST_TEST(server.client().get("/api/v1/conferences/c-hostile").str("title") == title);
}

BOOST_AUTO_TEST_CASE(invalid_utf8_is_refused) {
  PluginServer server;
  std::string body = "{\"id\":\"c1\",\"title\":\"a\xff\xfe" "b\",\"city\":\"C\",\"startDate\":\"2018-01-01\",\"endDate\":"
                     "\"2018-01-02\"}";
  Response r = server.client().post("/api/v1/conferences", body);
  BOOST_TEST(r.status == 400);
}

BOOST_AUTO_TEST_SUITE_END()
