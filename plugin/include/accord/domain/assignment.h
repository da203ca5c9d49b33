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
};

// Derived, never stored. Rules, in order:
//   not measured (nullopt): declined, or cancelled;
//   completed: completed_late if completedOn is after the deadline, else on_track;
//   overdue: today is after the deadline (the deadline day itself is still on time);
//   at_risk: a milestone due before today is pending or missed, or nothing has
//            started within kAtRiskWindowDays of the deadline;
//   otherwise on_track.
std::optional<Timeliness> timeliness(const Assignment& a, const Commitment& c, Date today);

// Normalises the texts of `a` in place (see validateText). Returns the first rule a
// stored assignment breaks: bad text, country not in the commitment, completedOn
// without completed status, implementation progress on a commitment that was not
// accepted.
Status normalize(Assignment& a, const Commitment& c, const std::string& path);

}  // namespace accord::domain
