// Faults: a read-only or full database, a lost PostgreSQL connection. Each gives
// a clear error naming the cause, rolls back, and damages nothing stored before.
#include "accord/app/audit_use_cases.h"
#include "accord/app/dossier_use_cases.h"
#include "accord/app/read_models.h"
#include "conformance_env.h"

using namespace accord;
using namespace accord::test;
using domain::ErrorCode;

BOOST_AUTO_TEST_SUITE(fault_tests)

namespace {
// A conference whose reports take far more room than the sample's.
domain::Dossier bulky() {
  auto d = everyFieldSet("-big");
  for (auto& r : d.reports) r.narrative = std::string(15000, 'x');
  return d;
}

void expectIntact(app::Store& store, const domain::Dossier& sample) {
  domain::FixedClock clock(at("2017-08-01T12:00:00Z"));
  app::Context ctx{store, clock, snapshots()};
  BOOST_TEST(fields(ok(app::exportDossier(ctx, secretariat(), sample.conference.id))) == fields(sample),
             boost::test_tools::per_element());
  BOOST_TEST(ok(app::verifyAuditOffline(store)).ok);
}
}  // namespace

BOOST_AUTO_TEST_CASE(a_read_only_database_reads_and_refuses_writes_by_name) {
  Env env("sqlite");
  auto sample = sampleDossier();
  ok(app::importDossier(env.ctx, secretariat(), sample, sampleCatalog()));
  auto ro = storage::openStore("sqlite:file:" + env.fresh.file() + "?mode=ro");
  BOOST_TEST_REQUIRE(ro.ok(), (ro.ok() ? "" : ro.error().message));
  app::Context ctx{**ro, env.clock, snapshots()};
  BOOST_TEST(ok(app::getConference(ctx, monitor(), sample.conference.id)).title == sample.conference.title);
  auto write = app::importDossier(ctx, secretariat(), bulky(), sampleCatalog());
  BOOST_TEST_REQUIRE(!write.ok());
  BOOST_TEST((write.error().code == ErrorCode::kUnavailable));
  BOOST_TEST(write.error().message.find("read-only") != std::string::npos, write.error().message);
  expectIntact(env.fresh.store(), sample);
}

BOOST_AUTO_TEST_CASE(a_full_database_refuses_the_write_and_keeps_what_it_had) {
  Env env("sqlite");
  auto sample = sampleDossier();
  ok(app::importDossier(env.ctx, secretariat(), sample, sampleCatalog()));
  storage::StoreOptions capped;
  capped.sessionSetup = {"PRAGMA max_page_count = 1"};  // SQLite raises it to the current size: no room to grow
  auto full = env.fresh.reopen(capped);
  app::Context ctx{*full, env.clock, snapshots()};
  auto write = app::importDossier(ctx, secretariat(), bulky(), sampleCatalog());
  BOOST_TEST_REQUIRE(!write.ok());
  BOOST_TEST((write.error().code == ErrorCode::kUnavailable));
  BOOST_TEST(write.error().message.find("full") != std::string::npos, write.error().message);
  full.reset();
  expectIntact(env.fresh.store(), sample);
  // With room again, the same import goes through.
  BOOST_TEST(app::importDossier(env.ctx, secretariat(), bulky(), sampleCatalog()).ok());
}

BOOST_DATA_TEST_CASE(a_lost_postgres_connection_is_reestablished_on_the_next_request, allBackends(), backend) {
  Env env(backend);
  if (!env.fresh.isPostgres()) return;  // only PostgreSQL has a connection to lose
  auto sample = sampleDossier();
  ok(app::importDossier(env.ctx, secretariat(), sample, sampleCatalog()));
  env.fresh.raw("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = '" +
                env.fresh.schema() + "' AND pid <> pg_backend_pid()");
  BOOST_TEST(ok(app::getConference(env.ctx, monitor(), sample.conference.id)).title == sample.conference.title);
  expectIntact(env.fresh.store(), sample);
}

BOOST_AUTO_TEST_CASE(an_unreachable_postgres_is_unavailable_with_the_cause) {
  auto r = storage::openStore("postgresql://nobody@127.0.0.1:1/none?connect_timeout=2");
  BOOST_TEST_REQUIRE(!r.ok());
  BOOST_TEST((r.error().code == ErrorCode::kUnavailable));
  BOOST_TEST(r.error().message.find("Connection refused") != std::string::npos, r.error().message);
}

BOOST_AUTO_TEST_SUITE_END()
