// Calendar feeds on both engines: the address is found by its hash only, a new
// one replaces the old, stopping deletes it, and every dead address says the same
// kNotFound (never another error a caller could tell apart).
#include "accord/app/calendar.h"
#include "accord/base/sha256.h"
#include "conformance_env.h"

using namespace accord;
using namespace accord::test;
using domain::ErrorCode;
using domain::Role;

BOOST_AUTO_TEST_SUITE(calendar_feed_tests)

BOOST_DATA_TEST_CASE(a_feed_is_made_replaced_and_stopped_by_its_owner_only, allBackends(), backend) {
  Env env(backend);
  ok(env.fresh.store().run(app::TxMode::kReadWrite, [](app::Repositories& r) {
    domain::Account a;
    a.name = "coordinator.al";
    a.displayName = "Mirela Dervishi";
    a.email = "al@x.example";
    a.role = Role::kCoordinator;
    a.country = cc("AL");
    a.passwordHash = domain::PasswordHash("pbkdf2-sha256$1000$c2FsdHNhbHRzYWx0$aGFzaGhhc2g=");
    a.version = 1;
    return r.accounts().insert(a);
  }));
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

BOOST_AUTO_TEST_SUITE_END()
