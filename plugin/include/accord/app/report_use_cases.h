// Use cases on progress reports: a country drafts and submits, a monitor validates
// or returns.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "accord/app/context.h"
#include "accord/app/report_key.h"
#include "accord/domain/actor.h"

namespace accord::app {

// Stores a new draft by the country's coordinator for an accepted assignment.
// Returns kForbidden, kNotFound (no such assignment), kInvalidState (not
// accepted), the validation error, kAlreadyExists naming "id" if the id is taken
// by any report (report ids are unique across assignments).
Result<domain::ProgressReport> draftReport(const Context& ctx, const domain::Actor& actor,
                                           domain::ProgressReport report);

// Records a report the country made on an earlier day and the secretariat enters
// now (a paper report, a past conference typed in): stored as submitted as of
// `happenedOn` (see happenedAt), by the secretariat. Returns kForbidden unless the
// actor is the secretariat, kInvalidArgument naming "happenedOn" for a day after
// today, and what submitNewReport returns.
Result<domain::ProgressReport> recordPastReport(const Context& ctx, const domain::Actor& actor,
                                                domain::ProgressReport report, domain::Date happenedOn);

// Stores a new report and submits it at once, in one transaction: a report that
// cannot be submitted (no narrative, say) is not stored either. Returns what
// draftReport and submitting return.
Result<domain::ProgressReport> submitNewReport(const Context& ctx, const domain::Actor& actor,
                                               domain::ProgressReport report);

// The changes below name the report under its assignment (the URL's commitment
// and country) and return kNotFound naming "report" for a report of another one.

// What a client asks of a report: either a rework of what the country wrote (the
// content fields it names; the others stay as stored) or a move to `state` (with
// `returnReason` when returning), never both.
struct ReportChange {
  std::optional<domain::Date> periodStart;
  std::optional<domain::Date> periodEnd;
  std::optional<std::string> narrative;
  std::optional<int> percent;
  std::optional<std::vector<std::string>> evidence;
  std::optional<domain::ReportState> state;
  std::string returnReason;
  // Whether any content field is named.
  bool reworks() const { return periodStart || periodEnd || narrative || percent || evidence; }
};

// Makes the one change `change` asks, in one transaction that reads the report,
// checks it is the assignment's, merges the named content into the stored report,
// authorizes `actor` for that kind of change, checks the version and writes.
// Returns kInvalidArgument naming "state" when `change` both reworks and moves or
// moves to draft, or asks nothing; otherwise what reworkReport, submitReport,
// validateReport and returnReport below return.
Result<domain::ProgressReport> changeReport(const Context& ctx, const domain::Actor& actor, const ReportKey& report,
                                            const ReportChange& change, long expectedVersion);

// The country's coordinator reworks a draft or returned report: its period,
// narrative, percent and evidence become `content`'s (whose other fields are
// ignored). Returns kForbidden, kNotFound, kInvalidState (submitted or
// validated), the validation error, kConflict.
Result<domain::ProgressReport> reworkReport(const Context& ctx, const domain::Actor& actor,
                                            const ReportKey& report, const domain::ProgressReport& content,
                                            long expectedVersion);

// draft|returned → submitted, by the country's coordinator. Returns kForbidden,
// kNotFound, kInvalidState, kInvalidArgument (empty narrative), kConflict.
Result<domain::ProgressReport> submitReport(const Context& ctx, const domain::Actor& actor,
                                            const ReportKey& report, long expectedVersion);

// submitted → validated by a monitor. Returns kForbidden, kNotFound, kInvalidState, kConflict.
Result<domain::ProgressReport> validateReport(const Context& ctx, const domain::Actor& actor,
                                              const ReportKey& report, long expectedVersion);

// submitted → returned by a monitor with a reason. Returns kForbidden, kNotFound,
// kInvalidState, kInvalidArgument (no reason), kConflict.
Result<domain::ProgressReport> returnReport(const Context& ctx, const domain::Actor& actor,
                                            const ReportKey& report, const std::string& reason,
                                            long expectedVersion);

}  // namespace accord::app
