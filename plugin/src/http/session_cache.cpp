#include "session_cache.h"

namespace accord::http {

std::optional<app::Authenticated> SessionCache::find(const std::string& token, std::uint64_t gen,
                                                     const domain::Timestamp& now) const {
  std::lock_guard<std::mutex> lock(mutex_);
  auto it = entries_.find(token);
  if (it == entries_.end() || it->second.generation != gen || !(now < it->second.who.expiresAt)) return std::nullopt;
  return it->second.who;
}

void SessionCache::put(const std::string& token, std::uint64_t gen, const app::Authenticated& who) {
  std::lock_guard<std::mutex> lock(mutex_);
  if (entries_.size() >= kMaxEntries) entries_.clear();
  entries_[token] = Entry{gen, who};
}

}  // namespace accord::http
