#include "time_zone.h"

#include <boost/test/unit_test.hpp>

using namespace accord::web;
using accord::domain::Timestamp;

namespace {
Timestamp at(const char* iso) { return *Timestamp::parse("at", iso); }
}  // namespace

BOOST_AUTO_TEST_SUITE(time_zone_tests)

BOOST_AUTO_TEST_CASE(vienna_prints_summer_and_winter_time_with_their_names) {
  auto vienna = TimeZone::load("Europe/Vienna");
  BOOST_REQUIRE_MESSAGE(vienna.ok(), (vienna.ok() ? std::string() : vienna.error().message));
  BOOST_TEST(longDateTime(at("2016-10-28T07:30:00Z"), *vienna) == "28 October 2016, 09:30 (CEST)");
  // The date in the page's language, as the documents write it.
  BOOST_TEST(longDateTime(at("2016-10-28T07:30:00Z"), *vienna, "fr") == "28 octobre 2016, 09:30 (CEST)");
  BOOST_TEST(longDateTime(at("2016-10-28T07:30:00Z"), *vienna, "ru") == "28 октября 2016 г., 09:30 (CEST)");
  BOOST_TEST(longDateTime(at("2016-12-01T12:05:00Z"), *vienna) == "1 December 2016, 13:05 (CET)");
  // The night the clocks go back (30 October 2016, 01:00 UTC).
  BOOST_TEST(longDateTime(at("2016-10-30T00:59:00Z"), *vienna) == "30 October 2016, 02:59 (CEST)");
  BOOST_TEST(longDateTime(at("2016-10-30T01:00:00Z"), *vienna) == "30 October 2016, 02:00 (CET)");
  // A time near midnight UTC is already the next day in Vienna.
  BOOST_TEST(longDateTime(at("2016-12-31T23:30:00Z"), *vienna) == "1 January 2017, 00:30 (CET)");
}

BOOST_AUTO_TEST_CASE(a_zone_west_of_utc_goes_back_a_day) {
  auto ny = TimeZone::load("America/New_York");
  BOOST_REQUIRE(ny.ok());
  BOOST_TEST(longDateTime(at("2016-10-28T02:00:00Z"), *ny) == "27 October 2016, 22:00 (EDT)");
}

BOOST_AUTO_TEST_CASE(utc_is_the_default) {
  BOOST_TEST(longDateTime(at("2016-10-28T07:30:00Z"), TimeZone()) == "28 October 2016, 07:30 (UTC)");
}

BOOST_AUTO_TEST_CASE(names_that_are_paths_or_unknown_are_refused_naming_the_setting) {
  for (const char* name : {"../../etc/passwd", "/etc/localtime", "Mars/Olympus_Mons", "", "Europe/Vienna;rm"}) {
    auto z = TimeZone::load(name);
    BOOST_TEST(!z.ok(), name);
    if (!z.ok()) BOOST_TEST(z.error().field == "web.timeZone");
  }
}

BOOST_AUTO_TEST_CASE(broken_files_are_refused_not_read_past_their_end) {
  BOOST_TEST(!TimeZone::parse("x", "").ok());
  BOOST_TEST(!TimeZone::parse("x", "TZif2").ok());
  BOOST_TEST(!TimeZone::parse("x", std::string("TZif2") + std::string(39, '\0')).ok());  // no types
  std::string header = std::string("TZif") + std::string(16, '\0');
  // 1000 transitions announced, none there.
  std::string counts = std::string(12, '\0') + std::string("\0\0\x03\xe8", 4) + std::string("\0\0\0\x01", 4) +
                       std::string("\0\0\0\x04", 4);
  BOOST_TEST(!TimeZone::parse("x", header + counts).ok());
}

BOOST_AUTO_TEST_SUITE_END()
