#include <boost/test/unit_test.hpp>

#include "accord/domain/revision_diff.h"
#include "fixtures.h"

using namespace accord::domain;
using namespace accord::test;
using Op = TextSpan::Op;
using Place = RedlineParagraph::Place;

BOOST_AUTO_TEST_SUITE(revision_diff_tests)

namespace {

std::string side(const std::vector<TextSpan>& spans, Op skip) {
  std::string out;
  for (const auto& s : spans)
    if (s.op != skip) out += s.text;
  return out;
}

std::vector<std::string> kinds(const RevisionComparison& c) {
  std::vector<std::string> out;
  for (const auto& ch : c.changes) out.push_back(ch.id.str() + ":" + toString(ch.kind));
  return out;
}

// The text each side of the redline reads as, paragraph by paragraph ("number text"):
// accepting every change (`skip` kDeleted) or rejecting every one (kInserted).
std::vector<std::string> readRedline(const RevisionComparison& c, Op skip) {
  std::vector<std::string> out;
  for (const RedlineParagraph& p : c.redline) {
    const ClauseChange& ch = c.changes[p.change];
    bool oldSide = skip == Op::kInserted;
    if (p.place == Place::kOldPlace && !oldSide) continue;
    if (p.place == Place::kNewPlace && oldSide) continue;
    if (ch.kind == ChangeKind::kAdded && oldSide) continue;
    if (ch.kind == ChangeKind::kDeleted && !oldSide) continue;
    out.push_back((oldSide ? ch.numberBefore : ch.numberAfter) + " " + side(ch.text, skip));
  }
  return out;
}

std::vector<std::string> plain(const Revision& r) {
  RevisionComparison same = compareRevisions(r, r);
  return readRedline(same, Op::kInserted);
}

}  // namespace

BOOST_AUTO_TEST_CASE(units_are_matched_by_id_with_deleted_ones_in_place) {
  Declaration d = openDeclaration();
  Revision older = d.revisions[0];  // op-1 (a, b)
  Revision newer = d.revisions[1];  // op-1 (a, b), op-2 added
  newer.operative[0].items.erase(newer.operative[0].items.begin());  // op-1-a deleted
  newer.operative[0].items[0].text = "for NGOs and shelters.";        // op-1-b changed
  newer.preamble[0].leadPhrase = "Recognising";
  RevisionComparison c = compareRevisions(older, newer);
  BOOST_TEST(c.from == 1);
  BOOST_TEST(c.to == 2);
  BOOST_TEST(c.added == 1u);
  BOOST_TEST(c.deleted == 1u);
  BOOST_TEST(c.changed == 2u);  // the recital's lead phrase and op-1-b
  BOOST_TEST(c.moved == 0u);
  std::vector<std::string> expected = {"rec-1:changed", "op-1:unchanged", "op-1-a:deleted", "op-1-b:changed",
                                       "op-2:added"};
  BOOST_TEST(kinds(c) == expected, boost::test_tools::per_element());
  BOOST_TEST((c.changes[0].unit == UnitKind::kRecital));
  BOOST_TEST(c.changes[0].numberAfter == "1");
  BOOST_TEST((c.changes[3].unit == UnitKind::kItem));
  BOOST_TEST(c.changes[3].labelBefore == "(b)");
  BOOST_TEST(c.changes[3].labelAfter == "(a)");  // renumbered, not renamed
  BOOST_TEST(c.changes[3].numberBefore == "1 (b)");
  BOOST_TEST(c.changes[3].numberAfter == "1 (a)");
  BOOST_TEST(c.changes[4].numberAfter == "2");
  BOOST_TEST(c.changes[4].numberBefore.empty());
  BOOST_TEST(c.changes[2].numberAfter.empty());
}

BOOST_AUTO_TEST_CASE(identical_revisions_have_nothing_marked) {
  Revision r = openDeclaration().revisions[1];
  RevisionComparison c = compareRevisions(r, r);
  BOOST_TEST(c.added + c.deleted + c.changed + c.moved == 0u);
  for (const auto& ch : c.changes) {
    BOOST_TEST((ch.kind == ChangeKind::kUnchanged));
    BOOST_TEST(!ch.textChanged);
    for (const auto& s : ch.text) BOOST_TEST((s.op == Op::kSame));
  }
  BOOST_TEST(c.redline.size() == c.changes.size());
}

BOOST_AUTO_TEST_CASE(a_clause_split_in_two_is_a_change_and_an_addition) {
  Revision older = openDeclaration().revisions[1];
  Revision newer = older;
  newer.number = 3;
  newer.operative[1].text = "Agree to meet again";
  newer.operative.push_back({ClauseId("op-3"), "in Skopje next year.", {}});
  older.operative[1].text = "Agree to meet again in Skopje next year.";
  RevisionComparison c = compareRevisions(older, newer);
  std::vector<std::string> expected = {"rec-1:unchanged", "op-1:unchanged", "op-1-a:unchanged", "op-1-b:unchanged",
                                       "op-2:changed", "op-3:added"};
  BOOST_TEST(kinds(c) == expected, boost::test_tools::per_element());
  const auto& op2 = c.changes[4].text;
  BOOST_REQUIRE(op2.size() == 2u);
  BOOST_TEST((op2[1].op == Op::kDeleted));
  BOOST_TEST(op2[1].text == " in Skopje next year.");
  BOOST_TEST(c.changes[5].numberAfter == "3");
}

BOOST_AUTO_TEST_CASE(a_reordered_clause_is_moved_and_shown_at_both_places) {
  Revision older = openDeclaration().revisions[1];  // op-1 (op-1-a, op-1-b), op-2
  Revision newer = older;
  newer.number = 3;
  std::swap(newer.operative[0], newer.operative[1]);  // op-2 now first
  newer.operative[0].text = "Agree to meet again soon.";
  RevisionComparison c = compareRevisions(older, newer);
  BOOST_TEST(c.moved == 1u);
  std::vector<std::string> expected = {"rec-1:unchanged", "op-2:moved", "op-1:unchanged", "op-1-a:unchanged",
                                       "op-1-b:unchanged"};
  BOOST_TEST(kinds(c) == expected, boost::test_tools::per_element());
  const ClauseChange& moved = c.changes[1];
  BOOST_TEST(moved.numberBefore == "2");
  BOOST_TEST(moved.numberAfter == "1");
  BOOST_TEST(moved.textChanged);
  BOOST_TEST(side(moved.text, Op::kDeleted) == "Agree to meet again soon.");
  // The redline deletes it where it stood and inserts it where it now stands.
  std::size_t oldPlace = 0, newPlace = 0;
  for (std::size_t i = 0; i < c.redline.size(); ++i) {
    if (c.redline[i].place == Place::kOldPlace) oldPlace = i;
    if (c.redline[i].place == Place::kNewPlace) newPlace = i;
  }
  BOOST_TEST(newPlace == 1u);
  BOOST_TEST(oldPlace == c.redline.size() - 1);
  BOOST_TEST(readRedline(c, Op::kDeleted) == plain(newer), boost::test_tools::per_element());
  BOOST_TEST(readRedline(c, Op::kInserted) == plain(older), boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(an_item_moved_to_another_clause_is_moved) {
  Revision older = openDeclaration().revisions[1];
  Revision newer = older;
  newer.number = 3;
  newer.operative[1].items.push_back(newer.operative[0].items[1]);  // op-1-b under op-2
  newer.operative[0].items.pop_back();
  RevisionComparison c = compareRevisions(older, newer);
  BOOST_TEST(c.moved == 1u);
  std::vector<std::string> expected = {"rec-1:unchanged", "op-1:unchanged", "op-1-a:unchanged", "op-2:unchanged",
                                       "op-1-b:moved"};
  BOOST_TEST(kinds(c) == expected, boost::test_tools::per_element());
  BOOST_TEST(c.changes[4].numberBefore == "1 (b)");
  BOOST_TEST(c.changes[4].numberAfter == "2 (a)");
  BOOST_TEST(readRedline(c, Op::kDeleted) == plain(newer), boost::test_tools::per_element());
  BOOST_TEST(readRedline(c, Op::kInserted) == plain(older), boost::test_tools::per_element());
}

BOOST_AUTO_TEST_SUITE_END()
