// Rows in COPY's text format (copy_text.h): what PostgreSQL's COPY ... FROM STDIN
// reads back as the values given, whatever the text holds.
#include <boost/test/unit_test.hpp>

#include "copy_text.h"

using accord::storage::detail::appendCopyLine;
using accord::storage::detail::Params;

BOOST_AUTO_TEST_SUITE(copy_text_tests)

namespace {
std::string line(const Params& row) {
  std::string out;
  appendCopyLine(out, row);
  return out;
}
}  // namespace

BOOST_AUTO_TEST_CASE(values_are_separated_by_tabs_and_end_with_a_newline) {
  BOOST_TEST(line({std::string("a"), std::int64_t{-42}, 0.5, nullptr}) == "a\t-42\t0.5\t\\N\n");
  BOOST_TEST(line({std::string()}) == "\n", "an empty text is empty, not NULL");
}

BOOST_AUTO_TEST_CASE(text_that_would_end_a_value_a_row_or_the_data_is_escaped) {
  BOOST_TEST(line({std::string("tab\there")}) == "tab\\there\n");
  BOOST_TEST(line({std::string("two\nlines\r")}) == "two\\nlines\\r\n");
  BOOST_TEST(line({std::string("back\\slash")}) == "back\\\\slash\n");
  BOOST_TEST(line({std::string("\\N")}) == "\\\\N\n", "the text \\N is not NULL");
  BOOST_TEST(line({std::string("\\.")}) == "\\\\.\n", "nor the end-of-data marker");
}

BOOST_AUTO_TEST_CASE(other_text_passes_unchanged) {
  std::string mixed = "Кириллица 中文 {{x}} <b>'\"</b> \x01";
  BOOST_TEST(line({mixed}) == mixed + "\n");
}

BOOST_AUTO_TEST_CASE(reals_are_written_in_their_shortest_exact_form) {
  BOOST_TEST(line({0.1}) == "0.1\n");
  BOOST_TEST(line({1e300}) == "1e+300\n");
}

BOOST_AUTO_TEST_SUITE_END()
