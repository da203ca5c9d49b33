#include <boost/test/unit_test.hpp>

#include "bundle_fixtures.h"

using namespace accord;
using namespace accord::domain;

BOOST_AUTO_TEST_SUITE(countries_reader_tests)

BOOST_AUTO_TEST_CASE(reference_list_holds_the_57_osce_states_and_kosovo) {
  const CountryCatalog& c = test::referenceCountries();
  BOOST_TEST(c.size() == 58u);
  auto code = [](const char* s) { return CountryCode::parse("t", s).value(); };
  BOOST_REQUIRE(c.find(code("XK")));
  BOOST_TEST(c.find(code("XK"))->userDefined);
  BOOST_TEST(c.shown(code("XK")) == "Kosovo*");
  BOOST_TEST(!c.find(code("XK"))->footnote.empty());
  BOOST_TEST(c.shown(code("MK")) == "North Macedonia");
  BOOST_TEST(c.find(code("VA")) != nullptr);  // the Holy See
  BOOST_TEST(c.find(code("MN")) != nullptr);  // Mongolia, the 57th
  BOOST_TEST(c.find(code("FR"))->names.at("fr") == "France");
}

BOOST_AUTO_TEST_CASE(a_broken_country_list_is_refused_with_its_path) {
  auto r = bundle::readCountries(R"({"format":"accord-countries","formatVersion":1,
      "countries":[{"code":"AL","name":"Albania"},{"code":"al","name":"x"}]})");
  BOOST_REQUIRE(!r.ok());
  BOOST_TEST(r.error().field == "$.countries[1].code");
}

BOOST_AUTO_TEST_SUITE_END()
