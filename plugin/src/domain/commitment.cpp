#include "accord/domain/commitment.h"

#include <algorithm>
#include <cmath>
#include <set>

#include "accord/domain/enum_names.h"
#include "checks.h"

namespace accord::domain {
namespace {
const std::pair<MilestoneState, const char*> kStates[] = {
    {MilestoneState::kPending, "pending"},
    {MilestoneState::kDone, "done"},
    {MilestoneState::kMissed, "missed"},
    {MilestoneState::kDropped, "dropped"},
};
}  // namespace

const char* toString(MilestoneState s) { return enumName(kStates, s); }
template <>
const std::vector<const char*>& enumNames<MilestoneState>() {
  static const auto names = enumNameList(kStates);
  return names;
}
Result<MilestoneState> parseMilestoneState(std::string_view field, std::string_view text) {
  return parseEnum(kStates, field, text);
}

bool Commitment::appliesTo(const CountryCode& c) const {
  return std::find(countries.begin(), countries.end(), c) != countries.end();
}

Status normalize(Commitment& c, const Declaration& d, const std::string& path) {
  Checks checks;
  checks.id(path + ".id", c.id.str())
      .text(path + ".text", c.text, text_rules::kClause)
      .id(path + ".clause", c.clause.str())
      .that(!c.countries.empty(), path + ".countries", "must name at least one country");
  const Revision* text = d.finalRevision ? d.revision(*d.finalRevision) : d.latest();
  checks.that(text && text->findClause(c.clause), path + ".clause",
              "names the clause '" + c.clause.str() + "', which is not in the declaration's current text");
  std::set<CountryCode> countries;
  for (std::size_t i = 0; i < c.countries.size(); ++i) {
    std::string at = path + ".countries[" + std::to_string(i) + "]";
    checks.that(d.isInvited(c.countries[i]), at, c.countries[i].str() + " is not invited to the declaration")
        .that(countries.insert(c.countries[i]).second, at, "names " + c.countries[i].str() + " twice");
  }
  std::set<std::string> milestoneIds;
  for (std::size_t i = 0; i < c.milestones.size(); ++i) {
    Milestone& m = c.milestones[i];
    std::string at = path + ".milestones[" + std::to_string(i) + "]";
    checks.id(at + ".id", m.id.str())
        .that(milestoneIds.insert(m.id.str()).second, at + ".id", "repeats the id '" + m.id.str() + "'")
        .text(at + ".title", m.title, text_rules::kName)
        .that(m.due <= c.deadline, at + ".due", "is after the commitment's deadline " + c.deadline.iso());
  }
  for (std::size_t i = 0; i < c.indicators.size(); ++i) {
    Indicator& ind = c.indicators[i];
    std::string at = path + ".indicators[" + std::to_string(i) + "]";
    checks.text(at + ".name", ind.name, text_rules::kName)
        .text(at + ".unit", ind.unit, text_rules::kOptionalName)
        .that(std::isfinite(ind.baseline), at + ".baseline", "must be a finite number")
        .that(std::isfinite(ind.target), at + ".target", "must be a finite number");
  }
  return checks.status();
}

}  // namespace accord::domain
