// The throttle's rules on one key's state: free attempts, doubling waits, a lock,
// and the budgets of each key. The stored, shared side is in
// tests/storage/account_storage_tests.cpp; the sign-in flow in account_use_cases_tests.
#include <boost/test/unit_test.hpp>

#include "accord/app/login_throttle.h"

using namespace accord::app;
using accord::domain::ErrorCode;
using accord::domain::Timestamp;

BOOST_AUTO_TEST_SUITE(login_throttle_tests)

namespace {
Timestamp t(long s) { return Timestamp::fromSeconds(1000000 + s); }

// The policy users and operators are told about (README, Security), written out
// here rather than read from LoginThrottle's constants.
constexpr int kFree = 3;
constexpr int kLock = 10;
constexpr int kAddressLock = 30;
constexpr int kAccountLock = 100;
constexpr long kWindow = 15 * 60;
constexpr long kLockFor = 15 * 60;

// Applies `n` failures at `at` to `s`.
std::optional<LoginThrottleState> fail(std::optional<LoginThrottleState> s, ThrottleBudget b, Timestamp at, int n = 1) {
  for (int i = 0; i < n; ++i) s = LoginThrottle::afterFailure(s, b, at);
  return s;
}
bool admitted(const std::optional<LoginThrottleState>& s, ThrottleBudget b, Timestamp at) {
  return LoginThrottle::admitState(s, b, at, "here").ok();
}
}  // namespace

BOOST_AUTO_TEST_CASE(the_policy_is_the_documented_one) {
  BOOST_TEST(LoginThrottle::kFreeAttempts == kFree);
  BOOST_TEST(LoginThrottle::kLockAfter == kLock);
  BOOST_TEST(LoginThrottle::kAddressLockAfter == kAddressLock);
  BOOST_TEST(LoginThrottle::kAccountLockAfter == kAccountLock);
  BOOST_TEST(LoginThrottle::kWindowSeconds == kWindow);
  BOOST_TEST(LoginThrottle::kLockSeconds == kLockFor);
  // One address cannot lock an account for everyone: it is stopped first.
  BOOST_TEST(LoginThrottle::kAccountLockAfter > LoginThrottle::kLockAfter);
}

BOOST_AUTO_TEST_CASE(the_first_failures_are_free) {
  const ThrottleBudget b = LoginThrottle::kPairBudget;
  std::optional<LoginThrottleState> s;
  for (int i = 0; i < kFree - 1; ++i) {
    BOOST_TEST(admitted(s, b, t(0)));
    s = fail(s, b, t(0));
  }
  BOOST_TEST(admitted(s, b, t(0)));
  s = fail(s, b, t(0));
  BOOST_TEST(!admitted(s, b, t(0)));  // the fourth attempt waits
}

BOOST_AUTO_TEST_CASE(further_failures_wait_longer_each_time_up_to_a_minute) {
  const ThrottleBudget b = LoginThrottle::kPairBudget;
  auto s = fail({}, b, t(0), kFree);
  auto refused = LoginThrottle::admitState(s, b, t(0), "here");
  BOOST_REQUIRE(!refused.ok());
  BOOST_TEST(refused.error().code == ErrorCode::kRateLimited);
  BOOST_TEST(refused.error().retryAfterSeconds == 1);  // what HTTP sends as Retry-After
  BOOST_TEST(admitted(s, b, t(1)));
  s = fail(s, b, t(1));
  BOOST_TEST(!admitted(s, b, t(2)));
  BOOST_TEST(admitted(s, b, t(3)));
  auto address = fail({}, LoginThrottle::kAddressBudget, t(0), kAddressLock - 1);
  BOOST_TEST(address->nextAllowed.seconds() - t(0).seconds() == 60);
}

BOOST_AUTO_TEST_CASE(ten_failures_lock_the_pair_for_fifteen_minutes) {
  const ThrottleBudget b = LoginThrottle::kPairBudget;
  std::optional<LoginThrottleState> s;
  long now = 0;
  for (int i = 0; i < kLock; ++i) {
    now += 60;  // spaced so that the back-off never refuses them, within one window
    s = fail(s, b, t(now));
  }
  auto refused = LoginThrottle::admitState(s, b, t(now + 60), "for this account from this address");
  BOOST_REQUIRE(!refused.ok());
  BOOST_TEST(refused.error().message.find("locked") != std::string::npos);
  BOOST_TEST(refused.error().message.find("14 minutes") != std::string::npos);
  BOOST_TEST(refused.error().retryAfterSeconds == 14 * 60);
  BOOST_TEST(!admitted(s, b, t(now + kLockFor - 1)));
  BOOST_TEST(admitted(s, b, t(now + kLockFor)));
}

BOOST_AUTO_TEST_CASE(the_account_never_delays_before_its_lock) {
  const ThrottleBudget b = LoginThrottle::kAccountBudget;
  auto s = fail({}, b, t(0), kAccountLock - 1);
  BOOST_TEST(admitted(s, b, t(0)));
  s = fail(s, b, t(0));
  BOOST_TEST(!admitted(s, b, t(kLockFor - 1)));
}

BOOST_AUTO_TEST_CASE(failures_outside_the_window_start_a_new_count) {
  const ThrottleBudget b = LoginThrottle::kPairBudget;
  auto s = fail({}, b, t(0), kLock - 1);
  s = fail(s, b, t(kWindow + 1));
  BOOST_TEST(s->failures == 1);
  BOOST_TEST(admitted(s, b, t(kWindow + 1)));
  BOOST_TEST(s->expiresAt.seconds() == t(2 * kWindow + 1).seconds());
}

BOOST_AUTO_TEST_SUITE_END()
