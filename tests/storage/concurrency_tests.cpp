// Two servers on one database writing the same record at once: every write
// either lands on the version it read or fails with kConflict; none is lost.
#include <atomic>
#include <mutex>
#include <thread>

#include "accord/app/audit_use_cases.h"
#include "accord/app/commitment_use_cases.h"
#include "accord/app/dossier_use_cases.h"
#include "accord/app/read_models.h"
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
  BOOST_TEST_MESSAGE("[" << backend << "] " << landed << " writes landed, " << conflicts << " refused as conflicts");
  auto final = ok(app::getAssignment(env.ctx, monitor(), cm, cc("AL")));
  BOOST_TEST(final.assignment.version == 1 + landed.load());
  auto chain = ok(app::verifyAudit(env.fresh.store()));
  BOOST_TEST(chain.ok);
  BOOST_TEST(chain.checked == 1 + landed.load());
}

BOOST_AUTO_TEST_SUITE_END()
