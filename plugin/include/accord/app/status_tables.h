// The status views as tables, for CSV export: a header row, then one row per
// invited country, per matrix cell, or per delegate. Built from the same read
// models as the JSON views and the pages, so that an export shows exactly what its
// caller may read (a coordinator's export leaves out other countries' draft
// reports, a viewer's a declaration still in drafting: kNotFound).
#pragma once

#include <string>
#include <vector>

#include "accord/app/context.h"
#include "accord/domain/actor.h"
#include "accord/domain/country.h"

namespace accord::app {

using TableRows = std::vector<std::vector<std::string>>;

// country, name, status, revision, date, place, signer, signer title, method,
// on behalf, statement. Returns the errors of endorsementTally.
Result<TableRows> endorsementTable(const Context& ctx, const domain::Actor& actor, const domain::DeclarationId& id,
                                   const domain::CountryCatalog& countries);

// One row per cell (commitment × country it applies to), as of today, with the
// country's own milestones done and its latest measurement. Returns the errors of
// implementationMatrix.
Result<TableRows> implementationTable(const Context& ctx, const domain::Actor& actor, const domain::DeclarationId& id,
                                      const domain::CountryCatalog& countries);

// One row per delegate: country, name, role, title, organization, country of the
// person. Returns the errors of getConference.
Result<TableRows> delegationTable(const Context& ctx, const domain::Actor& actor, const domain::ConferenceId& id,
                                  const domain::CountryCatalog& countries);

}  // namespace accord::app
