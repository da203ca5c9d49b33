// Moving a country's endorsement of a declaration.
#pragma once

#include "accord/app/context.h"
#include "accord/domain/actor.h"

namespace accord::app {

// Applies `act` to `country`'s endorsement of `declaration`, recording the event by
// `actor` now. `expectedVersion` is the endorsement's version as the caller saw it;
// 0 when nothing was recorded yet (merely invited). Returns kForbidden unless the
// actor is the country's coordinator, or the secretariat acting on behalf
// (act.onBehalf); kNotFound for an unknown declaration; the domain's
// kInvalidState / kInvalidArgument; kConflict if the version is stale. With
// act.happenedOn the event is recorded as of that earlier day (the secretariat
// only, see happenedAt; not before the endorsement's last event, kInvalidArgument
// naming "happenedOn"), and the endorsement's date defaults to it.
Result<domain::Endorsement> recordEndorsement(const Context& ctx, const domain::Actor& actor,
                                              const domain::DeclarationId& declaration,
                                              const domain::CountryCode& country, const domain::EndorsementAct& act,
                                              long expectedVersion);

}  // namespace accord::app
