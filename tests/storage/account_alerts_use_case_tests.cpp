// What an administrator's home lists about accounts (app/account_alerts.h), on
// every backend: the accounts nobody has signed in to until their first sign-in,
// and the accounts the login throttle locks, from everywhere or from one address,
// but not those it only slows down nor those whose lock has run out.
#include "accord/app/account_alerts.h"
#include "accord/app/account_use_cases.h"
#include "accord/app/login_throttle.h"
#include "accord/app/session_service.h"
#include "accord/security/jwt_token_service.h"
#include "accord/security/pbkdf2_password_hasher.h"
#include "conformance_env.h"

using namespace accord;
using namespace accord::test;
using domain::ErrorCode;
using domain::Role;

BOOST_AUTO_TEST_SUITE(account_alerts_use_case_tests)

namespace {

const domain::Actor kAdmin{"admin.one", Role::kAdmin, std::nullopt};
const std::string kPassword = "a long enough passphrase";

void addAccount(Env& env, const app::PasswordHasher& hasher, const std::string& name, Role role,
                std::optional<domain::CountryCode> country = {}) {
  domain::CountryCatalog countries = sampleCatalog();
  app::AccountServices services{hasher, countries};
  ok(app::addAccount(env.ctx, services, kAdmin, {name, "Person " + name, name + "@x.example", role, country, kPassword}));
}

std::vector<std::string> namesOf(const std::vector<domain::Account>& accounts) {
  std::vector<std::string> out;
  for (const auto& a : accounts) out.push_back(a.name);
  return out;
}

}  // namespace

BOOST_DATA_TEST_CASE(an_account_is_never_used_until_its_first_sign_in, allBackends(), backend) {
  Env env(backend);
  security::Pbkdf2PasswordHasher hasher(1000);
  addAccount(env, hasher, "coordinator.al", Role::kCoordinator, cc("AL"));
  addAccount(env, hasher, "monitor.one", Role::kMonitor);
  addAccount(env, hasher, "viewer.gone", Role::kViewer);
  domain::CountryCatalog countries = sampleCatalog();
  auto gone = ok(app::getAccount(env.ctx, kAdmin, "viewer.gone"));
  app::AccountChange disable;
  disable.active = false;
  ok(app::changeAccount(env.ctx, {hasher, countries}, kAdmin, "viewer.gone", disable, gone.version));

  auto before = ok(app::accountAlerts(env.ctx, kAdmin));
  // A disabled account is no one's to chase.
  BOOST_TEST(namesOf(before.neverUsed) == (std::vector<std::string>{"coordinator.al", "monitor.one"}),
             boost::test_tools::per_element());
  BOOST_TEST(before.locked.empty());
  BOOST_TEST(before.neverUsed.front().passwordHash.empty(), "no hash leaves the use case");

  security::JwtTokenService tokens(std::string(40, 's'));
  app::SessionService sessions(env.ctx, hasher, tokens, security::newTokenId);
  long version = ok(app::getAccount(env.ctx, kAdmin, "coordinator.al")).version;
  ok(sessions.signIn("coordinator.al", kPassword, "10.0.0.7"));
  auto after = ok(app::accountAlerts(env.ctx, kAdmin));
  BOOST_TEST(namesOf(after.neverUsed) == (std::vector<std::string>{"monitor.one"}), boost::test_tools::per_element());
  // Signing in is no administrator's change: an admin's open form stays current.
  BOOST_TEST(ok(app::getAccount(env.ctx, kAdmin, "coordinator.al")).version == version);
  // The list stops at its bound and says there is more.
  auto bounded = ok(app::accountAlerts(env.ctx, kAdmin, 0));
  BOOST_TEST(bounded.neverUsed.empty());
  BOOST_TEST(bounded.more);
}

BOOST_DATA_TEST_CASE(only_an_admin_sees_the_alerts, allBackends(), backend) {
  Env env(backend);
  for (Role role : {Role::kSecretariat, Role::kMonitor, Role::kViewer}) {
    domain::Actor someone{"someone", role, std::nullopt};
    BOOST_TEST((codeOf(app::accountAlerts(env.ctx, someone)) == ErrorCode::kForbidden));
  }
  BOOST_TEST((codeOf(app::accountAlerts(env.ctx, {"c", Role::kCoordinator, cc("MK")})) == ErrorCode::kForbidden));
}

BOOST_DATA_TEST_CASE(locked_accounts_are_listed_with_where_they_are_locked_from, allBackends(), backend) {
  Env env(backend);
  security::Pbkdf2PasswordHasher hasher(1000);
  addAccount(env, hasher, "coordinator.al", Role::kCoordinator, cc("AL"));
  security::JwtTokenService tokens(std::string(40, 's'));
  app::SessionService sessions(env.ctx, hasher, tokens, security::newTokenId);
  ok(sessions.signIn("coordinator.al", kPassword, "10.0.0.7"));
  // Guessing from one address until the throttle locks the pair (waiting out each
  // back-off on the test's clock).
  for (int failure = 0; failure < app::LoginThrottle::kLockAfter; ++failure) {
    auto attempt = sessions.signIn("coordinator.al", "guess " + std::to_string(failure), "10.0.0.66");
    while (!attempt.ok() && attempt.error().code == ErrorCode::kRateLimited) {
      env.clock.set(domain::Timestamp::fromSeconds(env.clock.now().seconds() + attempt.error().retryAfterSeconds));
      attempt = sessions.signIn("coordinator.al", "guess " + std::to_string(failure), "10.0.0.66");
    }
    BOOST_TEST_REQUIRE((codeOf(attempt) == ErrorCode::kUnauthenticated));
  }
  // Three failures for another name from another address only slow it down; an
  // account locked from everywhere; a lock that has run out.
  domain::Timestamp now = env.clock.now();
  auto in = [&](long seconds) { return domain::Timestamp::fromSeconds(now.seconds() + seconds); };
  ok(env.fresh.store().run(app::TxMode::kReadWrite, [&](app::Repositories& r) -> domain::Status {
    ok(r.loginThrottle().save("pair:monitor.one 10.0.0.8", {3, now, in(1), in(900)}));
    ok(r.loginThrottle().save("user:secretariat.x", {app::LoginThrottle::kAccountLockAfter, now, in(900), in(900)}));
    ok(r.loginThrottle().save("user:viewer.y", {app::LoginThrottle::kAccountLockAfter, in(-2000), in(-100), in(10)}));
    return {};
  }));

  auto alerts = ok(app::accountAlerts(env.ctx, kAdmin));
  BOOST_TEST_REQUIRE(alerts.locked.size() == 2u);
  BOOST_TEST(alerts.locked[0].name == "coordinator.al");
  BOOST_TEST(alerts.locked[0].address == "10.0.0.66");
  BOOST_TEST(alerts.locked[0].until.seconds() == now.seconds() + app::LoginThrottle::kLockSeconds);
  BOOST_TEST(alerts.locked[1].name == "secretariat.x");
  BOOST_TEST(alerts.locked[1].address.empty(), "locked from every address");
  BOOST_TEST(alerts.neverUsed.empty(), "coordinator.al signed in once");
}

// "Unlock": an admin lifts the locks on one account (from everywhere and from each
// address) under its version, audited; the owner signs in at once; another
// account whose name starts the same stays locked; nothing locked is said so.
BOOST_DATA_TEST_CASE(an_admin_unlocks_one_account_under_its_version, allBackends(), backend) {
  Env env(backend);
  security::Pbkdf2PasswordHasher hasher(1000);
  addAccount(env, hasher, "coordinator.al", Role::kCoordinator, cc("AL"));
  addAccount(env, hasher, "coordinator.al2", Role::kCoordinator, cc("AL"));
  domain::Timestamp now = env.clock.now();
  auto in = [&](long seconds) { return domain::Timestamp::fromSeconds(now.seconds() + seconds); };
  const app::LoginThrottleState lockedPair{app::LoginThrottle::kLockAfter, now, in(900), in(900)};
  const app::LoginThrottleState lockedAccount{app::LoginThrottle::kAccountLockAfter, now, in(900), in(900)};
  ok(env.fresh.store().run(app::TxMode::kReadWrite, [&](app::Repositories& r) -> domain::Status {
    ok(r.loginThrottle().save("pair:coordinator.al 10.0.0.66", lockedPair));
    ok(r.loginThrottle().save("user:coordinator.al", lockedAccount));
    ok(r.loginThrottle().save("user:coordinator.al2", lockedAccount));
    return {};
  }));
  security::JwtTokenService tokens(std::string(40, 's'));
  app::SessionService sessions(env.ctx, hasher, tokens, security::newTokenId);
  BOOST_TEST((codeOf(sessions.signIn("coordinator.al", kPassword, "10.0.0.66")) == ErrorCode::kRateLimited));

  auto account = ok(app::getAccount(env.ctx, kAdmin, "coordinator.al"));
  for (Role role : {Role::kSecretariat, Role::kMonitor, Role::kViewer})
    BOOST_TEST((codeOf(app::unlockAccount(env.ctx, {"someone", role, std::nullopt}, "coordinator.al",
                                          account.version)) == ErrorCode::kForbidden));
  BOOST_TEST((codeOf(app::unlockAccount(env.ctx, kAdmin, "coordinator.al", account.version + 1)) ==
              ErrorCode::kConflict));
  BOOST_TEST((codeOf(app::unlockAccount(env.ctx, kAdmin, "nobody.here", 1)) == ErrorCode::kNotFound));
  BOOST_TEST(ok(app::accountAlerts(env.ctx, kAdmin)).locked.size() == 3u, "nothing unlocked yet");

  auto audits = auditCount(env.fresh.store());
  auto unlocked = ok(app::unlockAccount(env.ctx, kAdmin, "coordinator.al", account.version));
  BOOST_TEST(unlocked.version == account.version + 1);
  BOOST_TEST(auditCount(env.fresh.store()) == audits + 1);
  auto alerts = ok(app::accountAlerts(env.ctx, kAdmin));
  BOOST_TEST_REQUIRE(alerts.locked.size() == 1u);
  BOOST_TEST(alerts.locked[0].name == "coordinator.al2", "an account whose name starts the same stays locked");
  ok(sessions.signIn("coordinator.al", kPassword, "10.0.0.66"));

  audits = auditCount(env.fresh.store());  // signing in has its own record
  auto again = app::unlockAccount(env.ctx, kAdmin, "coordinator.al", unlocked.version);
  BOOST_TEST((codeOf(again) == ErrorCode::kInvalidState));
  BOOST_TEST(again.error().message.find("is not locked") != std::string::npos, again.error().message);
  BOOST_TEST(auditCount(env.fresh.store()) == audits, "a refused unlock records nothing");
}

BOOST_AUTO_TEST_SUITE_END()
