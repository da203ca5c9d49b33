#include "accord/app/login_throttle.h"

#include <algorithm>
#include <map>

namespace accord::app {

using domain::Status;
using domain::Timestamp;

namespace {

struct Key {
  std::string key;
  ThrottleBudget budget;
  const char* what;  // for the message: whose attempts are refused
};

std::vector<Key> keysOf(const std::string& account, const std::string& address) {
  std::string where = address.empty() ? std::string("local") : address;
  // A space cannot appear in a folded user name, so "pair:" keys never collide.
  return {{"pair:" + account + " " + where, LoginThrottle::kPairBudget, "for this account from this address"},
          {"addr:" + where, LoginThrottle::kAddressBudget, "from this address"},
          {"user:" + account, LoginThrottle::kAccountBudget, "for this account"}};
}

std::vector<std::string> namesOf(const std::vector<Key>& keys) {
  std::vector<std::string> out;
  for (const auto& k : keys) out.push_back(k.key);
  return out;
}

std::optional<LoginThrottleState> stateOf(const std::map<std::string, LoginThrottleState>& found,
                                         const std::string& key) {
  auto it = found.find(key);
  if (it == found.end()) return std::nullopt;
  return it->second;
}

bool windowOpen(const LoginThrottleState& s, Timestamp now) {
  return now.seconds() - s.windowStart.seconds() <= LoginThrottle::kWindowSeconds;
}

}  // namespace

Status LoginThrottle::admitState(const std::optional<LoginThrottleState>& s, ThrottleBudget budget, Timestamp now,
                                 const std::string& what) {
  if (!s || !(now < s->nextAllowed)) return {};
  long wait = static_cast<long>(s->nextAllowed.seconds() - now.seconds());
  bool locked = s->failures >= budget.lockAfter;
  std::string when = wait >= 120 ? std::to_string((wait + 59) / 60) + " minutes" : std::to_string(wait) + " seconds";
  return domain::Error{domain::ErrorCode::kRateLimited,
                       "too many failed sign-ins " + what + (locked ? ": locked" : "") + "; try again in " + when,
                       {}, wait};
}

LoginThrottleState LoginThrottle::afterFailure(const std::optional<LoginThrottleState>& before, ThrottleBudget budget,
                                               Timestamp now) {
  LoginThrottleState s;
  if (before && windowOpen(*before, now)) s = *before;
  else s.windowStart = now;
  ++s.failures;
  long delay = 0;
  if (s.failures >= budget.lockAfter) delay = kLockSeconds;
  else if (s.failures >= budget.freeFailures)
    delay = std::min(1L << std::min(s.failures - budget.freeFailures, 20), kMaxBackoffSeconds);
  s.nextAllowed = Timestamp::fromSeconds(now.seconds() + delay);
  s.expiresAt = Timestamp::fromSeconds(std::max(s.windowStart.seconds() + kWindowSeconds, s.nextAllowed.seconds()));
  return s;
}

Status LoginThrottle::admit(const std::string& account, const std::string& address, Timestamp now) {
  std::vector<Key> keys = keysOf(account, address);
  return store_.run(TxMode::kReadOnly, [&](Repositories& r) -> Status {
    auto found = r.loginThrottle().find(namesOf(keys));
    if (!found.ok()) return found.error();
    for (const Key& k : keys)
      if (Status st = admitState(stateOf(*found, k.key), k.budget, now, k.what); !st.ok()) return st;
    return {};
  });
}

Status LoginThrottle::failed(const std::string& account, const std::string& address, Timestamp now) {
  std::vector<Key> keys = keysOf(account, address);
  return store_.run(TxMode::kReadWrite, [&](Repositories& r) -> Status {
    // Forgetting old keys here keeps the table as small as the guessing of the last
    // window, and costs nothing when no one mistypes.
    if (auto purged = r.loginThrottle().purgeExpired(now); !purged.ok()) return purged.error();
    auto found = r.loginThrottle().find(namesOf(keys), true);
    if (!found.ok()) return found.error();
    for (const Key& k : keys)
      if (Status st = r.loginThrottle().save(k.key, afterFailure(stateOf(*found, k.key), k.budget, now)); !st.ok())
        return st;
    return {};
  });
}

Status LoginThrottle::succeeded(const std::string& account, const std::string& address) {
  std::string pair = keysOf(account, address).front().key;
  return store_.run(TxMode::kReadWrite, [&](Repositories& r) { return r.loginThrottle().forget(pair); });
}

}  // namespace accord::app
