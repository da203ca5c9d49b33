// The locale a DOCX names for Word's and LibreOffice's proofing tools, and whether
// the language runs right to left.
#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>

#include "word_language.h"

using accord::render::wordLanguage;
namespace data = boost::unit_test::data;

namespace {

struct Case {
  const char* tag;
  const char* locale;
  bool rightToLeft;
};

std::ostream& operator<<(std::ostream& os, const Case& c) { return os << c.tag; }

const Case kCases[] = {
    {"fr", "fr-FR", false},          {"ru", "ru-RU", false},           {"en", "en-GB", false},
    {"sr", "sr-Cyrl-RS", false},     {"sr-Latn", "sr-Latn-RS", false}, {"sr-Cyrl", "sr-Cyrl-RS", false},
    {"cnr", "sr-Latn-ME", false},    {"mk", "mk-MK", false},           {"sq", "sq-AL", false},
    {"fr-CA", "fr-CA", false},       {"de-AT", "de-AT", false},        {"es-419", "es-419", false},
    {"bs-Cyrl", "bs-Cyrl", false},   {"xx", "xx", false},              {"ar", "ar-SA", true},
    {"he", "he-IL", true},           {"fa", "fa-IR", true},            {"ar-EG", "ar-EG", true},
    {"az-Arab", "az-Arab", true},    {"ku-Arab-IQ", "ku-Arab-IQ", true}, {"ar-Latn", "ar-Latn", false},
};

}  // namespace

BOOST_AUTO_TEST_SUITE(word_language_tests)

BOOST_DATA_TEST_CASE(a_tag_names_its_locale_and_direction, data::make(kCases), c) {
  auto word = wordLanguage(c.tag);
  BOOST_TEST(word.locale == c.locale);
  BOOST_TEST(word.rightToLeft == c.rightToLeft);
  // The complex-script language is the document's own when it runs right to left.
  BOOST_TEST(word.bidi == (c.rightToLeft ? std::string(c.locale) : std::string("ar-SA")));
}

BOOST_AUTO_TEST_SUITE_END()
