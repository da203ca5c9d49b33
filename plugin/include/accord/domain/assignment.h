// One commitment for one country: whether the country took it on, how
// implementation goes, the monitor's assessment, and timeliness derived from dates.
#pragma once

#include <optional>
#include <string>

#include "accord/domain/commitment.h"
#include "accord/domain/enum_names.h"

namespace accord::domain {

enum class Acceptance { kProposed, kAccepted, kDeclined };
const char* toString(Acceptance a);
template <>
const std::vector<const char*>& enumNames<Acceptance>();
Result<Acceptance> parseAcceptance(std::string_view field, std::string_view text);

// not_started → in_progress | completed | on_hold | cancelled
// in_progress → completed | on_hold | cancelled
// on_hold     → in_progress | cancelled
// completed   → in_progress   (reopened when evidence falls short)
// cancelled   → nothing
enum class ImplementationStatus { kNotStarted, kInProgress, kCompleted, kOnHold, kCancelled };
const char* toString(ImplementationStatus s);
template <>
const std::vector<const char*>& enumNames<ImplementationStatus>();
Result<ImplementationStatus> parseImplementationStatus(std::string_view field, std::string_view text);
bool isLegalTransition(ImplementationStatus from, ImplementationStatus to);

// The monitor's completion scale.
enum class Assessment { kNoEvidence, kNotStarted, kLimited, kSubstantial, kComplete };
const char* toString(Assessment a);
template <>
const std::vector<const char*>& enumNames<Assessment>();
Result<Assessment> parseAssessment(std::string_view field, std::string_view text);

enum class Timeliness { kOnTrack, kAtRisk, kOverdue, kCompletedLate };
const char* toString(Timeliness t);
template <>
const std::vector<const char*>& enumNames<Timeliness>();

// A commitment not started this close to its deadline is at risk.
inline constexpr int kAtRiskWindowDays = 30;

// A country's own state of one of the commitment's milestones, set by its
// coordinator. The commitment defines the milestone (title, due date); each
// country reaches it or not on its own, so one country's missed milestone does not
// put the others at risk.
struct MilestoneProgress {
  MilestoneId milestone;
  MilestoneState state = MilestoneState::kPending;
  std::optional<Date> updatedOn;
  std::string updatedBy;
};

// One measurement of one of the commitment's indicators (named, as indicators
// have no id) for one country: the value, the date it held, where it comes from.
struct Measurement {
  std::string indicator;
  double value = 0;
  Date on;
  std::string source;
  std::string recordedBy;
};

struct Assignment {
  CommitmentId commitment;
  CountryCode country;
  Acceptance acceptance = Acceptance::kProposed;
  std::optional<Date> acceptanceDate;
  std::string acceptedBy;
  std::string leadInstitution;
  ImplementationStatus status = ImplementationStatus::kNotStarted;
  Assessment assessment = Assessment::kNoEvidence;
  std::optional<Date> completedOn;
  std::vector<MilestoneProgress> milestones;  // only those the country has set
  std::vector<Measurement> measurements;      // in the order recorded
  long version = 0;

  // proposed → accepted | declined, by `actor` on `on`. Returns kInvalidState if
  // already decided or `to` is proposed.
  Status decide(Acceptance to, const std::string& actor, Date on);

  // Moves implementation on. Returns kInvalidState unless accepted and the step is
  // legal. Completing records `on` as completedOn; reopening clears it.
  Status moveTo(ImplementationStatus to, Date on);

  // The monitor's assessment. Returns kInvalidState for a declined commitment:
  // the country took nothing on, so there is nothing to assess.
  Status assess(Assessment to);
  bool assessable() const { return acceptance != Acceptance::kDeclined; }

  // Sets the country's state of milestone `m` of `c`, by `actor` on `on`. Returns
  // kNotFound naming "milestone" if `c` has no such milestone, kInvalidState unless
  // the commitment is accepted.
  Status setMilestone(const Commitment& c, const MilestoneId& m, MilestoneState to, const std::string& actor,
                      Date on);

  // Appends a measurement of one of `c`'s indicators after normalising its source
  // text. Returns kNotFound naming "indicator" for an indicator `c` does not have,
  // kInvalidArgument naming "value" for a value that is not finite or "date" for a
  // date after `today`, the source's text error, kInvalidState unless accepted.
  Status record(const Commitment& c, Measurement m, Date today);
};

// The state of milestone `m` for the country of `a`: its own when it set one, else
// the commitment's (the secretariat's default, kept for countries that set none).
MilestoneState milestoneState(const Assignment& a, const Milestone& m);

// Derived, never stored. Rules, in order:
//   not measured (nullopt): declined, or cancelled;
//   completed: completed_late if completedOn is after the deadline, else on_track;
//   overdue: today is after the deadline (the deadline day itself is still on time);
//   at_risk: a milestone due before today is pending or missed for this country
//            (see milestoneState), or nothing has
//            started within kAtRiskWindowDays of the deadline;
//   otherwise on_track.
std::optional<Timeliness> timeliness(const Assignment& a, const Commitment& c, Date today);

// Normalises the texts of `a` in place (see validateText). Returns the first rule a
// stored assignment breaks: bad text, country not in the commitment, completedOn
// without completed status, implementation progress on a commitment that was not
// accepted.
Status normalize(Assignment& a, const Commitment& c, const std::string& path);

}  // namespace accord::domain
