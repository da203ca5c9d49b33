// Which language a page is shown in: the setting, else Accept-Language as RFC 9110
// reads it, else English; hostile headers never fail.
#include <boost/test/unit_test.hpp>

#include "language_choice.h"

using accord::web::chooseLanguage;

namespace {
const std::vector<std::string> kAvailable = {"en", "fr", "ru"};
}

BOOST_AUTO_TEST_CASE(the_persons_setting_comes_first) {
  BOOST_TEST(chooseLanguage("ru", "fr", kAvailable) == "ru");
  BOOST_TEST(chooseLanguage("RU", "", kAvailable) == "ru");
  BOOST_TEST(chooseLanguage("de", "fr", kAvailable) == "fr");  // a setting without a catalogue: the browser's
}

BOOST_AUTO_TEST_CASE(the_browser_preference_is_read_by_quality_then_order) {
  BOOST_TEST(chooseLanguage("", "fr-CH, fr;q=0.9, en;q=0.8", kAvailable) == "fr");
  BOOST_TEST(chooseLanguage("", "de-DE, ru;q=0.5, fr;q=0.7", kAvailable) == "fr");
  BOOST_TEST(chooseLanguage("", "ru;q=0.5, fr;q=0.5", kAvailable) == "ru");
  BOOST_TEST(chooseLanguage("", "RU-ru", kAvailable) == "ru");
  BOOST_TEST(chooseLanguage("", "fr;q=0, ru;q=0.1", kAvailable) == "ru");  // q=0 refuses
  BOOST_TEST(chooseLanguage("", "de, *;q=0.1", kAvailable) == "en");
  BOOST_TEST(chooseLanguage("", "", kAvailable) == "en");
}

BOOST_AUTO_TEST_CASE(a_malformed_or_hostile_header_falls_back_to_english) {
  BOOST_TEST(chooseLanguage("", "fr;q=2", kAvailable) == "en");      // not a qvalue
  BOOST_TEST(chooseLanguage("", "fr;q=abc", kAvailable) == "en");
  BOOST_TEST(chooseLanguage("", ",,,;;;", kAvailable) == "en");
  BOOST_TEST(chooseLanguage("", "<script>, {{x}}", kAvailable) == "en");
  BOOST_TEST(chooseLanguage("", std::string(100000, 'f') + ",fr", kAvailable) == "en");
  BOOST_TEST(chooseLanguage("", "\x01\x02, ru;q=0.3", kAvailable) == "ru");
}
