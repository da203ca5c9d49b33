// The OpenAPI document and the route table agree: every route the API serves is
// described, with its method, and nothing is described that is not served.
#include <boost/test/unit_test.hpp>

#include <unistd.h>

#include <filesystem>
#include <set>

#include <Poco/JSON/Parser.h>

#include "accord/http/api.h"
#include "accord/storage/storage.h"

using namespace accord;

namespace {
class NoDocuments final : public http::DocumentPort {
 public:
  domain::Result<http::RenderedDocument> render(const http::DocumentRequest&) const override {
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
    http::Api api({*store, clock, documents, countries, http::fixedActor({"t", domain::Role::kViewer, std::nullopt}),
                   {}, Poco::Logger::get("test")});
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
                             "/api/v1/openapi.json", "/healthz", "/metrics"}) {
      bool served = false;
      for (const auto& r : routes) served = served || r.second == path;
      BOOST_TEST(served, path);
    }
    Poco::JSON::Parser p;
    auto mounted = p.parse(api.openApi("/accord")).extract<Poco::JSON::Object::Ptr>();
    BOOST_TEST(mounted->getArray("servers")->getObject(0)->getValue<std::string>("url") == "/accord");
  }
  std::filesystem::remove_all(tmpl);
}

BOOST_AUTO_TEST_SUITE_END()
