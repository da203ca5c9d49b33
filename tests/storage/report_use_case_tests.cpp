// Progress reports through the real stores: drafted, submitted (at once or
// later), reworked and reviewed, each in one transaction under its assignment.
#include <algorithm>

#include "accord/app/commitment_use_cases.h"
#include "accord/app/dossier_use_cases.h"
#include "accord/app/audit_use_cases.h"
#include "accord/app/read_models.h"
#include "accord/app/report_use_cases.h"
#include "conformance_env.h"

using namespace accord;
using namespace accord::test;
using domain::ErrorCode;

BOOST_AUTO_TEST_SUITE(report_use_case_tests)

namespace {
// Albania's first-quarter report on the sample's second commitment (accepted by
// Albania), not stored yet.
domain::ProgressReport firstQuarterOfAlbania(const domain::Dossier& sample, const std::string& id) {
  domain::ProgressReport r;
  r.id = domain::ReportId(id);
  r.commitment = sample.commitments[1].id;
  r.country = cc("AL");
  r.periodStart = day("2017-01-01");
  r.periodEnd = day("2017-03-31");
  r.narrative = "First quarter.";
  r.percent = 10;
  return r;
}
}  // namespace


BOOST_DATA_TEST_CASE(a_report_is_drafted_submitted_and_validated, allBackends(), backend) {
  Env env(backend);
  auto sample = sampleDossier();
  ok(app::importDossier(env.ctx, secretariat(), sample, sampleCatalog()));
  domain::ProgressReport r = firstQuarterOfAlbania(sample, "rp-new");
  r.evidence = {"https://example.org/q1"};
  auto draft = ok(app::draftReport(env.ctx, coordinator("AL"), r));
  auto sent = ok(app::submitReport(env.ctx, coordinator("AL"), app::keyOf(r), draft.version));
  BOOST_TEST((codeOf(app::validateReport(env.ctx, coordinator("AL"), app::keyOf(r), sent.version)) == ErrorCode::kForbidden));
  auto done = ok(app::validateReport(env.ctx, monitor(), app::keyOf(r), sent.version));
  BOOST_TEST((done.state == domain::ReportState::kValidated));
  auto detail = ok(app::getAssignment(env.ctx, monitor(), r.commitment, cc("AL")));
  BOOST_TEST_REQUIRE(detail.reports.size() == 1u);
  BOOST_TEST(detail.reports[0].evidence.size() == 1u);
  BOOST_TEST(detail.reports[0].reviewedBy == "monitor.user");
  // A report for an assignment not accepted yet is refused.
  r.id = domain::ReportId("rp-mk");
  r.country = cc("MK");
  BOOST_TEST((codeOf(app::draftReport(env.ctx, coordinator("MK"), r)) == ErrorCode::kInvalidState));
}


// Saving and submitting a new report at once is one transaction: a report that
// cannot be submitted is not stored either, and no audit event is written.
BOOST_DATA_TEST_CASE(a_new_report_submitted_at_once_is_stored_only_if_it_can_be_submitted, allBackends(), backend) {
  Env env(backend);
  auto sample = sampleDossier();
  ok(app::importDossier(env.ctx, secretariat(), sample, sampleCatalog()));
  domain::ProgressReport r = firstQuarterOfAlbania(sample, "rp-at-once");
  r.narrative.clear();
  auto events = auditCount(env.fresh.store());
  auto refused = app::submitNewReport(env.ctx, coordinator("AL"), r);
  BOOST_TEST((codeOf(refused) == ErrorCode::kInvalidArgument));
  BOOST_TEST(refused.error().field == "narrative");
  BOOST_TEST((codeOf(app::getReport(env.ctx, monitor(), app::keyOf(r))) == ErrorCode::kNotFound));
  BOOST_TEST(auditCount(env.fresh.store()) == events);
  r.narrative = "First quarter.";
  auto sent = ok(app::submitNewReport(env.ctx, coordinator("AL"), r));
  BOOST_TEST((sent.state == domain::ReportState::kSubmitted));
  auto stored = ok(app::getReport(env.ctx, monitor(), app::keyOf(r)));
  BOOST_TEST((stored.state == domain::ReportState::kSubmitted));
  BOOST_TEST(stored.version == sent.version);
  BOOST_TEST(auditCount(env.fresh.store()) == events + 2);
}


BOOST_DATA_TEST_CASE(a_report_change_merges_against_the_stored_report_and_refuses_a_stale_version, allBackends(),
                     backend) {
  Env env(backend);
  auto sample = sampleDossier();
  ok(app::importDossier(env.ctx, secretariat(), sample, sampleCatalog()));
  domain::ProgressReport r = firstQuarterOfAlbania(sample, "rp-change");
  auto draft = ok(app::draftReport(env.ctx, coordinator("AL"), r));
  app::ReportChange percent;
  percent.percent = 40;
  auto v2 = ok(app::changeReport(env.ctx, coordinator("AL"), app::keyOf(r), percent, draft.version));
  BOOST_TEST(v2.percent == 40);
  BOOST_TEST(v2.narrative == "First quarter.");
  // A client still at the first version: refused inside the transaction, nothing written.
  auto before = auditCount(env.fresh.store());
  app::ReportChange narrative;
  narrative.narrative = "Stale words.";
  BOOST_TEST((codeOf(app::changeReport(env.ctx, coordinator("AL"), app::keyOf(r), narrative, draft.version)) ==
              ErrorCode::kConflict));
  BOOST_TEST(auditCount(env.fresh.store()) == before);
  // At the current version, the fields not named keep what is stored now.
  narrative.narrative = "First quarter, revised.";
  auto v3 = ok(app::changeReport(env.ctx, coordinator("AL"), app::keyOf(r), narrative, v2.version));
  BOOST_TEST(v3.percent == 40);
  BOOST_TEST(v3.narrative == "First quarter, revised.");
  BOOST_TEST(auditCount(env.fresh.store()) == before + 1);
  // Reworking is the country's, moving and reworking at once is refused, so is a move to draft.
  BOOST_TEST((codeOf(app::changeReport(env.ctx, monitor(), app::keyOf(r), percent, v3.version)) ==
              ErrorCode::kForbidden));
  app::ReportChange both = percent;
  both.state = domain::ReportState::kSubmitted;
  auto refused = app::changeReport(env.ctx, coordinator("AL"), app::keyOf(r), both, v3.version);
  BOOST_TEST((codeOf(refused) == ErrorCode::kInvalidArgument));
  BOOST_TEST(refused.error().field == "state");
  app::ReportChange toDraft;
  toDraft.state = domain::ReportState::kDraft;
  BOOST_TEST((codeOf(app::changeReport(env.ctx, coordinator("AL"), app::keyOf(r), toDraft, v3.version)) ==
              ErrorCode::kInvalidArgument));
  // Moves: submitted by the country, returned with a reason by a monitor.
  app::ReportChange submit;
  submit.state = domain::ReportState::kSubmitted;
  auto sent = ok(app::changeReport(env.ctx, coordinator("AL"), app::keyOf(r), submit, v3.version));
  BOOST_TEST((sent.state == domain::ReportState::kSubmitted));
  app::ReportChange giveBack;
  giveBack.state = domain::ReportState::kReturned;
  giveBack.returnReason = "Add the evidence.";
  BOOST_TEST((codeOf(app::changeReport(env.ctx, coordinator("AL"), app::keyOf(r), giveBack, sent.version)) ==
              ErrorCode::kForbidden));
  auto returned = ok(app::changeReport(env.ctx, monitor(), app::keyOf(r), giveBack, sent.version));
  BOOST_TEST((returned.state == domain::ReportState::kReturned));
  BOOST_TEST(returned.returnReason == "Add the evidence.");
  BOOST_TEST(returned.percent == 40);
}


BOOST_DATA_TEST_CASE(a_report_is_changed_only_under_its_own_assignment, allBackends(), backend) {
  Env env(backend);
  auto sample = sampleDossier();
  ok(app::importDossier(env.ctx, secretariat(), sample, sampleCatalog()));
  domain::ProgressReport r = firstQuarterOfAlbania(sample, "rp-own");
  auto draft = ok(app::draftReport(env.ctx, coordinator("AL"), r));
  auto before = auditCount(env.fresh.store());
  const app::ReportKey elsewhere[] = {{r.commitment, cc("MK"), r.id}, {sample.commitments[0].id, cc("AL"), r.id}};
  for (const app::ReportKey& key : elsewhere) {
    auto read = app::getReport(env.ctx, coordinator("AL"), key);
    BOOST_TEST((codeOf(read) == ErrorCode::kNotFound));
    BOOST_TEST(read.error().field == "report");
    // Under MK's assignment AL may write nothing: refused before the report is read.
    ErrorCode expected = key.country == cc("AL") ? ErrorCode::kNotFound : ErrorCode::kForbidden;
    auto submitted = app::submitReport(env.ctx, coordinator("AL"), key, draft.version);
    BOOST_TEST((codeOf(submitted) == expected));
    if (expected == ErrorCode::kNotFound) BOOST_TEST(submitted.error().field == "report");
    BOOST_TEST((codeOf(app::reworkReport(env.ctx, coordinator("AL"), key, draft, draft.version)) == expected));
  }
  BOOST_TEST(auditCount(env.fresh.store()) == before);
  BOOST_TEST(ok(app::getReport(env.ctx, coordinator("AL"), app::keyOf(draft))).version == draft.version);
  // The draft is AL's own until submitted: a monitor does not find it.
  BOOST_TEST((codeOf(app::getReport(env.ctx, monitor(), app::keyOf(draft))) == ErrorCode::kNotFound));
}

// An assignment's reports come a page at a time, in either order, with ties on
// the period end kept in the order they were written: a list that grows every
// quarter is never read whole.
BOOST_DATA_TEST_CASE(an_assignments_reports_come_a_page_at_a_time_in_either_order, allBackends(), backend) {
  Env env(backend);
  auto sample = sampleDossier();
  ok(app::importDossier(env.ctx, secretariat(), sample, sampleCatalog()));
  const domain::CommitmentId c = sample.commitments[1].id;
  for (int i = 0; i < 7; ++i) {
    domain::ProgressReport r = firstQuarterOfAlbania(sample, "rp-" + std::to_string(i));
    // Two reports per period end, and written out of period order.
    r.periodEnd = day(i % 2 ? "2017-03-31" : "2017-06-30");
    r.periodStart = day("2017-01-01");
    ok(app::draftReport(env.ctx, coordinator("AL"), r));
  }
  std::vector<std::string> oldestFirst;
  // Drafts are AL's own: its coordinator reads all of them.
  auto detail = app::getAssignment(env.ctx, coordinator("AL"), c, cc("AL"));
  for (const auto& r : ok(detail).reports) oldestFirst.push_back(r.id.str());
  BOOST_TEST_REQUIRE(oldestFirst.size() >= 7u);
  for (bool newestFirst : {false, true}) {
    std::vector<std::string> walked;
    app::PageRequest page{3, ""};
    for (int guard = 0; guard < 10; ++guard) {
      app::Page<domain::ProgressReport> got;
      ok(env.fresh.store().run(app::TxMode::kReadOnly, [&](app::Repositories& r) -> domain::Status {
        auto p = r.reports().pageByAssignment(c, cc("AL"), page, newestFirst);
        if (!p.ok()) return p.error();
        got = std::move(p).value();
        return {};
      }));
      BOOST_TEST(got.items.size() <= 3u);
      for (const auto& r : got.items) walked.push_back(r.id.str());
      if (got.next.empty()) break;
      page.after = got.next;
    }
    std::vector<std::string> expected = oldestFirst;
    if (newestFirst) std::reverse(expected.begin(), expected.end());
    BOOST_TEST(walked == expected, (newestFirst ? "newest first" : "oldest first"));
  }
  auto stranger = app::listReports(env.ctx, monitor(), c, cc("AL"), {3, "not-a-report"});
  BOOST_TEST((codeOf(stranger) == ErrorCode::kInvalidArgument));
  BOOST_TEST(stranger.error().field == "cursor");
}

BOOST_AUTO_TEST_SUITE_END()
