#include <boost/test/unit_test.hpp>

#include "accord/app/login_throttle.h"

using namespace accord::app;
using accord::domain::ErrorCode;
using accord::domain::Timestamp;

BOOST_AUTO_TEST_SUITE(login_throttle_tests)

Timestamp t(long s) { return Timestamp::fromSeconds(1000000 + s); }

// The policy users and operators are told about, written out here rather than read
// from LoginThrottle's constants: three free attempts, a lock after ten failures
// within fifteen minutes, for fifteen minutes.
constexpr int kFree = 3;
constexpr int kLock = 10;
constexpr long kWindow = 15 * 60;
constexpr long kLockFor = 15 * 60;

BOOST_AUTO_TEST_CASE(the_policy_is_the_documented_one) {
  BOOST_TEST(LoginThrottle::kFreeAttempts == kFree);
  BOOST_TEST(LoginThrottle::kLockAfter == kLock);
  BOOST_TEST(LoginThrottle::kWindowSeconds == kWindow);
  BOOST_TEST(LoginThrottle::kLockSeconds == kLockFor);
}

BOOST_AUTO_TEST_CASE(the_first_failures_are_free) {
  LoginThrottle th;
  for (int i = 0; i < kFree - 1; ++i) {
    BOOST_TEST(th.admit("user:a", t(0)).ok());
    th.failed("user:a", t(0));
  }
  BOOST_TEST(th.admit("user:a", t(0)).ok());
  th.failed("user:a", t(0));
  BOOST_TEST(!th.admit("user:a", t(0)).ok());  // the fourth attempt waits
}

BOOST_AUTO_TEST_CASE(further_failures_wait_longer_each_time) {
  LoginThrottle th;
  for (int i = 0; i < kFree; ++i) th.failed("user:a", t(0));
  auto s = th.admit("user:a", t(0));
  BOOST_REQUIRE(!s.ok());
  BOOST_TEST(s.error().code == ErrorCode::kRateLimited);
  BOOST_TEST(s.error().retryAfterSeconds == 1);  // what HTTP sends as Retry-After
  BOOST_TEST(th.admit("user:a", t(1)).ok());
  th.failed("user:a", t(1));
  BOOST_TEST(!th.admit("user:a", t(2)).ok());
  BOOST_TEST(th.admit("user:a", t(3)).ok());
  BOOST_TEST(th.admit("user:b", t(0)).ok());  // other keys are unaffected
}

BOOST_AUTO_TEST_CASE(ten_failures_lock_the_key_for_fifteen_minutes) {
  LoginThrottle th;
  long now = 0;
  for (int i = 0; i < kLock; ++i) {
    now += 600;  // space attempts so the back-off never refuses them...
    if (now > kWindow) now = kWindow;  // ...within one window
    th.failed("addr:10.0.0.7", t(now));
  }
  auto s = th.admit("addr:10.0.0.7", t(now + 60));
  BOOST_REQUIRE(!s.ok());
  BOOST_TEST(s.error().message.find("locked") != std::string::npos);
  BOOST_TEST(s.error().message.find("14 minutes") != std::string::npos);
  BOOST_TEST(s.error().retryAfterSeconds == 14 * 60);
  BOOST_TEST(!th.admit("addr:10.0.0.7", t(now + 15 * 60 - 1)).ok());
  BOOST_TEST(th.admit("addr:10.0.0.7", t(now + 15 * 60)).ok());
}

BOOST_AUTO_TEST_CASE(success_clears_the_record) {
  LoginThrottle th;
  for (int i = 0; i < 5; ++i) th.failed("user:a", t(0));
  th.succeeded("user:a");
  BOOST_TEST(th.admit("user:a", t(0)).ok());
}

BOOST_AUTO_TEST_SUITE_END()
