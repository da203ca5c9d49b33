// Query strings: decoding, repeated names, typed integers.
#include <boost/test/unit_test.hpp>

#include "query.h"

using namespace accord::http;

BOOST_AUTO_TEST_SUITE(query_tests)

BOOST_AUTO_TEST_CASE(decodes_percent_escapes_and_plus) {
  auto q = Query::parse("name=a%20b+c&flag&x=%C3%A9");
  BOOST_REQUIRE(q.ok());
  BOOST_TEST(*q->get("name") == "a b c");
  BOOST_TEST(*q->get("flag") == "");
  BOOST_TEST(*q->get("x") == "\xc3\xa9");
  BOOST_TEST(!q->get("missing"));
}

BOOST_AUTO_TEST_CASE(a_repeated_parameter_is_an_error_naming_it) {
  auto q = Query::parse("a=1&a=2");
  BOOST_REQUIRE(!q.ok());
  BOOST_TEST(q.error().field == "a");
}

BOOST_AUTO_TEST_CASE(integers_are_bounded_and_whole) {
  auto q = Query::parse("n=12&big=99999999999&neg=-1&word=ten");
  BOOST_REQUIRE(q.ok());
  BOOST_TEST(**q->integer("n", 1, 100) == 12);
  BOOST_TEST(!q->integer("n", 1, 10).ok());
  BOOST_TEST(!q->integer("big", 1, 100).ok());
  BOOST_TEST(!q->integer("neg", 0, 100).ok());
  BOOST_TEST(q->integer("word", 0, 100).error().field == "word");
  BOOST_TEST(!q->integer("absent", 0, 1)->has_value());
}

BOOST_AUTO_TEST_SUITE_END()
