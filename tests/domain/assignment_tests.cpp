#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>

#include "accord/domain/assignment.h"
#include "fixtures.h"

using namespace accord::domain;
using namespace accord::test;
namespace bdata = boost::unit_test::data;
using I = ImplementationStatus;

BOOST_AUTO_TEST_SUITE(assignment_tests)

Assignment accepted(const Commitment& c) {
  Assignment a;
  a.commitment = c.id;
  a.country = cc("AL");
  BOOST_REQUIRE(a.decide(Acceptance::kAccepted, "coordinator.al", day("2016-11-15")).ok());
  return a;
}

BOOST_AUTO_TEST_CASE(acceptance_is_decided_once) {
  Commitment c = commitment(openDeclaration());
  Assignment a = accepted(c);
  BOOST_TEST(a.acceptedBy == "coordinator.al");
  BOOST_TEST(a.acceptanceDate->iso() == "2016-11-15");
  BOOST_TEST(a.decide(Acceptance::kDeclined, "x", day("2016-11-16")).error().code == ErrorCode::kInvalidState);
  Assignment fresh;
  BOOST_TEST(fresh.decide(Acceptance::kProposed, "x", day("2016-11-16")).error().code == ErrorCode::kInvalidArgument);
}

BOOST_AUTO_TEST_CASE(implementation_is_tracked_only_after_acceptance) {
  Assignment a;
  BOOST_TEST(a.moveTo(I::kInProgress, day("2017-01-01")).error().code == ErrorCode::kInvalidState);
}

const I kAll[] = {I::kNotStarted, I::kInProgress, I::kCompleted, I::kOnHold, I::kCancelled};
const std::pair<I, I> kLegal[] = {{I::kNotStarted, I::kInProgress}, {I::kNotStarted, I::kCompleted},
                                  {I::kNotStarted, I::kOnHold},     {I::kNotStarted, I::kCancelled},
                                  {I::kInProgress, I::kCompleted},  {I::kInProgress, I::kOnHold},
                                  {I::kInProgress, I::kCancelled},  {I::kOnHold, I::kInProgress},
                                  {I::kOnHold, I::kCancelled},      {I::kCompleted, I::kInProgress}};
BOOST_DATA_TEST_CASE(the_status_table_is_exact, bdata::make(kAll) * bdata::make(kAll), from, to) {
  bool expected = false;
  for (auto [f, t] : kLegal) expected = expected || (f == from && t == to);
  BOOST_TEST(isLegalTransition(from, to) == expected, toString(from) << " -> " << toString(to));
}

BOOST_AUTO_TEST_CASE(completing_records_the_date_and_reopening_clears_it) {
  Commitment c = commitment(openDeclaration());
  Assignment a = accepted(c);
  BOOST_REQUIRE(a.moveTo(I::kCompleted, day("2017-05-01")).ok());
  BOOST_TEST(a.completedOn->iso() == "2017-05-01");
  BOOST_REQUIRE(a.moveTo(I::kInProgress, day("2017-05-02")).ok());
  BOOST_TEST(!a.completedOn);
}

struct TimelinessCase {
  const char* name;
  I status;
  const char* completedOn;  // or nullptr
  MilestoneState milestone;
  const char* today;
  std::optional<Timeliness> expected;
};
std::ostream& operator<<(std::ostream& os, const TimelinessCase& t) { return os << t.name; }

// Deadline 2017-12-31, milestone due 2017-06-30.
const TimelinessCase kTimeliness[] = {
    {"deadline_day_itself_is_on_time", I::kInProgress, nullptr, MilestoneState::kDone, "2017-12-31", Timeliness::kOnTrack},
    {"day_after_deadline_is_overdue", I::kInProgress, nullptr, MilestoneState::kDone, "2018-01-01", Timeliness::kOverdue},
    {"milestone_due_today_is_not_yet_late", I::kInProgress, nullptr, MilestoneState::kPending, "2017-06-30", Timeliness::kOnTrack},
    {"milestone_pending_after_due_is_at_risk", I::kInProgress, nullptr, MilestoneState::kPending, "2017-07-01", Timeliness::kAtRisk},
    {"missed_milestone_is_at_risk", I::kInProgress, nullptr, MilestoneState::kMissed, "2017-07-01", Timeliness::kAtRisk},
    {"dropped_milestone_does_not_count", I::kInProgress, nullptr, MilestoneState::kDropped, "2017-07-01", Timeliness::kOnTrack},
    {"not_started_31_days_out_is_on_track", I::kNotStarted, nullptr, MilestoneState::kDone, "2017-11-30", Timeliness::kOnTrack},
    {"not_started_30_days_out_is_at_risk", I::kNotStarted, nullptr, MilestoneState::kDone, "2017-12-01", Timeliness::kAtRisk},
    {"completed_on_deadline_is_on_track", I::kCompleted, "2017-12-31", MilestoneState::kDone, "2018-05-01", Timeliness::kOnTrack},
    {"completed_day_after_is_late", I::kCompleted, "2018-01-01", MilestoneState::kDone, "2018-05-01", Timeliness::kCompletedLate},
    {"cancelled_is_not_measured", I::kCancelled, nullptr, MilestoneState::kDone, "2018-05-01", std::nullopt},
};
BOOST_DATA_TEST_CASE(timeliness_at_the_edges, bdata::make(kTimeliness), edge) {
  Commitment c = commitment(openDeclaration());
  c.milestones[0].state = edge.milestone;
  Assignment a = accepted(c);
  a.status = edge.status;
  if (edge.completedOn) a.completedOn = day(edge.completedOn);
  auto got = timeliness(a, c, day(edge.today));
  BOOST_TEST(got.has_value() == edge.expected.has_value());
  if (got && edge.expected) BOOST_TEST(toString(*got) == toString(*edge.expected));
}

BOOST_AUTO_TEST_CASE(a_declined_commitment_is_not_measured) {
  Commitment c = commitment(openDeclaration());
  Assignment a;
  a.country = cc("AL");
  BOOST_REQUIRE(a.decide(Acceptance::kDeclined, "coordinator.al", day("2016-11-15")).ok());
  BOOST_TEST(!timeliness(a, c, day("2019-01-01")));
}

BOOST_AUTO_TEST_CASE(stored_assignments_are_checked) {
  Commitment c = commitment(openDeclaration());
  Assignment a = accepted(c);
  a.country = cc("RS");
  BOOST_TEST(normalize(a, c, "a").error().field == "a.country");
  a = accepted(c);
  a.completedOn = day("2017-01-01");
  BOOST_TEST(normalize(a, c, "a").error().field == "a.completedOn");
}

BOOST_AUTO_TEST_SUITE_END()
