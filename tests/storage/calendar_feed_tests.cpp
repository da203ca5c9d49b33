// Calendar feeds on both engines: the address is found by its hash only, a new
// one replaces the old, stopping deletes it, and every dead address says the same
// kNotFound (never another error a caller could tell apart).
#include "accord/app/account_use_cases.h"
#include "accord/app/calendar.h"
#include "accord/app/dossier_use_cases.h"
#include "accord/base/sha256.h"
#include "conformance_env.h"

using namespace accord;
using namespace accord::test;
using domain::ErrorCode;
using domain::Role;

BOOST_AUTO_TEST_SUITE(calendar_feed_tests)

namespace calendar_feed_support {
void addAccount(Env& env, const std::string& name, Role role, std::optional<domain::CountryCode> country,
                const std::string& language) {
  ok(env.fresh.store().run(app::TxMode::kReadWrite, [&](app::Repositories& r) {
    domain::Account a;
    a.name = name;
    a.displayName = "Person " + name;
    a.email = name + "@x.example";
    a.role = role;
    a.country = country;
    a.language = language;
    a.passwordHash = domain::PasswordHash("pbkdf2-sha256$1000$c2FsdHNhbHRzYWx0$aGFzaGhhc2g=");
    a.version = 1;
    return r.accounts().insert(a);
  }));
}
}  // namespace calendar_feed_support
using namespace calendar_feed_support;

BOOST_DATA_TEST_CASE(a_feed_is_made_replaced_and_stopped_by_its_owner_only, allBackends(), backend) {
  Env env(backend);
  addAccount(env, "coordinator.al", Role::kCoordinator, cc("AL"), "");
  domain::Actor al{"coordinator.al", Role::kCoordinator, cc("AL")};
  const std::string site = "https://accord.example";
  BOOST_TEST(!ok(app::calendarFeedSince(env.ctx, al)).has_value());
  BOOST_TEST(codeOf(app::personalCalendar(env.ctx, "first", site)) == ErrorCode::kNotFound);

  ok(app::startCalendarFeed(env.ctx, al, "first"));
  BOOST_TEST(ok(app::personalCalendar(env.ctx, "first", site)).owner == "coordinator.al");
  BOOST_TEST(ok(app::calendarFeedSince(env.ctx, al)).value().iso() == "2017-08-01T12:00:00Z");
  ok(env.fresh.store().run(app::TxMode::kReadOnly, [](app::Repositories& r) -> domain::Status {
    // the stored value is the hash, never the address
    BOOST_TEST(!ok(r.calendarFeeds().accountOf("first")).has_value());
    BOOST_TEST(ok(r.calendarFeeds().accountOf(base::sha256Hex("first"))).value() == "coordinator.al");
    return {};
  }));

  ok(app::startCalendarFeed(env.ctx, al, "second"));
  BOOST_TEST(codeOf(app::personalCalendar(env.ctx, "first", site)) == ErrorCode::kNotFound);
  BOOST_TEST(ok(app::personalCalendar(env.ctx, "second", site)).owner == "coordinator.al");

  // someone else stopping their own (absent) feed leaves this one alone
  domain::Actor other{"coordinator.hr", Role::kCoordinator, cc("HR")};
  BOOST_TEST(codeOf(app::stopCalendarFeed(env.ctx, other)) == ErrorCode::kNotFound);
  BOOST_TEST(ok(app::personalCalendar(env.ctx, "second", site)).owner == "coordinator.al");

  ok(app::stopCalendarFeed(env.ctx, al));
  BOOST_TEST(codeOf(app::personalCalendar(env.ctx, "second", site)) == ErrorCode::kNotFound);
  BOOST_TEST(codeOf(app::stopCalendarFeed(env.ctx, al)) == ErrorCode::kNotFound);
  BOOST_TEST(!ok(app::calendarFeedSince(env.ctx, al)).has_value());
}

// The words of a feed's events follow its owner's language (Account::language),
// stored and read back on both engines; no language, or one without words, is English.
BOOST_DATA_TEST_CASE(a_feed_speaks_its_owners_language, allBackends(), backend) {
  Env env(backend);
  ok(app::importDossier(env.ctx, secretariat(), sampleDossier(), sampleCatalog()));
  addAccount(env, "monitor.one", Role::kMonitor, std::nullopt, "fr");
  domain::Actor me{"monitor.one", Role::kMonitor, std::nullopt};
  ok(app::startCalendarFeed(env.ctx, me, "feed"));
  auto summaries = [&](const std::string& uidStart) {
    std::vector<std::string> out;
    auto feed = ok(app::personalCalendar(env.ctx, "feed", "https://accord.example"));  // ok() refers into it
    for (const auto& e : feed.events)
      if (e.uid.rfind(uidStart, 0) == 0) out.push_back(e.summary);
    BOOST_TEST_REQUIRE(!out.empty());
    return out;
  };
  BOOST_TEST(ok(app::getOwnAccount(env.ctx, me)).language == "fr");
  for (const auto& s : summaries("deadline.")) BOOST_TEST(s.rfind("Échéance: ", 0) == 0u, s);
  for (const auto& s : summaries("milestone.")) BOOST_TEST(s.rfind("Étape: ", 0) == 0u, s);
  BOOST_TEST(ok(app::setOwnLanguage(env.ctx, me, "ru")).language == "ru");
  for (const auto& s : summaries("deadline.")) BOOST_TEST(s.rfind("Срок: ", 0) == 0u, s);
  BOOST_TEST(codeOf(app::setOwnLanguage(env.ctx, me, "xx")) == ErrorCode::kInvalidArgument);
  BOOST_TEST(ok(app::getOwnAccount(env.ctx, me)).language == "ru");  // a refused choice changes nothing
  ok(app::setOwnLanguage(env.ctx, me, ""));
  for (const auto& s : summaries("deadline.")) BOOST_TEST(s.rfind("Deadline: ", 0) == 0u, s);
  BOOST_TEST(ok(app::getOwnAccount(env.ctx, me)).version == 3);
}

BOOST_AUTO_TEST_SUITE_END()
