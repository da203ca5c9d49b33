// The served OpenAPI document is true: every path and method it lists is
// answered by the running server (never 404 for the route or 405), with a status
// the document lists for that operation and the media type it promises.
#include <set>

#include <boost/test/unit_test.hpp>

#include "plugin_server.h"

using namespace accord::test;

namespace {

// Real ids of the seeded sample for each path parameter.
std::string fill(const std::string& path) {
  std::string out = path;
  auto replace = [&](const std::string& param, const std::string& value) {
    for (auto at = out.find(param); at != std::string::npos; at = out.find(param)) out.replace(at, param.size(), value);
  };
  if (out.rfind("/api/v1/conferences/", 0) == 0) replace("{id}", "skopje-2016");
  // The sample's declaration is past consultation and has no amendment: the
  // consultation's routes are walked on the one the test prepares (consultDeclaration).
  if (out.find("/revisions/{n}/comments") != std::string::npos ||
      out.find("/revisions/{n}/amendments") != std::string::npos)
    replace("{id}", "walk-consult");
  if (out.rfind("/api/v1/declarations/", 0) == 0) replace("{id}", "skopje-joint-declaration");
  if (out.rfind("/api/v1/commitments/", 0) == 0) replace("{id}", "cm-common-indicators");
  replace("{country}", "MK");
  replace("{n}", "1");
  replace("{report}", "rp-ci-mk-1");
  replace("{aid}", "1");
  replace("{name}", "admin");
  replace("{language}", "fr");
  replace("{person}", "nina-suomalainen");
  replace("{organization}", "osce-mission-skopje");
  return out;
}

std::string mediaType(const Response& r) {
  std::string t = r.header("Content-Type");
  return t.substr(0, t.find(';'));
}

// A declaration of the sample conference in consultation, with amendment 1 on
// revision 1.
void consultDeclaration(const Client& sec) {
  const std::string d = "/api/v1/declarations/walk-consult";
  BOOST_TEST_REQUIRE(sec.post("/api/v1/declarations?conference=skopje-2016",
                              R"({"id":"walk-consult","title":"Walk","invitedCountries":["MK"]})")
                         .status == 201);
  BOOST_TEST_REQUIRE(sec.post(d + "/revisions", R"({"changeNote":"First draft","operative":[{"id":"op-1","text":"Agree."}]})",
                              {{"If-Match", sec.etag(d)}})
                         .status == 201);
  BOOST_TEST_REQUIRE(sec.patch(d, R"({"status":"consultation"})", {{"If-Match", sec.etag(d)}}).status == 200);
  BOOST_TEST_REQUIRE(sec.post(d + "/revisions/1/amendments",
                              R"({"unit":"op-1","kind":"replace","text":"Agree now.","justification":"Sooner."})")
                         .status == 201);
  // A French version of the sample's revision 1, for the language routes.
  BOOST_TEST_REQUIRE(sec.put("/api/v1/declarations/skopje-joint-declaration/revisions/1/languages/fr",
                             R"({"units":[{"unit":"op-follow-up","text":"Se réunir."}]})", {{"If-Match", "\"v0\""}})
                         .status == 200);
}

}  // namespace

BOOST_AUTO_TEST_SUITE(openapi_walk_tests)

BOOST_AUTO_TEST_CASE(every_documented_operation_answers_as_documented) {
  PluginServer server;
  Client c = server.client();
  consultDeclaration(c);
  auto doc = c.get("/api/v1/openapi.json").json();
  auto paths = doc->getObject("paths");
  std::size_t operations = 0;
  for (const auto& [path, item] : *paths) {
    auto methods = item.extract<Poco::JSON::Object::Ptr>();
    for (const auto& [method, op] : *methods) {
      auto operation = op.extract<Poco::JSON::Object::Ptr>();
      std::string url = fill(path);
      std::string query;
      auto params = operation->getArray("parameters");
      Client::Headers headers;
      for (std::size_t i = 0; i < params->size(); ++i) {
        auto p = params->getObject(i);
        if (!p->getValue<bool>("required")) continue;
        // A required parameter takes its documented example, else the sample's conference.
        auto schema = p->getObject("schema");
        std::string value = schema && schema->has("example") ? schema->get("example").toString() : "skopje-2016";
        if (p->getValue<std::string>("in") == "query")
          query += (query.empty() ? "?" : "&") + p->getValue<std::string>("name") + "=" + value;
      }
      std::string upper;
      for (char ch : method) upper += static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
      bool body = operation->has("requestBody");
      // Accounts (and failed notifications) are the admin's; signing out ends the session of whoever does it,
      // so someone who needs none afterwards does it.
      bool adminsOnly = path.rfind("/api/v1/users", 0) == 0 || path == "/api/v1/notifications/failed";
      Client who = adminsOnly                                     ? c.as("admin;admin")
                   : path == "/api/v1/session" && upper == "DELETE" ? c.as("leaver;viewer")
                                                                    : c;
      Response r = who.send(upper, url + query, body ? "{}" : "", "application/json", headers);
      ++operations;
      std::string what = upper + " " + url + query + " -> " + std::to_string(r.status) + " " + r.body.substr(0, 200);
      BOOST_TEST(r.status != 405, what);
      BOOST_TEST(!(r.status == 404 && r.body.find("nothing is served") != std::string::npos), what);
      auto responses = operation->getObject("responses");
      BOOST_TEST_REQUIRE(responses->has(std::to_string(r.status)), what);
      auto documented = responses->getObject(std::to_string(r.status));
      if (documented->has("content"))
        BOOST_TEST(documented->getObject("content")->has(mediaType(r)), what + " as " + mediaType(r));
      if (upper == "GET" && url.find("/metrics") == std::string::npos) BOOST_TEST(r.status == 200, what);
    }
  }
  BOOST_TEST(operations >= 37u);
}

BOOST_AUTO_TEST_CASE(every_operation_has_a_unique_id_and_known_schemas) {
  PluginServer server;
  std::string text = server.client().get("/api/v1/openapi.json").body;
  auto doc = server.client().get("/api/v1/openapi.json").json();
  auto schemas = doc->getObject("components")->getObject("schemas");
  std::set<std::string> ids;
  for (const auto& [path, item] : *doc->getObject("paths"))
    for (const auto& [method, op] : *item.extract<Poco::JSON::Object::Ptr>()) {
      std::string id = op.extract<Poco::JSON::Object::Ptr>()->getValue<std::string>("operationId");
      BOOST_TEST(ids.insert(id).second, "operationId " + id + " twice");
    }
  const std::string ref = "#/components/schemas/";
  for (auto at = text.find(ref); at != std::string::npos; at = text.find(ref, at + 1)) {
    std::string name = text.substr(at + ref.size(), text.find('"', at) - at - ref.size());
    BOOST_TEST(schemas->has(name), "unknown schema " + name);
  }
}

BOOST_AUTO_TEST_SUITE_END()
