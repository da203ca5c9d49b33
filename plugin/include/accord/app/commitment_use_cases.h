// Use cases on commitments and their per-country assignments.
#pragma once

#include <functional>
#include <optional>
#include <string>

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

// A change worked out from the commitment as stored (a JSON merge patch applied
// to it, say). Returns the changed commitment, or why the change cannot be made.
using CommitmentMerge = std::function<Result<domain::Commitment>(const domain::Commitment& current)>;

// Applies `merge` to the commitment as stored, in the one transaction that reads
// it, checks the version, writes it and proposes it to any country added, so that
// the merge never works on a copy read by another transaction. `expectedVersion`
// is the version the caller read, or why the request named none; it is looked at
// only after authorization, so that an outsider learns nothing. Returns
// kForbidden (secretariat only); the error of `expectedVersion`; kNotFound; the
// error `merge` returns; kInvalidArgument naming "id" for a renamed commitment,
// and the errors of updateCommitment. Nothing is written unless it returns the
// commitment as stored.
Result<domain::Commitment> patchCommitment(const Context& ctx, const domain::Actor& actor,
                                           const domain::CommitmentId& id, const CommitmentMerge& merge,
                                           const Result<long>& expectedVersion);

// What a request asks of an assignment; absent fields are left as they are. Each
// kind of change has its own author: the decision (acceptance, with the lead
// institution) and the implementation status belong to the country's coordinator,
// the assessment to a monitor.
struct AssignmentChange {
  std::optional<domain::Acceptance> acceptance;
  std::optional<std::string> leadInstitution;
  std::optional<domain::ImplementationStatus> status;
  std::optional<domain::Assessment> assessment;
};

// Makes the one change `change` asks of the assignment, as of today, in one
// transaction that reads the assignment, decides which change differs from what is
// stored, checks the version and writes. A field equal to the stored value asks
// nothing. Returns kNotFound for an unknown assignment; kInvalidArgument when more
// than one kind of change differs; kInvalidState naming "leadInstitution" for a
// new lead institution without a decision; kForbidden unless `actor` may make the
// change (for a request that changes nothing, every change it names), so that a
// success never tells an outsider their write went through; the lead
// institution's validation error; kConflict if `expectedVersion` is stale;
// kInvalidState for a step the assignment refuses (already decided, not accepted,
// illegal status move, assessing a declined commitment). Returns the assignment as
// stored, unchanged (and unwritten) when nothing differs.
Result<domain::Assignment> changeAssignment(const Context& ctx, const domain::Actor& actor,
                                            const domain::CommitmentId& commitment,
                                            const domain::CountryCode& country, const AssignmentChange& change,
                                            long expectedVersion);

}  // namespace accord::app
