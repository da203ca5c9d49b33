#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>

#include "accord/domain/progress_report.h"
#include "fixtures.h"

using namespace accord::domain;
using namespace accord::test;
namespace bdata = boost::unit_test::data;
using R = ReportState;

BOOST_AUTO_TEST_SUITE(progress_report_tests)

ProgressReport draft() {
  ProgressReport r;
  r.id = ReportId("rp-1");
  r.commitment = CommitmentId("cm-1");
  r.country = cc("AL");
  r.periodStart = day("2017-01-01");
  r.periodEnd = day("2017-06-30");
  r.narrative = "Indicators agreed.";
  r.percent = 40;
  return r;
}

const R kAll[] = {R::kDraft, R::kSubmitted, R::kValidated, R::kReturned};
const std::pair<R, R> kLegal[] = {
    {R::kDraft, R::kSubmitted}, {R::kSubmitted, R::kValidated}, {R::kSubmitted, R::kReturned},
    {R::kReturned, R::kDraft},  {R::kReturned, R::kSubmitted}};
BOOST_DATA_TEST_CASE(the_state_table_is_exact, bdata::make(kAll) * bdata::make(kAll), from, to) {
  bool expected = false;
  for (auto [f, t] : kLegal) expected = expected || (f == from && t == to);
  BOOST_TEST(isLegalTransition(from, to) == expected, toString(from) << " -> " << toString(to));
}

BOOST_AUTO_TEST_CASE(a_returned_report_goes_back_with_the_reason_and_can_be_resubmitted) {
  ProgressReport r = draft();
  BOOST_REQUIRE(r.submit("coordinator.al", at("2017-07-05T10:00:00Z")).ok());
  BOOST_TEST(r.submittedAt->iso() == "2017-07-05T10:00:00Z");
  BOOST_REQUIRE(r.giveBack("monitor", "Attach the training lists.", at("2017-07-10T10:00:00Z")).ok());
  BOOST_TEST((r.state == R::kReturned));
  BOOST_TEST(r.returnReason == "Attach the training lists.");
  BOOST_TEST(r.reviewedBy == "monitor");
  BOOST_REQUIRE(r.submit("coordinator.al", at("2017-07-12T10:00:00Z")).ok());
  BOOST_TEST(r.returnReason.empty());
  BOOST_REQUIRE(r.accept("monitor", at("2017-07-15T10:00:00Z")).ok());
  BOOST_TEST((r.state == R::kValidated));
  BOOST_TEST(r.submit("coordinator.al", at("2017-07-16T10:00:00Z")).error().code == ErrorCode::kInvalidState);
}

BOOST_AUTO_TEST_CASE(returning_needs_a_reason) {
  ProgressReport r = draft();
  BOOST_REQUIRE(r.submit("coordinator.al", at("2017-07-05T10:00:00Z")).ok());
  Status s = r.giveBack("monitor", "  ", at("2017-07-10T10:00:00Z"));
  BOOST_REQUIRE(!s.ok());
  BOOST_TEST(s.error().field == "returnReason");
  BOOST_TEST((r.state == R::kSubmitted));
}

BOOST_AUTO_TEST_CASE(an_empty_narrative_cannot_be_submitted) {
  ProgressReport r = draft();
  r.narrative = "";
  BOOST_TEST(r.submit("coordinator.al", at("2017-07-05T10:00:00Z")).error().field == "narrative");
  BOOST_TEST((r.state == R::kDraft));
}

BOOST_AUTO_TEST_CASE(stored_reports_are_checked) {
  ProgressReport r = draft();
  r.percent = 101;
  BOOST_TEST(normalize(r).error().field == "report.percent");
  r = draft();
  r.periodEnd = day("2016-12-31");
  BOOST_TEST(normalize(r).error().field == "report.periodEnd");
  r = draft();
  r.state = R::kSubmitted;
  BOOST_TEST(normalize(r).error().field == "report.submittedAt");
}

BOOST_AUTO_TEST_SUITE_END()
