// A country's own milestones and indicator measurements through the real stores:
// written by that country's coordinator only, one audit event each, a stale
// version or a refused change writes nothing, and one country's missed
// milestone leaves the others' timeliness alone.
#include "accord/app/assignment_progress_use_cases.h"
#include "accord/app/commitment_use_cases.h"
#include "accord/app/dossier_use_cases.h"
#include "accord/app/read_models.h"
#include "conformance_env.h"

using namespace accord;
using namespace accord::test;
using domain::ErrorCode;
using domain::MilestoneState;

BOOST_AUTO_TEST_SUITE(assignment_progress_use_case_tests)

namespace {
struct Sample {
  explicit Sample(const std::string& backend) : env(backend) {
    ok(app::importDossier(env.ctx, secretariat(), sample, sampleCatalog()));
    // MK accepts too, so that both countries track the same commitment.
    app::AssignmentChange accept;
    accept.acceptance = domain::Acceptance::kAccepted;
    ok(app::changeAssignment(env.ctx, coordinator("MK"), cm, cc("MK"), accept, 1));
  }
  domain::Assignment get(const std::string& country) {
    return ok(app::getAssignment(env.ctx, monitor(), cm, cc(country))).assignment;
  }
  std::optional<domain::Timeliness> timelinessOf(const std::string& country) {
    auto c = ok(app::getCommitment(env.ctx, monitor(), cm));
    return domain::timeliness(get(country), c, env.clock.today());
  }
  Env env;
  domain::Dossier sample = sampleDossier();
  domain::CommitmentId cm = sample.commitments[0].id;
  domain::MilestoneId ms{"ms-1"};
};
}  // namespace

BOOST_DATA_TEST_CASE(a_missed_milestone_puts_only_its_country_at_risk, allBackends(), backend) {
  Sample s(backend);
  BOOST_TEST((s.timelinessOf("AL") == domain::Timeliness::kOnTrack));
  BOOST_TEST((s.timelinessOf("MK") == domain::Timeliness::kOnTrack));
  auto before = auditCount(s.env.fresh.store());
  auto al = ok(app::setMilestoneState(s.env.ctx, coordinator("AL"), s.cm, cc("AL"), s.ms, MilestoneState::kMissed,
                                      s.get("AL").version));
  BOOST_TEST(al.milestones.size() == 1u);
  BOOST_TEST(al.milestones[0].updatedBy == coordinator("AL").name);
  BOOST_TEST(al.milestones[0].updatedOn->iso() == "2017-08-01");
  BOOST_TEST(auditCount(s.env.fresh.store()) == before + 1);
  BOOST_TEST((s.timelinessOf("AL") == domain::Timeliness::kAtRisk));
  BOOST_TEST((s.timelinessOf("MK") == domain::Timeliness::kOnTrack));
  BOOST_TEST(s.get("MK").milestones.empty());
  // The same state again writes nothing.
  auto again = ok(app::setMilestoneState(s.env.ctx, coordinator("AL"), s.cm, cc("AL"), s.ms, MilestoneState::kMissed,
                                         al.version));
  BOOST_TEST(again.version == al.version);
  BOOST_TEST(auditCount(s.env.fresh.store()) == before + 1);
}

BOOST_DATA_TEST_CASE(only_the_countrys_coordinator_tracks_its_progress, allBackends(), backend) {
  Sample s(backend);
  long version = s.get("AL").version;
  auto before = auditCount(s.env.fresh.store());
  for (const domain::Actor& who : {coordinator("MK"), monitor(), secretariat()}) {
    BOOST_TEST((codeOf(app::setMilestoneState(s.env.ctx, who, s.cm, cc("AL"), s.ms, MilestoneState::kDone,
                                              version)) == ErrorCode::kForbidden));
    BOOST_TEST((codeOf(app::recordMeasurement(s.env.ctx, who, s.cm, cc("AL"),
                                              {"Referrals", 2, day("2017-07-31"), "", ""}, version)) ==
                ErrorCode::kForbidden));
  }
  BOOST_TEST(auditCount(s.env.fresh.store()) == before);
  BOOST_TEST(s.get("AL").version == version);
}

BOOST_DATA_TEST_CASE(measurements_are_kept_in_order_and_refused_ones_write_nothing, allBackends(), backend) {
  Sample s(backend);
  long version = s.get("AL").version;
  auto first = ok(app::recordMeasurement(s.env.ctx, coordinator("AL"), s.cm, cc("AL"),
                                         {"Referrals", 2.5, day("2017-06-30"), "Ministry, Q2", "forged"}, version));
  auto second = ok(app::recordMeasurement(s.env.ctx, coordinator("AL"), s.cm, cc("AL"),
                                          {"Referrals", 4, day("2017-03-31"), "", ""}, first.version));
  auto stored = s.get("AL");
  BOOST_TEST_REQUIRE(stored.measurements.size() == 2u);
  BOOST_TEST(stored.measurements[0].value == 2.5);
  BOOST_TEST(stored.measurements[0].source == "Ministry, Q2");
  BOOST_TEST(stored.measurements[0].recordedBy == coordinator("AL").name);  // the actor, never what was sent
  BOOST_TEST(stored.measurements[1].on.iso() == "2017-03-31");
  auto before = auditCount(s.env.fresh.store());
  // Stale, unknown indicator, future date, another country's unaccepted assignment.
  BOOST_TEST((codeOf(app::recordMeasurement(s.env.ctx, coordinator("AL"), s.cm, cc("AL"),
                                            {"Referrals", 1, day("2017-07-01"), "", ""}, first.version)) ==
              ErrorCode::kConflict));
  auto unknown = app::recordMeasurement(s.env.ctx, coordinator("AL"), s.cm, cc("AL"),
                                        {"Arrests", 1, day("2017-07-01"), "", ""}, second.version);
  BOOST_TEST((codeOf(unknown) == ErrorCode::kNotFound));
  BOOST_TEST(unknown.error().field == "indicator");
  auto future = app::recordMeasurement(s.env.ctx, coordinator("AL"), s.cm, cc("AL"),
                                       {"Referrals", 1, day("2017-08-02"), "", ""}, second.version);
  BOOST_TEST((codeOf(future) == ErrorCode::kInvalidArgument));
  BOOST_TEST(future.error().field == "date");
  BOOST_TEST((codeOf(app::setMilestoneState(s.env.ctx, coordinator("AL"), s.cm, cc("AL"), domain::MilestoneId("nope"),
                                            MilestoneState::kDone, second.version)) == ErrorCode::kNotFound));
  BOOST_TEST(auditCount(s.env.fresh.store()) == before);
  BOOST_TEST(s.get("AL").measurements.size() == 2u);
}

BOOST_DATA_TEST_CASE(a_commitment_edit_keeps_each_countrys_progress, allBackends(), backend) {
  Sample s(backend);
  auto al = ok(app::setMilestoneState(s.env.ctx, coordinator("AL"), s.cm, cc("AL"), s.ms, MilestoneState::kMissed,
                                      s.get("AL").version));
  auto c = ok(app::getCommitment(s.env.ctx, secretariat(), s.cm));
  c.milestones.push_back({domain::MilestoneId("ms-2"), "Law adopted", day("2017-09-30"), MilestoneState::kPending});
  ok(app::updateCommitment(s.env.ctx, secretariat(), c, c.version));
  auto stored = s.get("AL");
  BOOST_TEST_REQUIRE(stored.milestones.size() == 1u);
  BOOST_TEST((stored.milestones[0].state == MilestoneState::kMissed));
  BOOST_TEST(stored.version == al.version);
}

BOOST_AUTO_TEST_SUITE_END()
