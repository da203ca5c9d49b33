// Query strings: decoding, repeated names, typed integers.
#include <boost/test/unit_test.hpp>

#include "accord/domain/country.h"
#include "accord/domain/endorsement.h"
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

BOOST_AUTO_TEST_CASE(optional_parameters_are_absent_parsed_or_an_error_naming_them) {
  using namespace accord::domain;
  auto q = Query::parse("country=MK&status=endorsed&bad=mk1&state=maybe");
  BOOST_REQUIRE(q.ok());
  auto country = q->optional<CountryCode>("country", CountryCode::parse);
  BOOST_REQUIRE(country.ok());
  BOOST_REQUIRE(country->has_value());
  BOOST_TEST((*country)->str() == "MK");
  auto status = q->optional<EndorsementStatus>("status", parseEndorsementStatus);
  BOOST_REQUIRE(status.ok());
  BOOST_TEST((**status == EndorsementStatus::kEndorsed));
  auto absent = q->optional<CountryCode>("absent", CountryCode::parse);
  BOOST_REQUIRE(absent.ok());
  BOOST_TEST(!absent->has_value());
  auto bad = q->optional<CountryCode>("bad", CountryCode::parse);
  BOOST_REQUIRE(!bad.ok());
  BOOST_TEST(bad.error().field == "bad");
  auto state = q->optional<EndorsementStatus>("state", parseEndorsementStatus);
  BOOST_REQUIRE(!state.ok());
  BOOST_TEST(state.error().field == "state");
  BOOST_TEST(state.error().message.find("got 'maybe'") != std::string::npos);
}

BOOST_AUTO_TEST_SUITE_END()
