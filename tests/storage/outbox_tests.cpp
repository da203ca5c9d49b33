// The outbox through the real stores: notifications are written by the change
// that causes them, in its transaction, to the accounts concerned; claims hand
// each one to one sender; failed deliveries are retried with backoff, then given up.
#include <algorithm>
#include <set>
#include <thread>

#include "accord/app/account_use_cases.h"
#include "accord/app/commitment_use_cases.h"
#include "accord/app/declaration_use_cases.h"
#include "accord/app/dossier_use_cases.h"
#include "accord/app/outbox_sender.h"
#include "accord/app/report_use_cases.h"
#include "conformance_env.h"

using namespace accord;
using namespace accord::test;
using domain::NotificationKind;
using domain::Role;

BOOST_AUTO_TEST_SUITE(outbox_tests)

// Named, not anonymous: the test cases' lambdas capture these types.
namespace outbox_support {
domain::Account account(const std::string& name, Role role, std::optional<domain::CountryCode> country = {},
                        bool active = true) {
  domain::Account a;
  a.name = name;
  a.displayName = name;
  a.email = name + "@accord.example";
  a.role = role;
  a.country = std::move(country);
  a.active = active;
  a.passwordHash = domain::PasswordHash("pbkdf2-sha256$1000$c2FsdA==$aGFzaA==");
  a.version = 1;
  return a;
}

// The sample with its declaration frozen but not yet open for endorsement, and
// the accounts that may hear of it: two Albanian coordinators (one disabled), one
// Macedonian, one Serbian (not invited), a monitor and a secretariat.
struct Outboxed {
  explicit Outboxed(const std::string& backend) : env(backend) {
    sample.declarations[0].status = domain::DeclarationStatus::kFinal;
    sample.endorsements.clear();
    ok(app::importDossier(env.ctx, secretariat(), sample, sampleCatalog()));
    ok(env.fresh.store().run(app::TxMode::kReadWrite, [](app::Repositories& r) -> domain::Status {
      for (const auto& a : {account("coordinator.al", Role::kCoordinator, cc("AL")),
                            account("deputy.al", Role::kCoordinator, cc("AL"), false),
                            account("coordinator.mk", Role::kCoordinator, cc("MK")),
                            account("coordinator.rs", Role::kCoordinator, cc("RS")),
                            account("monitor.one", Role::kMonitor), account("secretariat.one", Role::kSecretariat)})
        if (auto s = r.accounts().insert(a); !s.ok()) return s;
      return {};
    }));
  }
  std::vector<domain::Notification> of(const std::string& recipient) {
    return ok(app::transact<app::Page<domain::Notification>>(env.fresh.store(), app::TxMode::kReadOnly,
                                                              [&](app::Repositories& r) {
                                                                return r.outbox().listFor(recipient, {});
                                                              }))
        .items;
  }
  std::size_t pending() {
    return ok(app::transact<app::Page<domain::Notification>>(
                  env.fresh.store(), app::TxMode::kReadOnly,
                  [&](app::Repositories& r) { return r.outbox().listByState(domain::DeliveryState::kPending, {}); }))
        .items.size();
  }
  Env env;
  domain::Dossier sample = sampleDossier();
};

// Answers from a script of outcomes, then kSent; records what it was given.
class ScriptedMailer final : public app::NotificationMailer {
 public:
  explicit ScriptedMailer(std::vector<app::DeliveryOutcome> script = {}) : script_(std::move(script)) {}
  app::Delivery deliver(const app::OutboxItem& item) override {
    delivered.push_back(item);
    if (calls_ < script_.size()) return {script_[calls_++], "451 try later"};
    return {app::DeliveryOutcome::kSent, "250 ok"};
  }
  app::Delivery deliverDigest(const app::DigestItem& digest) override {
    digests.push_back(digest);
    if (calls_ < script_.size()) return {script_[calls_++], "451 try later"};
    return {app::DeliveryOutcome::kSent, "250 ok"};
  }
  std::vector<app::OutboxItem> delivered;
  std::vector<app::DigestItem> digests;

 private:
  std::vector<app::DeliveryOutcome> script_;
  std::size_t calls_ = 0;
};

app::SenderOptions options(const std::string& claimer) {
  app::SenderOptions o;
  o.claimer = claimer;
  o.retry = {30, 3600, 86400};
  return o;
}
}  // namespace outbox_support
using namespace outbox_support;

BOOST_DATA_TEST_CASE(opening_for_endorsement_notifies_the_active_coordinators_of_invited_countries, allBackends(),
                     backend) {
  Outboxed o(backend);
  const auto& d = o.sample.declarations[0];
  ok(app::moveDeclaration(o.env.ctx, secretariat(), d.id, domain::DeclarationStatus::kOpenForEndorsement, 1));
  auto al = o.of("coordinator.al");
  BOOST_TEST_REQUIRE(al.size() == 1u);
  BOOST_TEST((al[0].event.kind == NotificationKind::kEndorsementOpened));
  BOOST_TEST(al[0].event.link == "/declarations/" + d.id.str() + "/endorsements");
  BOOST_TEST(al[0].event.title == "Joint Declaration");
  BOOST_TEST((al[0].state == domain::DeliveryState::kPending));
  BOOST_TEST(al[0].createdAt.iso() == "2017-08-01T12:00:00Z");
  BOOST_TEST(o.of("coordinator.mk").size() == 1u);
  BOOST_TEST(o.of("deputy.al").empty());        // disabled
  BOOST_TEST(o.of("coordinator.rs").empty());   // not invited
  BOOST_TEST(o.of("monitor.one").empty());
  BOOST_TEST(o.pending() == 2u);
  // Inviting Serbia now tells Serbia alone.
  ok(app::changeDeclaration(o.env.ctx, secretariat(), d.id,
                            {std::nullopt, std::vector<domain::CountryCode>{cc("MK"), cc("AL"), cc("XK"), cc("RS")},
                             std::nullopt, std::nullopt},
                            2));
  BOOST_TEST(o.of("coordinator.rs").size() == 1u);
  BOOST_TEST(o.of("coordinator.al").size() == 1u);
}

BOOST_DATA_TEST_CASE(a_change_that_rolls_back_leaves_no_notification, allBackends(), backend) {
  Outboxed o(backend);
  domain::NotificationEvent e{NotificationKind::kCommitmentProposed, "cm1", cc("AL"), "t", "/x", ""};
  auto s = o.env.fresh.store().run(app::TxMode::kReadWrite, [&](app::Repositories& r) -> domain::Status {
    auto n = r.outbox().enqueue(e, domain::audienceOf(e), o.env.clock.now());
    if (!n.ok()) return n.error();
    BOOST_TEST(*n == 1L);
    return domain::Error::state("the change failed after its notification was written");
  });
  BOOST_TEST(!s.ok());
  BOOST_TEST(o.pending() == 0u);
  // A use case refused (stale version) writes none either.
  BOOST_TEST(!app::moveDeclaration(o.env.ctx, secretariat(), o.sample.declarations[0].id,
                                   domain::DeclarationStatus::kOpenForEndorsement, 7)
                  .ok());
  BOOST_TEST(o.pending() == 0u);
}

BOOST_DATA_TEST_CASE(reports_notify_reviewers_when_submitted_and_the_country_when_reviewed, allBackends(), backend) {
  Outboxed o(backend);
  const auto& submitted = o.sample.reports[0];  // Albania's, waiting for review
  ok(app::returnReport(o.env.ctx, monitor(), app::keyOf(submitted), "Evidence missing.", 1));
  auto al = o.of("coordinator.al");
  BOOST_TEST_REQUIRE(al.size() == 1u);
  BOOST_TEST((al[0].event.kind == NotificationKind::kReportReturned));
  BOOST_TEST(o.of("coordinator.mk").empty());
  ok(app::submitReport(o.env.ctx, coordinator("AL"), app::keyOf(submitted), 2));
  BOOST_TEST(o.of("monitor.one").size() == 1u);
  BOOST_TEST(o.of("secretariat.one").size() == 1u);
  BOOST_TEST((o.of("monitor.one")[0].event.kind == NotificationKind::kReportSubmitted));
  BOOST_TEST(o.of("coordinator.al").size() == 1u);
}

BOOST_DATA_TEST_CASE(a_commitment_proposed_to_countries_notifies_their_coordinators, allBackends(), backend) {
  Outboxed o(backend);
  domain::Commitment c = o.sample.commitments[0];
  c.id = domain::CommitmentId("cm-new");
  c.countries = {cc("MK")};
  ok(app::defineCommitment(o.env.ctx, secretariat(), c));
  auto mk = o.of("coordinator.mk");
  BOOST_TEST_REQUIRE(mk.size() == 1u);
  BOOST_TEST((mk[0].event.kind == NotificationKind::kCommitmentProposed));
  BOOST_TEST(mk[0].event.link == "/commitments/cm-new/countries/MK");
  BOOST_TEST(o.of("coordinator.al").empty());
}

BOOST_DATA_TEST_CASE(a_claim_is_held_by_one_sender_until_its_lease_runs_out, allBackends(), backend) {
  Outboxed o(backend);
  ok(app::moveDeclaration(o.env.ctx, secretariat(), o.sample.declarations[0].id,
                          domain::DeclarationStatus::kOpenForEndorsement, 1));
  auto claim = [&](const std::string& who, const char* now, const char* until) {
    return ok(app::transact<std::vector<app::OutboxItem>>(o.env.fresh.store(), app::TxMode::kReadWrite,
                                                          [&](app::Repositories& r) {
                                                            return r.outbox().claim(who, at(now), at(until), 10);
                                                          }));
  };
  auto first = claim("server-a", "2017-08-01T12:00:00Z", "2017-08-01T12:05:00Z");
  BOOST_TEST_REQUIRE(first.size() == 2u);
  BOOST_TEST(first[0].email == first[0].notification.recipient + "@accord.example");
  BOOST_TEST(claim("server-b", "2017-08-01T12:01:00Z", "2017-08-01T12:06:00Z").empty());
  // server-a stopped: after its lease, server-b takes the notifications over, and
  // server-a's late outcome is refused.
  auto taken = claim("server-b", "2017-08-01T12:06:00Z", "2017-08-01T12:11:00Z");
  BOOST_TEST(taken.size() == 2u);
  auto late = app::transact<bool>(o.env.fresh.store(), app::TxMode::kReadWrite, [&](app::Repositories& r) {
    return r.outbox().markSent(first[0].notification.id, "server-a", at("2017-08-01T12:07:00Z"));
  });
  BOOST_TEST(!ok(late));
}

BOOST_DATA_TEST_CASE(a_temporary_failure_is_retried_with_backoff_and_delivered_once, allBackends(), backend) {
  Outboxed o(backend);
  ok(app::defineCommitment(o.env.ctx, secretariat(), [&] {
    domain::Commitment c = o.sample.commitments[0];
    c.id = domain::CommitmentId("cm-new");
    c.countries = {cc("MK")};
    return c;
  }()));
  ScriptedMailer mailer({app::DeliveryOutcome::kTemporaryFailure, app::DeliveryOutcome::kTemporaryFailure});
  app::OutboxSender sender(o.env.fresh.store(), o.env.clock, mailer, options("server-a"));
  BOOST_TEST(ok(sender.runOnce()).retried == 1L);
  BOOST_TEST(ok(sender.runOnce()).claimed == 0L);  // not due for 30 s
  auto n = o.of("coordinator.mk")[0];
  BOOST_TEST(n.attempts == 1);
  BOOST_TEST(n.nextAttemptAt.iso() == "2017-08-01T12:00:30Z");
  BOOST_TEST(n.lastError == "451 try later");
  o.env.clock.set(at("2017-08-01T12:00:30Z"));
  BOOST_TEST(ok(sender.runOnce()).retried == 1L);
  BOOST_TEST(o.of("coordinator.mk")[0].nextAttemptAt.iso() == "2017-08-01T12:01:30Z");  // waits twice as long
  o.env.clock.set(at("2017-08-01T12:01:30Z"));
  BOOST_TEST(ok(sender.runOnce()).sent == 1L);
  o.env.clock.set(at("2017-08-02T12:01:30Z"));
  BOOST_TEST(ok(sender.runOnce()).claimed == 0L);
  BOOST_TEST(mailer.delivered.size() == 3u);
  n = o.of("coordinator.mk")[0];
  BOOST_TEST((n.state == domain::DeliveryState::kSent));
  BOOST_TEST(n.attempts == 3);
  BOOST_TEST(n.sentAt->iso() == "2017-08-01T12:01:30Z");
}

BOOST_DATA_TEST_CASE(a_notification_undelivered_past_the_give_up_time_is_failed_for_administrators, allBackends(),
                     backend) {
  Outboxed o(backend);
  ok(app::moveDeclaration(o.env.ctx, secretariat(), o.sample.declarations[0].id,
                          domain::DeclarationStatus::kOpenForEndorsement, 1));
  ScriptedMailer mailer(std::vector<app::DeliveryOutcome>(100, app::DeliveryOutcome::kTemporaryFailure));
  app::SenderOptions opts = options("server-a");
  opts.retry = {60, 600, 1800};
  app::OutboxSender sender(o.env.fresh.store(), o.env.clock, mailer, opts);
  long failed = 0;
  for (int minute = 0; minute <= 60; ++minute) {
    o.env.clock.set(domain::Timestamp::fromSeconds(at("2017-08-01T12:00:00Z").seconds() + 60 * minute));
    failed += ok(sender.runOnce()).failed;
  }
  BOOST_TEST(failed == 2L);
  auto failedList = ok(app::transact<app::Page<domain::Notification>>(
      o.env.fresh.store(), app::TxMode::kReadOnly,
      [&](app::Repositories& r) { return r.outbox().listByState(domain::DeliveryState::kFailed, {}); }));
  BOOST_TEST(failedList.items.size() == 2u);
  BOOST_TEST(failedList.items[0].lastError == "451 try later");
  // 1, 2, 4, 8, 10, 10 minutes apart: given up at the attempt after 30 minutes.
  BOOST_TEST(failedList.items[0].attempts == 6);
  // A permanent failure is given up at once.
  ok(app::changeDeclaration(o.env.ctx, secretariat(), o.sample.declarations[0].id,
                            {std::nullopt, std::vector<domain::CountryCode>{cc("MK"), cc("AL"), cc("XK"), cc("RS")},
                             std::nullopt, std::nullopt},
                            2));
  ScriptedMailer refusing({app::DeliveryOutcome::kPermanentFailure});
  app::OutboxSender strict(o.env.fresh.store(), o.env.clock, refusing, opts);
  BOOST_TEST(ok(strict.runOnce()).failed == 1L);
}

// Two servers on one database, claiming at once: every notification is delivered
// by exactly one of them.
BOOST_DATA_TEST_CASE(two_senders_on_one_database_deliver_each_notification_once, allBackends(), backend) {
  Outboxed o(backend);
  ok(o.env.fresh.store().run(app::TxMode::kReadWrite, [&](app::Repositories& r) -> domain::Status {
    domain::NotificationEvent e{NotificationKind::kCommitmentProposed, "cm1", cc("AL"), "t", "/x", ""};
    for (int i = 0; i < 60; ++i)
      if (auto n = r.outbox().enqueue(e, domain::audienceOf(e), o.env.clock.now()); !n.ok()) return n.error();
    return {};
  }));
  auto second = o.env.fresh.reopen();
  ScriptedMailer a, b;
  app::SenderOptions oa = options("server-a"), ob = options("server-b");
  oa.batch = ob.batch = 7;
  app::OutboxSender sa(o.env.fresh.store(), o.env.clock, a, oa), sb(*second, o.env.clock, b, ob);
  auto drain = [](app::OutboxSender& s) {
    for (int i = 0; i < 40; ++i)
      if (!s.runOnce().ok()) return;
  };
  std::thread ta([&] { drain(sa); }), tb([&] { drain(sb); });
  ta.join();
  tb.join();
  std::multiset<std::int64_t> ids;
  for (const auto& m : {&a, &b})
    for (const auto& item : m->delivered) ids.insert(item.notification.id);
  BOOST_TEST(ids.size() == 60u);
  BOOST_TEST(std::set<std::int64_t>(ids.begin(), ids.end()).size() == 60u);
  BOOST_TEST(o.pending() == 0u);
}

BOOST_AUTO_TEST_SUITE_END()
