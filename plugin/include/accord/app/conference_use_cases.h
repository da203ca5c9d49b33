// Use cases on conferences. Each runs in one transaction with its audit event.
#pragma once

#include "accord/app/context.h"
#include "accord/domain/actor.h"

namespace accord::app {

// Stores a new conference with the directory its records refer to. Returns
// kForbidden unless the actor is secretariat, the validation error, or
// kAlreadyExists naming "id" if the id is taken.
Result<domain::Conference> createConference(const Context& ctx, const domain::Actor& actor,
                                            domain::Conference c, const Directory& directory = {});

// Replaces the conference's details. Returns kNotFound, kForbidden, the validation
// error, or kConflict if `expectedVersion` is stale.
Result<domain::Conference> updateConference(const Context& ctx, const domain::Actor& actor,
                                            domain::Conference c, long expectedVersion);

// Deletes a conference that has no declarations (a declaration is a diplomatic
// record: once drafted it stays, with the conference it belongs to). The audit
// trail keeps the conference as it was. Returns kForbidden, kNotFound,
// kInvalidState naming how many declarations it has, or kConflict.
Status deleteConference(const Context& ctx, const domain::Actor& actor, const domain::ConferenceId& id,
                        long expectedVersion);

}  // namespace accord::app
