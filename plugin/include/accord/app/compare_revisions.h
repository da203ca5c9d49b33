// Comparing two revisions of a declaration, unit by unit and word by word: the
// one use case the compare API and the compare page share.
#pragma once

#include <optional>

#include "accord/app/context.h"
#include "accord/domain/actor.h"
#include "accord/domain/revision_diff.h"

namespace accord::app {

struct RevisionComparisonView {
  domain::Declaration declaration;  // with every revision (the page lists them)
  domain::RevisionComparison comparison;
};

// Compares revision `from` with revision `to` of the declaration. Without `to`,
// the latest; without `from`, the one before `to` (or `to` itself for the first).
// Who may read the declaration's revisions may compare them. Returns
// getDeclaration's errors (kForbidden, kNotFound naming "declaration"), kNotFound
// naming "from" or "to" for a revision the declaration lacks.
Result<RevisionComparisonView> compareRevisions(const Context& ctx, const domain::Actor& actor,
                                                const domain::DeclarationId& id, std::optional<int> from,
                                                std::optional<int> to);

}  // namespace accord::app
