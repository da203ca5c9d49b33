// The audit chain: every change is recorded, and any alteration made behind
// Accord's back is found, with the first broken link named.
#include "accord/app/audit_use_cases.h"
#include "accord/app/conference_use_cases.h"
#include "conformance_env.h"

using namespace accord;
using namespace accord::test;

BOOST_AUTO_TEST_SUITE(audit_tests)

namespace {
void fiveChanges(Env& env) {
  auto d = sampleDossier();
  auto c = ok(app::createConference(env.ctx, secretariat(), d.conference, directoryOf(d)));
  for (int i = 0; i < 4; ++i) {
    c.title = "Renamed " + std::to_string(i);
    c = ok(app::updateConference(env.ctx, secretariat(), c, c.version));
  }
}

// Drops the append-only guard as a database administrator could.
void dropGuard(const FreshStore& f) {
  if (f.isPostgres()) {
    f.raw("DROP TRIGGER audit_event_no_change ON audit_event");
  } else {
    f.raw("DROP TRIGGER audit_event_no_update");
    f.raw("DROP TRIGGER audit_event_no_delete");
  }
}
}  // namespace

BOOST_DATA_TEST_CASE(an_intact_chain_verifies_and_lists_by_filter, allBackends(), backend) {
  Env env(backend);
  fiveChanges(env);
  auto report = ok(app::verifyAudit(env.fresh.store()));
  BOOST_TEST(report.ok);
  BOOST_TEST(report.checked == 5);
  app::AuditFilter f;
  f.entity = "conference";
  f.actor = "sec.user";
  auto page = ok(app::listAudit(env.ctx, monitor(), f, {3, {}}));
  BOOST_TEST(page.items.size() == 3u);
  BOOST_TEST(page.items[1].entry.before.find("\"title\":\"Regional") != std::string::npos);
  auto rest = ok(app::listAudit(env.ctx, monitor(), f, {3, page.next}));
  BOOST_TEST(rest.items.size() == 2u);
  BOOST_TEST(rest.next.empty());
  f.actor = "someone.else";
  BOOST_TEST(ok(app::listAudit(env.ctx, monitor(), f, {})).items.empty());
}

BOOST_DATA_TEST_CASE(the_database_refuses_to_change_an_audit_event, allBackends(), backend) {
  Env env(backend);
  fiveChanges(env);
  BOOST_CHECK_THROW(env.fresh.raw("UPDATE audit_event SET actor = 'x' WHERE seq = 2"), std::exception);
  BOOST_CHECK_THROW(env.fresh.raw("DELETE FROM audit_event WHERE seq = 5"), std::exception);
  BOOST_TEST(ok(app::verifyAudit(env.fresh.store())).ok);
}

BOOST_DATA_TEST_CASE(an_altered_event_is_named, allBackends(), backend) {
  Env env(backend);
  fiveChanges(env);
  dropGuard(env.fresh);
  env.fresh.raw("UPDATE audit_event SET after_json = replace(after_json, 'Renamed 1', 'Renamed X') WHERE seq = 3");
  auto report = ok(app::verifyAudit(env.fresh.store()));
  BOOST_TEST(!report.ok);
  BOOST_TEST(report.brokenAt.value_or(0) == 3);
  BOOST_TEST(report.reason.find("altered") != std::string::npos);
}

BOOST_DATA_TEST_CASE(a_removed_event_is_named, allBackends(), backend) {
  Env env(backend);
  fiveChanges(env);
  dropGuard(env.fresh);
  env.fresh.raw("DELETE FROM audit_event WHERE seq = 2");
  auto middle = ok(app::verifyAudit(env.fresh.store()));
  BOOST_TEST(middle.brokenAt.value_or(0) == 2);
  env.fresh.raw("DELETE FROM audit_event WHERE seq >= 2");
  auto tail = ok(app::verifyAudit(env.fresh.store()));
  BOOST_TEST(!tail.ok);
  BOOST_TEST(tail.brokenAt.value_or(0) == 2);
  BOOST_TEST(tail.reason.find("missing from the end") != std::string::npos);
}

BOOST_AUTO_TEST_SUITE_END()
