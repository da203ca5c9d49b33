#include <boost/test/unit_test.hpp>

#include "accord/domain/tally.h"
#include "fixtures.h"

using namespace accord::domain;
using namespace accord::test;

BOOST_AUTO_TEST_SUITE(tally_tests)

Dossier dossier() {
  Dossier d;
  d.declarations = {openDeclaration()};
  const Declaration& decl = d.declarations[0];
  Endorsement al = invitation(decl, cc("AL"));
  EndorsementAct act;
  act.to = EndorsementStatus::kEndorsed;
  act.date = day("2016-10-28");
  act.signer = Signer{"A", "B"};
  act.method = EndorsementMethod::kInSession;
  BOOST_REQUIRE(al.apply(decl, act, "x", at("2016-10-28T12:00:00Z")).ok());
  Endorsement mk = invitation(decl, cc("MK"));
  act.to = EndorsementStatus::kDeclined;
  BOOST_REQUIRE(mk.apply(decl, act, "x", at("2016-10-28T12:00:00Z")).ok());
  d.endorsements = {al, mk};
  d.commitments = {commitment(decl)};
  Assignment a;
  a.commitment = d.commitments[0].id;
  a.country = cc("AL");
  BOOST_REQUIRE(a.decide(Acceptance::kAccepted, "x", day("2016-11-01")).ok());
  d.assignments = {a};
  ProgressReport early, late;
  early.id = ReportId("r1");
  late.id = ReportId("r2");
  early.commitment = late.commitment = a.commitment;
  early.country = late.country = a.country;
  early.periodEnd = day("2017-03-31");
  late.periodEnd = day("2017-06-30");
  d.reports = {late, early};
  return d;
}

BOOST_AUTO_TEST_CASE(tally_has_one_row_per_invited_country_in_invitation_order) {
  Dossier d = dossier();
  EndorsementTally t = tallyEndorsements(d, d.declarations[0]);
  BOOST_REQUIRE(t.rows.size() == 3u);
  BOOST_TEST(t.rows[0].country.str() == "AL");
  BOOST_TEST(t.rows[2].country.str() == "RS");
  BOOST_TEST(!t.rows[2].endorsement);
  BOOST_TEST(t.invited == 3u);
  BOOST_TEST(t.signedCount == 1u);
  BOOST_TEST(t.counts[EndorsementStatus::kDeclined] == 1u);
  BOOST_TEST(t.counts[EndorsementStatus::kInvited] == 1u);
  BOOST_TEST(t.counts[EndorsementStatus::kWithdrawn] == 0u);
}

BOOST_AUTO_TEST_CASE(matrix_has_a_cell_per_applicable_country_with_the_latest_report) {
  Dossier d = dossier();
  ImplementationMatrix m = implementationMatrix(d, d.declarations[0], day("2018-01-01"));
  BOOST_REQUIRE(m.cells.size() == 2u);
  BOOST_TEST(m.countries.size() == 2u);
  const MatrixCell& al = m.cells[0];
  BOOST_TEST(al.country.str() == "AL");
  BOOST_REQUIRE(al.latestReport);
  BOOST_TEST(al.latestReport->id.str() == "r2");
  BOOST_TEST(toString(*al.timeliness) == std::string("overdue"));
  BOOST_TEST(!m.cells[1].assignment);  // MK applies but has no assignment yet
  BOOST_TEST(m.overdue == 1u);
}

BOOST_AUTO_TEST_SUITE_END()
