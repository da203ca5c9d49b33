#include "accord/app/declaration_use_cases.h"

#include "accord/app/authorization.h"
#include "accord/app/snapshot.h"
#include "support.h"

namespace accord::app {

using namespace accord::domain;

Result<Declaration> createDeclaration(const Context& ctx, const Actor& actor, Declaration d) {
  if (Status s = authorize(actor, Action::kDraft); !s.ok()) return s.error();
  if (Status s = validate(d); !s.ok()) return s.error();
  d.version = 1;
  return transact<Declaration>(ctx.store, TxMode::kReadWrite, [&](Repositories& r) -> Result<Declaration> {
    if (auto c = r.conferences().get(d.conference); !c.ok()) return c.error();
    if (Status s = r.declarations().insert(d); !s.ok()) return s.error();
    if (Status s = detail::audit(r, ctx, actor, "declaration.created", "declaration", d.id.str(), "", snapshot(d));
        !s.ok())
      return s.error();
    return d;
  });
}

Result<Declaration> cutRevision(const Context& ctx, const Actor& actor, const DeclarationId& id, Revision next,
                                long expectedVersion) {
  if (Status s = authorize(actor, Action::kDraft); !s.ok()) return s.error();
  next.author = actor.name;
  next.createdAt = ctx.clock.now();
  return transact<Declaration>(ctx.store, TxMode::kReadWrite, [&](Repositories& r) -> Result<Declaration> {
    auto d = r.declarations().get(id);
    if (!d.ok()) return d.error();
    if (Status s = detail::expectVersion("declaration " + id.str(), d->version, expectedVersion); !s.ok())
      return s.error();
    if (Status s = d->cutRevision(next); !s.ok()) return s.error();
    auto version = r.declarations().update(*d, expectedVersion);
    if (!version.ok()) return version.error();
    d->version = *version;
    const Revision& cut = *d->latest();
    if (Status s = detail::audit(r, ctx, actor, "revision.cut", "revision",
                                 id.str() + "/" + std::to_string(cut.number), "", snapshot(cut));
        !s.ok())
      return s.error();
    return std::move(d).value();
  });
}

Result<Declaration> moveDeclaration(const Context& ctx, const Actor& actor, const DeclarationId& id,
                                    DeclarationStatus to, long expectedVersion) {
  if (Status s = authorize(actor, Action::kDraft); !s.ok()) return s.error();
  return transact<Declaration>(ctx.store, TxMode::kReadWrite, [&](Repositories& r) -> Result<Declaration> {
    auto d = r.declarations().get(id);
    if (!d.ok()) return d.error();
    if (Status s = detail::expectVersion("declaration " + id.str(), d->version, expectedVersion); !s.ok())
      return s.error();
    std::string before = snapshot(*d);
    if (Status s = d->moveTo(to); !s.ok()) return s.error();
    auto version = r.declarations().update(*d, expectedVersion);
    if (!version.ok()) return version.error();
    d->version = *version;
    if (Status s = detail::audit(r, ctx, actor, std::string("declaration.") + toString(to), "declaration",
                                 id.str(), before, snapshot(*d));
        !s.ok())
      return s.error();
    return std::move(d).value();
  });
}

}  // namespace accord::app
