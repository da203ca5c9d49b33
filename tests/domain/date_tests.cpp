#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>

#include "accord/domain/date.h"

using namespace accord::domain;
namespace bdata = boost::unit_test::data;

BOOST_AUTO_TEST_SUITE(date_tests)

const char* kBadDates[] = {"2016-02-30", "2017-02-29", "2016-13-01", "2016-00-10", "2016-1-1",
                           "16-10-27",   "2016/10/27", "",           "2016-10-27T00:00:00Z", "abcd-ef-gh"};
BOOST_DATA_TEST_CASE(impossible_dates_are_refused, bdata::make(kBadDates), text) {
  auto r = Date::parse("deadline", text);
  BOOST_REQUIRE(!r.ok());
  BOOST_TEST(r.error().field == "deadline");
}

BOOST_AUTO_TEST_CASE(dates_round_trip_and_order) {
  for (const char* s : {"2016-02-29", "2000-02-29", "1999-12-31", "2016-10-27", "2100-03-01"})
    BOOST_TEST(Date::parse("d", s).value().iso() == s);
  Date a = Date::parse("d", "2016-10-27").value();
  BOOST_TEST(a.plusDays(1).iso() == "2016-10-28");
  BOOST_TEST(a.plusDays(66).iso() == "2017-01-01");
  BOOST_TEST((a < a.plusDays(1)));
  BOOST_TEST(a.year() == 2016);
  BOOST_TEST(a.month() == 10u);
  BOOST_TEST(a.day() == 27u);
}

BOOST_AUTO_TEST_CASE(timestamps_round_trip_in_utc) {
  auto t = Timestamp::parse("at", "2016-10-28T11:05:09Z");
  BOOST_REQUIRE(t.ok());
  BOOST_TEST(t.value().iso() == "2016-10-28T11:05:09Z");
  BOOST_TEST(t.value().date().iso() == "2016-10-28");
  BOOST_TEST(!Timestamp::parse("at", "2016-10-28T24:00:00Z").ok());
  BOOST_TEST(!Timestamp::parse("at", "2016-10-28T11:05:09+02:00").ok());
  BOOST_TEST(Timestamp::fromSeconds(0).iso() == "1970-01-01T00:00:00Z");
}

BOOST_AUTO_TEST_SUITE_END()
