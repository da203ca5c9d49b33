// Use cases on conferences. Each runs in one transaction with its audit event.
#pragma once

#include "accord/app/context.h"
#include "accord/domain/actor.h"

namespace accord::app {

// Stores a new conference with the directory its records refer to. Returns
// kForbidden unless the actor is secretariat, the validation error, or
// kAlreadyExists if the id is taken.
Result<domain::Conference> createConference(const Context& ctx, const domain::Actor& actor,
                                            domain::Conference c, const Directory& directory = {});

// Replaces the conference's details. Returns kNotFound, kForbidden, the validation
// error, or kConflict if `expectedVersion` is stale.
Result<domain::Conference> updateConference(const Context& ctx, const domain::Actor& actor,
                                            domain::Conference c, long expectedVersion);

}  // namespace accord::app
