// A conference's delegations member by member: adding a delegate to a conference
// that already exists (a person already in its directory, or a new one written
// there in the same transaction), changing a delegate's role, removing one. Each
// is one transaction with its audit event, under the conference's version.
#pragma once

#include <optional>

#include "accord/app/context.h"
#include "accord/domain/actor.h"
#include "accord/domain/country.h"

namespace accord::app {

struct NewDelegate {
  domain::CountryCode country;
  domain::DelegateRole role = domain::DelegateRole::kExpert;
  domain::PersonId person;               // someone in the directory, or
  std::optional<domain::Person> newPerson;  // someone to add to it (then `person` is ignored)
};

// Adds the delegate to their country's delegation, making the delegation if the
// country has none. Returns kForbidden unless the actor is secretariat;
// kInvalidArgument naming "country" for a code not in `countries`; kNotFound for
// an unknown conference, or naming "person" for someone not in its directory;
// the person's validation error, or kAlreadyExists naming "person.id" for a taken
// id; kAlreadyExists naming "person" when they are in that delegation already;
// kConflict if `expectedVersion` is stale.
Result<domain::Conference> addDelegate(const Context& ctx, const domain::Actor& actor,
                                       const domain::CountryCatalog& countries, const domain::ConferenceId& id,
                                       const NewDelegate& delegate, long expectedVersion);

// Gives `person` of `country`'s delegation the role `role`, or removes them when
// `role` is empty (a delegation left with no one goes with its last member).
// Returns kForbidden, kNotFound (the conference, or naming "person" for someone
// not in that delegation), or kConflict.
Result<domain::Conference> changeDelegate(const Context& ctx, const domain::Actor& actor,
                                          const domain::ConferenceId& id, const domain::CountryCode& country,
                                          const domain::PersonId& person, std::optional<domain::DelegateRole> role,
                                          long expectedVersion);

}  // namespace accord::app
