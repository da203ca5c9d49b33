// The daily digest through the real stores: held notifications go out once a day,
// from the digest hour, as one message per person; the key digest:<user>:<day>
// keeps two servers (two stores on one database) or a second round from sending a
// second digest, and the notifications are marked sent with it.
#include <set>
#include <thread>

#include "accord/app/digest_sender.h"
#include "accord/app/repositories.h"
#include "conformance_env.h"
#include "coordinator_account.h"

using namespace accord;
using namespace accord::test;
using domain::NotificationKind;

BOOST_AUTO_TEST_SUITE(digest_tests)

namespace digest_support {

// Two Albanian coordinators who chose the digest for commitments, one who did not.
struct Digests {
  explicit Digests(const std::string& backend) : env(backend) {
    ok(env.fresh.store().run(app::TxMode::kReadWrite, [](app::Repositories& r) -> domain::Status {
      for (const char* n : {"digest.a", "digest.b", "at.once"})
        if (auto s = r.accounts().insert(coordinatorAccount(n)); !s.ok()) return s;
      domain::NotificationChoices c;
      c.topics[domain::NotificationTopic::kCommitments] = {true, domain::MailTiming::kDigest};
      for (const char* n : {"digest.a", "digest.b"})
        if (auto s = r.accounts().setNotificationChoices(n, c); !s.ok()) return s;
      return {};
    }));
  }
  void propose(int times) {
    ok(env.fresh.store().run(app::TxMode::kReadWrite, [&](app::Repositories& r) -> domain::Status {
      for (int i = 0; i < times; ++i) {
        domain::NotificationEvent e{NotificationKind::kCommitmentProposed, "cm" + std::to_string(i), cc("AL"),
                                    "Commitment " + std::to_string(i), "/commitments/cm" + std::to_string(i), ""};
        if (auto n = r.outbox().enqueue(e, domain::audienceOf(e), env.clock.now()); !n.ok()) return n.error();
      }
      return {};
    }));
  }
  std::vector<domain::Notification> of(const std::string& who) {
    return ok(app::transact<app::Page<domain::Notification>>(
                  env.fresh.store(), app::TxMode::kReadOnly,
                  [&](app::Repositories& r) { return r.outbox().listFor(who, {}); }))
        .items;
  }
  Env env;
};

// Answers each digest with `outcome` (sent unless told), recording what it was given.
class RecordingMailer final : public app::NotificationMailer {
 public:
  explicit RecordingMailer(app::DeliveryOutcome outcome = app::DeliveryOutcome::kSent) : outcome_(outcome) {}
  app::Delivery deliver(const app::OutboxItem&) override { return {app::DeliveryOutcome::kSent, "250"}; }
  app::Delivery deliverDigest(const app::DigestItem& d) override {
    digests.push_back(d);
    return {outcome_, outcome_ == app::DeliveryOutcome::kSent ? "250" : "550 no such mailbox"};
  }
  std::vector<app::DigestItem> digests;

 private:
  app::DeliveryOutcome outcome_;
};

app::DigestOptions options(const std::string& claimer, int hour) {
  app::DigestOptions o;
  o.claimer = claimer;
  o.hour = hour;
  o.batch = 1;  // one digest per claim: the two servers below take turns
  return o;
}
}  // namespace digest_support
using namespace digest_support;

BOOST_AUTO_TEST_CASE(the_digest_day_and_hour_are_read_in_utc) {
  BOOST_TEST(app::digestDay(domain::Timestamp::fromSeconds(1796680800)) == "2026-12-07");  // 22:00 UTC
  BOOST_TEST(app::digestHourReached(domain::Timestamp::fromSeconds(1796680800), 22));
  BOOST_TEST(!app::digestHourReached(domain::Timestamp::fromSeconds(1796680800), 23));
  BOOST_TEST(app::digestHourReached(domain::Timestamp::fromSeconds(86400 * 10 + 6 * 3600), 6));
  BOOST_TEST(!app::digestHourReached(domain::Timestamp::fromSeconds(86400 * 10 + 6 * 3600 - 1), 6));
  BOOST_TEST(!app::digestHourReached(domain::Timestamp::fromSeconds(86400 * 10 + 23 * 3600), 24));
}

BOOST_DATA_TEST_CASE(held_notifications_go_out_once_a_day_as_one_digest_per_person, allBackends(), backend) {
  Digests d(backend);
  d.propose(3);
  BOOST_TEST((d.of("digest.a").front().state == domain::DeliveryState::kHeld));
  BOOST_TEST((d.of("at.once").front().state == domain::DeliveryState::kPending));
  RecordingMailer mailer;
  // 12:00 UTC: before a 13:00 digest hour nothing goes.
  app::DigestSender early(d.env.fresh.store(), d.env.clock, mailer, options("server-a", 13));
  BOOST_TEST(ok(early.runOnce()).sent == 0);
  BOOST_TEST(mailer.digests.empty());
  app::DigestSender sender(d.env.fresh.store(), d.env.clock, mailer, options("server-a", 6));
  auto round = ok(sender.runOnce());
  BOOST_TEST(round.opened == 2);
  BOOST_TEST(round.sent == 1);  // batch 1
  ok(sender.runOnce());
  BOOST_TEST_REQUIRE(mailer.digests.size() == 2u);
  for (const auto& digest : mailer.digests) {
    BOOST_TEST(digest.key == "digest:" + digest.recipient + ":2017-08-01");
    BOOST_TEST(digest.notifications.size() == 3u);
    BOOST_TEST(digest.email == digest.recipient + "@accord.example");
  }
  for (const char* who : {"digest.a", "digest.b"})
    for (const auto& n : d.of(who)) BOOST_TEST((n.state == domain::DeliveryState::kSent), who);
  // Another round, or a notification held after today's digest went: nothing
  // more today; tomorrow's digest carries it.
  d.propose(1);
  BOOST_TEST(ok(sender.runOnce()).opened == 0);
  BOOST_TEST(mailer.digests.size() == 2u);
  BOOST_TEST((d.of("digest.a").front().state == domain::DeliveryState::kHeld));
  d.env.clock.set(domain::Timestamp::fromSeconds(d.env.clock.now().seconds() + 86400));
  ok(sender.runOnce());
  ok(sender.runOnce());
  BOOST_TEST_REQUIRE(mailer.digests.size() == 4u);
  BOOST_TEST(mailer.digests.back().key.substr(mailer.digests.back().key.size() - 10) == "2017-08-02");
  BOOST_TEST(mailer.digests.back().notifications.size() == 1u);
}

BOOST_DATA_TEST_CASE(two_servers_on_one_database_send_each_person_one_digest, allBackends(), backend) {
  Digests d(backend);
  d.propose(5);
  auto second = d.env.fresh.reopen();
  RecordingMailer a, b;
  app::DigestSender sa(d.env.fresh.store(), d.env.clock, a, options("server-a", 6));
  app::DigestSender sb(*second, d.env.clock, b, options("server-b", 6));
  auto drain = [](app::DigestSender& s) {
    for (int i = 0; i < 6; ++i) (void)s.runOnce();  // a busy database only delays this server
  };
  std::thread ta([&] { drain(sa); }), tb([&] { drain(sb); });
  ta.join();
  tb.join();
  std::multiset<std::string> keys;
  for (const auto* m : {&a, &b})
    for (const auto& digest : m->digests) {
      keys.insert(digest.key);
      BOOST_TEST(digest.notifications.size() == 5u, digest.key);
    }
  BOOST_TEST(keys.size() == 2u);
  BOOST_TEST(keys.count("digest:digest.a:2017-08-01") == 1u);
  BOOST_TEST(keys.count("digest:digest.b:2017-08-01") == 1u);
  for (const auto& n : d.of("digest.b")) BOOST_TEST((n.state == domain::DeliveryState::kSent));
}

BOOST_DATA_TEST_CASE(a_refused_digest_fails_with_its_notifications_and_is_not_sent_again, allBackends(), backend) {
  Digests d(backend);
  d.propose(2);
  RecordingMailer refusing(app::DeliveryOutcome::kPermanentFailure);
  app::DigestSender sender(d.env.fresh.store(), d.env.clock, refusing, options("server-a", 6));
  for (int i = 0; i < 3; ++i) ok(sender.runOnce());
  BOOST_TEST(refusing.digests.size() == 2u);  // one per person, each tried once
  for (const auto& n : d.of("digest.a")) {
    BOOST_TEST((n.state == domain::DeliveryState::kFailed));
    BOOST_TEST(n.lastError == "550 no such mailbox");
  }
}

BOOST_AUTO_TEST_SUITE_END()
