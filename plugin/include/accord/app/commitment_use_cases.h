// Use cases on commitments and their per-country assignments.
#pragma once

#include "accord/app/context.h"
#include "accord/domain/actor.h"

namespace accord::app {

// Stores a commitment of an existing declaration and proposes it to each of its
// countries (one assignment each, all in the same transaction). Returns kForbidden
// (secretariat only), kNotFound for the declaration, the validation error against
// the declaration, kAlreadyExists naming "id" if the id is taken.
Result<domain::Commitment> defineCommitment(const Context& ctx, const domain::Actor& actor, domain::Commitment c);

// Replaces a commitment's text, clause, deadline, milestones, indicators and
// countries. A country added gets a proposed assignment; a country cannot be
// removed, because its assignment (and what its coordinator did with it) stays on
// record. Returns kForbidden (secretariat only), kNotFound, the validation error
// against the declaration, kInvalidArgument for a move to another declaration,
// kInvalidState for a removed country, kConflict if `expectedVersion` is stale.
Result<domain::Commitment> updateCommitment(const Context& ctx, const domain::Actor& actor, domain::Commitment c,
                                            long expectedVersion);

// The country's coordinator accepts or declines the commitment today, naming the
// lead institution when accepting. Returns kForbidden, kNotFound, kInvalidState if
// already decided, kConflict if `expectedVersion` is stale.
Result<domain::Assignment> decideAssignment(const Context& ctx, const domain::Actor& actor,
                                            const domain::CommitmentId& commitment,
                                            const domain::CountryCode& country, domain::Acceptance to,
                                            const std::string& leadInstitution, long expectedVersion);

// The country's coordinator moves implementation on, as of today. Returns
// kForbidden, kNotFound, kInvalidState (not accepted, illegal step), kConflict.
Result<domain::Assignment> moveImplementation(const Context& ctx, const domain::Actor& actor,
                                              const domain::CommitmentId& commitment,
                                              const domain::CountryCode& country, domain::ImplementationStatus to,
                                              long expectedVersion);

// A monitor records their assessment. Returns kForbidden, kNotFound,
// kInvalidState (a declined commitment), kConflict.
Result<domain::Assignment> assessAssignment(const Context& ctx, const domain::Actor& actor,
                                            const domain::CommitmentId& commitment,
                                            const domain::CountryCode& country, domain::Assessment assessment,
                                            long expectedVersion);

}  // namespace accord::app
