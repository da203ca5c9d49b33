#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>

#include <cmath>

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

// Milestones per country: each country's own state decides its timeliness; the
// commitment's state is only the default for a country that set none.
BOOST_AUTO_TEST_CASE(a_missed_milestone_puts_only_its_own_country_at_risk) {
  Commitment c = commitment(openDeclaration());
  c.milestones[0].state = MilestoneState::kDone;
  Assignment al = accepted(c);
  Assignment mk = accepted(c);
  mk.country = cc("MK");
  al.status = mk.status = I::kInProgress;
  BOOST_REQUIRE(al.setMilestone(c, MilestoneId("ms-1"), MilestoneState::kMissed, "coordinator.al", day("2017-07-02")).ok());
  BOOST_TEST(toString(*timeliness(al, c, day("2017-07-05"))) == std::string("at_risk"));
  BOOST_TEST(toString(*timeliness(mk, c, day("2017-07-05"))) == std::string("on_track"));
  BOOST_TEST(al.milestones.at(0).updatedBy == "coordinator.al");
  BOOST_TEST(al.milestones.at(0).updatedOn->iso() == "2017-07-02");
  // Done for AL, while the commitment's default (pending) would put MK at risk.
  c.milestones[0].state = MilestoneState::kPending;
  BOOST_REQUIRE(al.setMilestone(c, MilestoneId("ms-1"), MilestoneState::kDone, "coordinator.al", day("2017-07-03")).ok());
  BOOST_TEST(al.milestones.size() == 1u);
  BOOST_TEST(toString(*timeliness(al, c, day("2017-07-05"))) == std::string("on_track"));
  BOOST_TEST(toString(*timeliness(mk, c, day("2017-07-05"))) == std::string("at_risk"));
}

BOOST_AUTO_TEST_CASE(a_milestone_is_set_only_for_an_accepted_commitment_and_one_it_defines) {
  Commitment c = commitment(openDeclaration());
  Assignment proposed;
  proposed.country = cc("MK");
  BOOST_TEST(proposed.setMilestone(c, MilestoneId("ms-1"), MilestoneState::kDone, "x", day("2017-01-01")).error().code ==
             ErrorCode::kInvalidState);
  Assignment a = accepted(c);
  auto unknown = a.setMilestone(c, MilestoneId("ms-9"), MilestoneState::kDone, "x", day("2017-01-01"));
  BOOST_TEST(unknown.error().code == ErrorCode::kNotFound);
  BOOST_TEST(unknown.error().field == "milestone");
  BOOST_TEST(a.milestones.empty());
}

struct MeasurementCase {
  const char* name;
  const char* indicator;
  double value;
  const char* on;
  const char* source;
  std::optional<ErrorCode> expected;  // none: recorded
  const char* field;
};
std::ostream& operator<<(std::ostream& os, const MeasurementCase& m) { return os << m.name; }
const MeasurementCase kMeasurements[] = {
    {"recorded", "Officials trained", 40, "2017-06-30", "Ministry report", std::nullopt, ""},
    {"today_is_not_the_future", "Officials trained", 40, "2017-07-01", "", std::nullopt, ""},
    {"unknown_indicator", "Officials hired", 40, "2017-06-30", "", ErrorCode::kNotFound, "indicator"},
    {"future_date", "Officials trained", 40, "2017-07-02", "", ErrorCode::kInvalidArgument, "date"},
    {"not_a_number", "Officials trained", std::nan(""), "2017-06-30", "", ErrorCode::kInvalidArgument, "value"},
    {"infinite", "Officials trained", HUGE_VAL, "2017-06-30", "", ErrorCode::kInvalidArgument, "value"},
    {"control_character_in_source", "Officials trained", 1, "2017-06-30", "a\x01b", ErrorCode::kInvalidArgument,
     "source"},
};
BOOST_DATA_TEST_CASE(measurements_are_checked, bdata::make(kMeasurements), m) {
  Commitment c = commitment(openDeclaration());
  c.indicators = {{"Officials trained", 0, 150, "officials"}};
  Assignment a = accepted(c);
  Status s = a.record(c, {m.indicator, m.value, day(m.on), m.source, "coordinator.al"}, day("2017-07-01"));
  if (!m.expected) {
    BOOST_TEST(s.ok());
    BOOST_TEST(a.measurements.size() == 1u);
  } else {
    BOOST_TEST(s.error().code == *m.expected);
    BOOST_TEST(s.error().field == m.field);
    BOOST_TEST(a.measurements.empty());
  }
}

BOOST_AUTO_TEST_SUITE_END()
