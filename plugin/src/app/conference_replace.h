// The last step of every change to a stored conference: check the version, the
// rules, write it and audit it. Shared by the conference and delegation use cases.
#pragma once

#include "accord/app/context.h"
#include "accord/domain/actor.h"
#include "support.h"

namespace accord::app::detail {

// Writes `c` over `before` at `expectedVersion` and audits it, inside the caller's
// transaction. Returns kConflict if the version is stale, the validation error.
inline domain::Result<domain::Conference> replaceConference(Repositories& r, const Context& ctx,
                                                          const domain::Actor& actor, const domain::Conference& before,
                                                          domain::Conference c, long expectedVersion) {
  if (domain::Status s = detail::expectVersion("conference " + c.id.str(), before.version, expectedVersion); !s.ok())
    return s.error();
  if (domain::Status s = normalize(c); !s.ok()) return s.error();
  auto version = r.conferences().update(c, expectedVersion);
  if (!version.ok()) return version.error();
  c.version = *version;
  if (domain::Status s = detail::audit(r, ctx, actor, "conference.updated", "conference", c.id.str(),
                                       ctx.snapshots.of(before), ctx.snapshots.of(c));
      !s.ok())
    return s.error();
  return c;
}

}  // namespace accord::app::detail
