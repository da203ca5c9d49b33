#include "words.h"

#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>

using namespace accord::web;
using accord::domain::Date;

BOOST_AUTO_TEST_SUITE(words_tests)

BOOST_AUTO_TEST_CASE(plural_follows_the_number) {
  BOOST_TEST(count(1, "country", "countries") == "1 country");
  BOOST_TEST(count(0, "country", "countries") == "0 countries");
  BOOST_TEST(count(2, "country", "countries") == "2 countries");
  BOOST_TEST(count(21, "report", "reports") == "21 reports");
}

BOOST_AUTO_TEST_CASE(long_date_is_day_month_in_words_year) {
  BOOST_TEST(longDate(Date::ymd(2016, 10, 28)) == "28 October 2016");
  BOOST_TEST(longDate(Date::ymd(2024, 1, 5)) == "5 January 2024");
  BOOST_TEST(longDate(Date::ymd(2000, 12, 31)) == "31 December 2000");
}

BOOST_AUTO_TEST_CASE(quoted_cuts_long_text_without_splitting_a_character) {
  BOOST_TEST(quoted("Adopt a plan") == "“Adopt a plan”");
  std::string cyrillic;
  for (int i = 0; i < 50; ++i) cyrillic += "д";
  std::string q = quoted(cyrillic, 11);
  BOOST_TEST(q == "“ддддд…”");
}

BOOST_AUTO_TEST_CASE(only_http_and_https_addresses_become_links) {
  BOOST_TEST(linkable("https://example.org/report.pdf"));
  BOOST_TEST(linkable("HTTP://example.org"));
  BOOST_TEST(!linkable("javascript:alert(1)"));
  BOOST_TEST(!linkable("data:text/html,<b>x</b>"));
  BOOST_TEST(!linkable("https://"));
  BOOST_TEST(!linkable("https://example.org/\"><script>"));
  BOOST_TEST(!linkable("https://exa mple.org"));
  BOOST_TEST(!linkable("Note verbale of 15 March 2017"));
}

BOOST_AUTO_TEST_CASE(lowered_only_touches_the_first_letter) {
  BOOST_TEST(lowered("Endorsed ad referendum") == "endorsed ad referendum");
  BOOST_TEST(lowered("") == "");
}

BOOST_AUTO_TEST_CASE(lowered_takes_the_first_capital_down_in_every_catalogue_script) {
  BOOST_TEST(lowered("Accepted") == "accepted");
  BOOST_TEST(lowered("Élaboration") == "élaboration");
  BOOST_TEST(lowered("Одобрено") == "одобрено");
  BOOST_TEST(lowered("Рассматривается") == "рассматривается");
  BOOST_TEST(lowered("Ѐ") == "ѐ");
  BOOST_TEST(lowered("×") == "×");
  BOOST_TEST(lowered("") == "");
}

BOOST_AUTO_TEST_SUITE_END()
