#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>

#include "accord/domain/word_diff.h"

using namespace accord::domain;
using Op = TextSpan::Op;
namespace bdata = boost::unit_test::data;

namespace {

// The spans in one line: kept text as is, "[-deleted-]", "{+inserted+}".
std::string marked(const std::vector<TextSpan>& spans) {
  std::string out;
  for (const auto& s : spans)
    out += s.op == Op::kSame ? s.text : s.op == Op::kDeleted ? "[-" + s.text + "-]" : "{+" + s.text + "+}";
  return out;
}

std::string side(const std::vector<TextSpan>& spans, Op skip) {
  std::string out;
  for (const auto& s : spans)
    if (s.op != skip) out += s.text;
  return out;
}

struct Case {
  const char* name;
  const char* before;
  const char* after;
  const char* expected;
};
std::ostream& operator<<(std::ostream& os, const Case& c) { return os << c.name; }

const Case kCases[] = {
    {"identical", "Call on all States to act.", "Call on all States to act.", "Call on all States to act."},
    {"insertion at the start", "States shall act.", "All States shall act.", "{+All +}States shall act."},
    {"insertion at the end", "States shall act.", "States shall act jointly.", "States shall act{+ jointly+}."},
    {"a word replaced", "Call on all States to act.", "Call on participating States to act.",
     "Call on [-all-]{+participating+} States to act."},
    {"punctuation alone", "States, shall act.", "States shall act;", "States[-,-] shall act[-.-]{+;+}"},
    {"a repeated word removed", "the the committee", "the committee", "the [-the -]committee"},
    {"Cyrillic", "Скопје, 28 октомври 2016", "Скопје, 27 октомври 2016", "Скопје, [-28-]{+27+} октомври 2016"},
    {"a combining accent changes the whole word", "cafe\u0301 noir", "cafe noir",
     "[-cafe\u0301-]{+cafe+} noir"},
    {"a combining mark after punctuation stays with it", "a.\u0301 b", "a. b", "a[-.\u0301-]{+.+} b"},
    {"a line break replaced by a space", "first\nsecond", "first second", "first[-\n-]{+ +}second"},
    {"everything new", "", "new text", "{+new text+}"},
    {"everything gone", "old text", "", "[-old text-]"},
    {"quotes and dashes are punctuation", "«мир» — да", "«мир» – да", "«мир» [-—-]{+–+} да"},
};

}  // namespace

BOOST_AUTO_TEST_SUITE(word_diff_tests)

BOOST_DATA_TEST_CASE(words_and_punctuation_are_marked_where_they_change, bdata::make(kCases), c) {
  auto spans = diffWords(c.before, c.after);
  BOOST_TEST(marked(spans) == c.expected);
  BOOST_TEST(side(spans, Op::kInserted) == c.before);
  BOOST_TEST(side(spans, Op::kDeleted) == c.after);
}

BOOST_AUTO_TEST_CASE(tokens_are_whole_code_points_words_spaces_and_single_marks) {
  std::vector<std::string_view> expected = {"Скопје", ",", "  ", "27", "–", "28", "\n", "e\u0301t\u00e9", "!", "!"};
  auto tokens = tokenizeWords("Скопје,  27–28\ne\u0301t\u00e9!!");
  BOOST_TEST(tokens == expected, boost::test_tools::per_element());
  // A combining mark at the very start begins a word rather than being dropped.
  auto lone = tokenizeWords("\u0301a b");
  BOOST_REQUIRE(lone.size() == 3u);
  BOOST_TEST(lone[0] == "\u0301a");
  // A byte that is not UTF-8 is kept, on its own.
  auto broken = tokenizeWords("ab\xff" "cd");
  std::string joined;
  for (auto t : broken) joined += t;
  BOOST_TEST(joined == "ab\xff" "cd");
}

BOOST_AUTO_TEST_CASE(spans_never_split_a_multibyte_character) {
  // "ш" and "щ" share their first UTF-8 byte: a byte-level diff would keep it.
  auto spans = diffWords("ш", "щ");
  BOOST_TEST(marked(spans) == "[-ш-]{+щ+}");
}

BOOST_AUTO_TEST_CASE(a_twenty_thousand_word_clause_is_compared_exactly) {
  std::string before, after;
  for (int i = 0; i < 20000; ++i) {
    std::string word = "w" + std::to_string(i);
    before += word + " ";
    if (i == 5000) after += "changed ";
    else if (i == 12000) continue;
    else after += word + " ";
    if (i == 17000) after += "new ";
  }
  auto spans = diffWords(before, after);
  BOOST_TEST(side(spans, Op::kInserted) == before);
  BOOST_TEST(side(spans, Op::kDeleted) == after);
  // Which side of a word its space goes with is a tie between equally short edits.
  auto trimmed = [](std::string t) {
    while (!t.empty() && t.back() == ' ') t.pop_back();
    while (!t.empty() && t.front() == ' ') t.erase(0, 1);
    return t;
  };
  std::vector<std::string> changes;
  for (const auto& s : spans)
    if (s.op != Op::kSame) changes.push_back((s.op == Op::kDeleted ? "-" : "+") + trimmed(s.text));
  std::vector<std::string> expected = {"-w5000", "+changed", "-w12000", "+new"};
  BOOST_TEST(changes == expected, boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(shortest_edit_keeps_the_longest_common_subsequence) {
  // a b c a b b a -> c b a b a c (Myers' own example): 5 edits, 4 kept.
  std::vector<int> a = {1, 2, 3, 1, 2, 2, 1}, b = {3, 2, 1, 2, 1, 3};
  EditMarks m = shortestEdit(a, b);
  std::size_t deleted = 0, inserted = 0;
  for (bool d : m.deleted) deleted += d;
  for (bool i : m.inserted) inserted += i;
  BOOST_TEST(deleted == 3u);
  BOOST_TEST(inserted == 2u);
  std::vector<int> keptA, keptB;
  for (std::size_t i = 0; i < a.size(); ++i)
    if (!m.deleted[i]) keptA.push_back(a[i]);
  for (std::size_t j = 0; j < b.size(); ++j)
    if (!m.inserted[j]) keptB.push_back(b[j]);
  BOOST_TEST(keptA == keptB, boost::test_tools::per_element());
}

BOOST_AUTO_TEST_SUITE_END()
