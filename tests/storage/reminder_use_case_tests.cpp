// Reminders through the real stores: the secretariat reminds only the countries
// that have not answered, what is sent is what the preview showed, a country is
// not reminded twice within the hour, and deadline reminders are enqueued once
// however often (and by however many servers) the worker runs.
#include "accord/app/audit_use_cases.h"
#include "accord/app/dossier_use_cases.h"
#include "accord/app/reminder_use_cases.h"
#include "conformance_env.h"

using namespace accord;
using namespace accord::test;
using domain::NotificationKind;
using domain::ReminderTopic;
using domain::Role;

BOOST_AUTO_TEST_SUITE(reminder_use_case_tests)

namespace reminder_support {
domain::Account coordinatorAccount(const std::string& name, const char* country) {
  domain::Account a;
  a.name = name;
  a.displayName = "Coordinator " + name;
  a.email = name + "@accord.example";
  a.role = Role::kCoordinator;
  a.country = cc(country);
  a.active = true;
  a.passwordHash = domain::PasswordHash("pbkdf2-sha256$1000$c2FsdA==$aGFzaA==");
  a.version = 1;
  return a;
}

// The sample (open for endorsement, MK, AL and XK invited, AL endorsed) with two
// coordinators for MK, one for AL and one for XK.
struct Reminded {
  explicit Reminded(const std::string& backend) : env(backend) {
    ok(app::importDossier(env.ctx, secretariat(), sample, sampleCatalog()));
    ok(env.fresh.store().run(app::TxMode::kReadWrite, [](app::Repositories& r) -> domain::Status {
      for (const auto& a : {coordinatorAccount("coordinator.mk", "MK"), coordinatorAccount("deputy.mk", "MK"),
                            coordinatorAccount("coordinator.al", "AL"), coordinatorAccount("coordinator.xk", "XK")})
        if (auto s = r.accounts().insert(a); !s.ok()) return s;
      return {};
    }));
  }
  std::vector<domain::Notification> of(const std::string& recipient, NotificationKind kind) {
    auto all = ok(app::transact<app::Page<domain::Notification>>(
                      env.fresh.store(), app::TxMode::kReadOnly,
                      [&](app::Repositories& r) { return r.outbox().listFor(recipient, {}); }))
                   .items;
    std::vector<domain::Notification> out;
    for (auto& n : all)
      if (n.event.kind == kind) out.push_back(n);
    return out;
  }
  std::string declaration() const { return sample.declarations[0].id.str(); }
  Env env;
  domain::Dossier sample = sampleDossier();
};

std::vector<std::string> countriesOf(const app::ReminderPlan& p) {
  std::vector<std::string> out;
  for (const auto& c : p.countries) {
    std::string who;
    for (const auto& r : c.recipients) who += " " + r.name;
    out.push_back(c.pending.country.str() + ":" + domain::toString(c.pending.reason) + who);
  }
  return out;
}
}  // namespace reminder_support
using namespace reminder_support;

BOOST_DATA_TEST_CASE(only_the_countries_that_have_not_answered_are_reminded_as_previewed, allBackends(), backend) {
  Reminded o(backend);
  app::ReminderRequest edited{std::string("Please record your decision by Friday. <b>{{title}}</b>"), std::nullopt};
  auto preview = ok(app::previewReminder(o.env.ctx, secretariat(), ReminderTopic::kEndorsement, o.declaration(), edited));
  std::vector<std::string> expected = {"MK:invited coordinator.mk deputy.mk", "XK:invited coordinator.xk"};
  BOOST_TEST(countriesOf(preview) == expected, boost::test_tools::per_element());
  BOOST_TEST(preview.recipients == 3L);
  auto sent = ok(app::sendReminder(o.env.ctx, secretariat(), ReminderTopic::kEndorsement, o.declaration(), edited));
  BOOST_TEST(countriesOf(sent) == countriesOf(preview), boost::test_tools::per_element());
  BOOST_TEST(sent.message == preview.message);
  BOOST_TEST(o.of("coordinator.al", NotificationKind::kReminder).empty());  // AL endorsed
  for (const char* who : {"coordinator.mk", "deputy.mk", "coordinator.xk"}) {
    auto got = o.of(who, NotificationKind::kReminder);
    BOOST_TEST_REQUIRE(got.size() == 1u);
    BOOST_TEST(got[0].event.message == "Please record your decision by Friday. <b>{{title}}</b>");  // kept literally
    BOOST_TEST(got[0].event.link == "/declarations/" + o.declaration() + "/endorsements");
  }
  // Who was reminded when, per country.
  auto after = ok(app::previewReminder(o.env.ctx, secretariat(), ReminderTopic::kEndorsement, o.declaration(), {}));
  BOOST_TEST_REQUIRE(after.countries[0].last.has_value());
  BOOST_TEST(after.countries[0].last->sentBy == secretariat().name);
  BOOST_TEST(after.countries[0].last->recipients == 2L);
  BOOST_TEST(after.countries[0].remindedRecently);
}

BOOST_DATA_TEST_CASE(a_country_is_not_reminded_twice_within_the_hour, allBackends(), backend) {
  Reminded o(backend);
  app::ReminderRequest mk{std::nullopt, std::vector<domain::CountryCode>{cc("MK")}};
  ok(app::sendReminder(o.env.ctx, secretariat(), ReminderTopic::kEndorsement, o.declaration(), mk));
  auto again = app::sendReminder(o.env.ctx, secretariat(), ReminderTopic::kEndorsement, o.declaration(), {});
  BOOST_TEST((codeOf(again) == domain::ErrorCode::kInvalidState));
  BOOST_TEST(again.error().field == "countries");
  BOOST_TEST(again.error().message.find("MK") != std::string::npos);
  BOOST_TEST(o.of("coordinator.xk", NotificationKind::kReminder).empty());  // nothing of the refused one was sent
  // Leaving MK out reminds the others; an hour later MK may be reminded again.
  ok(app::sendReminder(o.env.ctx, secretariat(), ReminderTopic::kEndorsement, o.declaration(),
                       {std::nullopt, std::vector<domain::CountryCode>{cc("XK")}}));
  BOOST_TEST(o.of("coordinator.xk", NotificationKind::kReminder).size() == 1u);
  o.env.clock.set(domain::Timestamp::fromSeconds(o.env.clock.now().seconds() + 3600));
  ok(app::sendReminder(o.env.ctx, secretariat(), ReminderTopic::kEndorsement, o.declaration(), mk));
  BOOST_TEST(o.of("coordinator.mk", NotificationKind::kReminder).size() == 2u);
}

// Each reminder sent is one audit event, written in its transaction: who sent it
// (the actor), the kind, each country with why it was pending and how many it
// reached, and the text. A refused reminder leaves none.
BOOST_DATA_TEST_CASE(a_reminder_sent_is_audited_with_its_countries_and_kind, allBackends(), backend) {
  Reminded o(backend);
  auto reminders = [&] {
    app::AuditFilter f;
    f.entity = "declaration";
    f.entityId = o.declaration();
    std::vector<app::AuditEvent> out;
    auto page = ok(app::listAudit(o.env.ctx, monitor(), f, {}));  // kept: ok() refers into its argument
    for (auto& e : page.items)
      if (e.entry.action == "reminder.sent") out.push_back(e);
    return out;
  };
  BOOST_TEST(reminders().empty());
  const std::int64_t before = auditCount(o.env.fresh.store());
  ok(app::sendReminder(o.env.ctx, secretariat(), ReminderTopic::kEndorsement, o.declaration(),
                       {std::string("Please answer \"now\"."), std::nullopt}));
  BOOST_TEST(auditCount(o.env.fresh.store()) == before + 1);  // one event for the whole reminder
  auto got = reminders();
  BOOST_TEST_REQUIRE(got.size() == 1u);
  BOOST_TEST(got[0].entry.actor == secretariat().name);
  BOOST_TEST(got[0].entry.after ==
             R"({"kind":"endorsement","countries":[{"country":"MK","reason":"invited","recipients":2},)"
             R"({"country":"XK","reason":"invited","recipients":1}],"recipients":3,"message":"Please answer \"now\"."})");
  // Refused (reminded within the hour): no event.
  BOOST_TEST((codeOf(app::sendReminder(o.env.ctx, secretariat(), ReminderTopic::kEndorsement, o.declaration(), {})) ==
              domain::ErrorCode::kInvalidState));
  BOOST_TEST(reminders().size() == 1u);
  BOOST_TEST(ok(app::verifyAuditOffline(o.env.fresh.store())).ok);
}

BOOST_DATA_TEST_CASE(a_reminder_refuses_what_it_cannot_send, allBackends(), backend) {
  Reminded o(backend);
  auto topic = ReminderTopic::kEndorsement;
  auto al = app::previewReminder(o.env.ctx, secretariat(), topic, o.declaration(),
                                 {std::nullopt, std::vector<domain::CountryCode>{cc("AL")}});
  BOOST_TEST(al.error().field == "countries");  // AL endorsed
  BOOST_TEST(app::sendReminder(o.env.ctx, secretariat(), topic, o.declaration(), {std::string("Bell\x07"), std::nullopt})
                 .error()
                 .field == "message");
  BOOST_TEST((codeOf(app::sendReminder(o.env.ctx, coordinator("MK"), topic, o.declaration(), {})) ==
              domain::ErrorCode::kForbidden));
  BOOST_TEST((codeOf(app::previewReminder(o.env.ctx, secretariat(), topic, "no-such-declaration", {})) ==
              domain::ErrorCode::kNotFound));
  BOOST_TEST(o.of("coordinator.mk", NotificationKind::kReminder).empty());
}

BOOST_DATA_TEST_CASE(a_commitment_reminds_proposed_countries_and_reports_due, allBackends(), backend) {
  Reminded o(backend);
  const std::string cm1 = o.sample.commitments[0].id.str();  // MK proposed, AL's latest report a draft
  auto plan = ok(app::previewReminder(o.env.ctx, secretariat(), ReminderTopic::kCommitment, cm1, {}));
  std::vector<std::string> expected = {"MK:proposed coordinator.mk deputy.mk", "AL:report_due coordinator.al"};
  BOOST_TEST(countriesOf(plan) == expected, boost::test_tools::per_element());
  BOOST_TEST(plan.message.find("Set up referral mechanism 1") != std::string::npos);
  ok(app::sendReminder(o.env.ctx, secretariat(), ReminderTopic::kCommitment, cm1, {}));
  auto got = o.of("coordinator.al", NotificationKind::kReminder);
  BOOST_TEST_REQUIRE(got.size() == 1u);
  BOOST_TEST(got[0].event.link == "/commitments/" + cm1 + "/countries/AL");
}

BOOST_DATA_TEST_CASE(deadline_reminders_are_enqueued_once_whoever_runs_the_worker, allBackends(), backend) {
  Reminded o(backend);
  o.env.clock.set(at("2017-12-20T06:00:00Z"));  // both commitments are due 2017-12-31
  BOOST_TEST(ok(app::enqueueDeadlineReminders(o.env.ctx, 7)) == 0L);  // not yet at 7 days
  BOOST_TEST(ok(app::enqueueDeadlineReminders(o.env.ctx, 14)) == 4L);  // 2 commitments × MK, AL
  // A second server on the same database, or the same one after a restart.
  auto other = o.env.fresh.reopen();
  app::Context second{*other, o.env.clock, snapshots()};
  BOOST_TEST(ok(app::enqueueDeadlineReminders(second, 14)) == 0L);
  BOOST_TEST(ok(app::enqueueDeadlineReminders(o.env.ctx, 14)) == 0L);
  auto mk = o.of("deputy.mk", NotificationKind::kDeadlineApproaching);
  BOOST_TEST(mk.size() == 2u);
  // The day after the deadline: passed, once.
  o.env.clock.set(at("2018-01-01T06:00:00Z"));
  BOOST_TEST(ok(app::enqueueDeadlineReminders(o.env.ctx, 14)) == 4L);
  BOOST_TEST(ok(app::enqueueDeadlineReminders(second, 14)) == 0L);
  BOOST_TEST(o.of("coordinator.al", NotificationKind::kDeadlinePassed).size() == 2u);
}

BOOST_DATA_TEST_CASE(a_commitment_sets_its_own_reminder_days, allBackends(), backend) {
  Reminded o(backend);
  const auto cm1 = o.sample.commitments[0].id;
  o.env.clock.set(at("2017-11-30T06:00:00Z"));  // 31 days before the deadline
  ok(app::setReminderDays(o.env.ctx, secretariat(), cm1, 40));
  BOOST_TEST(ok(app::enqueueDeadlineReminders(o.env.ctx, 14)) == 2L);  // cm1 only, MK and AL
  BOOST_TEST(app::setReminderDays(o.env.ctx, secretariat(), cm1, 400).error().field == "daysBefore");
  BOOST_TEST((codeOf(app::setReminderDays(o.env.ctx, coordinator("AL"), cm1, 3)) == domain::ErrorCode::kForbidden));
  BOOST_TEST((codeOf(app::setReminderDays(o.env.ctx, secretariat(), domain::CommitmentId("nope"), 3)) ==
              domain::ErrorCode::kNotFound));
  auto plan = ok(app::previewReminder(o.env.ctx, secretariat(), ReminderTopic::kCommitment, cm1.str(), {}));
  BOOST_TEST((plan.daysBefore == std::optional<int>(40)));
}

BOOST_AUTO_TEST_SUITE_END()
