// The audit chain: every change is recorded, and any alteration made behind
// Accord's back is found, with the first broken link named.
#include <string>
#include <vector>

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

}  // namespace

BOOST_DATA_TEST_CASE(an_intact_chain_verifies_and_lists_by_filter, allBackends(), backend) {
  Env env(backend);
  fiveChanges(env);
  auto report = ok(app::verifyAuditOffline(env.fresh.store()));
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

BOOST_DATA_TEST_CASE(the_objects_with_events_are_listed_once_by_name, allBackends(), backend) {
  Env env(backend);
  fiveChanges(env);
  auto d = sampleDossier();
  auto objects = ok(app::auditObjects(env.ctx, monitor(), 100));
  BOOST_TEST_REQUIRE(objects.size() == 1u, "five events on one conference: one object");
  BOOST_TEST(objects[0].entity == "conference");
  BOOST_TEST(objects[0].entityId == d.conference.id.str());
  BOOST_TEST(objects[0].name == "Renamed 3", "named as it is now");
  BOOST_TEST(ok(app::auditObjects(env.ctx, monitor(), 0)).empty());
  BOOST_TEST((codeOf(app::auditObjects(env.ctx, coordinator("MK"), 100)) == domain::ErrorCode::kForbidden));
}

BOOST_DATA_TEST_CASE(the_database_refuses_to_change_an_audit_event, allBackends(), backend) {
  Env env(backend);
  fiveChanges(env);
  BOOST_CHECK_THROW(env.fresh.raw("UPDATE audit_event SET actor = 'x' WHERE seq = 2"), std::exception);
  BOOST_CHECK_THROW(env.fresh.raw("DELETE FROM audit_event WHERE seq = 5"), std::exception);
  BOOST_TEST(ok(app::verifyAuditOffline(env.fresh.store())).ok);
}

BOOST_DATA_TEST_CASE(an_altered_event_is_named, allBackends(), backend) {
  Env env(backend);
  fiveChanges(env);
  env.fresh.dropAuditGuard();
  env.fresh.raw("UPDATE audit_event SET after_json = replace(after_json, 'Renamed 1', 'Renamed X') WHERE seq = 3");
  auto report = ok(app::verifyAuditOffline(env.fresh.store()));
  BOOST_TEST(!report.ok);
  BOOST_TEST(report.brokenAt.value_or(0) == 3);
  BOOST_TEST(report.reason.find("altered") != std::string::npos);
}

namespace {
// One stored field of event 3 (the rename "Renamed 0" -> "Renamed 1") rewritten
// behind Accord's back. Every field the hash covers has its own row, so that a
// field dropped from the canonical form turns its row red.
struct Tamper {
  const char* field;
  std::vector<std::string> sql;
  const char* reason;  // what the verifier must say about event 3
};

std::vector<Tamper> tampers() {
  return {
      {"time", {"UPDATE audit_event SET at = replace(at, '2017-', '2016-') WHERE seq = 3"}, "altered"},
      {"actor", {"UPDATE audit_event SET actor = 'intruder' WHERE seq = 3"}, "altered"},
      {"action", {"UPDATE audit_event SET action = action || '-x' WHERE seq = 3"}, "altered"},
      {"entity", {"UPDATE audit_event SET entity = entity || '-x' WHERE seq = 3"}, "altered"},
      {"entity id", {"UPDATE audit_event SET entity_id = entity_id || '-x' WHERE seq = 3"}, "altered"},
      {"before", {"UPDATE audit_event SET before_json = replace(before_json, 'Renamed 0', 'Renamed Y') WHERE seq = 3"},
       "altered"},
      {"after", {"UPDATE audit_event SET after_json = replace(after_json, 'Renamed 1', 'Renamed X') WHERE seq = 3"},
       "altered"},
      {"sequence", {"UPDATE audit_event SET seq = 30 WHERE seq = 3"}, "missing"},
      {"previous hash", {"UPDATE audit_event SET prev_hash = (SELECT hash FROM audit_event WHERE seq = 1) WHERE seq = 3"},
       "does not link"},
      // Event 3 removed and the rest renumbered and relinked, head included: the
      // sequence and the links look whole, so only the hash over the sequence number
      // and the previous hash can tell.
      {"sequence and previous hash after a removal",
       {"DELETE FROM audit_event WHERE seq = 3", "UPDATE audit_event SET seq = 3 WHERE seq = 4",
        "UPDATE audit_event SET seq = 4 WHERE seq = 5",
        "UPDATE audit_event SET prev_hash = (SELECT hash FROM audit_event WHERE seq = 2) WHERE seq = 3",
        "UPDATE audit_head SET seq = 4 WHERE id = 1"},
       "altered"},
  };
}
}  // namespace

BOOST_DATA_TEST_CASE(each_hashed_field_altered_in_the_database_is_named, allBackends(), backend) {
  for (const auto& t : tampers()) {
    BOOST_TEST_CONTEXT("field " << t.field) {
      Env env(backend);
      fiveChanges(env);
      BOOST_TEST_REQUIRE(ok(app::verifyAuditOffline(env.fresh.store())).ok);
      env.fresh.dropAuditGuard();
      for (const auto& sql : t.sql) env.fresh.raw(sql);
      auto report = ok(app::verifyAuditOffline(env.fresh.store()));
      BOOST_TEST(!report.ok);
      BOOST_TEST(report.brokenAt.value_or(0) == 3);
      BOOST_TEST(report.reason.find(t.reason) != std::string::npos, report.reason);
    }
  }
}

BOOST_DATA_TEST_CASE(a_removed_event_is_named, allBackends(), backend) {
  Env env(backend);
  fiveChanges(env);
  env.fresh.dropAuditGuard();
  env.fresh.raw("DELETE FROM audit_event WHERE seq = 2");
  auto middle = ok(app::verifyAuditOffline(env.fresh.store()));
  BOOST_TEST(middle.brokenAt.value_or(0) == 2);
  env.fresh.raw("DELETE FROM audit_event WHERE seq >= 2");
  auto tail = ok(app::verifyAuditOffline(env.fresh.store()));
  BOOST_TEST(!tail.ok);
  BOOST_TEST(tail.brokenAt.value_or(0) == 2);
  BOOST_TEST(tail.reason.find("missing from the end") != std::string::npos);
}

BOOST_AUTO_TEST_SUITE_END()
