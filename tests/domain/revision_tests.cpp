#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>

#include "accord/domain/revision.h"
#include "fixtures.h"

using namespace accord::domain;
using namespace accord::test;

BOOST_AUTO_TEST_SUITE(revision_tests)

BOOST_AUTO_TEST_CASE(clause_labels_are_computed_per_level) {
  BOOST_TEST(clauseLabel(0, 0) == "1.");
  BOOST_TEST(clauseLabel(0, 11) == "12.");
  BOOST_TEST(clauseLabel(1, 0) == "(a)");
  BOOST_TEST(clauseLabel(1, 3) == "(d)");
  BOOST_TEST(clauseLabel(1, 25) == "(z)");
  BOOST_TEST(clauseLabel(1, 26) == "(aa)");
  BOOST_TEST(clauseLabel(2, 0) == "(i)");
  BOOST_TEST(clauseLabel(2, 3) == "(iv)");
  BOOST_TEST(clauseLabel(2, 8) == "(ix)");
  BOOST_TEST(romanNumeral(1994) == "mcmxciv");
}

BOOST_AUTO_TEST_CASE(a_sound_revision_validates_and_finds_sub_items) {
  Revision r = openDeclaration().revisions.back();
  BOOST_TEST(normalize(r).ok());
  BOOST_REQUIRE(r.findClause(ClauseId("op-1-b")));
  BOOST_TEST(r.findClause(ClauseId("op-1-b"))->text == "for NGOs.");
  BOOST_TEST(!r.findClause(ClauseId("nope")));
}

BOOST_AUTO_TEST_CASE(duplicate_ids_are_refused_with_the_path) {
  Revision r = openDeclaration().revisions.back();
  r.operative[1].id = ClauseId("op-1-a");
  auto s = normalize(r);
  BOOST_REQUIRE(!s.ok());
  BOOST_TEST(s.error().field == "revision.operative[1].id");
}

BOOST_AUTO_TEST_CASE(nesting_deeper_than_three_levels_is_refused) {
  Revision r = openDeclaration().revisions.back();
  r.operative[0].items[0].items = {{ClauseId("i"), "level three", {{ClauseId("iv"), "level four", {}}}}};
  auto s = normalize(r);
  BOOST_REQUIRE(!s.ok());
  BOOST_TEST(s.error().field == "revision.operative[0].items[0].items[0].items");
}

BOOST_AUTO_TEST_CASE(a_revision_needs_an_operative_clause) {
  Revision r = openDeclaration().revisions.back();
  r.operative.clear();
  BOOST_TEST(normalize(r).error().field == "revision.operative");
}

BOOST_AUTO_TEST_CASE(clause_text_with_a_forbidden_character_is_named) {
  Revision r = openDeclaration().revisions.back();
  r.operative[0].items[1].text = "bad \x01 char";
  BOOST_TEST(normalize(r).error().field == "revision.operative[0].items[1].text");
}

// The normalised text is the one the revision keeps (issue 12): a caller cannot
// check the text and store the raw one.
BOOST_AUTO_TEST_CASE(normalizing_rewrites_every_text_in_place) {
  Revision r = openDeclaration().revisions.back();
  r.author = " sec ";
  r.changeNote = "one\r\ntwo";
  r.closingFormula = "Done\rat Skopje.";
  r.preamble[0].leadPhrase = "  Recognizing\t";
  r.preamble[0].text = "a\r\nb";
  r.operative[0].text = "c\r\nd";
  r.operative[0].items[1].text = "e\r\nf";
  BOOST_REQUIRE(normalize(r).ok());
  BOOST_TEST(r.author == "sec");
  BOOST_TEST(r.changeNote == "one\ntwo");
  BOOST_TEST(r.closingFormula == "Done\nat Skopje.");
  BOOST_TEST(r.preamble[0].leadPhrase == "Recognizing");
  BOOST_TEST(r.preamble[0].text == "a\nb");
  BOOST_TEST(r.operative[0].text == "c\nd");
  BOOST_TEST(r.operative[0].items[1].text == "e\nf");
}

// The size limits, written out as users and operators are told them.
BOOST_AUTO_TEST_CASE(the_size_limits_are_the_documented_ones) {
  BOOST_TEST(kMaxRevisionUnits == 1000u);
  BOOST_TEST(kMaxUnitChars == 5000u);
  BOOST_TEST(kMaxRevisionChars == 200000u);
}

namespace {
// A revision of `clauses` clauses with `items` sub-items each, every text
// `chars` characters long (of the two-byte 'é', so that characters are counted,
// not bytes).
Revision sized(std::size_t clauses, std::size_t items, std::size_t chars) {
  Revision r;
  r.number = 1;
  r.author = "sec";
  std::string text;
  for (std::size_t i = 0; i < chars; ++i) text += "\xC3\xA9";
  for (std::size_t c = 0; c < clauses; ++c) {
    Clause clause{ClauseId("c" + std::to_string(c)), text, {}};
    for (std::size_t i = 0; i < items; ++i)
      clause.items.push_back({ClauseId("c" + std::to_string(c) + "-" + std::to_string(i)), text, {}});
    r.operative.push_back(std::move(clause));
  }
  return r;
}

struct TooLarge {
  const char* what;
  Revision revision;
  const char* field;    // where the error points: the first unit past the limit
  const char* message;  // a piece of the message naming the limit
};
std::ostream& operator<<(std::ostream& os, const TooLarge& t) { return os << t.what; }

const TooLarge kTooLarge[] = {
    {"one clause too many", sized(kMaxRevisionUnits + 1, 0, 5), "revision.operative[1000]", "at most 1000"},
    {"sub-items count as units", sized(334, 2, 5), "revision.operative[333].items[0]", "at most 1000"},
    {"a unit over its characters", sized(1, 0, kMaxUnitChars + 1), "revision.operative[0].text", "5000"},
    {"the revision over its characters", sized(kMaxRevisionChars / kMaxUnitChars + 1, 0, kMaxUnitChars),
     "revision.operative[40].text", "past 200000 characters"},
};
}  // namespace

BOOST_DATA_TEST_CASE(a_revision_over_a_size_limit_is_refused_naming_the_field_and_the_limit,
                     boost::unit_test::data::make(kTooLarge), sample) {
  Revision r = sample.revision;
  auto s = normalize(r);
  BOOST_REQUIRE(!s.ok());
  BOOST_TEST((s.error().code == ErrorCode::kInvalidArgument));
  BOOST_TEST(s.error().field == sample.field);
  BOOST_TEST(s.error().message.find(sample.message) != std::string::npos, s.error().message);
}

BOOST_AUTO_TEST_CASE(a_revision_at_every_limit_is_accepted) {
  Revision units = sized(kMaxRevisionUnits / 2, 1, 5);
  BOOST_TEST(normalize(units).ok());
  Revision chars = sized(kMaxRevisionChars / kMaxUnitChars, 0, kMaxUnitChars);
  BOOST_TEST(normalize(chars).ok());
}

BOOST_AUTO_TEST_SUITE_END()
