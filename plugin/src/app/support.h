// Shared steps of the use cases: the optimistic-concurrency check and the audit
// append that closes every change.
#pragma once

#include <string>
#include <vector>

#include "accord/app/context.h"
#include "accord/domain/actor.h"
#include "accord/domain/notification.h"

namespace accord::app::detail {

// kConflict unless the caller saw the stored version.
inline domain::Status expectVersion(const std::string& what, long stored, long expected) {
  if (stored == expected) return {};
  return domain::Error::conflict(what + " was changed by someone else (stored version " + std::to_string(stored) +
                                 ", yours " + std::to_string(expected) + "); reload it and try again");
}

inline domain::Status audit(Repositories& r, const Context& ctx, const domain::Actor& actor, std::string action,
                            std::string entity, std::string id, std::string before, std::string after) {
  auto e = r.audit().append({actor.name, std::move(action), std::move(entity), std::move(id), std::move(before),
                             std::move(after)},
                            ctx.clock.now());
  if (!e.ok()) return e.error();
  return {};
}

// Writes the notifications of `events` into the outbox of the transaction `r`, so
// that they exist exactly when the change that causes them commits.
inline domain::Status notify(Repositories& r, const Context& ctx, const std::vector<domain::NotificationEvent>& events) {
  for (const auto& e : events) {
    auto n = r.outbox().enqueue(e, domain::audienceOf(e), ctx.clock.now());
    if (!n.ok()) return n.error();
  }
  return {};
}

}  // namespace accord::app::detail
