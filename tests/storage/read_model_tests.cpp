// The status views: the endorsement tally and the implementation matrix, read in
// a number of queries that does not grow with the data.
#include <algorithm>

#include "accord/app/conference_use_cases.h"
#include "accord/app/dossier_use_cases.h"
#include "accord/app/overview.h"
#include "accord/app/read_models.h"
#include "conformance_env.h"

using namespace accord;
using namespace accord::test;

BOOST_AUTO_TEST_SUITE(read_model_tests)

BOOST_DATA_TEST_CASE(the_tally_counts_every_invited_country, allBackends(), backend) {
  Env env(backend);
  auto sample = sampleDossier();
  ok(app::importDossier(env.ctx, secretariat(), sample, sampleCatalog()));
  auto view = ok(app::endorsementTally(env.ctx, monitor(), sample.declarations[0].id));
  BOOST_TEST(view.tally.invited == 3u);
  BOOST_TEST(view.tally.signedCount == 1u);
  BOOST_TEST(view.tally.counts.at(domain::EndorsementStatus::kInvited) == 2u);
  BOOST_TEST_REQUIRE(view.tally.rows.size() == 3u);
  BOOST_TEST(view.tally.rows[1].country.str() == "AL");
  BOOST_TEST(view.tally.rows[1].endorsement->signer->name == "Arta Coordinator");
}

BOOST_DATA_TEST_CASE(the_matrix_has_a_cell_per_assignment_with_its_latest_report, allBackends(), backend) {
  Env env(backend);
  auto sample = sampleDossier();
  ok(app::importDossier(env.ctx, secretariat(), sample, sampleCatalog()));
  // AL's latest report, rp2, is still a draft: AL's own (README, "Who may read what").
  auto view = ok(app::implementationMatrix(env.ctx, coordinator("AL"), sample.declarations[0].id));
  BOOST_TEST(view.matrix.cells.size() == 4u);
  BOOST_TEST(view.matrix.overdue == 0u);
  const domain::MatrixCell* al = nullptr;
  for (const auto& c : view.matrix.cells)
    if (c.commitment->id == sample.commitments[0].id && c.country.str() == "AL") al = &c;
  BOOST_TEST_REQUIRE(al);
  BOOST_TEST_REQUIRE(al->latestReport);
  BOOST_TEST(al->latestReport->id.str() == "rp2");
  // Held in a variable: a range-for over a member of a temporary would read freed memory.
  auto monitorsView = ok(app::implementationMatrix(env.ctx, monitor(), sample.declarations[0].id));
  for (const auto& c : monitorsView.matrix.cells)
    BOOST_TEST(!(c.latestReport && c.latestReport->state == domain::ReportState::kDraft), "a monitor sees a draft");
  env.clock.set(at("2018-02-01T00:00:00Z"));
  BOOST_TEST(ok(app::implementationMatrix(env.ctx, monitor(), sample.declarations[0].id)).matrix.overdue == 4u);
}

BOOST_DATA_TEST_CASE(the_views_cost_the_same_number_of_queries_whatever_the_size, allBackends(), backend) {
  Env env(backend);
  auto small = sampleDossier("-s"), large = sampleDossier("-l");
  for (int k = 3; k <= 30; ++k) {
    auto c = large.commitments[0];
    c.id = domain::CommitmentId("cm" + std::to_string(k) + "-l");
    large.commitments.push_back(c);
    for (const char* country : {"MK", "AL"}) {
      domain::Assignment a;
      a.commitment = c.id;
      a.country = cc(country);
      large.assignments.push_back(a);
    }
  }
  ok(app::importDossier(env.ctx, secretariat(), small, sampleCatalog()));
  ok(app::importDossier(env.ctx, secretariat(), large, sampleCatalog()));
  auto cost = [&](const domain::DeclarationId& id) {
    auto before = storage::statementCount(env.fresh.store());
    ok(app::implementationMatrix(env.ctx, monitor(), id));
    ok(app::endorsementTally(env.ctx, monitor(), id));
    return storage::statementCount(env.fresh.store()) - before;
  };
  auto smallCost = cost(small.declarations[0].id), largeCost = cost(large.declarations[0].id);
  BOOST_TEST(smallCost == largeCost);
  BOOST_TEST(smallCost < 60u);
}

// The home page's inbox finds what waits in a conference whatever its id sorts
// after: more conferences than one page lists, the sample's last of all.
BOOST_DATA_TEST_CASE(the_inbox_looks_at_every_conference, allBackends(), backend) {
  Env env(backend);
  auto bare = sampleDossier().conference;
  bare.organizers.clear();
  bare.speakers.clear();
  bare.delegations.clear();
  for (int i = 0; i < 12; ++i) {
    bare.id = domain::ConferenceId("aaa-" + std::to_string(100 + i));
    ok(app::createConference(env.ctx, secretariat(), bare, {}));
  }
  auto sample = sampleDossier("-z");
  ok(app::importDossier(env.ctx, secretariat(), sample, sampleCatalog()));
  auto count = [](const app::Inbox& box, app::InboxKind kind) {
    return std::count_if(box.items.begin(), box.items.end(), [&](const app::InboxItem& i) { return i.kind == kind; });
  };
  auto mk = ok(app::inbox(env.ctx, coordinator("MK"), 10));
  BOOST_TEST(mk.conferences.size() == 10u);  // listed: the first ten by id
  BOOST_TEST(count(mk, app::InboxKind::kEndorse) == 1);
  BOOST_TEST(count(mk, app::InboxKind::kAccept) == 2);  // both commitments proposed to MK
  auto gr = ok(app::inbox(env.ctx, coordinator("GR"), 10));
  BOOST_TEST(gr.items.empty());  // not invited: nothing waits
  auto sec = ok(app::inbox(env.ctx, secretariat(), 10));
  BOOST_TEST_REQUIRE(count(sec, app::InboxKind::kInvitation) == 1);  // the open declaration's progress
  auto progress = std::find_if(sec.items.begin(), sec.items.end(),
                               [](const app::InboxItem& i) { return i.kind == app::InboxKind::kInvitation; });
  BOOST_TEST(progress->unanswered == 2);  // MK and XK have not answered
  env.clock.set(at("2018-02-01T00:00:00Z"));
  auto mon = ok(app::inbox(env.ctx, monitor(), 10));
  BOOST_TEST(count(mon, app::InboxKind::kOverdue) == 4);  // every assignment is past its deadline
  // AL's first report waits for validation although AL has begun the next one.
  BOOST_TEST_REQUIRE(count(mon, app::InboxKind::kValidate) == 1);
  auto waiting = std::find_if(mon.items.begin(), mon.items.end(),
                              [](const app::InboxItem& i) { return i.kind == app::InboxKind::kValidate; });
  BOOST_TEST(waiting->report.str() == "rp1-z");
  BOOST_TEST(waiting->country->str() == "AL");
  BOOST_TEST(ok(app::inbox(env.ctx, monitor(), 50)).conferences.size() == 13u);
}

BOOST_AUTO_TEST_SUITE_END()
