// The read cache against a real store: generations follow the audit trail's head.
#include <boost/test/unit_test.hpp>

#include <unistd.h>

#include <filesystem>
#include <thread>

#include "accord/app/conference_use_cases.h"
#include "accord/json/json_snapshots.h"
#include "accord/storage/storage.h"
#include "read_cache.h"

using namespace accord;
using namespace accord::http;

namespace {
struct TempStore {
  TempStore() {
    std::string tmpl = (std::filesystem::temp_directory_path() / "accord-cache-XXXXXX").string();
    BOOST_REQUIRE(mkdtemp(tmpl.data()));
    dir = tmpl;
    store = std::move(storage::openStore("sqlite:" + dir + "/a.db")).value();
  }
  ~TempStore() {
    store.reset();
    std::filesystem::remove_all(dir);
  }
  // A change made behind the cache's back: one audited use case.
  void change(const std::string& id) {
    domain::FixedClock clock(domain::Timestamp::fromSeconds(1500000000));
    json::JsonSnapshots snapshots;
    domain::Conference c;
    c.id = domain::ConferenceId(id);
    c.title = "T";
    c.city = "C";
    c.startDate = c.endDate = domain::Date::ymd(2018, 1, 1);
    auto r = app::createConference({*store, clock, snapshots}, {"t", domain::Role::kSecretariat, std::nullopt}, c);
    BOOST_REQUIRE(r.ok());
  }
  std::string dir;
  std::unique_ptr<app::Store> store;
};

SharedReply reply(const std::string& body) {
  Reply r;
  r.body = body;
  return share(std::move(r));
}
}  // namespace

BOOST_AUTO_TEST_SUITE(read_cache_tests)

BOOST_AUTO_TEST_CASE(an_entry_lives_as_long_as_its_generation) {
  TempStore t;
  ReadCache cache(*t.store, std::chrono::milliseconds(0), 1 << 20);
  auto g = cache.generation();
  cache.put("k", g, reply("one"));
  BOOST_TEST(cache.find("k", cache.generation())->body == "one");
  cache.invalidate();
  BOOST_TEST(!cache.find("k", cache.generation()));
}

BOOST_AUTO_TEST_CASE(a_change_elsewhere_moves_the_generation_when_no_lag_is_allowed) {
  TempStore t;
  ReadCache cache(*t.store, std::chrono::milliseconds(0), 1 << 20);
  auto g = cache.generation();
  cache.put("k", g, reply("one"));
  t.change("c1");
  auto now = cache.generation();
  BOOST_TEST(now != g);
  BOOST_TEST(!cache.find("k", now));
}

BOOST_AUTO_TEST_CASE(a_reply_computed_before_an_invalidation_is_not_kept) {
  TempStore t;
  ReadCache cache(*t.store, std::chrono::milliseconds(0), 1 << 20);
  auto g = cache.generation();
  cache.invalidate();  // a write finished while the reply was being computed
  cache.put("k", g, reply("stale"));
  BOOST_TEST(!cache.find("k", cache.generation()));
}

BOOST_AUTO_TEST_CASE(the_watcher_notices_a_change_elsewhere_within_the_allowed_lag) {
  TempStore t;
  ReadCache cache(*t.store, std::chrono::milliseconds(10), 1 << 20);
  cache.generation();  // starts the watcher
  std::uint64_t before = 0;
  for (int i = 0; i < 500 && (before = cache.generation()) == 1; ++i)
    std::this_thread::sleep_for(std::chrono::milliseconds(10));  // its first look sets the head
  cache.put("k", before, reply("one"));
  t.change("c1");
  std::uint64_t after = before;
  for (int i = 0; i < 500 && (after = cache.generation()) == before; ++i)
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  BOOST_TEST(after != before);
  BOOST_TEST(!cache.find("k", after));
}

BOOST_AUTO_TEST_CASE(a_full_cache_makes_room_and_a_disabled_one_keeps_nothing) {
  TempStore t;
  ReadCache cache(*t.store, std::chrono::milliseconds(0), 64 * 1024);
  auto g = cache.generation();
  for (int i = 0; i < 200; ++i) cache.put("k" + std::to_string(i), g, reply(std::string(900, 'x')));
  int kept = 0;
  for (int i = 0; i < 200; ++i) kept += cache.find("k" + std::to_string(i), g) ? 1 : 0;
  BOOST_TEST(kept > 0);
  BOOST_TEST(kept < 200);
  ReadCache off(*t.store, std::chrono::milliseconds(0), 0);
  BOOST_TEST(!off.enabled());
  off.put("k", off.generation(), reply("x"));
  BOOST_TEST(!off.find("k", off.generation()));
}

BOOST_AUTO_TEST_SUITE_END()
