// What every answer carries: browser hardening headers, no-store for answers
// about someone, a request id (the client's when sane), and CORS headers only for
// origins the operator listed.
#include <boost/test/unit_test.hpp>

#include "plugin_server.h"

using namespace accord::test;

namespace {
void hardened(const Response& r, const std::string& what) {
  BOOST_TEST(r.header("X-Content-Type-Options") == "nosniff", what);
  BOOST_TEST(r.header("X-Frame-Options") == "DENY", what);
  BOOST_TEST(r.header("Referrer-Policy") == "no-referrer", what);
  BOOST_TEST(r.header("Content-Security-Policy") ==
                 "default-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'none'; object-src 'none'",
             what);
  BOOST_TEST(!r.header("X-Request-Id").empty(), what);
  BOOST_TEST(r.header("Access-Control-Allow-Origin").empty(), what);
}
}  // namespace

BOOST_AUTO_TEST_SUITE(security_headers_api_tests)

BOOST_AUTO_TEST_CASE(every_kind_of_answer_is_hardened) {
  PluginServer server;
  Client c = server.client();
  Response read = c.get(kDeclaration);
  hardened(read, "a read");
  BOOST_TEST(read.header("Cache-Control") == "no-store");
  hardened(c.get("/healthz"), "the health probe");
  hardened(server.anonymous().get(kDeclaration), "a 401");
  hardened(c.get("/api/v1/nothing"), "a 404");
  hardened(c.post("/api/v1/conferences", "{}"), "a 400");
  hardened(c.get(std::string(kDeclaration) + "/render?format=docx"), "a download");
  // The API description is the same for everyone and may be cached.
  BOOST_TEST(c.get("/api/v1/openapi.json").header("Cache-Control") != "no-store");
}

BOOST_AUTO_TEST_CASE(a_sane_request_id_is_echoed_and_anything_else_replaced) {
  PluginServer server;
  Client c = server.client();
  BOOST_TEST(c.get("/healthz", {{"X-Request-Id", "lb-7f3a.01_x"}}).header("X-Request-Id") == "lb-7f3a.01_x");
  for (std::string bad : {std::string(65, 'a'), std::string("a b"), std::string("id\";rm"), std::string("ü")}) {
    std::string id = c.get("/healthz", {{"X-Request-Id", bad}}).header("X-Request-Id");
    BOOST_TEST(id != bad);
    BOOST_TEST(id.size() == 36u, id);
  }
  std::string one = c.get("/healthz").header("X-Request-Id"), two = c.get("/healthz").header("X-Request-Id");
  BOOST_TEST(one != two);
}

BOOST_AUTO_TEST_CASE(no_cors_unless_an_origin_is_listed) {
  PluginServer plain;
  Response r = plain.client().get(kDeclaration, {{"Origin", "https://evil.example"}});
  BOOST_TEST(r.header("Access-Control-Allow-Origin").empty());
  BOOST_TEST(plain.anonymous()
                 .send("OPTIONS", kDeclaration, "", "", {{"Origin", "https://evil.example"},
                                                        {"Access-Control-Request-Method", "GET"}})
                 .status == 405);

  ServerOptions options;
  options.config["http.corsOrigins"] = "https://ui.example.org, http://localhost:3000";
  PluginServer open(options);
  Response listed = open.client().get(kDeclaration, {{"Origin", "https://ui.example.org"}});
  BOOST_TEST(listed.status == 200);
  BOOST_TEST(listed.header("Access-Control-Allow-Origin") == "https://ui.example.org");
  BOOST_TEST(listed.header("Vary") == "Origin");
  BOOST_TEST(listed.header("Access-Control-Expose-Headers").find("ETag") != std::string::npos);
  Response other = open.client().get(kDeclaration, {{"Origin", "https://evil.example"}});
  BOOST_TEST(other.header("Access-Control-Allow-Origin").empty());
  Response preflight = open.anonymous().send(
      "OPTIONS", std::string(kDeclaration), "", "",
      {{"Origin", "http://localhost:3000"}, {"Access-Control-Request-Method", "PATCH"}});
  BOOST_TEST(preflight.status == 204);
  BOOST_TEST(preflight.header("Access-Control-Allow-Origin") == "http://localhost:3000");
  BOOST_TEST(preflight.header("Access-Control-Allow-Methods") == "GET, PATCH");
  BOOST_TEST(preflight.header("Access-Control-Allow-Headers").find("Authorization") != std::string::npos);
  Response stranger = open.anonymous().send("OPTIONS", std::string(kDeclaration), "", "",
                                            {{"Origin", "https://evil.example"}, {"Access-Control-Request-Method", "GET"}});
  BOOST_TEST(stranger.status == 405);
  BOOST_TEST(stranger.header("Access-Control-Allow-Origin").empty());
}

BOOST_AUTO_TEST_CASE(a_bad_origin_list_stops_the_plugin_naming_the_setting) {
  ServerOptions options;
  options.config["http.corsOrigins"] = "*";
  try {
    PluginServer server(options);
    BOOST_FAIL("a server started with http.corsOrigins = *");
  } catch (const std::runtime_error& e) {
    BOOST_TEST(std::string(e.what()).find("http.corsOrigins") != std::string::npos, e.what());
  }
}

BOOST_AUTO_TEST_SUITE_END()
