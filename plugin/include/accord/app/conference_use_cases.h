// Use cases on conferences. Each runs in one transaction with its audit event.
#pragma once

#include <functional>

#include "accord/app/context.h"
#include "accord/domain/actor.h"
#include "accord/domain/country.h"

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

// A change worked out from the conference as stored (a JSON merge patch applied
// to it, say). Returns the changed conference, or why the change cannot be made.
using ConferenceMerge = std::function<Result<domain::Conference>(const domain::Conference& current)>;

// Applies `merge` to the conference as stored, in the one transaction that reads
// it, checks the version and writes it, so that the merge never works on a copy
// read by another transaction. `expectedVersion` is the version the caller read,
// or why the request named none; it is looked at only after authorization, so
// that an outsider learns nothing. Returns kForbidden unless the actor is
// secretariat; the error of `expectedVersion`; kNotFound; the error `merge`
// returns; kInvalidArgument naming "id" if the merge renamed the conference;
// kConflict if the version is stale; the validation error. Nothing is written
// unless it returns the conference as stored.
Result<domain::Conference> patchConference(const Context& ctx, const domain::Actor& actor,
                                           const domain::ConferenceId& id, const ConferenceMerge& merge,
                                           const Result<long>& expectedVersion);

// Deletes a conference that has no declarations (a declaration is a diplomatic
// record: once drafted it stays, with the conference it belongs to). The audit
// trail keeps the conference as it was. `expectedVersion` is the version the
// caller read, or why the request named none: looked at after authorization, so
// that an outsider is refused before learning anything. Returns kForbidden, the
// error of `expectedVersion`, kNotFound, kInvalidState naming how many
// declarations it has, or kConflict.
Status deleteConference(const Context& ctx, const domain::Actor& actor, const domain::ConferenceId& id,
                        const Result<long>& expectedVersion);

// Adds `delegation` to the conference: an update of the conference at
// `expectedVersion`, in one transaction. Authorized first, so that the checks
// after it tell no one which delegations exist. Returns kForbidden unless the actor
// is secretariat; kInvalidArgument naming "country" for a code not in `countries`;
// kNotFound for an unknown conference; kAlreadyExists naming "country" when the
// country has a delegation; kNotFound naming "members[i].person" for a member not
// in the conference's directory; the validation error (named from
// "conference."); kConflict if `expectedVersion` is stale. On success, the
// conference as stored.
Result<domain::Conference> addDelegation(const Context& ctx, const domain::Actor& actor,
                                         const domain::CountryCatalog& countries, const domain::ConferenceId& id,
                                         const domain::Delegation& delegation, long expectedVersion);

}  // namespace accord::app
