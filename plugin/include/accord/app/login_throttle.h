// Slows down and then locks out password guessing, per account and per address.
// After kFreeAttempts failures in a row each further attempt must wait twice as
// long as the one before (1 s, 2 s, 4 s, ...); after kLockAfter failures within
// kWindowSeconds the key is locked for kLockSeconds. A success clears the account.
#pragma once

#include <map>
#include <mutex>
#include <string>

#include "accord/domain/date.h"
#include "accord/domain/result.h"

namespace accord::app {

class LoginThrottle {
 public:
  static constexpr int kFreeAttempts = 3;
  static constexpr int kLockAfter = 10;
  static constexpr long kWindowSeconds = 15 * 60;
  static constexpr long kLockSeconds = 15 * 60;

  // Returns ok if an attempt for `key` may be made at `now`; kRateLimited saying
  // how long to wait otherwise. Keys are e.g. "user:coordinator.mk", "addr:10.0.0.7".
  domain::Status admit(const std::string& key, domain::Timestamp now);
  void failed(const std::string& key, domain::Timestamp now);
  void succeeded(const std::string& key);

 private:
  struct State {
    int failures = 0;
    domain::Timestamp first;       // of the current window
    domain::Timestamp nextAllowed;
  };
  std::mutex mutex_;
  std::map<std::string, State> states_;
};

}  // namespace accord::app
