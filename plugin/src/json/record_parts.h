// The parts several record readers share (speakers, delegations, clauses,
// milestones, indicators, signers), private to the json layer: users read whole
// records through records.h.
#pragma once

#include <optional>
#include <vector>

#include "accord/json/records.h"

namespace accord::json {

// The "speakers" and "delegations" arrays of `parent`. A delegation without
// members is refused when `membersRequired` (a request adding one).
std::vector<domain::Speaker> readSpeakers(Node& parent);
std::vector<domain::Delegation> readDelegations(Node& parent, bool membersRequired);
// The optional "sessions" array of `parent`: the conference's agenda.
std::vector<domain::AgendaSession> readSessions(Node& parent);

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
