#include <boost/test/unit_test.hpp>

#include "accord/domain/revision_diff.h"
#include "fixtures.h"

using namespace accord::domain;
using namespace accord::test;
using Op = TextSpan::Op;

BOOST_AUTO_TEST_SUITE(revision_diff_tests)

std::string side(const std::vector<TextSpan>& spans, Op skip) {
  std::string out;
  for (const auto& s : spans)
    if (s.op != skip) out += s.text;
  return out;
}

BOOST_AUTO_TEST_CASE(word_diff_marks_insertions_and_deletions_in_place) {
  auto d = diffWords("Call on all States to act.", "Call on participating States to act jointly.");
  BOOST_TEST(side(d, Op::kInserted) == "Call on all States to act.");
  BOOST_TEST(side(d, Op::kDeleted) == "Call on participating States to act jointly.");
  bool deletedAll = false, insertedParticipating = false;
  for (const auto& s : d) {
    deletedAll = deletedAll || (s.op == Op::kDeleted && s.text == "all ");
    insertedParticipating = insertedParticipating || (s.op == Op::kInserted && s.text.find("participating") == 0);
  }
  BOOST_TEST(deletedAll);
  BOOST_TEST(insertedParticipating);
  BOOST_TEST((d.front().op == Op::kSame));
  BOOST_TEST(d.front().text == "Call on ");
}

BOOST_AUTO_TEST_CASE(identical_and_empty_texts) {
  auto same = diffWords("Скопје, 28 October", "Скопје, 28 October");
  BOOST_REQUIRE(same.size() == 1u);
  BOOST_TEST((same[0].op == Op::kSame));
  BOOST_TEST(diffWords("", "").empty());
  auto added = diffWords("", "new text");
  BOOST_REQUIRE(added.size() == 1u);
  BOOST_TEST((added[0].op == Op::kInserted));
}

BOOST_AUTO_TEST_CASE(clauses_are_matched_by_id_with_removed_ones_in_place) {
  Declaration d = openDeclaration();
  Revision older = d.revisions[0];  // op-1 (a, b)
  Revision newer = d.revisions[1];  // op-1 (a, b), op-2 added
  newer.operative[0].items.erase(newer.operative[0].items.begin());  // op-1-a removed
  newer.operative[0].items[0].text = "for NGOs and shelters.";        // op-1-b modified
  newer.preamble[0].leadPhrase = "Recognising";
  RevisionComparison c = compareRevisions(older, newer);
  BOOST_TEST(c.from == 1);
  BOOST_TEST(c.to == 2);
  BOOST_TEST(c.added == 1u);
  BOOST_TEST(c.removed == 1u);
  BOOST_TEST(c.modified == 2u);  // the recital's lead phrase and op-1-b
  std::vector<std::string> order;
  for (const auto& ch : c.changes) order.push_back(ch.id.str() + ":" + toString(ch.kind));
  std::vector<std::string> expected = {"rec-1:modified", "op-1:unchanged", "op-1-a:removed", "op-1-b:modified",
                                       "op-2:added"};
  BOOST_TEST(order == expected, boost::test_tools::per_element());
  BOOST_TEST(c.changes[3].labelBefore == "(b)");
  BOOST_TEST(c.changes[3].labelAfter == "(a)");  // renumbered, not renamed
  BOOST_TEST(c.changes[4].labelAfter == "2.");
}

BOOST_AUTO_TEST_SUITE_END()
