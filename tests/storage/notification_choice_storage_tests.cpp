// Notification choices through the real stores: they are kept per account (only
// what differs from the default), a person's change moves the account's version
// under If-Match rules, and the outbox starts each recipient's notification in the
// state their choice asks for, as domain::initialState says.
#include "accord/app/account_use_cases.h"
#include "accord/domain/notification_choice.h"
#include "conformance_env.h"
#include "coordinator_account.h"

using namespace accord;
using namespace accord::test;
using domain::MailTiming;
using domain::NotificationKind;
using domain::NotificationTopic;

BOOST_AUTO_TEST_SUITE(notification_choice_storage_tests)

namespace choice_support {
domain::Actor actorOf(const std::string& name) { return {name, domain::Role::kCoordinator, cc("AL")}; }

void addCoordinators(Env& env, std::initializer_list<const char*> names) {
  ok(env.fresh.store().run(app::TxMode::kReadWrite, [&](app::Repositories& r) -> domain::Status {
    for (const char* n : names)
      if (auto s = r.accounts().insert(coordinatorAccount(n)); !s.ok()) return s;
    return {};
  }));
}

std::map<std::string, domain::DeliveryState> statesAfter(Env& env, NotificationKind kind) {
  domain::NotificationEvent e{kind, "subject-1", cc("AL"), "t", "/x", ""};
  std::map<std::string, domain::DeliveryState> out;
  ok(env.fresh.store().run(app::TxMode::kReadWrite, [&](app::Repositories& r) -> domain::Status {
    if (auto n = r.outbox().enqueue(e, {{domain::Role::kCoordinator}, cc("AL"), ""}, env.clock.now()); !n.ok())
      return n.error();
    for (const char* who : {"coordinator.a", "coordinator.b", "coordinator.c"}) {
      auto page = r.outbox().listFor(who, {});
      if (!page.ok()) return page.error();
      out[who] = page->items.front().state;
    }
    return {};
  }));
  return out;
}
}  // namespace choice_support
using namespace choice_support;

BOOST_DATA_TEST_CASE(choices_are_kept_per_account_and_read_back, allBackends(), backend) {
  Env env(backend);
  addCoordinators(env, {"coordinator.a", "coordinator.b"});
  auto before = ok(app::getOwnPreferences(env.ctx, actorOf("coordinator.a")));
  BOOST_TEST(before.notifications.topics.empty());  // the defaults: no row
  app::PreferenceChange change;
  change.notifications[NotificationTopic::kReports] = {true, MailTiming::kDigest};
  change.notifications[NotificationTopic::kReminders] = {false, MailTiming::kImmediate};
  auto saved = ok(app::setOwnPreferences(env.ctx, actorOf("coordinator.a"), change, before.account.version));
  BOOST_TEST(saved.account.version == before.account.version + 1);
  auto read = ok(app::getOwnPreferences(env.ctx, actorOf("coordinator.a")));
  BOOST_TEST((read.notifications.of(NotificationTopic::kReports) == domain::TopicChoice{true, MailTiming::kDigest}));
  BOOST_TEST((read.notifications.of(NotificationTopic::kReminders) ==
              domain::TopicChoice{false, MailTiming::kImmediate}));
  BOOST_TEST((read.notifications.of(NotificationTopic::kDeadlines) == domain::TopicChoice{}));
  // A later change of one topic keeps the others; back to the default leaves no row.
  app::PreferenceChange back;
  back.notifications[NotificationTopic::kReports] = domain::TopicChoice{};
  ok(app::setOwnPreferences(env.ctx, actorOf("coordinator.a"), back, std::nullopt));
  read = ok(app::getOwnPreferences(env.ctx, actorOf("coordinator.a")));
  BOOST_TEST(read.notifications.topics.size() == 1u);
  BOOST_TEST((read.notifications.of(NotificationTopic::kReminders).email == false));
  // Someone else's are untouched.
  BOOST_TEST(ok(app::getOwnPreferences(env.ctx, actorOf("coordinator.b"))).notifications.topics.empty());
}

BOOST_DATA_TEST_CASE(a_stale_version_or_a_refused_choice_changes_nothing, allBackends(), backend) {
  Env env(backend);
  addCoordinators(env, {"coordinator.a"});
  auto before = ok(app::getOwnPreferences(env.ctx, actorOf("coordinator.a")));
  app::PreferenceChange change;
  change.notifications[NotificationTopic::kReports] = {false, MailTiming::kImmediate};
  BOOST_TEST((codeOf(app::setOwnPreferences(env.ctx, actorOf("coordinator.a"), change, before.account.version - 1)) ==
              domain::ErrorCode::kConflict));
  app::PreferenceChange hostile = change;
  hostile.notifications[NotificationTopic::kAccount] = {false, MailTiming::kImmediate};
  auto refused = app::setOwnPreferences(env.ctx, actorOf("coordinator.a"), hostile, std::nullopt);
  BOOST_TEST_REQUIRE(!refused.ok());
  BOOST_TEST(refused.error().field == "notifications.account");
  auto after = ok(app::getOwnPreferences(env.ctx, actorOf("coordinator.a")));
  BOOST_TEST(after.notifications.topics.empty());
  BOOST_TEST(after.account.version == before.account.version);
}

BOOST_DATA_TEST_CASE(each_recipient_s_notification_starts_as_they_chose, allBackends(), backend) {
  Env env(backend);
  addCoordinators(env, {"coordinator.a", "coordinator.b", "coordinator.c"});
  app::PreferenceChange digest, off;
  digest.notifications[NotificationTopic::kCommitments] = {true, MailTiming::kDigest};
  off.notifications[NotificationTopic::kCommitments] = {false, MailTiming::kDigest};
  off.notifications[NotificationTopic::kReminders] = {false, MailTiming::kImmediate};
  ok(app::setOwnPreferences(env.ctx, actorOf("coordinator.a"), digest, std::nullopt));
  ok(app::setOwnPreferences(env.ctx, actorOf("coordinator.b"), off, std::nullopt));
  for (NotificationKind kind : {NotificationKind::kCommitmentProposed, NotificationKind::kReminder,
                                NotificationKind::kDeadlinePassed}) {
    auto states = statesAfter(env, kind);
    for (const auto& [who, state] : states) {
      auto mine = ok(app::getOwnPreferences(env.ctx, actorOf(who))).notifications;
      BOOST_TEST((state == domain::initialState(mine, kind)), who << " " << toString(kind) << " " << toString(state));
    }
  }
  auto states = statesAfter(env, NotificationKind::kCommitmentProposed);
  BOOST_TEST((states["coordinator.a"] == domain::DeliveryState::kHeld));
  BOOST_TEST((states["coordinator.b"] == domain::DeliveryState::kNotMailed));
  BOOST_TEST((states["coordinator.c"] == domain::DeliveryState::kPending));
}

BOOST_AUTO_TEST_SUITE_END()
