// The parts of Accord's records that a bundle file and an API request body spell
// the same way, read once for both (see node.h for how problems are collected).
#pragma once

#include <optional>
#include <vector>

#include "accord/domain/commitment.h"
#include "accord/domain/conference.h"
#include "accord/domain/endorsement.h"
#include "accord/domain/party.h"
#include "accord/domain/revision.h"
#include "accord/json/node.h"

namespace accord::json {

domain::Country readCountry(Node n);
// The fields every country record has (code, names, footnote), without finishing
// `n`: for readers whose country records carry more.
domain::Country readCountryFields(Node& n);
domain::Organization readOrganization(Node n);
domain::Person readPerson(Node n);

// The "speakers" and "delegations" arrays of `parent`. A delegation without
// members is refused when `membersRequired` (a request adding one).
std::vector<domain::Speaker> readSpeakers(Node& parent);
domain::Delegation readDelegation(Node& d, bool membersRequired);
std::vector<domain::Delegation> readDelegations(Node& parent, bool membersRequired);

// A clause at `depth` (1 for operative clauses) with its sub-items. Nesting beyond
// the limit is left for the domain's normalize(Revision&) to report.
domain::Clause readClause(Node n, int depth);

// The "milestones" and "indicators" arrays of `parent`. A milestone's state
// defaults to `defaultState` when given, else is required.
std::vector<domain::Milestone> readMilestones(Node& parent, std::optional<domain::MilestoneState> defaultState);
std::vector<domain::Indicator> readIndicators(Node& parent);

// The optional "signer" object and "method" of an endorsement or one of its acts.
std::optional<domain::Signer> readSigner(Node& parent);
std::optional<domain::EndorsementMethod> readMethod(Node& parent);

}  // namespace accord::json
