// Two servers on one database writing the same record at once: every write
// either lands on the version it read or fails with kConflict; none is lost.
#include <algorithm>
#include <atomic>
#include <sstream>
#include <mutex>
#include <thread>

#include "accord/app/audit_use_cases.h"
#include "accord/app/commitment_use_cases.h"
#include "accord/app/dossier_use_cases.h"
#include "accord/app/read_models.h"
#include "accord/app/report_use_cases.h"
#include "conformance_env.h"

using namespace accord;
using namespace accord::test;

BOOST_AUTO_TEST_SUITE(concurrency_tests)

BOOST_DATA_TEST_CASE(concurrent_writers_on_two_servers_lose_no_update, allBackends(), backend) {
  Env env(backend);
  auto sample = sampleDossier();
  ok(app::importDossier(env.ctx, secretariat(), sample, sampleCatalog()));
  auto second = env.fresh.reopen();
  const auto cm = sample.commitments[0].id;
  std::atomic<int> landed{0}, conflicts{0}, other{0};
  std::string firstOther;
  std::mutex otherMutex;
  auto writer = [&](app::Store& store, int seed) {
    app::Context ctx{store, env.clock, snapshots()};
    for (int i = 0; i < 15; ++i) {
      auto current = app::getAssignment(ctx, monitor(), cm, cc("AL"));
      if (!current.ok()) {
        ++other;
        continue;
      }
      auto next = static_cast<domain::Assessment>((seed + i) % 5);
      // The assessment stored already would be no change, and no write.
      if (next == current->assignment.assessment) next = static_cast<domain::Assessment>((seed + i + 1) % 5);
      app::AssignmentChange change;
      change.assessment = next;
      auto r = app::changeAssignment(ctx, monitor(), cm, cc("AL"), change, current->assignment.version);
      if (r.ok()) {
        ++landed;
      } else if (r.error().code == domain::ErrorCode::kConflict) {
        ++conflicts;
      } else {
        std::lock_guard<std::mutex> lock(otherMutex);
        if (firstOther.empty()) firstOther = r.error().message;
        ++other;
      }
    }
  };
  std::vector<std::thread> threads;
  for (int t = 0; t < 4; ++t) threads.emplace_back(writer, std::ref(t % 2 ? *second : env.fresh.store()), t);
  for (auto& t : threads) t.join();
  BOOST_TEST(other.load() == 0, firstOther);
  BOOST_TEST(landed.load() > 0);
  BOOST_TEST_MESSAGE("[" << backend << "] " << landed << " writes landed, " << conflicts << " refused as conflicts");
  auto final = ok(app::getAssignment(env.ctx, monitor(), cm, cc("AL")));
  BOOST_TEST(final.assignment.version == 1 + landed.load());
  auto chain = ok(app::verifyAuditOffline(env.fresh.store()));
  BOOST_TEST(chain.ok);
  BOOST_TEST(chain.checked == 1 + landed.load());
}

// Each writer appends its own token to the narrative it read and writes it back
// under the version it read. A write acknowledged but overwritten by another that
// read the same state (a lost update) leaves its token missing from the final text,
// whatever the version counter says.
BOOST_DATA_TEST_CASE(every_acknowledged_write_is_in_the_final_content, allBackends(), backend) {
  Env env(backend);
  auto sample = sampleDossier();
  ok(app::importDossier(env.ctx, secretariat(), sample, sampleCatalog()));
  auto second = env.fresh.reopen();
  const auto cm = sample.commitments[0].id;
  const domain::ReportId target("rp2");
  const std::string initial = "Progress 2";
  std::vector<std::string> acknowledged;
  std::atomic<int> conflicts{0}, other{0};
  std::string firstOther;
  std::mutex mutex;
  auto writer = [&](app::Store& store, int t) {
    app::Context ctx{store, env.clock, snapshots()};
    for (int i = 0; i < 15; ++i) {
      auto view = app::getAssignment(ctx, coordinator("AL"), cm, cc("AL"));
      const domain::ProgressReport* read = nullptr;
      if (view.ok())
        for (const auto& r : view->reports)
          if (r.id == target) read = &r;
      if (!read) {
        std::lock_guard<std::mutex> lock(mutex);
        if (firstOther.empty()) firstOther = view.ok() ? "rp2 not listed" : view.error().message;
        ++other;
        continue;
      }
      std::string token = "w" + std::to_string(t) + "." + std::to_string(i);
      domain::ProgressReport content = *read;
      content.narrative += " " + token;
      auto r = app::reworkReport(ctx, coordinator("AL"), app::keyOf(*read), content, read->version);
      std::lock_guard<std::mutex> lock(mutex);
      if (r.ok()) {
        acknowledged.push_back(token);
      } else if (r.error().code == domain::ErrorCode::kConflict) {
        ++conflicts;
      } else {
        if (firstOther.empty()) firstOther = r.error().message;
        ++other;
      }
    }
  };
  std::vector<std::thread> threads;
  for (int t = 0; t < 4; ++t) threads.emplace_back(writer, std::ref(t % 2 ? *second : env.fresh.store()), t);
  for (auto& t : threads) t.join();
  BOOST_TEST(other.load() == 0, firstOther);
  BOOST_TEST_REQUIRE(!acknowledged.empty());
  BOOST_TEST_MESSAGE("[" << backend << "] " << acknowledged.size() << " writes acknowledged, " << conflicts
                         << " refused as conflicts");
  auto final = ok(app::getAssignment(env.ctx, coordinator("AL"), cm, cc("AL")));  // rp2 is AL's draft
  const domain::ProgressReport* stored = nullptr;
  for (const auto& r : final.reports)
    if (r.id == target) stored = &r;
  BOOST_TEST_REQUIRE(stored);
  BOOST_TEST_REQUIRE(stored->narrative.rfind(initial, 0) == 0u, stored->narrative);
  std::istringstream words(stored->narrative.substr(initial.size()));
  std::vector<std::string> found;
  for (std::string w; words >> w;) found.push_back(w);
  std::sort(found.begin(), found.end());
  std::sort(acknowledged.begin(), acknowledged.end());
  BOOST_TEST(found == acknowledged, boost::test_tools::per_element());
}

BOOST_AUTO_TEST_SUITE_END()
