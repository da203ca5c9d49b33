// Reads the API needs that the application layer does not offer as use cases
// yet: each authorizes the read and runs one read-only transaction over the
// repository ports (never SQL here).
#pragma once

#include "accord/app/context.h"
#include "accord/app/repositories.h"
#include "accord/domain/actor.h"

namespace accord::http::reads {

// Return kNotFound for an unknown record, kForbidden if the actor may not read.
domain::Result<domain::Commitment> commitment(const app::Context& ctx, const domain::Actor& actor,
                                              const domain::CommitmentId& id);
domain::Result<domain::ProgressReport> report(const app::Context& ctx, const domain::Actor& actor,
                                              const domain::ReportId& id);
domain::Result<app::Directory> directory(const app::Context& ctx, const domain::Actor& actor,
                                         const domain::ConferenceId& id);
// The audit trail's head: every change appends one event, so an unchanged head
// means unchanged data. kForbidden unless the actor may read the audit trail.
domain::Result<app::AuditHead> auditHead(const app::Context& ctx, const domain::Actor& actor);

}  // namespace accord::http::reads
