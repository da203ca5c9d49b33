// The implementation matrix read by page (DossierRepository::loadMatrixPage) and
// the latest-report summary rows it reads (migration 0007): a page holds what the
// whole matrix holds for its rows, the overdue count is the whole matrix's, and
// every report write moves the summary row in its own transaction.
#include <future>
#include <map>
#include <thread>

#include "accord/app/commitment_use_cases.h"
#include "accord/app/dossier_use_cases.h"
#include "accord/app/overview.h"
#include "accord/app/read_models.h"
#include "accord/app/report_use_cases.h"
#include "conformance_env.h"
#include "two_stores.h"

using namespace accord;
using namespace accord::test;
using domain::ImplementationStatus;

BOOST_AUTO_TEST_SUITE(matrix_page_tests)

namespace {
// "commitment/country" -> "acceptance status timeliness latest-report-id", one per cell.
using Cells = std::map<std::string, std::string>;

std::string describe(const domain::MatrixCell& c) {
  return std::string(toString(c.assignment ? c.assignment->acceptance : domain::Acceptance::kProposed)) + " " +
         (c.assignment ? toString(c.assignment->status) : "-") + " " +
         (c.timeliness ? toString(*c.timeliness) : "-") + " " + (c.latestReport ? c.latestReport->id.str() : "-");
}

bool keeps(const app::MatrixFilter& f, const domain::MatrixCell& c) {
  if (f.country && c.country != *f.country) return false;
  if (f.status && (!c.assignment || c.assignment->status != *f.status)) return false;
  return true;
}

// Walks every page of `limit` rows; returns the cells and checks each page's overdue.
Cells walk(Env& env, const domain::Actor& actor, const domain::DeclarationId& id, const app::MatrixFilter& f,
           std::size_t limit, std::size_t wholeOverdue) {
  Cells out;
  app::PageRequest page{limit, {}};
  do {
    auto p = ok(app::implementationMatrixPage(env.ctx, actor, id, f, page));
    BOOST_TEST(p.overdue == wholeOverdue);
    BOOST_TEST(p.matrix.commitments.size() <= limit);
    for (const auto& c : p.matrix.cells)
      if (keeps(f, c)) out[c.commitment->id.str() + "/" + c.country.str()] = describe(c);
    page.after = p.next;
  } while (!page.after.empty());
  return out;
}
}  // namespace

BOOST_DATA_TEST_CASE(pages_hold_what_the_whole_matrix_holds, allBackends(), backend) {
  Env env(backend);
  auto sample = sampleDossier();
  ok(app::importDossier(env.ctx, secretariat(), sample, sampleCatalog()));
  env.clock.set(at("2018-02-01T00:00:00Z"));  // past every deadline: cells are overdue
  const auto& id = sample.declarations[0].id;
  for (const app::MatrixFilter& f : {app::MatrixFilter{}, app::MatrixFilter{cc("AL"), std::nullopt},
                                     app::MatrixFilter{std::nullopt, ImplementationStatus::kInProgress},
                                     app::MatrixFilter{cc("MK"), ImplementationStatus::kCompleted}}) {
    for (const domain::Actor& actor : {monitor(), coordinator("AL")}) {
      auto whole = ok(app::implementationMatrix(env.ctx, actor, id));
      Cells expected;
      std::size_t overdue = 0;
      for (const auto& c : whole.matrix.cells)
        if (keeps(f, c)) {
          expected[c.commitment->id.str() + "/" + c.country.str()] = describe(c);
          overdue += c.timeliness == domain::Timeliness::kOverdue;
        }
      for (std::size_t limit : {1u, 50u}) {
        Cells paged = walk(env, actor, id, f, limit, overdue);
        BOOST_TEST((paged == expected));
      }
    }
  }
  auto all = ok(app::implementationMatrixPage(env.ctx, monitor(), id, {}, {1, {}}));
  BOOST_TEST(all.overdue > 0u);
  BOOST_TEST((codeOf(app::implementationMatrixPage(env.ctx, monitor(), id, {}, {1, "no-such-commitment"})) ==
              domain::ErrorCode::kInvalidArgument));
  BOOST_TEST((codeOf(app::implementationMatrixPage(env.ctx, monitor(), domain::DeclarationId("nope"), {}, {})) ==
              domain::ErrorCode::kNotFound));
}

BOOST_DATA_TEST_CASE(the_latest_report_follows_every_report_write, allBackends(), backend) {
  Env env(backend);
  auto sample = sampleDossier();
  ok(app::importDossier(env.ctx, secretariat(), sample, sampleCatalog()));
  const auto& id = sample.declarations[0].id;
  const auto al = coordinator("AL");
  auto latestOfAlbania = [&]() {
    auto p = ok(app::implementationMatrixPage(env.ctx, al, id, {cc("AL"), std::nullopt}, {1, {}}));
    for (const auto& c : p.matrix.cells)
      if (c.country == cc("AL") && c.commitment->id == sample.commitments[0].id)
        return c.latestReport ? c.latestReport->id.str() : std::string("-");
    return std::string("no cell");
  };
  BOOST_TEST(latestOfAlbania() == "rp2");  // as imported: the later period
  // A rework moves the draft's period before the submitted one's: that one is latest now.
  domain::ProgressReport earlier = sample.reports[1];
  earlier.periodStart = day("2017-01-01");
  earlier.periodEnd = day("2017-05-31");
  auto moved = ok(app::reworkReport(env.ctx, al, app::keyOf(earlier), earlier, 1));
  BOOST_TEST(latestOfAlbania() == "rp1");
  // A new report of a later period takes over.
  domain::ProgressReport next = sample.reports[1];
  next.id = domain::ReportId("rp3");
  next.periodStart = day("2018-01-01");
  next.periodEnd = day("2018-03-31");
  next.version = 0;
  auto drafted = ok(app::draftReport(env.ctx, al, next));
  BOOST_TEST(latestOfAlbania() == "rp3");
  // What the cell shows of its report (kept in latest_report, migration 18) follows
  // each change of state and version, and a rework's period and percent.
  auto cellOfAlbania = [&]() {
    auto p = ok(app::implementationMatrixPage(env.ctx, al, id, {cc("AL"), std::nullopt}, {1, {}}));
    for (const auto& c : p.matrix.cells)
      if (c.country == cc("AL") && c.commitment->id == sample.commitments[0].id && c.latestReport)
        return *c.latestReport;
    BOOST_FAIL("no report in Albania's cell");
    return domain::ProgressReport{};
  };
  auto sameHead = [](const domain::ProgressReport& shown, const domain::ProgressReport& stored) {
    BOOST_TEST(shown.id.str() == stored.id.str());
    BOOST_TEST(shown.periodStart.iso() == stored.periodStart.iso());
    BOOST_TEST(shown.periodEnd.iso() == stored.periodEnd.iso());
    BOOST_TEST(shown.percent == stored.percent);
    BOOST_TEST((shown.state == stored.state));
    BOOST_TEST(shown.version == stored.version);
  };
  sameHead(cellOfAlbania(), drafted);
  domain::ProgressReport reworked = drafted;
  reworked.percent = drafted.percent == 90 ? 80 : 90;
  reworked.periodEnd = day("2018-04-30");
  reworked = ok(app::reworkReport(env.ctx, al, app::keyOf(drafted), reworked, drafted.version));
  sameHead(cellOfAlbania(), reworked);
  auto submitted = ok(app::submitReport(env.ctx, al, app::keyOf(reworked), reworked.version));
  sameHead(cellOfAlbania(), submitted);
  auto returned = ok(app::returnReport(env.ctx, monitor(), app::keyOf(submitted), "needs figures", submitted.version));
  sameHead(cellOfAlbania(), returned);
  // And the page agrees with the slice the whole matrix reads.
  auto whole = ok(app::implementationMatrix(env.ctx, al, id));
  for (const auto& c : whole.matrix.cells)
    if (c.country == cc("AL") && c.commitment->id == sample.commitments[0].id)
      BOOST_TEST((c.latestReport && c.latestReport->id.str() == "rp3"));
  BOOST_TEST(moved.version == 2);
}

// Without a filter the page's overdue count is a sum of the per-commitment counts
// of open assignments (migration 0020): it follows every assignment write, as the
// whole matrix (the domain's timeliness of every cell) has it.
BOOST_DATA_TEST_CASE(the_overdue_count_follows_every_assignment_write, allBackends(), backend) {
  Env env(backend);
  auto sample = sampleDossier();
  ok(app::importDossier(env.ctx, secretariat(), sample, sampleCatalog()));
  env.clock.set(at("2018-02-01T00:00:00Z"));  // past both deadlines
  const auto& id = sample.declarations[0].id;
  const auto& cm1 = sample.commitments[0].id;
  const auto& cm2 = sample.commitments[1].id;
  auto overdue = [&]() {
    auto whole = ok(app::implementationMatrix(env.ctx, monitor(), id));
    std::size_t counted = 0;
    for (const auto& c : whole.matrix.cells) counted += c.timeliness == domain::Timeliness::kOverdue;
    auto page = ok(app::implementationMatrixPage(env.ctx, monitor(), id, {}, {1, {}}));
    BOOST_TEST(page.overdue == counted);
    return page.overdue;
  };
  BOOST_TEST(overdue() == 4u);  // MK proposed, AL in progress, on both commitments
  app::AssignmentChange decline;
  decline.acceptance = domain::Acceptance::kDeclined;
  ok(app::changeAssignment(env.ctx, coordinator("MK"), cm1, cc("MK"), decline, 1));
  BOOST_TEST(overdue() == 3u);
  app::AssignmentChange complete;
  complete.status = ImplementationStatus::kCompleted;
  auto done = ok(app::changeAssignment(env.ctx, coordinator("AL"), cm1, cc("AL"), complete, 1));
  BOOST_TEST(overdue() == 2u);
  // Reopened: in progress again, so open again.
  app::AssignmentChange reopen;
  reopen.status = ImplementationStatus::kInProgress;
  ok(app::changeAssignment(env.ctx, coordinator("AL"), cm1, cc("AL"), reopen, done.version));
  BOOST_TEST(overdue() == 3u);
  // A country added to a commitment gets a proposed assignment: open, and overdue.
  auto c2 = ok(app::getCommitment(env.ctx, secretariat(), cm2));
  c2.countries.push_back(cc("XK"));
  ok(app::updateCommitment(env.ctx, secretariat(), c2, c2.version));
  BOOST_TEST(overdue() == 4u);
  // A filter by country or status still counts the cells it keeps.
  auto mk = ok(app::implementationMatrixPage(env.ctx, monitor(), id, {cc("MK"), std::nullopt}, {}));
  BOOST_TEST(mk.overdue == 1u);  // cm2's proposal; cm1's was declined
  auto inProgress = ok(app::implementationMatrixPage(env.ctx, monitor(), id,
                                                     {std::nullopt, ImplementationStatus::kInProgress}, {}));
  BOOST_TEST(inProgress.overdue == 2u);
}

// accord-server opens its store with every connection warmed (StoreOptions::
// warmSessions): the warming reads no row and counts as no statement of the
// requests, and the store answers as one opened without it.
BOOST_DATA_TEST_CASE(a_store_with_its_pool_warmed_answers_the_same, allBackends(), backend) {
  Env env(backend);
  auto sample = sampleDossier();
  ok(app::importDossier(env.ctx, secretariat(), sample, sampleCatalog()));
  storage::StoreOptions warm;
  warm.maxSessions = 4;
  warm.warmSessions = 8;  // more than the pool: as many as it holds
  auto warmed = env.fresh.reopen(warm);
  auto plain = env.fresh.reopen();
  BOOST_TEST(storage::statementCount(*warmed) == storage::statementCount(*plain));
  app::Context warmCtx{*warmed, env.clock, snapshots()};
  app::Context plainCtx{*plain, env.clock, snapshots()};
  const auto& id = sample.declarations[0].id;
  auto a = ok(app::implementationMatrixPage(warmCtx, monitor(), id, {}, {}));
  auto b = ok(app::implementationMatrixPage(plainCtx, monitor(), id, {}, {}));
  BOOST_TEST(a.matrix.cells.size() == b.matrix.cells.size());
  BOOST_TEST(a.overdue == b.overdue);
}

// Two servers recording decisions on one commitment for different countries at the
// same moment both rewrite its count: every decision lands and counts (on
// PostgreSQL the second would otherwise count without the first's change).
BOOST_DATA_TEST_CASE(concurrent_decisions_on_one_commitment_all_count, allBackends(), backend) {
  Env env(backend);
  auto sample = sampleDossier();
  ok(app::importDossier(env.ctx, secretariat(), sample, sampleCatalog()));
  env.clock.set(at("2018-02-01T00:00:00Z"));  // past both deadlines
  const auto& id = sample.declarations[0].id;
  const auto& cm = sample.commitments[0].id;
  const auto& codes = twentyCountries();
  inviteCountries(env, id, codes);
  auto c = ok(app::getCommitment(env.ctx, secretariat(), cm));
  for (const auto& code : codes) c.countries.push_back(cc(code));
  ok(app::updateCommitment(env.ctx, secretariat(), c, c.version));  // 20 proposals, all open
  auto page = [&](app::Context& ctx) { return ok(app::implementationMatrixPage(ctx, monitor(), id, {}, {})).overdue; };
  BOOST_TEST(page(env.ctx) == 24u);
  app::AssignmentChange decline;
  decline.acceptance = domain::Acceptance::kDeclined;
  auto written = writeFromTwoStores(env, codes, [&](const app::Context& ctx, const std::string& code) {
    auto r = app::changeAssignment(ctx, coordinator(code), cm, cc(code), decline, 1);
    return r.ok() ? domain::Status() : domain::Status(r.error());
  });
  BOOST_TEST(written.failed.empty(), (written.failed.empty() ? std::string() : written.failed.front()));
  BOOST_TEST(written.landed == static_cast<int>(codes.size()));
  BOOST_TEST(page(env.ctx) == 4u);  // the sample's four open cells; every proposal declined
}

// A report submitted while an older report of the same assignment is reworked
// from another server: the cell's latest report (latest_report, which the
// coordinator's reports due read too) must end as the submitted one. On
// PostgreSQL the rework's summary upsert used to wait on the submission's row and
// then write the head its own snapshot had chosen: the newest report, still a draft.
BOOST_DATA_TEST_CASE(concurrent_report_writes_leave_the_latest_report_right, allBackends(), backend) {
  Env env(backend);
  auto sample = sampleDossier();
  ok(app::importDossier(env.ctx, secretariat(), sample, sampleCatalog()));
  const auto& id = sample.declarations[0].id;
  const auto al = coordinator("AL");
  auto second = env.fresh.reopen();
  app::Context other{*second, env.clock, snapshots()};
  domain::ProgressReport older = sample.reports[1];  // rp2, a draft of 2017's second half
  std::vector<std::string> wrong;
  for (int round = 0; round < 12; ++round) {
    domain::ProgressReport next = sample.reports[1];
    next.id = domain::ReportId("rp-round-" + std::to_string(round));
    next.periodStart = day("2018-01-01").plusDays(10 * round);
    next.periodEnd = next.periodStart.plusDays(9);
    next.version = 0;
    auto drafted = ok(app::draftReport(env.ctx, al, next));
    std::promise<void> go;
    std::shared_future<void> start = go.get_future().share();
    std::string submitted = "not run", reworked = "not run";  // empty once done
    std::thread a([&] {
      start.wait();
      auto r = app::submitReport(env.ctx, al, app::keyOf(drafted), drafted.version);
      submitted = r.ok() ? "" : r.error().message;
    });
    std::thread b([&] {
      start.wait();
      domain::ProgressReport content = older;
      content.percent = older.percent == 50 ? 60 : 50;
      auto r = app::reworkReport(other, al, app::keyOf(older), content, older.version);
      if (r.ok()) older = r.value();
      reworked = r.ok() ? "" : r.error().message;
    });
    go.set_value();
    a.join();
    b.join();
    BOOST_TEST_REQUIRE(submitted.empty(), submitted);
    BOOST_TEST_REQUIRE(reworked.empty(), reworked);
    auto p = ok(app::implementationMatrixPage(env.ctx, al, id, {cc("AL"), std::nullopt}, {}));
    for (const auto& c : p.matrix.cells)
      if (c.country == cc("AL") && c.commitment->id == sample.commitments[0].id) {
        const auto* head = c.latestReport;
        if (!head || head->id != next.id || head->state != domain::ReportState::kSubmitted || head->version != 2)
          wrong.push_back("round " + std::to_string(round) + ": " +
                          (head ? head->id.str() + " " + toString(head->state) : std::string("none")));
      }
  }
  BOOST_TEST(wrong.empty(), (wrong.empty() ? std::string() : wrong.front()));
}

// The monitor's inbox reads the portfolio by index: what waits, whatever declaration
// it belongs to, up to kInboxItemsPerKind of each kind.
BOOST_DATA_TEST_CASE(the_monitors_inbox_lists_what_waits_up_to_its_bound, allBackends(), backend) {
  Env env(backend);
  auto sample = sampleDossier();
  ok(app::importDossier(env.ctx, secretariat(), sample, sampleCatalog()));
  auto box = ok(app::inbox(env.ctx, monitor(), 10));
  BOOST_TEST(box.more.empty());
  for (const auto& i : box.items) BOOST_TEST((i.kind == app::InboxKind::kValidate));  // nothing overdue yet
  env.fresh.raw("UPDATE report SET state = 'submitted', submitted_at = '2017-07-05T10:00:00Z'");
  env.clock.set(at("2018-02-01T00:00:00Z"));
  box = ok(app::inbox(env.ctx, monitor(), 10));
  std::size_t validate = 0, overdue = 0;
  for (const auto& i : box.items) {
    validate += i.kind == app::InboxKind::kValidate;
    overdue += i.kind == app::InboxKind::kOverdue;
    BOOST_TEST(i.declarationTitle == sample.declarations[0].title);
    BOOST_TEST(!i.commitmentText.empty());
  }
  BOOST_TEST(validate == sample.reports.size());
  BOOST_TEST(overdue == 4u);
}

BOOST_AUTO_TEST_SUITE_END()
