// Import and export: a conference loads into either backend and comes back
// unchanged; a failed import leaves nothing behind.
#include "accord/app/audit_use_cases.h"
#include "accord/app/dossier_use_cases.h"
#include "conformance_env.h"

using namespace accord;
using namespace accord::test;
using domain::ErrorCode;

BOOST_AUTO_TEST_SUITE(dossier_tests)

BOOST_DATA_TEST_CASE(import_then_export_gives_back_every_field, allBackends(), backend) {
  Env env(backend);
  // Every field away from its default: a field storage drops or never writes comes
  // back as its default and shows up here, named by its path.
  auto sample = everyFieldSet();
  auto summary = ok(app::importDossier(env.ctx, secretariat(), sample, sampleCatalog()));
  BOOST_TEST(summary.reports == 2u);
  auto back = ok(app::exportDossier(env.ctx, secretariat(), sample.conference.id));
  BOOST_TEST(fields(back) == fields(sample), boost::test_tools::per_element());
  BOOST_TEST(ok(app::verifyAuditOffline(env.fresh.store())).checked == 1);
}

BOOST_DATA_TEST_CASE(two_conferences_stay_apart, allBackends(), backend) {
  Env env(backend);
  auto a = everyFieldSet("-a"), b = everyFieldSet("-b");
  ok(app::importDossier(env.ctx, secretariat(), a, sampleCatalog()));
  ok(app::importDossier(env.ctx, secretariat(), b, sampleCatalog()));
  BOOST_TEST(fields(ok(app::exportDossier(env.ctx, secretariat(), b.conference.id))) == fields(b),
             boost::test_tools::per_element());
  auto ids = ok(app::storedConferences(env.ctx, 10));
  BOOST_TEST(ids.size() == 2u);
}

BOOST_DATA_TEST_CASE(a_clashing_import_stores_nothing, allBackends(), backend) {
  Env env(backend);
  ok(app::importDossier(env.ctx, secretariat(), sampleDossier("-a"), sampleCatalog()));
  // Same report ids, different conference: the import fails half-way and rolls back.
  auto clash = sampleDossier("-b");
  clash.reports[0].id = domain::ReportId("rp1-a");
  BOOST_TEST((codeOf(app::importDossier(env.ctx, secretariat(), clash, sampleCatalog())) == ErrorCode::kAlreadyExists));
  BOOST_TEST((codeOf(app::exportDossier(env.ctx, secretariat(), clash.conference.id)) == ErrorCode::kNotFound));
  BOOST_TEST(ok(app::verifyAuditOffline(env.fresh.store())).checked == 1);
}

BOOST_DATA_TEST_CASE(an_invalid_dossier_is_refused_before_storage, allBackends(), backend) {
  Env env(backend);
  auto bad = sampleDossier();
  bad.declarations[0].invitedCountries.clear();
  BOOST_TEST((codeOf(app::importDossier(env.ctx, secretariat(), bad, sampleCatalog())) == ErrorCode::kInvalidArgument));
  BOOST_TEST((codeOf(app::importDossier(env.ctx, monitor(), sampleDossier(), sampleCatalog())) ==
              ErrorCode::kForbidden));
}

BOOST_AUTO_TEST_SUITE_END()
