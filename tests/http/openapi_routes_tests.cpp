// The OpenAPI document and the route table agree: every route the API serves is
// described, with its method, and nothing is described that is not served.
#include <boost/test/unit_test.hpp>

#include <unistd.h>

#include <filesystem>
#include <set>

#include <Poco/JSON/Parser.h>

#include "accord/http/api.h"
#include "accord/json/json_snapshots.h"
#include "accord/security/jwt_token_service.h"
#include "accord/security/pbkdf2_password_hasher.h"
#include "accord/storage/storage.h"

using namespace accord;

namespace {
class NoDocuments final : public app::DocumentPort {
 public:
  domain::Result<app::RenderedDocument> render(const app::DocumentRequest&) const override {
    return domain::Error{domain::ErrorCode::kInternal, "no renderer in this test", ""};
  }
};

std::set<std::pair<std::string, std::string>> documented(const std::string& json) {
  Poco::JSON::Parser p;
  auto doc = p.parse(json).extract<Poco::JSON::Object::Ptr>();
  std::set<std::pair<std::string, std::string>> out;
  for (const auto& [path, item] : *doc->getObject("paths"))
    for (const auto& [method, op] : *item.extract<Poco::JSON::Object::Ptr>()) {
      std::string upper;
      for (char c : method) upper += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
      out.emplace(upper, path);
    }
  return out;
}
}  // namespace

BOOST_AUTO_TEST_SUITE(openapi_routes_tests)

BOOST_AUTO_TEST_CASE(the_document_lists_exactly_the_routes) {
  std::string tmpl = (std::filesystem::temp_directory_path() / "accord-openapi-XXXXXX").string();
  BOOST_REQUIRE(mkdtemp(tmpl.data()));
  {
    auto store = std::move(storage::openStore("sqlite:" + tmpl + "/a.db")).value();
    domain::SystemClock clock;
    NoDocuments documents;
    domain::CountryCatalog countries;
    security::Pbkdf2PasswordHasher hasher(1000);
    security::JwtTokenService tokens(std::string(32, 'k'));
    json::JsonSnapshots snapshots;
    app::SessionService sessions({*store, clock, snapshots}, hasher, tokens, &security::newTokenId);
    http::Api api({*store, clock, snapshots, documents, countries, sessions, hasher, [] { return std::string(20, 'p'); }, {},
                   Poco::Logger::get("test")});
    std::set<std::pair<std::string, std::string>> routes;
    for (const auto& r : api.routes()) routes.emplace(r.method, r.path);
    auto doc = documented(api.openApi(""));
    BOOST_TEST(routes.size() == api.routes().size());  // no route twice
    for (const auto& r : routes) BOOST_TEST(doc.count(r) == 1u, r.first << " " << r.second << " is not documented");
    for (const auto& d : doc) BOOST_TEST(routes.count(d) == 1u, d.first << " " << d.second << " is not served");
    // Every path of the design's contract is served.
    for (const char* path : {"/api/v1/session", "/api/v1/countries", "/api/v1/conferences", "/api/v1/conferences/{id}",
                             "/api/v1/conferences/{id}/delegations", "/api/v1/declarations",
                             "/api/v1/declarations/{id}", "/api/v1/declarations/{id}/revisions",
                             "/api/v1/declarations/{id}/revisions/{n}", "/api/v1/declarations/{id}/render",
                             "/api/v1/declarations/{id}/endorsements",
                             "/api/v1/declarations/{id}/endorsements/{country}",
                             "/api/v1/declarations/{id}/commitments", "/api/v1/commitments/{id}",
                             "/api/v1/commitments/{id}/countries/{country}",
                             "/api/v1/commitments/{id}/countries/{country}/reports",
                             "/api/v1/declarations/{id}/status/endorsements",
                             "/api/v1/declarations/{id}/status/implementation", "/api/v1/audit", "/api/v1/audit/verify",
                             "/api/v1/openapi.json", "/healthz", "/metrics", "/api/v1/users",
                             "/api/v1/users/{name}", "/api/v1/users/{name}/password"}) {
      bool served = false;
      for (const auto& r : routes) served = served || r.second == path;
      BOOST_TEST(served, path);
    }
    // Every operation says whether it needs the bearer token; only the probes, the
    // document and signing in do not.
    const std::set<std::pair<std::string, std::string>> anonymous = {
        {"GET", "/healthz"}, {"GET", "/metrics"}, {"GET", "/api/v1/openapi.json"}, {"POST", "/api/v1/session"}};
    Poco::JSON::Parser parser;
    auto whole = parser.parse(api.openApi("")).extract<Poco::JSON::Object::Ptr>();
    auto scheme = whole->getObject("components")->getObject("securitySchemes")->getObject("bearer");
    BOOST_TEST(scheme->getValue<std::string>("scheme") == "bearer");
    for (const auto& r : routes) {
      std::string method;
      for (char c : r.first) method += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      auto security = whole->getObject("paths")->getObject(r.second)->getObject(method)->getArray("security");
      BOOST_REQUIRE_MESSAGE(security, r.first << " " << r.second << " has no security");
      bool open = anonymous.count(r) == 1;
      BOOST_TEST(security->size() == (open ? 0u : 1u), r.first << " " << r.second);
      if (!open) BOOST_TEST(security->getObject(0)->has("bearer"), r.first << " " << r.second);
    }
    Poco::JSON::Parser p;
    auto mounted = p.parse(api.openApi("/accord")).extract<Poco::JSON::Object::Ptr>();
    BOOST_TEST(mounted->getArray("servers")->getObject(0)->getValue<std::string>("url") == "/accord");
  }
  std::filesystem::remove_all(tmpl);
}

BOOST_AUTO_TEST_SUITE_END()
