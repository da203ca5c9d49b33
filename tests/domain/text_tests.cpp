#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>

#include "accord/domain/text.h"

using namespace accord::domain;
namespace bdata = boost::unit_test::data;

BOOST_AUTO_TEST_SUITE(text_tests)

struct BadText {
  std::string text;
  TextRule rule;
  std::string expected;  // a fragment of the message
};
std::ostream& operator<<(std::ostream& os, const BadText& b) { return os << b.expected; }

const BadText kBad[] = {
    {std::string("a\0b", 3), text_rules::kName, "U+0000"},
    {"bell\x07", text_rules::kClause, "U+0007"},
    {"esc\x1b[31m", text_rules::kClause, "U+001B"},
    {"\xEF\xBF\xBE", text_rules::kClause, "U+FFFE"},
    {"\xED\xA0\x80", text_rules::kClause, "U+D800"},  // a surrogate encoded in UTF-8
    {"\xC3", text_rules::kClause, "not valid UTF-8"},
    {"\xC0\xAF", text_rules::kClause, "not valid UTF-8"},  // overlong '/'
    {"\xFF", text_rules::kClause, "not valid UTF-8"},
    {"two\nlines", text_rules::kName, "single line"},
    {"", text_rules::kName, "must not be empty"},
    {"   ", text_rules::kClause, "must not be empty"},
    {std::string(301, 'x'), text_rules::kName, "limit is 300"},
    {std::string(10001, 'x'), text_rules::kClause, "limit is 10000"},
};

BOOST_DATA_TEST_CASE(bad_text_is_refused_naming_the_field, bdata::make(kBad), bad) {
  auto r = validateText("declaration.title", bad.text, bad.rule);
  BOOST_REQUIRE(!r.ok());
  BOOST_TEST(r.error().field == "declaration.title");
  BOOST_TEST(r.error().code == ErrorCode::kInvalidArgument);
  BOOST_TEST(r.error().message.find(bad.expected) != std::string::npos, r.error().message);
}

BOOST_AUTO_TEST_CASE(line_endings_are_normalised_to_lf) {
  auto r = validateText("t", "one\r\ntwo\rthree\nfour", text_rules::kClause);
  BOOST_REQUIRE(r.ok());
  BOOST_TEST(r.value() == "one\ntwo\nthree\nfour");
}

BOOST_AUTO_TEST_CASE(single_line_text_is_trimmed) {
  BOOST_TEST(validateText("t", "  Skopje \t", text_rules::kName).value() == "Skopje");
}

BOOST_AUTO_TEST_CASE(length_counts_characters_not_bytes) {
  std::string cyrillic;
  for (int i = 0; i < 300; ++i) cyrillic += "Ж";  // 2 bytes each
  BOOST_TEST(validateText("t", cyrillic, text_rules::kName).ok());
  BOOST_TEST(!validateText("t", cyrillic + "Ж", text_rules::kName).ok());
}

const std::string kGood[] = {
    "Đorđević & <Hadžić> \"quoted\" 'single'", "{{title}} {{#x}}{{/x}}", "עברית ومرحبا", "e\xCC\x81",
    "tab\there", "emoji 🇲🇰 🤝", "Скопје, Македонија",
};
BOOST_DATA_TEST_CASE(hostile_but_legal_text_is_kept_verbatim, bdata::make(kGood), text) {
  auto r = validateText("t", text, text_rules::kClause);
  BOOST_REQUIRE(r.ok());
  BOOST_TEST(r.value() == text);
  BOOST_TEST(isXmlSafe(text));
}

BOOST_AUTO_TEST_CASE(ids_allow_only_a_safe_alphabet) {
  BOOST_TEST(validateId("id", "op-victim_identification.2").ok());
  BOOST_TEST(!validateId("id", "").ok());
  BOOST_TEST(!validateId("id", "a b").ok());
  BOOST_TEST(!validateId("id", "../etc").ok());
  BOOST_TEST(!validateId("id", std::string(65, 'a')).ok());
}

BOOST_AUTO_TEST_SUITE_END()
