// Health, metrics, the API description, and what every request meets before its
// handler: routing, methods, query parameters, the operations routes anyone may call.
#include <boost/test/unit_test.hpp>

#include "plugin_server.h"

using namespace accord::test;

BOOST_AUTO_TEST_SUITE(operations_api_tests)

BOOST_AUTO_TEST_CASE(healthz_reports_reachable_storage) {
  PluginServer server;
  Response r = server.client().get("/healthz");
  BOOST_TEST(r.status == 200);
  BOOST_TEST(r.str("status") == "ok");
  BOOST_TEST(r.str("storage") == server.storageUri());
}

BOOST_AUTO_TEST_CASE(metrics_count_requests_by_route_and_status_with_latency) {
  PluginServer server;
  Client c = server.client();
  BOOST_TEST(c.get(kDeclaration).status == 200);
  BOOST_TEST(c.get("/api/v1/declarations/nowhere").status == 404);
  BOOST_TEST(c.get("/nothing/here").status == 404);
  Response m = c.get("/metrics");
  BOOST_TEST(m.status == 200);
  BOOST_TEST(m.header("Content-Type") == "text/plain; version=0.0.4; charset=utf-8");
  const std::string& t = m.body;
  BOOST_TEST(t.find("accord_http_requests_total{method=\"GET\",route=\"/api/v1/declarations/{id}\",status=\"200\"} 1\n") !=
             std::string::npos);
  BOOST_TEST(t.find("accord_http_requests_total{method=\"GET\",route=\"/api/v1/declarations/{id}\",status=\"404\"} 1\n") !=
             std::string::npos);
  BOOST_TEST(t.find("accord_http_requests_total{method=\"GET\",route=\"unmatched\",status=\"404\"} 1\n") !=
             std::string::npos);
  BOOST_TEST(t.find("accord_http_request_duration_seconds_bucket{method=\"GET\",route=\"/api/v1/declarations/{id}\","
                    "le=\"+Inf\"} 2\n") != std::string::npos);
  BOOST_TEST(t.find("# TYPE accord_http_request_duration_seconds histogram") != std::string::npos);
  BOOST_TEST(t.find("accord_storage_errors_total{code=\"unavailable\"} 0\n") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(the_openapi_document_is_served) {
  PluginServer server;
  Response r = server.client().get("/api/v1/openapi.json");
  BOOST_TEST(r.status == 200);
  BOOST_TEST(r.str("openapi") == "3.1.0");
  BOOST_TEST(r.json()->getObject("paths")->has("/api/v1/declarations/{id}/endorsements/{country}"));
}

BOOST_AUTO_TEST_CASE(unknown_paths_are_404_and_wrong_methods_405_with_allow) {
  PluginServer server;
  Client c = server.client();
  Response missing = c.get("/api/v1/treaties");
  BOOST_TEST(missing.status == 404);
  BOOST_TEST(missing.header("Content-Type") == "application/problem+json; charset=utf-8");
  Response wrong = c.del(kDeclaration);
  BOOST_TEST(wrong.status == 405);
  BOOST_TEST(wrong.header("Allow") == "GET, PATCH");
}

BOOST_AUTO_TEST_CASE(a_trailing_slash_names_the_same_resource) {
  PluginServer server;
  BOOST_TEST(server.client().get(std::string(kDeclaration) + "/").status == 200);
}

BOOST_AUTO_TEST_CASE(unknown_or_repeated_query_parameters_are_refused_by_name) {
  PluginServer server;
  Client c = server.client();
  Response typo = c.get(std::string(kDeclaration) + "/render?formt=xml");
  BOOST_TEST(typo.status == 400);
  BOOST_TEST(typo.str("field") == "formt");
  Response twice = c.get(std::string(kDeclaration) + "/render?format=xml&format=docx");
  BOOST_TEST(twice.status == 400);
  BOOST_TEST(twice.str("field") == "format");
  BOOST_TEST(c.get("/api/v1/conferences?limit=0").str("field") == "limit");
  BOOST_TEST(c.get("/api/v1/conferences?limit=501").str("field") == "limit");
}

BOOST_AUTO_TEST_CASE(operations_answer_without_a_token_and_despite_a_bad_one) {
  PluginServer server;
  for (const char* path : {"/healthz", "/metrics", "/api/v1/openapi.json"}) {
    BOOST_TEST(server.anonymous().get(path).status == 200, path);
    BOOST_TEST(server.anonymous().withToken("not-a-token").get(path).status == 200, path);
  }
}

BOOST_AUTO_TEST_SUITE_END()
