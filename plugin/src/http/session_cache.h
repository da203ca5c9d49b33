// Who a bearer token speaks for, remembered while nothing about accounts or
// sessions can have changed. Checking a token costs two storage reads (the
// session, then the account, so that signing out, disabling and role changes
// count); without this every signed-in request paid them and the API served a
// third of its reads. Every such change appends an audit event, so the read
// cache's generation (read_cache.h) says exactly when an answer may be stale:
// changes through this API are seen at once, changes made elsewhere (another
// instance, the command-line tool) within the read cache's maxStale.
#pragma once

#include <cstdint>
#include <mutex>
#include <optional>
#include <string>
#include <unordered_map>

#include "accord/app/session_service.h"

namespace accord::http {

class SessionCache {
 public:
  // The session of `token` as checked in generation `gen`, if it has not expired
  // by `now`.
  std::optional<app::Authenticated> find(const std::string& token, std::uint64_t gen,
                                         const domain::Timestamp& now) const;
  // Remembers a successful check. Only whole tokens that verified are kept, so a
  // tampered token never matches one.
  void put(const std::string& token, std::uint64_t gen, const app::Authenticated& who);

 private:
  struct Entry {
    std::uint64_t generation;
    app::Authenticated who;
  };
  // Enough for every open session of a large conference; beyond it, start over.
  static constexpr std::size_t kMaxEntries = 10000;
  mutable std::mutex mutex_;
  std::unordered_map<std::string, Entry> entries_;
};

}  // namespace accord::http
