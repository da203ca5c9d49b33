#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>

#include "accord/domain/amendment.h"
#include "accord/domain/declaration.h"
#include "fixtures.h"

using namespace accord::domain;
using namespace accord::test;
namespace bdata = boost::unit_test::data;
using S = AmendmentState;

BOOST_AUTO_TEST_SUITE(amendment_tests)

namespace {
Amendment proposal(AmendmentKind kind, const char* unit, const char* text) {
  Amendment a;
  a.declaration = DeclarationId("decl");
  a.number = 1;
  a.anchor = {1, ClauseId(unit), ""};
  a.kind = kind;
  a.text = text;
  if (kind == AmendmentKind::kInsertAfter) a.newUnit = ClauseId("op-new");
  a.justification = "Clearer.";
  a.author = "coordinator.al";
  a.country = cc("AL");
  return a;
}
}  // namespace

const S kAll[] = {S::kProposed, S::kAccepted, S::kRejected, S::kWithdrawn, S::kIncorporated};
const std::pair<S, S> kLegal[] = {
    {S::kProposed, S::kAccepted}, {S::kProposed, S::kRejected}, {S::kProposed, S::kWithdrawn},
    {S::kAccepted, S::kIncorporated}};
BOOST_DATA_TEST_CASE(the_state_table_is_exact, bdata::make(kAll) * bdata::make(kAll), from, to) {
  bool expected = false;
  for (auto [f, t] : kLegal) expected = expected || (f == from && t == to);
  BOOST_TEST(isLegalTransition(from, to) == expected, toString(from) << " -> " << toString(to));
}

BOOST_AUTO_TEST_CASE(rejecting_needs_a_reason) {
  Amendment a = proposal(AmendmentKind::kReplace, "op-2", "Agree to meet in 2017.");
  Status s = a.decide(S::kRejected, "secretariat", " ", at("2016-10-27T10:00:00Z"));
  BOOST_REQUIRE(!s.ok());
  BOOST_TEST(s.error().field == "reason");
  BOOST_TEST((a.state == S::kProposed));
  BOOST_REQUIRE(a.decide(S::kRejected, "secretariat", "Out of scope.", at("2016-10-27T10:00:00Z")).ok());
  BOOST_TEST(a.reason == "Out of scope.");
  BOOST_TEST(a.decidedBy == "secretariat");
}

BOOST_AUTO_TEST_CASE(incorporation_follows_acceptance_only) {
  Amendment a = proposal(AmendmentKind::kReplace, "op-2", "Agree to meet in 2017.");
  BOOST_TEST(a.incorporate(2).error().code == ErrorCode::kInvalidState);
  BOOST_TEST(a.decide(S::kIncorporated, "secretariat", "", at("2016-10-27T10:00:00Z")).error().code ==
             ErrorCode::kInvalidState);
  BOOST_REQUIRE(a.decide(S::kAccepted, "secretariat", "", at("2016-10-27T10:00:00Z")).ok());
  BOOST_REQUIRE(a.incorporate(2).ok());
  BOOST_TEST(*a.incorporatedIn == 2);
  BOOST_TEST(normalize(a).ok());
}

BOOST_AUTO_TEST_CASE(wording_is_required_except_for_a_deletion) {
  Amendment replace = proposal(AmendmentKind::kReplace, "op-2", "");
  BOOST_TEST(normalize(replace).error().field == "amendment.text");
  Amendment del = proposal(AmendmentKind::kDelete, "op-2", "still here");
  BOOST_TEST(normalize(del).error().field == "amendment.text");
  Amendment insert = proposal(AmendmentKind::kInsertAfter, "op-2", "New clause.");
  insert.newUnit = ClauseId();
  BOOST_TEST(normalize(insert).error().field == "amendment.newUnit");
}

BOOST_AUTO_TEST_CASE(a_quote_must_occur_in_the_units_text) {
  Declaration d = draftDeclaration();
  BOOST_TEST(checkAnchor(d.revisions[0], {1, ClauseId("op-1-a"), "first-line"}, "a").ok());
  BOOST_TEST(checkAnchor(d.revisions[0], {1, ClauseId("op-1-a"), "second-line"}, "a").error().field == "a.quote");
  BOOST_TEST(checkAnchor(d.revisions[0], {1, ClauseId("op-9"), ""}, "a").error().field == "a.unit");
  BOOST_TEST(checkAnchor(d.revisions[0], {1, ClauseId("rec-1"), "migration"}, "a").ok());
}

BOOST_AUTO_TEST_CASE(an_amendment_on_a_changed_or_deleted_unit_is_outdated_not_moved) {
  Declaration d = draftDeclaration();
  Revision changed = d.revisions[0];
  changed.number = 2;
  changed.operative[0].items[0].text = "for border police;";
  changed.operative[0].items.pop_back();  // op-1-b deleted
  Amendment onA = proposal(AmendmentKind::kReplace, "op-1-a", "for all officials;");
  Amendment onB = proposal(AmendmentKind::kReplace, "op-1-b", "for NGOs and lawyers.");
  Amendment onRec = proposal(AmendmentKind::kReplace, "rec-1", "that trafficking follows routes,");
  BOOST_TEST((unitFate(d.revisions[0], changed, ClauseId("op-1-a")) == UnitFate::kChanged));
  BOOST_TEST((unitFate(d.revisions[0], changed, ClauseId("op-1-b")) == UnitFate::kDeleted));
  BOOST_TEST(isOutdated(onA, d.revisions[0], changed));
  BOOST_TEST(isOutdated(onB, d.revisions[0], changed));
  BOOST_TEST(!isOutdated(onRec, d.revisions[0], changed));
  BOOST_TEST(onA.anchor.unit.str() == "op-1-a");
  onA.state = S::kRejected;
  BOOST_TEST(!isOutdated(onA, d.revisions[0], changed));
}

BOOST_AUTO_TEST_CASE(applying_is_idempotent_for_each_kind) {
  Revision text = draftDeclaration().revisions[0];
  Amendment replace = proposal(AmendmentKind::kReplace, "op-1-b", "for NGOs and lawyers.");
  Amendment insert = proposal(AmendmentKind::kInsertAfter, "op-1-a", "for judges;");
  Amendment del = proposal(AmendmentKind::kDelete, "rec-1", "");
  for (int round = 0; round < 2; ++round) {
    BOOST_REQUIRE(applyAmendment(text, replace).ok());
    BOOST_REQUIRE(applyAmendment(text, insert).ok());
    BOOST_REQUIRE(applyAmendment(text, del).ok());
  }
  BOOST_TEST(text.preamble.empty());
  BOOST_REQUIRE(text.operative[0].items.size() == 3u);
  BOOST_TEST(text.operative[0].items[1].id.str() == "op-new");
  BOOST_TEST(text.operative[0].items[1].text == "for judges;");
  BOOST_TEST(text.operative[0].items[2].text == "for NGOs and lawyers.");
  Amendment gone = proposal(AmendmentKind::kReplace, "op-9", "x");
  BOOST_TEST(applyAmendment(text, gone).error().code == ErrorCode::kInvalidState);
}

BOOST_AUTO_TEST_SUITE_END()
