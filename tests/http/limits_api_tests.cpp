// Over a limit is a clear 4xx and the server keeps serving: body size, JSON
// nesting, header size, bodies of unknown length, wrong content types.
#include <boost/test/unit_test.hpp>

#include "accord/domain/declaration.h"
#include "accord/storage/storage.h"
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
// A revision of `units` clauses whose texts hold `chars` characters in all, each
// the four-byte U+1F30D: the largest a revision can be in bytes.
std::string revisionJson(std::size_t units, std::size_t chars) {
  std::string out = R"({"changeNote":"long","operative":[)";
  for (std::size_t i = 0; i < units; ++i) {
    std::size_t share = chars / units + (i < chars % units ? 1 : 0);
    std::string text;
    for (std::size_t k = 0; k < share; ++k) text += "\xF0\x9F\x8C\x8D";
    out += (i ? "," : "") + std::string(R"({"id":"c)") + std::to_string(i) + R"(","text":")" + text + "\"}";
  }
  return out + "]}";
}

std::string newDraft(Client& c) {
  Response r = c.post("/api/v1/declarations?conference=skopje-2016",
                      R"({"id":"long-draft","title":"Long Statement","kind":"statement","invitedCountries":["AL"]})");
  BOOST_REQUIRE(r.status == 201);
  return r.header("Location");
}
}  // namespace

BOOST_AUTO_TEST_SUITE(limits_api_tests)

// The revision limits (domain/revision.h) and the body limit agree: the largest
// revision a writer may cut, in the widest characters, fits in the default body,
// and one character more is refused by the revision's rule, naming where.
BOOST_AUTO_TEST_CASE(the_largest_allowed_revision_fits_the_default_body_limit) {
  PluginServer server;
  Client c = server.client();
  std::string where = newDraft(c);
  std::string largest = revisionJson(1000, 200000);
  BOOST_TEST(largest.size() <= 1048576u);
  Response cut = c.post(where + "/revisions", largest, {{"If-Match", c.etag(where)}});
  BOOST_TEST(cut.status == 201, cut.body.substr(0, 300));
  Response over = c.post(where + "/revisions", revisionJson(1000, 200001), {{"If-Match", c.etag(where)}});
  BOOST_TEST(over.status == 400);
  BOOST_TEST(over.str("field").find("operative[") == 0, over.str("field"));
  BOOST_TEST(over.body.find("200000 characters") != std::string::npos, over.body.substr(0, 300));
  Response units = c.post(where + "/revisions", revisionJson(1001, 1001), {{"If-Match", c.etag(where)}});
  BOOST_TEST(units.status == 400);
  BOOST_TEST(units.str("field") == "operative[1000]");
  BOOST_TEST(units.body.find("at most 1000") != std::string::npos, units.body.substr(0, 300));
}

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

// The limits apply to writing: a revision stored before them (or by other means)
// larger than they allow is still read, compared and its declaration changed.
BOOST_AUTO_TEST_CASE(a_stored_revision_over_the_limits_is_still_read_and_its_declaration_changed) {
  PluginServer server;
  Client c = server.client();
  {
    accord::domain::Declaration d;
    d.id = accord::domain::DeclarationId("old-huge");
    d.conference = accord::domain::ConferenceId("skopje-2016");
    d.title = "An old, very long text";
    d.invitedCountries = {accord::domain::CountryCode::parse("c", "AL").value()};
    accord::domain::Revision r;
    r.number = 1;
    r.author = "sec";
    r.createdAt = accord::domain::Timestamp::fromSeconds(1500000000);
    for (std::size_t i = 0; i < accord::domain::kMaxRevisionUnits + 200; ++i)
      r.operative.push_back({accord::domain::ClauseId("c" + std::to_string(i)), "Clause " + std::to_string(i), {}});
    d.revisions = {r};
    d.version = 1;
    auto store = accord::storage::openStore(server.storageUri()).value();
    auto stored = store->run(accord::app::TxMode::kReadWrite,
                             [&](accord::app::Repositories& repos) { return repos.declarations().insert(d); });
    BOOST_TEST_REQUIRE(stored.ok());
  }
  const std::string where = "/api/v1/declarations/old-huge";
  Response one = c.get(where + "/revisions/1");
  BOOST_TEST(one.status == 200);
  BOOST_TEST(one.json()->getArray("operative")->size() == 1200u);
  Response renamed = c.patch(where, R"({"title":"An old text, renamed"})", {{"If-Match", c.etag(where)}});
  BOOST_TEST(renamed.status == 200, renamed.body.substr(0, 300));
  Response compared = Client(c.port()).get("/declarations/old-huge/compare?from=1&to=1",
                                           {{"Cookie", "accord_session=" + c.token()}});
  BOOST_TEST(compared.status == 200);
  BOOST_TEST(compared.body.find("Next part") != std::string::npos);  // shown a part at a time
  // Cutting the same text again is writing it: refused.
  Response again = c.post(where + "/revisions", revisionJson(1200, 1200), {{"If-Match", c.etag(where)}});
  BOOST_TEST(again.status == 400);
}

BOOST_AUTO_TEST_SUITE_END()
