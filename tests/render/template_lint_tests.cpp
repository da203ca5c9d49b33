#include "template_lint.h"

#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>

using namespace accord::render;

namespace {
struct Refused {
  const char* text;
  const char* reason;  // a word the message must contain
};
std::ostream& operator<<(std::ostream& os, const Refused& r) { return os << r.text; }

const Refused kRefused[] = {
    {"<a>{{{title}}}</a>", "unescaped"},
    {"<a>{{& title}}</a>", "unescaped"},
    {"<a>{{> header}}</a>", "partials"},
    {"<a>{{=<% %>=}}</a>", "delimiters"},
    {"<a>{{#clauses}}</a>", "Unclosed section"},
    {"<a>{{/clauses}}</a>", "Unopened section"},
    {"<a>{{title</a>", "Unclosed tag"},
};
}  // namespace

BOOST_AUTO_TEST_SUITE(template_lint_tests)

BOOST_AUTO_TEST_CASE(positions_count_lines_and_characters) {
  std::string text = "ab\ncd\u00e9f\ng";
  BOOST_TEST(positionOf(text, 0).line == 1u);
  BOOST_TEST(positionOf(text, 4).line == 2u);
  BOOST_TEST(positionOf(text, 4).column == 2u);
  // "é" is two bytes but one column.
  BOOST_TEST(positionOf(text, text.find('f')).column == 4u);
  BOOST_TEST(positionOf(text, text.find('g')).line == 3u);
}

BOOST_DATA_TEST_CASE(tags_that_could_leak_or_break_are_refused, boost::unit_test::data::make(kRefused), c) {
  auto s = lintMustache(c.text, "t.xml.mustache");
  BOOST_REQUIRE(!s.ok());
  BOOST_TEST(s.error().field == "t.xml.mustache");
  BOOST_TEST(s.error().message.find(c.reason) != std::string::npos, s.error().message);
  BOOST_TEST(s.error().message.find("t.xml.mustache:1:4: ") == 0u, s.error().message);
}

BOOST_AUTO_TEST_CASE(an_unclosed_section_is_reported_at_its_opening_line) {
  std::string text = "<a>\n  <b>{{#items}}\n</b>\n</a>\n";
  auto s = lintMustache(text, "doc.xml.mustache");
  BOOST_REQUIRE(!s.ok());
  BOOST_TEST(s.error().message == "doc.xml.mustache:2:6: Mustache: Unclosed section \"items\"");
}

BOOST_AUTO_TEST_CASE(ordinary_templates_pass) {
  BOOST_TEST(lintMustache("<a>{{! note }}{{#x}}{{y}}{{/x}}{{^x}}none{{/x}}</a>", "t").ok());
}

BOOST_AUTO_TEST_CASE(malformed_xml_is_reported_with_line_and_column) {
  auto s = lintXml("<?xml version=\"1.0\"?>\n<w:p>\n<w:r></w:p>\n", "document.xml.mustache");
  BOOST_REQUIRE(!s.ok());
  BOOST_TEST(s.error().field == "document.xml.mustache");
  BOOST_TEST(s.error().message.find("document.xml.mustache:2:") != std::string::npos, s.error().message);
}

BOOST_AUTO_TEST_CASE(tags_in_text_and_attributes_are_well_formed_xml) {
  BOOST_TEST(lintXml("<a x=\"{{id}}\">{{#items}}<b>{{text}}</b>{{/items}}</a>", "t").ok());
}

BOOST_AUTO_TEST_SUITE_END()
