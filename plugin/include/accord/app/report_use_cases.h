// Use cases on progress reports: a country drafts and submits, a monitor validates
// or returns.
#pragma once

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

// The changes below name the report under its assignment (the URL's commitment
// and country) and return kNotFound naming "report" for a report of another one.

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
