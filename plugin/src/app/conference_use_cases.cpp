#include "accord/app/conference_use_cases.h"

#include "accord/app/authorization.h"
#include "accord/app/snapshot.h"
#include "support.h"

namespace accord::app {

using namespace accord::domain;

Result<Conference> createConference(const Context& ctx, const Actor& actor, Conference c,
                                    const Directory& directory) {
  if (Status s = authorize(actor, Action::kManageConference); !s.ok()) return s.error();
  if (Status s = validate(c); !s.ok()) return s.error();
  c.version = 1;
  return transact<Conference>(ctx.store, TxMode::kReadWrite, [&](Repositories& r) -> Result<Conference> {
    if (Status s = r.conferences().insert(c, directory); !s.ok()) return s.error();
    if (Status s = detail::audit(r, ctx, actor, "conference.created", "conference", c.id.str(), "", snapshot(c));
        !s.ok())
      return s.error();
    return c;
  });
}

Result<Conference> updateConference(const Context& ctx, const Actor& actor, Conference c, long expectedVersion) {
  if (Status s = authorize(actor, Action::kManageConference); !s.ok()) return s.error();
  if (Status s = validate(c); !s.ok()) return s.error();
  return transact<Conference>(ctx.store, TxMode::kReadWrite, [&](Repositories& r) -> Result<Conference> {
    auto before = r.conferences().get(c.id);
    if (!before.ok()) return before.error();
    if (Status s = detail::expectVersion("conference " + c.id.str(), before->version, expectedVersion); !s.ok())
      return s.error();
    auto version = r.conferences().update(c, expectedVersion);
    if (!version.ok()) return version.error();
    c.version = *version;
    if (Status s = detail::audit(r, ctx, actor, "conference.updated", "conference", c.id.str(),
                                 snapshot(*before), snapshot(c));
        !s.ok())
      return s.error();
    return c;
  });
}

}  // namespace accord::app
