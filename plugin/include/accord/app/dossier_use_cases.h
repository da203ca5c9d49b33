// Import and export of whole conferences (the bundle's content), each in one
// transaction.
#pragma once

#include <cstddef>

#include "accord/app/context.h"
#include "accord/domain/actor.h"

namespace accord::app {

struct ImportSummary {
  domain::ConferenceId conference;
  std::size_t declarations = 0, endorsements = 0, commitments = 0, assignments = 0, reports = 0;
};

// Checks the dossier against `catalog` and stores all of it, its texts normalised
// (see domain::normalize), with one audit event for the import. Returns kForbidden (secretariat or admin), kInvalidArgument with
// the first problem and how many there are, kAlreadyExists if the conference or
// any record id is already stored (nothing is stored then).
Result<ImportSummary> importDossier(const Context& ctx, const domain::Actor& actor, domain::Dossier dossier,
                                    const domain::CountryCatalog& catalog);

// Everything stored about the conference. Returns kForbidden, kNotFound.
Result<domain::Dossier> exportDossier(const Context& ctx, const domain::Actor& actor,
                                      const domain::ConferenceId& id);

// Ids of the stored conferences, in id order, at most `limit`.
Result<std::vector<domain::ConferenceId>> storedConferences(const Context& ctx, std::size_t limit);

}  // namespace accord::app
