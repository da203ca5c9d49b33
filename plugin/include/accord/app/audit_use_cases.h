// Reading and verifying the audit trail.
#pragma once

#include "accord/app/audit_chain.h"
#include "accord/app/context.h"
#include "accord/domain/actor.h"

namespace accord::app {

// Re-computes the whole chain in sequence order, in bounded memory, and reports
// the first broken link, for `actor`. Returns kForbidden unless the actor may read
// the audit trail, kUnavailable if the store cannot be read.
Result<ChainReport> verifyAudit(const Context& ctx, const domain::Actor& actor);

// The same check with no actor, for whoever holds the database itself (the
// command-line tool, with the storage URI and its credentials): access to the
// store is the authorization, and there is no account to name. Adapters that
// serve people use verifyAudit above. Returns kUnavailable if the store cannot be read.
Result<ChainReport> verifyAuditOffline(Store& store);

// Matching events in sequence order, paginated.
Result<Page<AuditEvent>> listAudit(const Context& ctx, const domain::Actor& actor, const AuditFilter& filter,
                                   const PageRequest& page);

}  // namespace accord::app
