#include "text_format.h"

#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>

#include "render_fixtures.h"

using namespace accord::render;
using accord::test::day;

BOOST_AUTO_TEST_SUITE(text_format_tests)

BOOST_AUTO_TEST_CASE(dates_read_as_day_month_year_in_english) {
  BOOST_TEST(formatDate(day("2016-10-28"), "en") == "28 October 2016");
  BOOST_TEST(formatDate(day("2017-01-01"), "en") == "1 January 2017");
}

BOOST_AUTO_TEST_CASE(french_dates_use_french_months_and_1er) {
  BOOST_TEST(formatDate(day("2016-10-28"), "fr") == "28 octobre 2016");
  BOOST_TEST(formatDate(day("2017-02-01"), "fr") == "1er février 2017");
  BOOST_TEST(formatDate(day("2017-08-15"), "fr") == "15 août 2017");
}

BOOST_AUTO_TEST_CASE(languages_without_a_date_style_fall_back_to_english_month_names) {
  BOOST_TEST(formatDate(day("2016-10-28"), "tr") == "28 October 2016");
}

BOOST_AUTO_TEST_CASE(each_document_language_writes_dates_its_own_way) {
  const std::pair<const char*, const char*> kCases[] = {
      {"ru", "28 октября 2016 г."},
      {"de", "28. Oktober 2016"},
      {"it", "28 ottobre 2016"},
      {"es", "28 de octubre de 2016"},
      {"sq", "28 tetor 2016"},
      {"bs", "28. oktobra 2016."},
      {"hr", "28. listopada 2016."},
      {"mk", "28 октомври 2016"},
      {"sr", "28. октобра 2016."},
      {"sr-Latn", "28. oktobra 2016."},
  };
  for (auto [language, expected] : kCases)
    BOOST_TEST(formatDate(day("2016-10-28"), language) == expected, language);
  BOOST_TEST(formatDate(day("2017-10-01"), "it") == "1º ottobre 2017");
  BOOST_TEST(formatDateRange(day("2016-10-27"), day("2016-10-28"), "ru") ==
             "27–28 октября 2016 г.");
  BOOST_TEST(formatDateRange(day("2016-09-30"), day("2016-10-02"), "es") ==
             "30 de septiembre – 2 de octubre de 2016");
}

BOOST_AUTO_TEST_CASE(date_ranges_name_the_shared_month_and_year_once) {
  BOOST_TEST(formatDateRange(day("2016-10-27"), day("2016-10-28"), "en") == "27\u201328 October 2016");
  BOOST_TEST(formatDateRange(day("2016-09-30"), day("2016-10-02"), "en") == "30 September \u2013 2 October 2016");
  BOOST_TEST(formatDateRange(day("2016-12-30"), day("2017-01-02"), "en") ==
             "30 December 2016 \u2013 2 January 2017");
  BOOST_TEST(formatDateRange(day("2016-10-28"), day("2016-10-28"), "en") == "28 October 2016");
  BOOST_TEST(formatDateRange(day("2016-10-01"), day("2016-10-03"), "fr") == "1er\u20133 octobre 2016");
}

BOOST_AUTO_TEST_CASE(short_single_line_text_is_summarized_unchanged) {
  BOOST_TEST(summarize("Contact point designated.", 240) == "Contact point designated.");
}

BOOST_AUTO_TEST_CASE(summary_keeps_the_first_line_and_marks_the_rest_as_left_out) {
  BOOST_TEST(summarize("First line.\nSecond line.", 240) == "First line.\u2026");
}

BOOST_AUTO_TEST_CASE(long_text_is_cut_at_a_word_boundary) {
  BOOST_TEST(summarize("alpha beta gamma delta", 13) == "alpha beta\u2026");
}

BOOST_AUTO_TEST_CASE(a_long_word_is_cut_between_whole_characters) {
  // "é" written as e + COMBINING ACUTE ACCENT: the accent stays with its letter.
  std::string word;
  for (int i = 0; i < 10; ++i) word += "e\u0301";
  std::string cut = summarize(word, 4);
  BOOST_TEST(cut == "e\u0301e\u0301e\u0301e\u0301\u2026");
}

BOOST_AUTO_TEST_CASE(an_emoji_sequence_is_not_split) {
  // Woman + ZWJ + laptop is one character to a reader.
  std::string text = "ab\U0001F469\u200D\U0001F4BBcd";
  BOOST_TEST(summarize(text, 3) == "ab\U0001F469\u200D\U0001F4BB\u2026");
  // A flag is two regional indicators.
  BOOST_TEST(summarize("\U0001F1F2\U0001F1F0\U0001F1EB\U0001F1F7x", 1) == "\U0001F1F2\U0001F1F0\u2026");
  BOOST_TEST(summarize("\U0001F1F2\U0001F1F0\U0001F1EB\U0001F1F7x", 2) ==
             "\U0001F1F2\U0001F1F0\U0001F1EB\U0001F1F7\u2026");
}

BOOST_AUTO_TEST_CASE(footnote_mark_is_what_the_display_name_adds) {
  BOOST_TEST(footnoteMark("Kosovo", "Kosovo*") == "*");
  BOOST_TEST(footnoteMark("Albania", "") == "");
  BOOST_TEST(footnoteMark("Albania", "Republic of Albania") == "");
}

BOOST_AUTO_TEST_SUITE_END()
