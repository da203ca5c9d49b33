#include "accord/app/compare_revisions.h"

#include "accord/app/read_models.h"

namespace accord::app {

using namespace accord::domain;

Result<RevisionComparisonView> compareRevisions(const Context& ctx, const Actor& actor, const DeclarationId& id,
                                                std::optional<int> from, std::optional<int> to) {
  auto d = getDeclaration(ctx, actor, id);
  if (!d.ok()) return d.error();
  const Revision* latest = d->latest();
  int newer = to.value_or(latest ? latest->number : 0);
  int older = from.value_or(newer > 1 ? newer - 1 : newer);
  const Revision* a = d->revision(older);
  const Revision* b = d->revision(newer);
  if (!b) return Error::notFound("declaration " + id.str() + " has no revision " + std::to_string(newer), "to");
  if (!a) return Error::notFound("declaration " + id.str() + " has no revision " + std::to_string(older), "from");
  RevisionComparisonView out{std::move(d).value(), {}};
  out.comparison = domain::compareRevisions(*out.declaration.revision(older), *out.declaration.revision(newer));
  return out;
}

}  // namespace accord::app
