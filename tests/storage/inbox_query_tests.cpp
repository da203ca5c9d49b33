// Every role's inbox from its indexed queries (DossierRepository, migration 0011):
// what each query finds agrees with the domain's rules on the sample dossier, each
// stops at its limit, and the monitor's at-risk list is exactly the cells the
// whole implementation matrix marks at risk.
#include <algorithm>
#include <set>

#include "accord/app/commitment_use_cases.h"
#include "accord/app/dossier_use_cases.h"
#include "accord/app/overview.h"
#include "accord/app/read_models.h"
#include "accord/app/report_use_cases.h"
#include "conformance_env.h"

using namespace accord;
using namespace accord::test;
using app::InboxKind;

BOOST_AUTO_TEST_SUITE(inbox_query_tests)

namespace {
std::vector<app::InboxItem> ofKind(const app::Inbox& box, InboxKind kind) {
  std::vector<app::InboxItem> out;
  for (const auto& i : box.items)
    if (i.kind == kind) out.push_back(i);
  return out;
}

// "commitment/country" of every item of `kind`.
std::set<std::string> cells(const app::Inbox& box, InboxKind kind) {
  std::set<std::string> out;
  for (const auto& i : ofKind(box, kind)) out.insert(i.commitment.str() + "/" + (i.country ? i.country->str() : "-"));
  return out;
}

std::set<std::string> matrixCells(Env& env, const domain::DeclarationId& id, domain::Timeliness t) {
  std::set<std::string> out;
  auto whole = app::implementationMatrix(env.ctx, monitor(), id);  // kept: the cells point into it
  for (const auto& c : ok(whole).matrix.cells)
    if (c.timeliness == t) out.insert(c.commitment->id.str() + "/" + c.country.str());
  return out;
}

void addAmendment(Env& env, const domain::DeclarationId& id, int number, const char* state) {
  env.fresh.raw(
      "INSERT INTO consultation_amendment (declaration_id, number, revision, unit, quote, kind, text, new_unit, "
      "justification, author, country, created_at, state, decided_by, decided_at, reason, incorporated_in, version) "
      "VALUES ('" + id.str() + "', " + std::to_string(number) + ", 1, 'op-1', '', 'replace', 'Better words', '', "
      "'Clearer', 'coord.MK', 'MK', '2016-10-20T10:00:00Z', '" + state + "', 'sec.user', '2016-10-21T10:00:00Z', "
      "'', NULL, 1)");
}
}  // namespace

BOOST_DATA_TEST_CASE(a_coordinator_sees_their_countrys_endorsement_acceptances_and_reports, allBackends(), backend) {
  Env env(backend);
  auto sample = sampleDossier();
  ok(app::importDossier(env.ctx, secretariat(), sample, sampleCatalog()));
  // MK: invited, has not answered; both commitments proposed to it; nothing accepted.
  auto mk = ok(app::inbox(env.ctx, coordinator("MK")));
  auto endorse = ofKind(mk, InboxKind::kEndorse);
  BOOST_TEST_REQUIRE(endorse.size() == 1u);
  BOOST_TEST(endorse[0].declarationTitle == sample.declarations[0].title);
  BOOST_TEST(endorse[0].state == "invited");
  BOOST_TEST(endorse[0].country->str() == "MK");
  auto accept = ofKind(mk, InboxKind::kAccept);
  BOOST_TEST_REQUIRE(accept.size() == 2u);
  BOOST_TEST(accept[0].commitmentText == "Set up referral mechanism 1");
  BOOST_TEST(accept[0].clause == "op-1");
  BOOST_TEST(accept[0].deadline->iso() == "2017-12-31");
  BOOST_TEST(accept[1].clause == "op-2");
  BOOST_TEST(ofKind(mk, InboxKind::kReport).empty());
  // AL: endorsed, both accepted; cm1's latest report is a draft, cm2 has none.
  auto al = ok(app::inbox(env.ctx, coordinator("AL")));
  BOOST_TEST(ofKind(al, InboxKind::kEndorse).empty());
  BOOST_TEST(ofKind(al, InboxKind::kAccept).empty());
  auto due = ofKind(al, InboxKind::kReport);
  BOOST_TEST_REQUIRE(due.size() == 2u);
  BOOST_TEST(due[0].state == "draft");
  BOOST_TEST(due[1].state == "no report");
  // Once the draft is submitted, cm1 waits for the monitor, not for AL; a completed
  // commitment owes nothing.
  ok(app::submitReport(env.ctx, coordinator("AL"), app::keyOf(sample.reports[1]), sample.reports[1].version));
  app::AssignmentChange complete;
  complete.status = domain::ImplementationStatus::kCompleted;
  ok(app::changeAssignment(env.ctx, coordinator("AL"), sample.commitments[1].id, cc("AL"), complete, 1));
  BOOST_TEST(ofKind(ok(app::inbox(env.ctx, coordinator("AL"))), InboxKind::kReport).empty());
  // A country not invited has nothing; a coordinator sees no other kind.
  auto gr = ok(app::inbox(env.ctx, coordinator("GR")));
  BOOST_TEST(gr.items.empty());
  for (const auto& i : mk.items)
    BOOST_TEST((i.kind == InboxKind::kEndorse || i.kind == InboxKind::kAccept || i.kind == InboxKind::kReport));
}

BOOST_DATA_TEST_CASE(the_secretariat_sees_drafts_endorsement_progress_amendments_and_reports, allBackends(),
                     backend) {
  Env env(backend);
  auto sample = sampleDossier();
  ok(app::importDossier(env.ctx, secretariat(), sample, sampleCatalog()));
  const auto& id = sample.declarations[0].id;
  addAmendment(env, id, 1, "accepted");
  addAmendment(env, id, 2, "incorporated");  // already in a revision: nothing to do
  addAmendment(env, id, 3, "proposed");      // not decided yet: not consolidated
  auto sec = ok(app::inbox(env.ctx, secretariat()));
  auto progress = ofKind(sec, InboxKind::kInvitation);
  BOOST_TEST_REQUIRE(progress.size() == 1u);
  BOOST_TEST(progress[0].invited == 3);
  BOOST_TEST(progress[0].unanswered == 2);  // MK and XK; AL endorsed
  auto amendments = ofKind(sec, InboxKind::kAmendment);
  BOOST_TEST_REQUIRE(amendments.size() == 1u);
  BOOST_TEST(amendments[0].amendment == 1);
  BOOST_TEST(amendments[0].clause == "op-1");
  BOOST_TEST(amendments[0].country->str() == "MK");
  BOOST_TEST(ofKind(sec, InboxKind::kDraft).empty());
  auto validate = ofKind(sec, InboxKind::kValidate);
  BOOST_TEST_REQUIRE(validate.size() == 1u);
  BOOST_TEST(validate[0].report.str() == "rp1");
  // Back in drafting, it is a draft and no longer open for endorsement.
  env.fresh.raw("UPDATE declaration SET status = 'drafting'");
  sec = ok(app::inbox(env.ctx, secretariat()));
  BOOST_TEST(ofKind(sec, InboxKind::kDraft).size() == 1u);
  BOOST_TEST(ofKind(sec, InboxKind::kInvitation).empty());
}

// At-risk as the domain computes it (domain::timeliness), at dates around the
// deadline and the milestone, with the milestone done and then pending.
BOOST_DATA_TEST_CASE(the_monitors_at_risk_list_is_the_matrixs, allBackends(), backend) {
  Env env(backend);
  auto sample = sampleDossier();
  ok(app::importDossier(env.ctx, secretariat(), sample, sampleCatalog()));
  const auto& id = sample.declarations[0].id;
  std::size_t seen = 0;
  for (bool pending : {false, true}) {
    if (pending) {
      env.fresh.raw("UPDATE milestone SET state = 'pending'");
      env.fresh.raw("UPDATE assignment_milestone SET state = 'pending' WHERE country = 'AL'");
    }
    for (const char* now : {"2017-02-01T12:00:00Z", "2017-06-01T12:00:00Z", "2017-12-15T12:00:00Z",
                            "2017-12-31T12:00:00Z", "2018-01-02T12:00:00Z"}) {
      env.clock.set(at(now));
      auto box = ok(app::inbox(env.ctx, monitor()));
      BOOST_TEST((cells(box, InboxKind::kAtRisk) == matrixCells(env, id, domain::Timeliness::kAtRisk)), now);
      BOOST_TEST((cells(box, InboxKind::kOverdue) == matrixCells(env, id, domain::Timeliness::kOverdue)), now);
      seen += ofKind(box, InboxKind::kAtRisk).size();
    }
  }
  BOOST_TEST(seen > 0u);  // the dates do reach at-risk cells
}

// The monitor's filters narrow the query itself: what is left is exactly the
// unfiltered list's matching items.
BOOST_DATA_TEST_CASE(the_monitors_filters_narrow_overdue_and_at_risk, allBackends(), backend) {
  Env env(backend);
  auto sample = sampleDossier();
  ok(app::importDossier(env.ctx, secretariat(), sample, sampleCatalog()));
  env.clock.set(at("2018-02-01T00:00:00Z"));
  auto all = cells(ok(app::inbox(env.ctx, monitor())), InboxKind::kOverdue);
  BOOST_TEST(all.size() == 4u);
  auto keep = [&](const std::string& suffix) {
    std::set<std::string> out;
    for (const auto& c : all)
      if (c.size() >= suffix.size() && c.compare(c.size() - suffix.size(), suffix.size(), suffix) == 0) out.insert(c);
    return out;
  };
  app::WaitingFilter albania{cc("AL"), std::nullopt, std::nullopt};
  BOOST_TEST((cells(ok(app::inbox(env.ctx, monitor(), 0, albania)), InboxKind::kOverdue) == keep("/AL")));
  app::WaitingFilter started{std::nullopt, std::nullopt, domain::ImplementationStatus::kInProgress};
  BOOST_TEST((cells(ok(app::inbox(env.ctx, monitor(), 0, started)), InboxKind::kOverdue) == keep("/AL")));
  app::WaitingFilter notStarted{cc("MK"), sample.declarations[0].id, domain::ImplementationStatus::kNotStarted};
  BOOST_TEST((cells(ok(app::inbox(env.ctx, monitor(), 0, notStarted)), InboxKind::kOverdue) == keep("/MK")));
  app::WaitingFilter elsewhere{std::nullopt, domain::DeclarationId("no-such-declaration"), std::nullopt};
  BOOST_TEST(ok(app::inbox(env.ctx, monitor(), 0, elsewhere)).items.size() == 1u);  // the report to validate only
  env.clock.set(at("2017-12-15T00:00:00Z"));  // MK not started, 16 days before the deadline: at risk
  BOOST_TEST((cells(ok(app::inbox(env.ctx, monitor(), 0, albania)), InboxKind::kAtRisk).empty()));
  BOOST_TEST(cells(ok(app::inbox(env.ctx, monitor(), 0, notStarted)), InboxKind::kAtRisk).size() == 2u);
}

// Each query stops at its limit (the inbox asks for one more than it lists).
BOOST_DATA_TEST_CASE(each_inbox_query_stops_at_its_limit, allBackends(), backend) {
  Env env(backend);
  auto sample = sampleDossier();
  ok(app::importDossier(env.ctx, secretariat(), sample, sampleCatalog()));
  addAmendment(env, sample.declarations[0].id, 1, "accepted");
  addAmendment(env, sample.declarations[0].id, 2, "accepted");
  auto sizes = app::transact<std::vector<std::size_t>>(
      env.ctx.store, app::TxMode::kReadOnly, [&](app::Repositories& r) -> domain::Result<std::vector<std::size_t>> {
        auto& d = r.dossiers();
        std::vector<std::size_t> out;
        out.push_back(d.proposedAssignments(cc("MK"), 1)->size());
        out.push_back(d.proposedAssignments(cc("MK"), 5)->size());
        out.push_back(d.reportsDue(cc("AL"), 1)->size());
        out.push_back(d.amendmentsToConsolidate(1)->size());
        out.push_back(d.amendmentsToConsolidate(5)->size());
        out.push_back(d.overdueAssignments(day("2018-02-01"), {}, 3)->size());
        out.push_back(d.atRiskAssignments(day("2017-12-15"), {}, 1)->size());
        return out;
      });
  BOOST_TEST((ok(sizes) == std::vector<std::size_t>{1, 2, 1, 1, 2, 3, 1}), boost::test_tools::per_element());
}

BOOST_AUTO_TEST_SUITE_END()
