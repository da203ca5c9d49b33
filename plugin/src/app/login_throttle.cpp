#include "accord/app/login_throttle.h"

#include <algorithm>

namespace accord::app {

using domain::Timestamp;

domain::Status LoginThrottle::admit(const std::string& key, Timestamp now) {
  std::lock_guard<std::mutex> lock(mutex_);
  auto it = states_.find(key);
  if (it == states_.end() || !(now < it->second.nextAllowed)) return {};
  long wait = static_cast<long>(it->second.nextAllowed.seconds() - now.seconds());
  bool locked = it->second.failures >= kLockAfter;
  std::string when = wait >= 120 ? std::to_string((wait + 59) / 60) + " minutes" : std::to_string(wait) + " seconds";
  return domain::Error{domain::ErrorCode::kRateLimited,
                       std::string(locked ? "too many failed sign-ins: locked" : "too many failed sign-ins") +
                           "; try again in " + when,
                       {}, wait};
}

void LoginThrottle::failed(const std::string& key, Timestamp now) {
  std::lock_guard<std::mutex> lock(mutex_);
  State& s = states_[key];
  if (s.failures == 0 || now.seconds() - s.first.seconds() > kWindowSeconds) s = State{0, now, now};
  ++s.failures;
  long delay = 0;
  if (s.failures >= kLockAfter) delay = kLockSeconds;
  else if (s.failures >= kFreeAttempts) delay = 1L << std::min(s.failures - kFreeAttempts, 10);
  s.nextAllowed = Timestamp::fromSeconds(now.seconds() + delay);
}

void LoginThrottle::succeeded(const std::string& key) {
  std::lock_guard<std::mutex> lock(mutex_);
  states_.erase(key);
}

}  // namespace accord::app
