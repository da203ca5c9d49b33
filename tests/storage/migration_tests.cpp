// Migrations: a fresh database gets the whole schema, an older one is brought up
// to date on open, and a newer or foreign one is refused with a clear message.
#include <filesystem>
#include <fstream>

#include "accord/app/dossier_use_cases.h"
#include "accord/app/read_models.h"
#include "conformance_env.h"
#include "coordinator_account.h"

using namespace accord;
using namespace accord::test;

BOOST_AUTO_TEST_SUITE(migration_tests)

namespace {
storage::StoreOptions noMigrate() {
  storage::StoreOptions o;
  o.migrate = false;
  return o;
}
// Undoes migration 11, so that a test can run it again after older ones.
void dropAccountActivity(FreshStore& fresh) {
  fresh.raw("DROP INDEX account_never_used");
  fresh.raw("ALTER TABLE account DROP COLUMN last_sign_in_at");
}
// Undoes migration 13 (reminders and calendar feeds), so that it runs again.
void dropReminders(Env& env) {
  for (const char* table : {"reminder", "delivery_key", "reminder_schedule", "calendar_feed"})
    env.fresh.raw(std::string("DROP TABLE ") + table);
  env.fresh.raw("ALTER TABLE notification DROP COLUMN message");
}
// Undoes migration 14 (account preferences), so that it runs again.
void dropAccountPreferences(Env& env) { env.fresh.raw("ALTER TABLE account DROP COLUMN language"); }
// Undoes migration 15 (the endorsement counts), so that it runs again.
void dropEndorsementCounts(Env& env) { env.fresh.raw("DROP TABLE endorsement_count"); }
// Undoes migration 16 (the directory's new columns).
void dropDirectory(Env& env) {
  for (const char* column : {"email", "language"}) env.fresh.raw(std::string("ALTER TABLE person DROP COLUMN ") + column);
  env.fresh.raw("ALTER TABLE organization DROP COLUMN kind");
}
// Undoes migration 18 (the latest report's head columns).
void dropLatestReportHead(Env& env) {
  for (const char* column : {"period_start", "period_end", "percent", "state", "version"})
    env.fresh.raw(std::string("ALTER TABLE latest_report DROP COLUMN ") + column);
}
// Undoes migration 17 (the agenda).
void dropAgenda(Env& env) {
  for (const char* table : {"conference_session_speaker", "conference_session"})
    env.fresh.raw(std::string("DROP TABLE ") + table);
}
// Undoes migration 19; `outbox` also its column and index on the notification
// table (false once that table is dropped).
void dropNotificationChoices(Env& env, bool outbox = true) {
  for (const char* table : {"notification_choice", "notification_digest"}) env.fresh.raw(std::string("DROP TABLE ") + table);
  if (!outbox) return;
  env.fresh.raw("DROP INDEX notification_held");
  env.fresh.raw("ALTER TABLE notification DROP COLUMN digest_key");
}
// Undoes migration 20 (the open assignments per commitment).
void dropOpenAssignmentCounts(Env& env) { env.fresh.raw("DROP TABLE open_assignment_count"); }
std::string messageOf(const domain::Result<std::unique_ptr<app::Store>>& r) {
  BOOST_TEST_REQUIRE(!r.ok());
  BOOST_TEST((r.error().code == domain::ErrorCode::kUnavailable));
  return r.error().message;
}
// Undoes migration 12 (indexes only), so that a test can replay it.
void dropInboxIndexes(Env& env) {
  for (const char* index : {"declaration_country_by_country", "endorsement_by_country", "assignment_proposed",
                            "assignment_in_hand", "declaration_by_status", "amendment_to_consolidate"})
    env.fresh.raw(std::string("DROP INDEX ") + index);
}
}  // namespace

BOOST_DATA_TEST_CASE(an_older_schema_is_migrated_on_open, allBackends(), backend) {
  Env env(backend);
  env.fresh.close();
  // Make it a version-1 database: drop what migrations 2 to 20 added.
  dropOpenAssignmentCounts(env);
  dropNotificationChoices(env);
  dropEndorsementCounts(env);
  dropDirectory(env);
  dropAgenda(env);
  dropInboxIndexes(env);
  for (const char* table : {"reminder", "delivery_key", "reminder_schedule", "calendar_feed", "notification", "assignment_milestone", "indicator_measurement", "language_version_unit",
                            "language_version"})
    env.fresh.raw(std::string("DROP TABLE ") + table);
  env.fresh.raw("ALTER TABLE declaration DROP COLUMN final_needs_authentic_versions");
  for (const char* index : {"commitment_in_order", "commitment_by_deadline", "commitment_by_due", "assignment_open"})
    env.fresh.raw(std::string("DROP INDEX ") + index);
  env.fresh.raw("DROP TABLE latest_report");
  for (const char* table : {"consultation_comment", "consultation_amendment"})
    env.fresh.raw(std::string("DROP TABLE ") + table);
  env.fresh.raw("ALTER TABLE declaration DROP COLUMN consultation_visibility");
  for (const char* index : {"declaration_by_conference", "commitment_by_declaration", "report_by_assignment",
                            "audit_by_entity", "audit_by_actor", "audit_by_time", "report_submitted"})
    env.fresh.raw(std::string("DROP INDEX ") + index);
  for (const char* table : {"login_throttle", "account_session", "account"}) env.fresh.raw(std::string("DROP TABLE ") + table);
  env.fresh.raw("DELETE FROM schema_version WHERE version >= 2");
  BOOST_TEST(messageOf(storage::openStore(env.fresh.uri(), noMigrate())).find("older") != std::string::npos);
  BOOST_TEST(storage::openStore(env.fresh.uri()).ok());
  BOOST_TEST(storage::openStore(env.fresh.uri(), noMigrate()).ok());
  dropInboxIndexes(env);                             // exist again, so migration 12 ran
  env.fresh.raw("DROP INDEX report_by_assignment");  // and so did migration 2
  env.fresh.raw("DROP TABLE account_session");       // and 3
  env.fresh.raw("DROP INDEX report_submitted");      // and 4
  env.fresh.raw("DROP TABLE login_throttle");        // and 5
  env.fresh.raw("DROP TABLE consultation_amendment");  // and 6
  env.fresh.raw("DROP TABLE language_version_unit");   // and 7
  env.fresh.raw("DROP TABLE indicator_measurement");   // and 8
  env.fresh.raw("DROP TABLE notification");            // and 9
  dropLatestReportHead(env);                           // and 18
  env.fresh.raw("DROP TABLE latest_report");           // and 10
  env.fresh.raw("DROP INDEX account_never_used");      // and 11
  env.fresh.raw("DROP TABLE delivery_key");            // and 13
  dropAccountPreferences(env);                         // and 14
  dropEndorsementCounts(env);                          // and 15
  dropDirectory(env);                                  // and 16
  dropAgenda(env);                                     // and 17
  dropNotificationChoices(env, false);                 // and 19
  dropOpenAssignmentCounts(env);                       // and 20
}

// Migration 10 backfills the latest-report summary from the reports already stored:
// a database written before it shows the same matrix after it.
BOOST_DATA_TEST_CASE(the_latest_report_summary_is_backfilled, allBackends(), backend) {
  Env env(backend);
  auto sample = sampleDossier();
  ok(app::importDossier(env.ctx, secretariat(), sample, sampleCatalog()));
  env.fresh.close();
  for (const char* index : {"commitment_in_order", "commitment_by_deadline", "commitment_by_due", "assignment_open"})
    env.fresh.raw(std::string("DROP INDEX ") + index);
  env.fresh.raw("DROP TABLE latest_report");
  dropAccountActivity(env.fresh);
  dropInboxIndexes(env);
  dropEndorsementCounts(env);
  dropReminders(env);
  dropAccountPreferences(env);
  dropDirectory(env);
  dropOpenAssignmentCounts(env);  // migration 20 came after it: undone too
  dropNotificationChoices(env);
  dropAgenda(env);
  env.fresh.raw("DELETE FROM schema_version WHERE version >= 10");
  auto store = storage::openStore(env.fresh.uri());
  BOOST_TEST_REQUIRE(store.ok());
  app::Context ctx{**store, env.clock, snapshots()};
  const auto al = coordinator("AL");
  auto page = ok(app::implementationMatrixPage(ctx, al, sample.declarations[0].id, {cc("AL"), std::nullopt}, {}));
  std::size_t withReport = 0;
  for (const auto& c : page.matrix.cells)
    if (c.latestReport) {
      ++withReport;
      BOOST_TEST(c.latestReport->id.str() == "rp2");  // the later of AL's two periods
    }
  BOOST_TEST(withReport == 1u);
}

// Migration 8 gives each assignment its own copy of its commitment's milestone
// states, so that no country's timeliness changes on upgrade.
BOOST_DATA_TEST_CASE(milestones_are_copied_to_each_assignment_on_upgrade, allBackends(), backend) {
  Env env(backend);
  auto sample = sampleDossier();
  ok(app::importDossier(env.ctx, secretariat(), sample, sampleCatalog()));
  env.fresh.close();
  // As a version-7 database held it: milestones on the commitment only.
  env.fresh.raw("DROP TABLE assignment_milestone");
  env.fresh.raw("DROP TABLE indicator_measurement");
  // Migrations 9 to 13 run again after it.
  env.fresh.raw("DROP TABLE notification");
  for (const char* index : {"commitment_in_order", "commitment_by_deadline", "commitment_by_due", "assignment_open"})
    env.fresh.raw(std::string("DROP INDEX ") + index);
  env.fresh.raw("DROP TABLE latest_report");
  dropAccountActivity(env.fresh);
  dropInboxIndexes(env);
  dropEndorsementCounts(env);
  for (const char* table : {"reminder", "delivery_key", "reminder_schedule", "calendar_feed"})
    env.fresh.raw(std::string("DROP TABLE ") + table);
  dropAccountPreferences(env);
  dropDirectory(env);
  dropOpenAssignmentCounts(env);  // migration 20 came after it: undone too
  dropNotificationChoices(env, false);
  dropAgenda(env);
  env.fresh.raw("DELETE FROM schema_version WHERE version >= 8");
  auto store = env.fresh.reopen();
  app::Context ctx{*store, env.clock, snapshots()};
  int checked = 0;
  for (const auto& cm : sample.commitments)
    for (const auto& country : cm.countries) {
      auto a = ok(app::getAssignment(ctx, monitor(), cm.id, country)).assignment;
      BOOST_TEST_REQUIRE(a.milestones.size() == cm.milestones.size());
      for (std::size_t i = 0; i < cm.milestones.size(); ++i) {
        BOOST_TEST(a.milestones[i].milestone == cm.milestones[i].id);
        BOOST_TEST((a.milestones[i].state == cm.milestones[i].state));
        BOOST_TEST(!a.milestones[i].updatedOn);
      }
      BOOST_TEST(a.measurements.empty());
      ++checked;
    }
  BOOST_TEST(checked == 4);
}

// Migration 11 takes an account's last sign-in from the sessions still stored, so
// that an account people use is not listed as never used after the upgrade.
BOOST_DATA_TEST_CASE(last_sign_ins_are_backfilled_from_the_sessions, allBackends(), backend) {
  Env env(backend);
  ok(env.fresh.store().run(app::TxMode::kReadWrite, [](app::Repositories& r) -> domain::Status {
    for (const char* name : {"used.one", "never.used"}) {
      domain::Account a;
      a.name = name;
      a.displayName = "P";
      a.email = "p@x.example";
      a.passwordHash = domain::PasswordHash("h");
      a.version = 1;
      ok(r.accounts().insert(a));
    }
    return {};
  }));
  env.fresh.close();
  dropAccountActivity(env.fresh);
  dropInboxIndexes(env);
  dropEndorsementCounts(env);
  dropReminders(env);
  dropAccountPreferences(env);
  dropLatestReportHead(env);
  dropAgenda(env);
  dropDirectory(env);
  dropOpenAssignmentCounts(env);  // migration 20 came after it: undone too
  dropNotificationChoices(env);
  env.fresh.raw("INSERT INTO account_session (token_id, account_name, issued_at, expires_at, revoked_at, address) "
                "VALUES ('t1', 'used.one', '2017-07-01T10:00:00Z', '2017-07-01T18:00:00Z', NULL, '10.0.0.7')");
  env.fresh.raw("DELETE FROM schema_version WHERE version >= 11");
  auto store = env.fresh.reopen();
  std::vector<std::string> never;
  ok(store->run(app::TxMode::kReadOnly, [&](app::Repositories& r) -> domain::Status {
    auto found = r.accounts().neverSignedIn(10);
    for (const auto& a : ok(found)) never.push_back(a.name);
    return {};
  }));
  BOOST_TEST(never == (std::vector<std::string>{"never.used"}), boost::test_tools::per_element());
}

// Migration 16 keeps the directory where it was: every person and organization of
// a conference stored before it is still there, with no e-mail, no language and
// the kind "other".
BOOST_DATA_TEST_CASE(the_directory_survives_its_migration, allBackends(), backend) {
  Env env(backend);
  auto sample = sampleDossier();
  ok(app::importDossier(env.ctx, secretariat(), sample, sampleCatalog()));
  env.fresh.close();
  dropLatestReportHead(env);
  dropAgenda(env);
  dropDirectory(env);
  dropOpenAssignmentCounts(env);  // migration 20 came after it: undone too
  dropNotificationChoices(env);
  env.fresh.raw("DELETE FROM schema_version WHERE version >= 16");
  auto store = env.fresh.reopen();
  app::Directory directory;
  ok(store->run(app::TxMode::kReadOnly, [&](app::Repositories& r) -> domain::Status {
    directory = ok(r.conferences().directory(sample.conference.id));
    return {};
  }));
  BOOST_TEST_REQUIRE(directory.people.size() == sample.people.size());
  BOOST_TEST_REQUIRE(directory.organizations.size() == sample.organizations.size());
  for (std::size_t i = 0; i < sample.people.size(); ++i) {
    BOOST_TEST(directory.people[i].id == sample.people[i].id);
    BOOST_TEST(directory.people[i].name == sample.people[i].name);
    BOOST_TEST(directory.people[i].email.empty());
    BOOST_TEST(directory.people[i].language.empty());
  }
  for (const auto& o : directory.organizations) BOOST_TEST((o.kind == domain::OrganizationKind::kOther));
}

// Migration 19 rebuilds the outbox on SQLite (a CHECK cannot change in place) and
// widens it on PostgreSQL: every notification stored before it is still there, as
// it was, and the new states are accepted after it.
BOOST_DATA_TEST_CASE(the_outbox_survives_migration_19, allBackends(), backend) {
  Env env(backend);
  domain::NotificationEvent e{domain::NotificationKind::kCommitmentProposed, "cm1", cc("AL"), "t", "/x", "hello"};
  ok(env.fresh.store().run(app::TxMode::kReadWrite, [&](app::Repositories& r) -> domain::Status {
    if (auto s = r.accounts().insert(coordinatorAccount("coordinator.a")); !s.ok()) return s;
    if (auto n = r.outbox().enqueue(e, domain::audienceOf(e), env.clock.now()); !n.ok()) return n.error();
    return {};
  }));
  env.fresh.close();
  dropOpenAssignmentCounts(env);  // migration 20 came after it: undone too
  dropNotificationChoices(env);
  env.fresh.raw("DELETE FROM schema_version WHERE version >= 19");
  auto store = env.fresh.reopen();
  ok(store->run(app::TxMode::kReadWrite, [&](app::Repositories& r) -> domain::Status {
    auto before = ok(r.outbox().listFor("coordinator.a", {}));
    BOOST_TEST_REQUIRE(before.items.size() == 1u);
    BOOST_TEST(before.items[0].event.message == "hello");
    BOOST_TEST((before.items[0].state == domain::DeliveryState::kPending));
    domain::NotificationChoices c;
    c.topics[domain::NotificationTopic::kCommitments] = {true, domain::MailTiming::kDigest};
    if (auto s = r.accounts().setNotificationChoices("coordinator.a", c); !s.ok()) return s;
    if (auto n = r.outbox().enqueue(e, domain::audienceOf(e), env.clock.now()); !n.ok()) return n.error();
    auto after = ok(r.outbox().listFor("coordinator.a", {}));
    BOOST_TEST_REQUIRE(after.items.size() == 2u);
    BOOST_TEST((after.items[0].state == domain::DeliveryState::kHeld));
    BOOST_TEST(after.items[1].id == before.items[0].id);
    return {};
  }));
}

BOOST_DATA_TEST_CASE(a_newer_schema_is_refused, allBackends(), backend) {
  Env env(backend);
  env.fresh.raw("INSERT INTO schema_version (version, name, applied_at) VALUES (99, '0099_future.sql', "
                "'2030-01-01T00:00:00Z')");
  std::string message = messageOf(storage::openStore(env.fresh.uri()));
  BOOST_TEST(message.find("schema version 99 is newer than this Accord knows") != std::string::npos, message);
}

BOOST_AUTO_TEST_CASE(a_file_that_is_not_a_database_is_refused_untouched) {
  FreshStore fresh("sqlite");
  fresh.close();
  {
    std::ofstream out(fresh.file(), std::ios::trunc);
    out << "these are the minutes of the meeting, not a database\n";
  }
  std::string message = messageOf(storage::openStore(fresh.uri()));
  BOOST_TEST(message.find("not an Accord database") != std::string::npos, message);
  std::ifstream in(fresh.file());
  std::string first;
  std::getline(in, first);
  BOOST_TEST(first == "these are the minutes of the meeting, not a database");
}

BOOST_AUTO_TEST_CASE(another_applications_database_is_refused) {
  FreshStore fresh("sqlite");
  fresh.close();
  std::filesystem::remove(fresh.file());
  fresh.raw("CREATE TABLE invoices (id INTEGER PRIMARY KEY)");
  std::string message = messageOf(storage::openStore(fresh.uri()));
  BOOST_TEST(message.find("no Accord schema") != std::string::npos, message);
}

BOOST_AUTO_TEST_CASE(a_bad_uri_is_invalid_argument) {
  auto r = storage::openStore("mysql://somewhere/db");
  BOOST_TEST_REQUIRE(!r.ok());
  BOOST_TEST((r.error().code == domain::ErrorCode::kInvalidArgument));
}

// Migration 18 copies each latest report's head columns into latest_report: the
// matrix of a database stored before it shows the same cells after it.
BOOST_DATA_TEST_CASE(the_latest_report_head_columns_are_backfilled, allBackends(), backend) {
  Env env(backend);
  auto sample = sampleDossier();
  ok(app::importDossier(env.ctx, secretariat(), sample, sampleCatalog()));
  const auto al = coordinator("AL");  // sees its own draft reports too
  const app::MatrixFilter albania{cc("AL"), std::nullopt};
  auto before = ok(app::implementationMatrixPage(env.ctx, al, sample.declarations[0].id, albania, {}));
  env.fresh.close();
  dropOpenAssignmentCounts(env);  // migration 20 came after it: undone too
  dropNotificationChoices(env);  // migration 19 came after it: undone too, so that both run again
  dropLatestReportHead(env);
  env.fresh.raw("DELETE FROM schema_version WHERE version >= 18");
  auto store = env.fresh.reopen();
  app::Context ctx{*store, env.clock, snapshots()};
  auto after = ok(app::implementationMatrixPage(ctx, al, sample.declarations[0].id, albania, {}));
  BOOST_TEST_REQUIRE(after.matrix.cells.size() == before.matrix.cells.size());
  std::size_t withReport = 0;
  for (std::size_t i = 0; i < after.matrix.cells.size(); ++i) {
    const auto* a = after.matrix.cells[i].latestReport;
    const auto* b = before.matrix.cells[i].latestReport;
    BOOST_TEST_REQUIRE(!a == !b);
    if (!a) continue;
    ++withReport;
    BOOST_TEST(a->id.str() == b->id.str());
    BOOST_TEST(a->periodStart.iso() == b->periodStart.iso());
    BOOST_TEST(a->periodEnd.iso() == b->periodEnd.iso());
    BOOST_TEST(a->percent == b->percent);
    BOOST_TEST((a->state == b->state));
    BOOST_TEST(a->version == b->version);
  }
  BOOST_TEST(withReport > 0u);
}

// Migration 20 counts the open assignments of every commitment stored before it:
// the page's overdue count is the same after it.
BOOST_DATA_TEST_CASE(the_open_assignment_counts_are_backfilled, allBackends(), backend) {
  Env env(backend);
  auto sample = sampleDossier();
  ok(app::importDossier(env.ctx, secretariat(), sample, sampleCatalog()));
  env.clock.set(at("2018-02-01T00:00:00Z"));  // past every deadline
  auto before = ok(app::implementationMatrixPage(env.ctx, monitor(), sample.declarations[0].id, {}, {}));
  BOOST_TEST(before.overdue == 4u);
  env.fresh.close();
  dropOpenAssignmentCounts(env);
  env.fresh.raw("DELETE FROM schema_version WHERE version >= 20");
  auto store = env.fresh.reopen();
  app::Context ctx{*store, env.clock, snapshots()};
  auto after = ok(app::implementationMatrixPage(ctx, monitor(), sample.declarations[0].id, {}, {}));
  BOOST_TEST(after.overdue == before.overdue);
}

BOOST_AUTO_TEST_SUITE_END()
