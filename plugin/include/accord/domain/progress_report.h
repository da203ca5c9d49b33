// A country's report on implementing one commitment.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "accord/domain/country.h"
#include "accord/domain/date.h"
#include "accord/domain/enum_names.h"
#include "accord/domain/id.h"

namespace accord::domain {

// draft → submitted → validated | returned; returned → draft | submitted (the
// author reworks it). validated is final.
enum class ReportState { kDraft, kSubmitted, kValidated, kReturned };
const char* toString(ReportState s);
template <>
const std::vector<const char*>& enumNames<ReportState>();
Result<ReportState> parseReportState(std::string_view field, std::string_view text);
bool isLegalTransition(ReportState from, ReportState to);

struct ProgressReport {
  ReportId id;
  CommitmentId commitment;
  CountryCode country;
  Date periodStart;
  Date periodEnd;
  std::string narrative;
  int percent = 0;                    // 0..100
  std::vector<std::string> evidence;  // links or references
  ReportState state = ReportState::kDraft;
  std::string author;
  std::optional<Timestamp> submittedAt;
  std::string reviewedBy;
  std::optional<Timestamp> reviewedAt;
  std::string returnReason;           // the monitor's reason when returned
  long version = 0;

  // Takes the author's part of `from` (period, narrative, percent, evidence) while
  // this report is a draft or returned, so the country can rework it before
  // submitting; its state stays. Returns kInvalidState once submitted or validated.
  Status rework(const ProgressReport& from);
  // draft|returned → submitted. Returns kInvalidState from another state,
  // kInvalidArgument if the narrative is empty.
  Status submit(const std::string& actor, Timestamp at);
  // submitted → validated by a monitor.
  Status accept(const std::string& reviewer, Timestamp at);
  // submitted → returned with a reason (required, kInvalidArgument "returnReason").
  Status giveBack(const std::string& reviewer, const std::string& reason, Timestamp at);
};

// Normalises the texts of `r` in place (see validateText). Returns the first rule
// broken: bad id or text, period end before start, percent outside 0..100, more than
// 20 evidence entries, submitted without submittedAt, returned without a reason.
Status normalize(ProgressReport& r, const std::string& path = "report");

}  // namespace accord::domain
