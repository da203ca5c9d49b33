// Shared steps of the use cases: the optimistic-concurrency check and the audit
// append that closes every change.
#pragma once

#include <string>

#include "accord/app/context.h"
#include "accord/domain/actor.h"

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

}  // namespace accord::app::detail
