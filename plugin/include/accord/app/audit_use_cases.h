// Reading and verifying the audit trail.
#pragma once

#include "accord/app/audit_chain.h"
#include "accord/app/audit_checkpoint.h"
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

// Verifies the whole chain and signs its head with `signer` at `now`, for whoever
// holds the database (as verifyAuditOffline). Returns kInvalidState with the
// chain's verdict if it is broken (a checkpoint must not bless a rewritten log),
// kUnavailable if the store cannot be read, the signer's error.
Result<SignedCheckpoint> takeAuditCheckpoint(Store& store, const CheckpointSigner& signer, domain::Timestamp now);

// As verifyAuditOffline, and the chain must extend `checkpoint` (read and checked
// with readCheckpoint): its event `seq` still has its hash. The report names the
// first event where it does not. Returns kUnavailable if the store cannot be read.
Result<ChainReport> verifyAuditAgainst(Store& store, const AuditCheckpoint& checkpoint);

// Matching events in sequence order, paginated.
Result<Page<AuditEvent>> listAudit(const Context& ctx, const domain::Actor& actor, const AuditFilter& filter,
                                   const PageRequest& page);

// The objects `actor` may filter the trail by (AuditLog::objects), at most `limit`.
// Returns kForbidden unless the actor may read the audit trail.
Result<std::vector<AuditObject>> auditObjects(const Context& ctx, const domain::Actor& actor, std::size_t limit);

}  // namespace accord::app
