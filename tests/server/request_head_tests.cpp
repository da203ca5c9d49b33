// The request head parser (plugin/server/request_head.h) on its own: what it
// accepts, and that each malformed head is refused with the right status.
#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>

#include "request_head.h"

using accord::server::parseRequestHead;
using accord::server::RequestHead;
using accord::server::wellEscaped;
namespace data = boost::unit_test::data;

namespace {
constexpr std::size_t kMax = 16384;

struct Bad {
  const char* name;
  std::string bytes;
  int status;
};
std::ostream& operator<<(std::ostream& o, const Bad& b) { return o << b.name; }
}  // namespace

BOOST_AUTO_TEST_SUITE(request_head_tests)

BOOST_AUTO_TEST_CASE(a_complete_head_gives_its_parts_and_length) {
  std::string bytes = "\r\nGET /a?b=c HTTP/1.1\r\nHost: x\r\nX-Two:  spaced value \t\r\n\r\nBODY";
  RequestHead h = parseRequestHead(bytes, kMax);
  BOOST_TEST(static_cast<int>(h.state) == static_cast<int>(RequestHead::State::kComplete));
  BOOST_TEST(h.method == "GET");
  BOOST_TEST(h.target == "/a?b=c");
  BOOST_TEST(h.version == "HTTP/1.1");
  BOOST_TEST(h.get("host") == "x");
  BOOST_TEST(h.get("x-two") == "spaced value");
  BOOST_TEST(h.length == bytes.size() - 4);
}

BOOST_AUTO_TEST_CASE(a_head_still_arriving_is_incomplete) {
  for (std::string part : {"", "GE", "GET /a HTTP/1.1\r\n", "GET /a HTTP/1.1\r\nHost: x\r\n", "GET /a HTTP/1.1\r\nHo"})
    BOOST_TEST(static_cast<int>(parseRequestHead(part, kMax).state) ==
                   static_cast<int>(RequestHead::State::kIncomplete),
               part);
}

BOOST_DATA_TEST_CASE(malformed_heads_are_refused_as_soon_as_a_line_is_complete,
                     data::make(std::vector<Bad>{
                         {"HTTP/0.9", "GET /healthz\r\n", 400},
                         {"no target", "GET\r\n", 400},
                         {"two spaces", "GET  /a HTTP/1.1\r\n", 400},
                         {"HTTP/2", "GET /a HTTP/2.0\r\n", 505},
                         {"lower-case version", "GET /a http/1.1\r\n", 400},
                         {"relative target", "GET a HTTP/1.1\r\n", 400},
                         {"bare LF", "GET /a HTTP/1.1\n", 400},
                         {"bare CR", "GET /a\rb HTTP/1.1\r\n", 400},
                         {"no colon", "GET /a HTTP/1.1\r\nHost x\r\n", 400},
                         {"space before colon", "GET /a HTTP/1.1\r\nHost : x\r\n", 400},
                         {"folded line", "GET /a HTTP/1.1\r\nA: b\r\n c\r\n", 400},
                         {"control in value", std::string("GET /a HTTP/1.1\r\nA: b\x01\r\n"), 400},
                         {"too long, unfinished", "GET /" + std::string(kMax, 'a'), 431},
                         {"too long, finished", "GET /a HTTP/1.1\r\nA: " + std::string(kMax, 'a') + "\r\n\r\n", 431},
                     }),
                     bad) {
  RequestHead h = parseRequestHead(bad.bytes, kMax);
  BOOST_TEST(static_cast<int>(h.state) == static_cast<int>(RequestHead::State::kInvalid));
  BOOST_TEST(h.status == bad.status);
  BOOST_TEST(!h.problem.empty());
}

BOOST_AUTO_TEST_CASE(only_complete_percent_escapes_are_well_escaped) {
  for (const char* good : {"/a", "/a%20b", "/%41%7e?x=%2F", ""}) BOOST_TEST(wellEscaped(good), good);
  for (const char* bad : {"/%zz", "/%4", "/%", "/a?next=%zz", "/%g0"}) BOOST_TEST(!wellEscaped(bad), bad);
}

BOOST_AUTO_TEST_SUITE_END()
