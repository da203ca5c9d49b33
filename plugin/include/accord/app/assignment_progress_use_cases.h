// Use cases on a country's own progress with one commitment: the state of each of
// the commitment's milestones and the measurements of its indicators. The
// country's coordinator writes them; every reader of the assignment (the monitor
// first) sees them with it.
#pragma once

#include "accord/app/context.h"
#include "accord/domain/actor.h"
#include "accord/domain/assignment.h"

namespace accord::app {

// Sets the state of milestone `milestone` for `country`, as of today, in one
// transaction. Returns kForbidden unless `actor` is that country's coordinator;
// kNotFound for an unknown assignment or milestone; kConflict if `expectedVersion`
// (the assignment's) is stale; kInvalidState unless the commitment is accepted.
// Returns the assignment as stored; setting the state it has writes nothing.
Result<domain::Assignment> setMilestoneState(const Context& ctx, const domain::Actor& actor,
                                             const domain::CommitmentId& commitment,
                                             const domain::CountryCode& country, const domain::MilestoneId& milestone,
                                             domain::MilestoneState state, long expectedVersion);

// Records a measurement of one of the commitment's indicators for `country`;
// `m.recordedBy` is set to the actor. Returns kForbidden unless `actor` is that
// country's coordinator; kNotFound for an unknown assignment or indicator;
// kConflict if `expectedVersion` is stale; kInvalidArgument for a value that is not
// finite, a date after today or a bad source text; kInvalidState unless accepted.
Result<domain::Assignment> recordMeasurement(const Context& ctx, const domain::Actor& actor,
                                             const domain::CommitmentId& commitment,
                                             const domain::CountryCode& country, domain::Measurement m,
                                             long expectedVersion);

}  // namespace accord::app
