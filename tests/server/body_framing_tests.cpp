// Body framing (plugin/server/body_framing.h) on its own: every framing that two
// parsers could read differently is refused, and chunked bodies decode strictly.
#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>

#include "body_framing.h"

using namespace accord::server;
namespace data = boost::unit_test::data;

namespace {
RequestHead head(const std::string& fields) {
  return parseRequestHead("POST /a HTTP/1.1\r\nHost: x\r\n" + fields + "\r\n", 16384);
}
int kindOf(const Framing& f) { return static_cast<int>(f.kind); }
int stateOf(const ChunkedBody& b) { return static_cast<int>(b.state); }
}  // namespace

BOOST_AUTO_TEST_SUITE(body_framing_tests)

BOOST_AUTO_TEST_CASE(plain_framings_are_read) {
  BOOST_TEST(kindOf(framingOf(head(""))) == static_cast<int>(Framing::Kind::kNone));
  Framing sized = framingOf(head("Content-Length: 12\r\n"));
  BOOST_TEST(kindOf(sized) == static_cast<int>(Framing::Kind::kLength));
  BOOST_TEST(sized.length == 12u);
  BOOST_TEST(framingOf(head("Content-Length: 7, 7\r\nContent-Length: 7\r\n")).length == 7u);
  BOOST_TEST(kindOf(framingOf(head("Transfer-Encoding: Chunked\r\n"))) == static_cast<int>(Framing::Kind::kChunked));
}

BOOST_DATA_TEST_CASE(ambiguous_framings_are_refused,
                     data::make(std::vector<std::string>{
                         "Content-Length: 5\r\nTransfer-Encoding: chunked\r\n",
                         "Transfer-Encoding: chunked\r\nContent-Length: 0\r\n",
                         "Content-Length: 5\r\nContent-Length: 6\r\n",
                         "Content-Length: 5, 6\r\n",
                         "Content-Length: +5\r\n",
                         "Content-Length: 0x5\r\n",
                         "Content-Length:\r\n",
                         "Transfer-Encoding: gzip, chunked\r\n",
                         "Transfer-Encoding: chunked\r\nTransfer-Encoding: chunked\r\n",
                         "Transfer-Encoding: identity\r\n",
                     }),
                     fields) {
  Framing f = framingOf(head(fields));
  BOOST_TEST((f.status == 400 || f.status == 501), fields);
}

BOOST_AUTO_TEST_CASE(a_chunked_body_decodes_and_says_where_it_ends) {
  std::string bytes = "5;ext=1\r\nhello\r\n1\r\n!\r\n0\r\nTrailer: x\r\n\r\nNEXT";
  ChunkedBody b = decodeChunked(bytes, 1024);
  BOOST_TEST(stateOf(b) == static_cast<int>(ChunkedBody::State::kComplete));
  BOOST_TEST(b.body == "hello!");
  BOOST_TEST(bytes.substr(b.consumed) == "NEXT");
  BOOST_TEST(stateOf(decodeChunked("5\r\nhel", 1024)) == static_cast<int>(ChunkedBody::State::kIncomplete));
  BOOST_TEST(stateOf(decodeChunked("5\r\nhello\r\n0\r\n", 1024)) ==
             static_cast<int>(ChunkedBody::State::kIncomplete));
}

BOOST_DATA_TEST_CASE(broken_chunked_bodies_are_invalid,
                     data::make(std::vector<std::string>{"zz\r\nhello\r\n0\r\n\r\n", "\r\n", "5\r\nhelloXX0\r\n\r\n",
                                                         "5\nhello\r\n0\r\n\r\n", "-1\r\n", "123456789\r\n",
                                                         "0\r\nTrailer\n\r\n"}),
                     bytes) {
  BOOST_TEST(stateOf(decodeChunked(bytes, 1024)) == static_cast<int>(ChunkedBody::State::kInvalid), bytes);
}

BOOST_AUTO_TEST_CASE(a_chunked_body_over_the_limit_is_too_large) {
  BOOST_TEST(stateOf(decodeChunked("400\r\n", 1000)) == static_cast<int>(ChunkedBody::State::kTooLarge));
}

BOOST_AUTO_TEST_SUITE_END()
