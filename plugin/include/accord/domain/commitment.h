// A follow-up commitment a declaration defines: what, by when, how it is measured,
// and which countries it applies to.
#pragma once

#include <string>
#include <vector>

#include "accord/domain/country.h"
#include "accord/domain/date.h"
#include "accord/domain/declaration.h"
#include "accord/domain/enum_names.h"

namespace accord::domain {

enum class MilestoneState { kPending, kDone, kMissed, kDropped };
const char* toString(MilestoneState s);
template <>
const std::vector<const char*>& enumNames<MilestoneState>();
Result<MilestoneState> parseMilestoneState(std::string_view field, std::string_view text);

struct Milestone {
  MilestoneId id;
  std::string title;
  Date due;
  MilestoneState state = MilestoneState::kPending;
};

struct Indicator {
  std::string name;
  double baseline = 0;
  double target = 0;
  std::string unit;
};

struct Commitment {
  CommitmentId id;
  DeclarationId declaration;
  std::string text;
  ClauseId clause;  // the operative clause it implements
  Date deadline;
  std::vector<Milestone> milestones;
  std::vector<Indicator> indicators;
  std::vector<CountryCode> countries;
  long version = 0;

  bool appliesTo(const CountryCode& c) const;
};

// Normalises the texts of `c` in place (see validateText). Returns the first rule
// broken: bad id or text, no country, a country not invited to `d`, a duplicate
// country or milestone id, a clause id not found in the declaration's latest
// revision, a milestone due after the deadline.
Status normalize(Commitment& c, const Declaration& d, const std::string& path = "commitment");

}  // namespace accord::domain
