// The CSV reader and writer: a table of good and bad inputs (quotes, embedded
// line breaks, BOM, ';' from European spreadsheets, wrong column counts, invalid
// UTF-8), the writer's quoting and formula neutralising, a round trip of hostile
// cells and a 10 MB file.
#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>

#include "accord/base/csv.h"

using namespace accord::base;
namespace bdata = boost::unit_test::data;

namespace {
struct ReadCase {
  const char* name;
  std::string input;
  std::vector<csv::Row> rows;  // expected when it reads
  char separator;
  std::size_t errorLine;       // 0: reads; else the line the error names
  const char* errorWords;      // a part of the message
};
std::ostream& operator<<(std::ostream& os, const ReadCase& c) { return os << c.name; }

const ReadCase kReads[] = {
    {"plain", "a,b\r\n1,2\r\n", {{"a", "b"}, {"1", "2"}}, ',', 0, ""},
    {"lf_and_no_final_break", "a,b\n1,2", {{"a", "b"}, {"1", "2"}}, ',', 0, ""},
    {"cr_only", "a,b\r1,2\r", {{"a", "b"}, {"1", "2"}}, ',', 0, ""},
    {"empty_fields", ",\n,", {{"", ""}, {"", ""}}, ',', 0, ""},
    {"blank_lines_skipped", "a\n\n\r\nb\n", {{"a"}, {"b"}}, ',', 0, ""},
    {"quoted_separator_and_quote", "\"a,b\",\"say \"\"hi\"\"\"\n", {{"a,b", "say \"hi\""}}, ',', 0, ""},
    {"embedded_newlines", "name,note\n\"Ana\",\"line 1\r\nline 2\nline 3\"\n", {{"name", "note"}, {"Ana", "line 1\r\nline 2\nline 3"}},
     ',', 0, ""},
    {"bom_dropped", "\xEF\xBB\xBFname\nAna\n", {{"name"}, {"Ana"}}, ',', 0, ""},
    {"semicolons_detected", "name;city\n\"Doe, Jane\";Skopje\n", {{"name", "city"}, {"Doe, Jane", "Skopje"}}, ';', 0, ""},
    {"semicolon_inside_quotes_does_not_count", "\"a;b;c\",d\n", {{"a;b;c", "d"}}, ',', 0, ""},
    {"mixed_scripts", "Скопје,שלום,🇲🇰\n", {{"Скопје", "שלום", "🇲🇰"}}, ',', 0, ""},
    {"empty_input", "", {}, ',', 0, ""},
    {"wrong_column_count", "a,b\n1,2\n3\n", {}, ',', 3, "1 columns where the first row has 2"},
    {"wrong_count_after_multiline_field", "a,b\n\"x\ny\",2\n3,4,5\n", {}, ',', 4, "3 columns"},
    {"unterminated_quote", "a,b\n\"open,2\n", {}, ',', 2, "not closed"},
    {"quote_in_unquoted_field", "a,b\nx\"y,2\n", {}, ',', 2, "unquoted"},
    {"text_after_closing_quote", "a,b\n\"x\"y,2\n", {}, ',', 2, "after a closing quote"},
    {"invalid_utf8", "a,b\n\xC3\x28,2\n", {}, ',', 2, "not UTF-8"},
    {"overlong_utf8", "\xC0\xAF\n", {}, ',', 1, "not UTF-8"},
    {"surrogate_utf8", "a\n\xED\xA0\x80\n", {}, ',', 2, "not UTF-8"},
    {"truncated_utf8", "a\n\xE2\x82", {}, ',', 2, "not UTF-8"},
};
}  // namespace

BOOST_AUTO_TEST_SUITE(csv_tests)

BOOST_DATA_TEST_CASE(reads_good_rows_and_names_the_line_of_bad_ones, bdata::make(kReads), c) {
  csv::ReadResult r = csv::read(c.input);
  if (c.errorLine == 0) {
    BOOST_TEST_REQUIRE(r.ok(), (r.error ? r.error->message : ""));
    BOOST_TEST(r.table.rows == c.rows);
    BOOST_TEST(r.table.separator == c.separator);
  } else {
    BOOST_TEST_REQUIRE(!r.ok());
    BOOST_TEST(r.error->line == c.errorLine, r.error->message);
    BOOST_TEST(r.error->message.find(c.errorWords) != std::string::npos, r.error->message);
  }
}

BOOST_AUTO_TEST_CASE(ragged_rows_read_when_asked) {
  csv::ReadOptions o;
  o.sameWidth = false;
  auto r = csv::read("a,b\n1\n", o);
  BOOST_TEST_REQUIRE(r.ok());
  BOOST_TEST(r.table.rows[1].size() == 1u);
}

BOOST_AUTO_TEST_CASE(input_over_the_limit_is_refused_whole) {
  csv::ReadOptions o;
  o.maxBytes = 10;
  auto r = csv::read("a,b\n1,2\n3,4\n", o);
  BOOST_TEST(!r.ok());
  BOOST_TEST(r.table.rows.empty());
}

struct Neutralised {
  const char* cell;
  const char* expected;
};
std::ostream& operator<<(std::ostream& os, const Neutralised& n) { return os << n.cell; }
const Neutralised kNeutralised[] = {
    {"=1+1", "'=1+1"}, {"+1+1", "'+1+1"}, {"-1+1", "'-1+1"}, {"@SUM(A1)", "'@SUM(A1)"},
    {"\t=1", "'\t=1"}, {"=HYPERLINK(\"http://x\")", "'=HYPERLINK(\"http://x\")"},
    {"-3", "-3"}, {"+4.5", "+4.5"}, {"12", "12"}, {"", ""}, {"a=b", "a=b"}, {"'=x", "'=x"}, {"-", "'-"},
};
BOOST_DATA_TEST_CASE(formulas_are_neutralised_numbers_are_not, bdata::make(kNeutralised), c) {
  BOOST_TEST(csv::neutralised(c.cell) == c.expected);
}

BOOST_AUTO_TEST_CASE(the_writer_quotes_what_needs_it_and_starts_with_a_bom) {
  std::string out = csv::write({{"a", "b,c", "say \"hi\"", "two\nlines", " pad", "=1+1", "-2"}});
  BOOST_TEST(out == "\xEF\xBB\xBF" "a,\"b,c\",\"say \"\"hi\"\"\",\"two\nlines\",\" pad\",\"'=1+1\",-2\r\n");
  csv::WriteOptions o;
  o.bom = false;
  o.separator = ';';
  BOOST_TEST(csv::write({{"a;b", "c,d"}}, o) == "\"a;b\";c,d\r\n");
}

BOOST_AUTO_TEST_CASE(hostile_cells_survive_a_round_trip_apart_from_the_neutralising_apostrophe) {
  std::vector<csv::Row> rows = {{"id", "text"},
                                {"1", "{{x}} <b>markup</b> & \"quotes\""},
                                {"2", "Скопје\r\nשלום 🇲🇰"},
                                {"3", std::string(5000, 'x')},
                                {"4", "@cmd"}};
  auto r = csv::read(csv::write(rows));
  BOOST_TEST_REQUIRE(r.ok());
  BOOST_TEST(r.table.hadBom);
  rows[4][1] = "'@cmd";
  BOOST_TEST(r.table.rows == rows);
}

BOOST_AUTO_TEST_CASE(a_10_mb_file_reads_whole) {
  std::vector<csv::Row> rows;
  for (int i = 0; rows.size() < 100000; ++i)
    rows.push_back({std::to_string(i), "Delegate " + std::to_string(i), "Ministry, \"Department\" " + std::to_string(i),
                    "line\nbreak", std::string(40, 'z')});
  std::string text = csv::write(rows);
  BOOST_TEST_REQUIRE(text.size() > 10u * 1000 * 1000);
  auto r = csv::read(text);
  BOOST_TEST_REQUIRE(r.ok());
  BOOST_TEST(r.table.rows.size() == rows.size());
  BOOST_TEST(r.table.rows.back() == rows.back());
}

BOOST_AUTO_TEST_SUITE_END()
