// Use cases on declarations and their texts. Each runs in one transaction with its
// audit event.
#pragma once

#include "accord/app/context.h"
#include "accord/domain/actor.h"

namespace accord::app {

// Stores a new declaration of an existing conference; any revisions it carries are
// stored as given. Returns kForbidden (secretariat only), the validation error,
// kNotFound for an unknown conference, kAlreadyExists if the id is taken.
Result<domain::Declaration> createDeclaration(const Context& ctx, const domain::Actor& actor,
                                              domain::Declaration d);

// Cuts the next revision, authored by `actor` now. Returns kNotFound, kForbidden,
// kInvalidState unless the declaration is editable, the text's validation error, or
// kConflict if `expectedVersion` is stale.
Result<domain::Declaration> cutRevision(const Context& ctx, const domain::Actor& actor,
                                        const domain::DeclarationId& id, domain::Revision next,
                                        long expectedVersion);

// Moves the lifecycle on (freezing fixes the final revision). Returns kNotFound,
// kForbidden, kInvalidState for an illegal step, or kConflict.
Result<domain::Declaration> moveDeclaration(const Context& ctx, const domain::Actor& actor,
                                            const domain::DeclarationId& id, domain::DeclarationStatus to,
                                            long expectedVersion);

}  // namespace accord::app
