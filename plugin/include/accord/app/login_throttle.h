// Slows down and then locks out password guessing, without letting a guesser lock
// the owner out. Failures are counted in the database (LoginThrottleRepository),
// so every server sharing it applies the same counts, under three keys:
//
// - the account AND the address it is tried from: after kFreeAttempts failures in
//   a row each further attempt waits twice as long as the one before (1 s, 2 s,
//   4 s, ... at most kMaxBackoffSeconds); after kLockAfter failures within
//   kWindowSeconds the pair is locked for kLockSeconds. A success clears the pair.
// - the address, over all accounts (guessing one password for many accounts):
//   the same after kAddressFreeAttempts and kAddressLockAfter failures.
// - the account, over all addresses (guessing from many addresses): locked for
//   kLockSeconds after kAccountLockAfter failures within kWindowSeconds; no delay
//   before that, so that a guesser never slows the owner down.
//
// Attempts refused here are not failures, so one address adds at most kLockAfter
// failures to an account per window: it takes kAccountLockAfter / kLockAfter
// addresses to lock an account for everyone, and no one gets more than
// kAccountLockAfter guesses at an account per window, whatever their addresses.
#pragma once

#include <optional>
#include <string>

#include "accord/app/store.h"
#include "accord/domain/date.h"
#include "accord/domain/result.h"

namespace accord::app {

// How many failures a key may have before its attempts wait, and before it locks.
struct ThrottleBudget {
  int freeFailures;
  int lockAfter;
};

class LoginThrottle {
 public:
  static constexpr int kFreeAttempts = 3;
  static constexpr int kLockAfter = 10;
  static constexpr int kAddressFreeAttempts = 20;
  static constexpr int kAddressLockAfter = 30;
  static constexpr int kAccountLockAfter = 100;
  static constexpr long kWindowSeconds = 15 * 60;
  static constexpr long kLockSeconds = 15 * 60;
  static constexpr long kMaxBackoffSeconds = 60;

  static constexpr ThrottleBudget kPairBudget{kFreeAttempts, kLockAfter};
  static constexpr ThrottleBudget kAddressBudget{kAddressFreeAttempts, kAddressLockAfter};
  static constexpr ThrottleBudget kAccountBudget{kAccountLockAfter, kAccountLockAfter};

  explicit LoginThrottle(Store& store) : store_(store) {}

  // Returns ok if `account` (as parseUserName folds it, or the name as typed) may
  // be tried from `address` at `now`; kRateLimited saying how long to wait
  // otherwise; kUnavailable if the database cannot be read (no guessing then).
  domain::Status admit(const std::string& account, const std::string& address, domain::Timestamp now);
  // Counts a wrong password. Returns kUnavailable if it could not be stored.
  domain::Status failed(const std::string& account, const std::string& address, domain::Timestamp now);
  // Clears the pair: the owner's own typing errors no longer count against them.
  // The address and the account keep their counts (a right password for one
  // account must not reset a guesser's budget).
  domain::Status succeeded(const std::string& account, const std::string& address);

  // The rules themselves, on one key's state, for the tests and for the class.
  // Returns ok, or kRateLimited with the wait (`what` names the key in the message).
  static domain::Status admitState(const std::optional<LoginThrottleState>& s, ThrottleBudget budget,
                                   domain::Timestamp now, const std::string& what);
  // The state after one more failure at `now`.
  static LoginThrottleState afterFailure(const std::optional<LoginThrottleState>& s, ThrottleBudget budget,
                                         domain::Timestamp now);

 private:
  Store& store_;
};

}  // namespace accord::app
