#include "accord/app/report_use_cases.h"

#include <functional>

#include "accord/app/authorization.h"
#include "id_taken.h"
#include "support.h"

namespace accord::app {

using namespace accord::domain;

namespace {
// Loads a report, makes sure it is the assignment's, authorizes `actor` for it (the
// country is known only once it is loaded), checks the version, applies `change`,
// stores and audits it.
Result<ProgressReport> changeReport(const Context& ctx, const Actor& actor, const ReportKey& key, long expectedVersion,
                                    const std::function<Status(const ProgressReport&)>& allowed,
                                    const std::string& action, const std::function<Status(ProgressReport&)>& change) {
  return transact<ProgressReport>(ctx.store, TxMode::kReadWrite, [&](Repositories& r) -> Result<ProgressReport> {
    const ReportId& id = key.id;
    auto report = r.reports().get(id);
    if (!report.ok()) return report.error();
    if (Status s = belongs(*report, key); !s.ok()) return s.error();
    if (Status s = allowed(*report); !s.ok()) return s.error();
    if (Status s = detail::expectVersion("report " + id.str(), report->version, expectedVersion); !s.ok())
      return s.error();
    std::string before = ctx.snapshots.of(*report);
    if (Status s = change(*report); !s.ok()) return s.error();
    auto version = r.reports().update(*report, expectedVersion);
    if (!version.ok()) return version.error();
    report->version = *version;
    if (Status s = detail::audit(r, ctx, actor, action, "report", id.str(), before, ctx.snapshots.of(*report)); !s.ok())
      return s.error();
    return std::move(report).value();
  });
}
}  // namespace

Result<ProgressReport> draftReport(const Context& ctx, const Actor& actor, ProgressReport report) {
  if (Status s = authorize(actor, Action::kWriteReport, report.country); !s.ok()) return s.error();
  report.state = ReportState::kDraft;
  report.author = actor.name;
  report.submittedAt.reset();
  report.reviewedAt.reset();
  report.reviewedBy.clear();
  report.returnReason.clear();
  report.version = 1;
  if (Status s = normalize(report); !s.ok()) return s.error();
  return transact<ProgressReport>(ctx.store, TxMode::kReadWrite, [&](Repositories& r) -> Result<ProgressReport> {
    auto a = r.assignments().get(report.commitment, report.country);
    if (!a.ok()) return a.error();
    if (a->acceptance != Acceptance::kAccepted)
      return Error::state("reports are written only for an accepted commitment; " + report.country.str() +
                          " has " + toString(a->acceptance) + " it");
    // Report ids are unique across all assignments, not per assignment: a report is
    // read, reworked, submitted and reviewed by its id alone (GET /reports/{id} only
    // checks that the id belongs to the URL's assignment, the monitor's inbox and the
    // audit trail name reports by id, and the schema's primary key is the id). An id
    // unique per assignment would make those addresses ambiguous.
    if (Status s = detail::expectFreeId(r.reports().get(report.id), "report", report.id.str()); !s.ok())
      return s.error();
    if (Status s = detail::asIdTaken(r.reports().insert(report), "report", report.id.str()); !s.ok())
      return s.error();
    if (Status s = detail::audit(r, ctx, actor, "report.drafted", "report", report.id.str(), "", ctx.snapshots.of(report));
        !s.ok())
      return s.error();
    return report;
  });
}

Result<ProgressReport> reworkReport(const Context& ctx, const Actor& actor, const ReportKey& report,
                                    const ProgressReport& content, long expectedVersion) {
  return changeReport(
      ctx, actor, report, expectedVersion,
      [&](const ProgressReport& r) { return authorize(actor, Action::kWriteReport, r.country); },
      "report.reworked", [&](ProgressReport& r) {
        if (Status s = r.rework(content); !s.ok()) return s;
        return normalize(r);
      });
}

Result<ProgressReport> submitReport(const Context& ctx, const Actor& actor, const ReportKey& report,
                                    long expectedVersion) {
  Timestamp now = ctx.clock.now();
  return changeReport(
      ctx, actor, report, expectedVersion,
      [&](const ProgressReport& r) { return authorize(actor, Action::kWriteReport, r.country); },
      "report.submitted", [&](ProgressReport& r) { return r.submit(actor.name, now); });
}

Result<ProgressReport> validateReport(const Context& ctx, const Actor& actor, const ReportKey& report,
                                      long expectedVersion) {
  Timestamp now = ctx.clock.now();
  return changeReport(
      ctx, actor, report, expectedVersion, [&](const ProgressReport&) { return authorize(actor, Action::kReviewReport); },
      "report.validated", [&](ProgressReport& r) { return r.accept(actor.name, now); });
}

Result<ProgressReport> returnReport(const Context& ctx, const Actor& actor, const ReportKey& report,
                                    const std::string& reason, long expectedVersion) {
  Timestamp now = ctx.clock.now();
  return changeReport(
      ctx, actor, report, expectedVersion, [&](const ProgressReport&) { return authorize(actor, Action::kReviewReport); },
      "report.returned", [&](ProgressReport& r) { return r.giveBack(actor.name, reason, now); });
}

}  // namespace accord::app
