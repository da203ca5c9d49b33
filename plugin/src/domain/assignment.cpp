#include "accord/domain/assignment.h"

#include <algorithm>
#include <cmath>

#include "accord/domain/text.h"

#include "accord/domain/enum_names.h"
#include "checks.h"

namespace accord::domain {
namespace {
using I = ImplementationStatus;
const std::pair<Acceptance, const char*> kAcceptance[] = {
    {Acceptance::kProposed, "proposed"}, {Acceptance::kAccepted, "accepted"}, {Acceptance::kDeclined, "declined"}};
const std::pair<I, const char*> kStatuses[] = {
    {I::kNotStarted, "not_started"}, {I::kInProgress, "in_progress"}, {I::kCompleted, "completed"},
    {I::kOnHold, "on_hold"},         {I::kCancelled, "cancelled"}};
const std::pair<Assessment, const char*> kAssessments[] = {
    {Assessment::kNoEvidence, "no_evidence"}, {Assessment::kNotStarted, "not_started"},
    {Assessment::kLimited, "limited"},        {Assessment::kSubstantial, "substantial"},
    {Assessment::kComplete, "complete"}};
const std::pair<Timeliness, const char*> kTimeliness[] = {
    {Timeliness::kOnTrack, "on_track"}, {Timeliness::kAtRisk, "at_risk"},
    {Timeliness::kOverdue, "overdue"},  {Timeliness::kCompletedLate, "completed_late"}};
}  // namespace

const char* toString(Acceptance a) { return enumName(kAcceptance, a); }
template <>
const std::vector<const char*>& enumNames<Acceptance>() {
  static const auto names = enumNameList(kAcceptance);
  return names;
}
Result<Acceptance> parseAcceptance(std::string_view field, std::string_view text) {
  return parseEnum(kAcceptance, field, text);
}
const char* toString(ImplementationStatus s) { return enumName(kStatuses, s); }
template <>
const std::vector<const char*>& enumNames<ImplementationStatus>() {
  static const auto names = enumNameList(kStatuses);
  return names;
}
Result<ImplementationStatus> parseImplementationStatus(std::string_view field, std::string_view text) {
  return parseEnum(kStatuses, field, text);
}
const char* toString(Assessment a) { return enumName(kAssessments, a); }
template <>
const std::vector<const char*>& enumNames<Assessment>() {
  static const auto names = enumNameList(kAssessments);
  return names;
}
Result<Assessment> parseAssessment(std::string_view field, std::string_view text) {
  return parseEnum(kAssessments, field, text);
}
const char* toString(Timeliness t) { return enumName(kTimeliness, t); }
template <>
const std::vector<const char*>& enumNames<Timeliness>() {
  static const auto names = enumNameList(kTimeliness);
  return names;
}

bool isLegalTransition(ImplementationStatus from, ImplementationStatus to) {
  switch (from) {
    case I::kNotStarted: return to == I::kInProgress || to == I::kCompleted || to == I::kOnHold || to == I::kCancelled;
    case I::kInProgress: return to == I::kCompleted || to == I::kOnHold || to == I::kCancelled;
    case I::kOnHold: return to == I::kInProgress || to == I::kCancelled;
    case I::kCompleted: return to == I::kInProgress;
    case I::kCancelled: return false;
  }
  return false;
}

Status Assignment::decide(Acceptance to, const std::string& actor, Date on) {
  if (to == Acceptance::kProposed)
    return Error::invalid("acceptance", "must be accepted or declined; proposed is where assignments start");
  if (acceptance != Acceptance::kProposed)
    return Error::state(country.str() + " has already " + toString(acceptance) + " this commitment", "acceptance");
  acceptance = to;
  acceptanceDate = on;
  acceptedBy = actor;
  return {};
}

Status Assignment::moveTo(ImplementationStatus to, Date on) {
  if (acceptance != Acceptance::kAccepted)
    return Error::state("implementation can be tracked only once " + country.str() + " has accepted the commitment",
                        "status");
  if (!isLegalTransition(status, to))
    return Error::state("implementation cannot go from " + std::string(toString(status)) + " to " + toString(to),
                        "status");
  status = to;
  if (to == I::kCompleted) completedOn = on;
  else completedOn.reset();
  return {};
}

Status Assignment::assess(Assessment to) {
  if (!assessable())
    return Error::state(country.str() + " has declined this commitment; there is no implementation to assess",
                        "assessment");
  assessment = to;
  return {};
}

MilestoneState milestoneState(const Assignment& a, const Milestone& m) {
  for (const auto& own : a.milestones)
    if (own.milestone == m.id) return own.state;
  return m.state;
}

Status Assignment::setMilestone(const Commitment& c, const MilestoneId& m, MilestoneState to,
                                const std::string& actor, Date on) {
  auto defined = std::find_if(c.milestones.begin(), c.milestones.end(), [&](const Milestone& x) { return x.id == m; });
  if (defined == c.milestones.end())
    return Error::notFound("commitment " + c.id.str() + " has no milestone " + m.str(), "milestone");
  if (acceptance != Acceptance::kAccepted)
    return Error::state("milestones are tracked only once " + country.str() + " has accepted the commitment",
                        "state");
  auto own = std::find_if(milestones.begin(), milestones.end(), [&](const MilestoneProgress& x) { return x.milestone == m; });
  if (own == milestones.end()) {
    milestones.push_back(MilestoneProgress{m, to, on, actor});
    return {};
  }
  own->state = to;
  own->updatedOn = on;
  own->updatedBy = actor;
  return {};
}

Status Assignment::record(const Commitment& c, Measurement m, Date today) {
  bool known = std::any_of(c.indicators.begin(), c.indicators.end(),
                           [&](const Indicator& i) { return i.name == m.indicator; });
  if (!known) return Error::notFound("commitment " + c.id.str() + " has no indicator named " + m.indicator, "indicator");
  if (acceptance != Acceptance::kAccepted)
    return Error::state("indicators are measured only once " + country.str() + " has accepted the commitment",
                        "indicator");
  if (!std::isfinite(m.value)) return Error::invalid("value", "must be a finite number");
  if (m.on > today) return Error::invalid("date", "is in the future; a measurement records what already held");
  auto source = validateText("source", m.source, text_rules::kNote);
  if (!source.ok()) return source.error();
  m.source = *source;
  measurements.push_back(std::move(m));
  return {};
}

std::optional<Timeliness> timeliness(const Assignment& a, const Commitment& c, Date today) {
  if (a.acceptance == Acceptance::kDeclined || a.status == I::kCancelled) return std::nullopt;
  if (a.status == I::kCompleted)
    return a.completedOn && *a.completedOn > c.deadline ? Timeliness::kCompletedLate : Timeliness::kOnTrack;
  if (today > c.deadline) return Timeliness::kOverdue;
  for (const auto& m : c.milestones) {
    MilestoneState state = milestoneState(a, m);
    if (m.due < today && (state == MilestoneState::kPending || state == MilestoneState::kMissed))
      return Timeliness::kAtRisk;
  }
  if (a.status == I::kNotStarted && c.deadline.days() - today.days() <= kAtRiskWindowDays) return Timeliness::kAtRisk;
  return Timeliness::kOnTrack;
}

Status normalize(Assignment& a, const Commitment& c, const std::string& path) {
  Checks checks;
  for (std::size_t i = 0; i < a.milestones.size(); ++i)
    checks.text(path + ".milestones[" + std::to_string(i) + "].updatedBy", a.milestones[i].updatedBy,
                text_rules::kOptionalName);
  for (std::size_t i = 0; i < a.measurements.size(); ++i) {
    std::string at = path + ".measurements[" + std::to_string(i) + "]";
    checks.text(at + ".indicator", a.measurements[i].indicator, text_rules::kName)
        .text(at + ".source", a.measurements[i].source, text_rules::kNote)
        .text(at + ".recordedBy", a.measurements[i].recordedBy, text_rules::kOptionalName)
        .that(std::isfinite(a.measurements[i].value), at + ".value", "must be a finite number");
  }
  return checks
      .that(c.appliesTo(a.country), path + ".country", "the commitment does not apply to " + a.country.str())
      .text(path + ".leadInstitution", a.leadInstitution, text_rules::kOptionalName)
      .text(path + ".acceptedBy", a.acceptedBy, text_rules::kOptionalName)
      .that(a.acceptance == Acceptance::kProposed || a.acceptanceDate.has_value(), path + ".acceptanceDate",
            "is required once the commitment is " + std::string(toString(a.acceptance)))
      .that(a.acceptance == Acceptance::kAccepted || a.status == I::kNotStarted, path + ".status",
            "must be not_started while the commitment is " + std::string(toString(a.acceptance)))
      .that((a.status == I::kCompleted) == a.completedOn.has_value(), path + ".completedOn",
            "is given exactly when the status is completed")
      .status();
}

}  // namespace accord::domain
