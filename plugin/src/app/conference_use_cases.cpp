#include "accord/app/conference_use_cases.h"

#include "accord/app/authorization.h"
#include "id_taken.h"
#include "support.h"

namespace accord::app {

using namespace accord::domain;

Result<Conference> createConference(const Context& ctx, const Actor& actor, Conference c,
                                    const Directory& directory) {
  if (Status s = authorize(actor, Action::kManageConference); !s.ok()) return s.error();
  if (Status s = normalize(c); !s.ok()) return s.error();
  c.version = 1;
  return transact<Conference>(ctx.store, TxMode::kReadWrite, [&](Repositories& r) -> Result<Conference> {
    if (Status s = detail::expectFreeId(r.conferences().get(c.id), "conference", c.id.str()); !s.ok())
      return s.error();
    if (Status s = detail::asIdTaken(r.conferences().insert(c, directory), "conference", c.id.str()); !s.ok())
      return s.error();
    if (Status s = detail::audit(r, ctx, actor, "conference.created", "conference", c.id.str(), "", ctx.snapshots.of(c));
        !s.ok())
      return s.error();
    return c;
  });
}

Result<Conference> updateConference(const Context& ctx, const Actor& actor, Conference c, long expectedVersion) {
  if (Status s = authorize(actor, Action::kManageConference); !s.ok()) return s.error();
  if (Status s = normalize(c); !s.ok()) return s.error();
  return transact<Conference>(ctx.store, TxMode::kReadWrite, [&](Repositories& r) -> Result<Conference> {
    auto before = r.conferences().get(c.id);
    if (!before.ok()) return before.error();
    if (Status s = detail::expectVersion("conference " + c.id.str(), before->version, expectedVersion); !s.ok())
      return s.error();
    auto version = r.conferences().update(c, expectedVersion);
    if (!version.ok()) return version.error();
    c.version = *version;
    if (Status s = detail::audit(r, ctx, actor, "conference.updated", "conference", c.id.str(),
                                 ctx.snapshots.of(*before), ctx.snapshots.of(c));
        !s.ok())
      return s.error();
    return c;
  });
}

Status deleteConference(const Context& ctx, const Actor& actor, const ConferenceId& id, long expectedVersion) {
  if (Status s = authorize(actor, Action::kManageConference); !s.ok()) return s.error();
  return ctx.store.run(TxMode::kReadWrite, [&](Repositories& r) -> Status {
    auto before = r.conferences().get(id);
    if (!before.ok()) return before.error();
    if (Status s = detail::expectVersion("conference " + id.str(), before->version, expectedVersion); !s.ok())
      return s;
    auto declarations = r.declarations().listByConference(id, PageRequest{1, ""});
    if (!declarations.ok()) return declarations.error();
    if (!declarations->items.empty())
      return Error{ErrorCode::kInvalidState,
                   "conference " + id.str() + " has declarations (" + declarations->items.front().id.str() +
                       " ...); a conference whose declarations are on record cannot be deleted",
                   "id"};
    if (Status s = r.conferences().remove(id, expectedVersion); !s.ok()) return s;
    return detail::audit(r, ctx, actor, "conference.deleted", "conference", id.str(), ctx.snapshots.of(*before), "");
  });
}

}  // namespace accord::app
