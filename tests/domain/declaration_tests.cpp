#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>

#include "accord/domain/declaration.h"
#include "fixtures.h"

using namespace accord::domain;
using namespace accord::test;
namespace bdata = boost::unit_test::data;
using S = DeclarationStatus;

BOOST_AUTO_TEST_SUITE(declaration_tests)

const S kAll[] = {S::kDrafting, S::kConsultation, S::kFinal, S::kOpenForEndorsement, S::kClosed};
const std::pair<S, S> kLegal[] = {{S::kDrafting, S::kConsultation}, {S::kConsultation, S::kDrafting},
                                  {S::kConsultation, S::kFinal},    {S::kFinal, S::kOpenForEndorsement},
                                  {S::kOpenForEndorsement, S::kClosed}};

BOOST_DATA_TEST_CASE(the_transition_table_is_exactly_the_lifecycle, bdata::make(kAll) * bdata::make(kAll), from, to) {
  bool expected = false;
  for (auto [f, t] : kLegal) expected = expected || (f == from && t == to);
  BOOST_TEST(isLegalTransition(from, to) == expected, toString(from) << " -> " << toString(to));
}

BOOST_AUTO_TEST_CASE(freezing_fixes_the_latest_revision_as_final) {
  Declaration d = draftDeclaration();
  BOOST_TEST(d.moveTo(S::kConsultation).ok());
  Revision next = d.revisions.back();
  next.changeNote = "after consultation";
  BOOST_TEST(d.cutRevision(next).ok());
  BOOST_TEST(d.latest()->number == 2);
  BOOST_TEST(d.moveTo(S::kFinal).ok());
  BOOST_TEST(*d.finalRevision == 2);
  BOOST_TEST(normalize(d).ok());
}

BOOST_AUTO_TEST_CASE(the_shown_revision_is_the_final_one_when_frozen_else_the_latest) {
  Declaration none;
  BOOST_TEST(none.shownRevision() == nullptr);
  Declaration d = draftDeclaration();
  BOOST_TEST(d.moveTo(S::kConsultation).ok());
  Revision next = d.revisions.back();
  next.changeNote = "after consultation";
  BOOST_TEST(d.cutRevision(next).ok());
  BOOST_TEST(d.shownRevision() == d.latest());
  // A final revision that is not the latest (as an imported record may have it) wins.
  d.finalRevision = 1;
  BOOST_TEST(d.shownRevision() == d.revision(1));
  BOOST_TEST(d.shownRevision() != d.latest());
}

BOOST_AUTO_TEST_CASE(a_frozen_text_takes_no_revision) {
  Declaration d = openDeclaration();
  auto s = d.cutRevision(d.revisions.back());
  BOOST_REQUIRE(!s.ok());
  BOOST_TEST(s.error().code == ErrorCode::kInvalidState);
  BOOST_TEST(d.revisions.size() == 2u);
}

BOOST_AUTO_TEST_CASE(an_illegal_step_is_refused_and_changes_nothing) {
  Declaration d = draftDeclaration();
  auto s = d.moveTo(S::kOpenForEndorsement);
  BOOST_REQUIRE(!s.ok());
  BOOST_TEST(s.error().message.find("drafting to open_for_endorsement") != std::string::npos);
  BOOST_TEST((d.status == S::kDrafting));
  BOOST_TEST(!d.finalRevision);
}

BOOST_AUTO_TEST_CASE(a_bad_revision_is_not_appended) {
  Declaration d = draftDeclaration();
  Revision bad = d.revisions.back();
  bad.operative[0].text = "";
  BOOST_TEST(!d.cutRevision(bad).ok());
  BOOST_TEST(d.revisions.size() == 1u);
}

BOOST_AUTO_TEST_CASE(validation_names_inconsistent_fields) {
  Declaration d = openDeclaration();
  d.finalRevision.reset();
  BOOST_TEST(normalize(d).error().field == "declaration.finalRevision");
  d = openDeclaration();
  d.invitedCountries.push_back(cc("AL"));
  BOOST_TEST(normalize(d).error().field == "declaration.invitedCountries[3]");
  d = openDeclaration();
  d.revisions[1].number = 5;
  BOOST_TEST(normalize(d).error().field == "declaration.revisions[1].number");
}

BOOST_AUTO_TEST_CASE(a_draft_may_invite_nobody_yet_but_consultation_needs_a_country) {
  Declaration d = draftDeclaration();
  d.invitedCountries.clear();
  BOOST_TEST(normalize(d).ok());
  auto s = d.moveTo(S::kConsultation);
  BOOST_REQUIRE(!s.ok());
  BOOST_TEST(s.error().code == ErrorCode::kInvalidState);
  BOOST_TEST(s.error().field == "invitedCountries");
  BOOST_TEST((d.status == S::kDrafting));
  // A stored declaration past drafting with nobody invited is refused by name.
  d.status = S::kConsultation;
  BOOST_TEST(normalize(d).error().field == "declaration.invitedCountries");
}

BOOST_AUTO_TEST_CASE(a_declaration_without_revisions_takes_revision_one) {
  Declaration d = draftDeclaration();
  Revision first = d.revisions.front();
  d.revisions.clear();
  BOOST_TEST(d.shownRevision() == nullptr);
  BOOST_TEST(d.cutRevision(first).ok());
  BOOST_TEST(d.latest()->number == 1);
}

BOOST_AUTO_TEST_SUITE_END()
