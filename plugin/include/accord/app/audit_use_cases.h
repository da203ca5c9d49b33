// Reading and verifying the audit trail.
#pragma once

#include "accord/app/audit_chain.h"
#include "accord/app/context.h"
#include "accord/domain/actor.h"

namespace accord::app {

// Re-computes the whole chain in sequence order, in bounded memory, and reports
// the first broken link. Returns kUnavailable if the store cannot be read.
Result<ChainReport> verifyAudit(Store& store);

// Matching events in sequence order, paginated.
Result<Page<AuditEvent>> listAudit(const Context& ctx, const domain::Actor& actor, const AuditFilter& filter,
                                   const PageRequest& page);

}  // namespace accord::app
