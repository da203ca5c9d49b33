// Over a limit is a clear 4xx and the server keeps serving: body size, JSON
// nesting, header size, bodies of unknown length, wrong content types.
#include <boost/test/unit_test.hpp>

#include "plugin_server.h"

using namespace accord::test;

namespace {
ServerOptions small() {
  ServerOptions o;
  o.config = {{"limits.maxBodyBytes", "2048"}, {"limits.maxHeaderBytes", "4096"}, {"limits.maxJsonDepth", "8"}};
  return o;
}

std::string nested(int depth) {
  return R"({"id":"x","title":"T","city":"C","startDate":"2018-01-01","endDate":"2018-01-01","illustrative":)" +
         std::string(static_cast<std::size_t>(depth), '[') + std::string(static_cast<std::size_t>(depth), ']') + "}";
}
}  // namespace

BOOST_AUTO_TEST_SUITE(limits_api_tests)

BOOST_AUTO_TEST_CASE(a_body_over_the_limit_is_413_and_the_server_goes_on) {
  PluginServer server(small());
  Client c = server.client();
  std::string big = R"({"id":"x","title":")" + std::string(3000, 'a') + "\"}";
  Response r = c.post("/api/v1/conferences", big);
  BOOST_TEST(r.status == 413);
  BOOST_TEST(r.str("code") == "too_large");
  BOOST_TEST(c.get("/healthz").status == 200);
}

BOOST_AUTO_TEST_CASE(a_chunked_body_over_the_limit_is_413) {
  PluginServer server(small());
  std::string chunk(1500, 'a');
  char size[16];
  std::snprintf(size, sizeof size, "%zx", chunk.size());
  std::string request = "POST /api/v1/conferences HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                        "Authorization: Bearer " + server.client().token() + "\r\n"
                        "Transfer-Encoding: chunked\r\n\r\n" +
                        std::string(size) + "\r\n" + chunk + "\r\n" + std::string(size) + "\r\n" + chunk + "\r\n0\r\n\r\n";
  BOOST_TEST(statusOf(rawExchange(server.port(), request)) == 413);
  BOOST_TEST(server.client().get("/healthz").status == 200);
}

BOOST_AUTO_TEST_CASE(nesting_deeper_than_the_limit_is_400) {
  PluginServer server(small());
  Response r = server.client().post("/api/v1/conferences", nested(20));
  BOOST_TEST(r.status == 400);
  BOOST_TEST(r.body.find("deeper than 8") != std::string::npos, r.body);
}

BOOST_AUTO_TEST_CASE(headers_over_the_limit_are_431) {
  PluginServer server(small());
  Response r = server.client().get("/healthz", {{"X-Padding", std::string(5000, 'p')}});
  BOOST_TEST(r.status == 431);
  BOOST_TEST(server.client().get("/healthz").status == 200);
}

BOOST_AUTO_TEST_CASE(headers_beyond_what_the_parser_takes_are_400_not_a_crash) {
  PluginServer server;
  std::string request = "GET /healthz HTTP/1.1\r\nHost: x\r\nX-Huge: " + std::string(20000, 'h') + "\r\n\r\n";
  BOOST_TEST(statusOf(rawExchange(server.port(), request)) == 400);
  BOOST_TEST(server.client().get("/healthz").status == 200);
}

BOOST_AUTO_TEST_CASE(a_body_of_unknown_length_is_411) {
  PluginServer server;
  std::string request = "POST /api/v1/conferences HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n\r\n{}";
  BOOST_TEST(statusOf(rawExchange(server.port(), request)) == 411);
}

BOOST_AUTO_TEST_CASE(a_body_that_is_not_json_is_refused_by_its_content_type) {
  PluginServer server;
  Response r = server.client().send("POST", "/api/v1/conferences", "id=x", "application/x-www-form-urlencoded", {});
  BOOST_TEST(r.status == 400);
  BOOST_TEST(r.str("field") == "Content-Type");
}

BOOST_AUTO_TEST_CASE(a_request_line_that_is_not_http_gets_an_answer) {
  PluginServer server;
  std::string raw = rawExchange(server.port(), "HELLO\r\n\r\n");
  BOOST_TEST(statusOf(raw) == 400);
  BOOST_TEST(server.client().get("/healthz").status == 200);
}

BOOST_AUTO_TEST_SUITE_END()
