// Progress reports (per assignment, with their evidence links) in SQL.
#pragma once

#include "accord/app/repositories.h"
#include "tx_state.h"
#include "versioned.h"

namespace accord::storage::detail {

// Reports matching `scope` (parent: report table, child: report_evidence), in
// stored order per assignment.
std::vector<domain::ProgressReport> loadReports(Sql& sql, const Scope& scope);
// What a matrix cell shows of reports matching `where`: id, assignment, period,
// percent, state and version; no narrative, evidence or review (a page of the
// matrix reads thousands of them).
// The same head columns of each assignment's latest report, from latest_report
// (migration 18) alone: one range of its primary key, no probe of `report`. By
// assignment in byte order (the matrix finds them by key).
std::vector<domain::ProgressReport> loadLatestReportHeads(Sql& sql, const std::string& where, const Params& params);
void insertReports(Sql& sql, const std::vector<domain::ProgressReport>& rs);
// Writes the summary rows (table latest_report) of the assignments of `rs`, which
// have no stored reports yet: a bulk load, after insertReports.
void insertLatestReports(Sql& sql, const std::vector<domain::ProgressReport>& rs);
// Points the assignment's summary row at its latest report (by period end, then
// stored order); called in the transaction of every report insert and update.
void refreshLatestReport(Sql& sql, const domain::CommitmentId& c, const domain::CountryCode& country);
// The subquery of the latest report ids (by period end) of every assignment of
// the declaration bound to its one parameter, read from the summary rows.
std::string latestReportIdsOfDeclaration();

class SqlReportRepository final : public app::ReportRepository {
 public:
  SqlReportRepository(Sql& sql, TxState& tx) : sql_(sql), tx_(tx) {}
  domain::Result<domain::ProgressReport> get(const domain::ReportId& id) override;
  domain::Result<std::vector<domain::ProgressReport>> listByAssignment(const domain::CommitmentId& c,
                                                                       const domain::CountryCode& country) override;
  domain::Result<app::Page<domain::ProgressReport>> pageByAssignment(const domain::CommitmentId& c,
                                                                     const domain::CountryCode& country,
                                                                     const app::PageRequest& page,
                                                                     bool newestFirst) override;
  domain::Result<std::vector<domain::ProgressReport>> listSubmitted(const domain::DeclarationId& d) override;
  domain::Status insert(const domain::ProgressReport& r) override;
  domain::Result<long> update(const domain::ProgressReport& r, long expectedVersion) override;

 private:
  Sql& sql_;
  TxState& tx_;
};

}  // namespace accord::storage::detail
