#include "accord/app/report_use_cases.h"

#include <functional>

#include "accord/app/authorization.h"
#include "accord/app/happened_on.h"
#include "id_taken.h"
#include "readable.h"
#include "support.h"

namespace accord::app {

using namespace accord::domain;

namespace {
// Loads a report, makes sure it is the assignment's, authorizes `actor` for it (the
// country is known only once it is loaded), checks the version, applies `change`,
// stores and audits it.
Result<ProgressReport> applyToReport(const Context& ctx, const Actor& actor, const ReportKey& key, long expectedVersion,
                                    const std::function<Status(const ProgressReport&)>& allowed,
                                    const std::string& action, const std::function<Status(ProgressReport&)>& change) {
  return transact<ProgressReport>(ctx.store, TxMode::kReadWrite, [&](Repositories& r) -> Result<ProgressReport> {
    const ReportId& id = key.id;
    auto report = r.reports().get(id);
    if (!report.ok()) return report.error();
    // A report the actor may not read is not there for them: neither "not one of
    // this assignment's" nor a refusal may confirm that it exists.
    if (Status s = detail::expectReadable(r, actor, *report); !s.ok()) return s.error();
    if (Status s = belongs(*report, key); !s.ok()) return s.error();
    if (Status s = allowed(*report); !s.ok()) return s.error();
    if (Status s = detail::expectVersion("report " + id.str(), report->version, expectedVersion); !s.ok())
      return s.error();
    std::string before = ctx.snapshots.of(*report);
    ReportState stateBefore = report->state;
    if (Status s = change(*report); !s.ok()) return s.error();
    auto version = r.reports().update(*report, expectedVersion);
    if (!version.ok()) return version.error();
    report->version = *version;
    if (Status s = detail::audit(r, ctx, actor, action, "report", id.str(), before, ctx.snapshots.of(*report)); !s.ok())
      return s.error();
    if (auto event = reportEvent(stateBefore, *report))
      if (Status s = detail::notify(r, ctx, {*event}); !s.ok()) return s.error();
    return std::move(report).value();
  });
}
}  // namespace

namespace {
enum class Filing { kDraft, kSubmit };

// Stores a new report as a draft and, for kSubmit, submits it in the same
// transaction: a report that cannot be submitted is then not stored at all, so the
// author corrects the one form instead of finding a second copy later.
// With `happenedOn` (the secretariat's, see happenedAt) it is submitted as of that day.
Result<ProgressReport> fileReport(const Context& ctx, const Actor& actor, ProgressReport report, Filing filing,
                                  const std::optional<Date>& happenedOn = std::nullopt) {
  // A day in the past is the secretariat's to give (happenedAt refuses it to anyone
  // else, naming the field); without one the country writes its own report.
  auto submittedAt = happenedAt(actor, happenedOn, ctx.clock.now());
  if (!submittedAt.ok()) return submittedAt.error();
  if (!happenedOn)
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
    //
    // So an id can be taken by another country's report, which this coordinator may
    // not read (a draft, or one under review). "A report with id X already exists"
    // would confirm it exists. Every taken report id therefore gets one answer that
    // says only that the id cannot be used, whoever holds it: the same for the
    // caller's own reports and for reports they may not read, so the answer tells
    // nothing about whose, or in which state. That an id is unavailable cannot be
    // hidden while report ids share one namespace; scoping ids per assignment (a
    // schema change) would remove even that.
    if (Status s = detail::expectFreeId(r.reports().get(report.id), "report", report.id.str()); !s.ok())
      return detail::reportIdUnavailable(s, report.id.str()).error();
    if (Status s = detail::asIdTaken(r.reports().insert(report), "report", report.id.str()); !s.ok())
      return detail::reportIdUnavailable(s, report.id.str()).error();
    if (Status s = detail::audit(r, ctx, actor, "report.drafted", "report", report.id.str(), "", ctx.snapshots.of(report));
        !s.ok())
      return s.error();
    if (filing == Filing::kDraft) return report;
    std::string before = ctx.snapshots.of(report);
    if (Status s = report.submit(actor.name, *submittedAt); !s.ok()) return s.error();
    auto version = r.reports().update(report, report.version);
    if (!version.ok()) return version.error();
    report.version = *version;
    if (Status s = detail::audit(r, ctx, actor, "report.submitted", "report", report.id.str(), before,
                                 ctx.snapshots.of(report));
        !s.ok())
      return s.error();
    if (auto event = reportEvent(ReportState::kDraft, report))
      if (Status s = detail::notify(r, ctx, {*event}); !s.ok()) return s.error();
    return report;
  });
}
}  // namespace

Result<ProgressReport> draftReport(const Context& ctx, const Actor& actor, ProgressReport report) {
  return fileReport(ctx, actor, std::move(report), Filing::kDraft);
}

Result<ProgressReport> recordPastReport(const Context& ctx, const Actor& actor, ProgressReport report,
                                        Date happenedOn) {
  return fileReport(ctx, actor, std::move(report), Filing::kSubmit, happenedOn);
}

Result<ProgressReport> submitNewReport(const Context& ctx, const Actor& actor, ProgressReport report) {
  return fileReport(ctx, actor, std::move(report), Filing::kSubmit);
}

Result<ProgressReport> changeReport(const Context& ctx, const Actor& actor, const ReportKey& report,
                                    const ReportChange& change, long expectedVersion) {
  // Someone who may neither write nor review this country's reports is refused
  // first, whatever the request says; the exact check follows once it is known
  // what the request asks.
  if (Status s = authorizeAny(actor, {Action::kWriteReport, Action::kReviewReport}, report.country); !s.ok())
    return s.error();
  // Refused before the transaction: these depend on the request alone.
  if (change.reworks() && change.state)
    return Error::invalid("state", "a request either moves the report (state) or reworks its content, not both");
  if (!change.reworks() && !change.state)
    return Error::invalid("state", "name the new state or the content to rework");
  if (change.state == ReportState::kDraft)
    return Error::invalid("state", "must be submitted, validated or returned: a report is drafted by POST");
  // Who may ask this depends on what is asked, not on the stored report: refused
  // here, before the report is read, a caller learns nothing about it.
  bool reviewing = change.state == ReportState::kValidated || change.state == ReportState::kReturned;
  if (Status s = reviewing ? authorize(actor, Action::kReviewReport) : authorize(actor, Action::kWriteReport, report.country);
      !s.ok())
    return s.error();
  Timestamp now = ctx.clock.now();
  auto writes = [&](const ProgressReport& r) { return authorize(actor, Action::kWriteReport, r.country); };
  auto reviews = [&](const ProgressReport&) { return authorize(actor, Action::kReviewReport); };
  if (!change.state) {
    // Merged against the report as this transaction reads it, so that a field the
    // request leaves out keeps what is stored now, not what some earlier read saw.
    return applyToReport(ctx, actor, report, expectedVersion, writes, "report.reworked", [&](ProgressReport& r) {
      ProgressReport content = r;
      if (change.periodStart) content.periodStart = *change.periodStart;
      if (change.periodEnd) content.periodEnd = *change.periodEnd;
      if (change.narrative) content.narrative = *change.narrative;
      if (change.percent) content.percent = *change.percent;
      if (change.evidence) content.evidence = *change.evidence;
      if (Status s = r.rework(content); !s.ok()) return s;
      return normalize(r);
    });
  }
  switch (*change.state) {
    case ReportState::kSubmitted:
      return applyToReport(ctx, actor, report, expectedVersion, writes, "report.submitted",
                           [&](ProgressReport& r) { return r.submit(actor.name, now); });
    case ReportState::kValidated:
      return applyToReport(ctx, actor, report, expectedVersion, reviews, "report.validated",
                           [&](ProgressReport& r) { return r.accept(actor.name, now); });
    case ReportState::kReturned:
      return applyToReport(ctx, actor, report, expectedVersion, reviews, "report.returned",
                           [&](ProgressReport& r) { return r.giveBack(actor.name, change.returnReason, now); });
    case ReportState::kDraft:
      break;  // refused above
  }
  return Error::invalid("state", "must be submitted, validated or returned: a report is drafted by POST");
}

Result<ProgressReport> reworkReport(const Context& ctx, const Actor& actor, const ReportKey& report,
                                    const ProgressReport& content, long expectedVersion) {
  ReportChange change;
  change.periodStart = content.periodStart;
  change.periodEnd = content.periodEnd;
  change.narrative = content.narrative;
  change.percent = content.percent;
  change.evidence = content.evidence;
  return changeReport(ctx, actor, report, change, expectedVersion);
}

Result<ProgressReport> submitReport(const Context& ctx, const Actor& actor, const ReportKey& report,
                                    long expectedVersion) {
  ReportChange change;
  change.state = ReportState::kSubmitted;
  return changeReport(ctx, actor, report, change, expectedVersion);
}

Result<ProgressReport> validateReport(const Context& ctx, const Actor& actor, const ReportKey& report,
                                      long expectedVersion) {
  ReportChange change;
  change.state = ReportState::kValidated;
  return changeReport(ctx, actor, report, change, expectedVersion);
}

Result<ProgressReport> returnReport(const Context& ctx, const Actor& actor, const ReportKey& report,
                                    const std::string& reason, long expectedVersion) {
  ReportChange change;
  change.state = ReportState::kReturned;
  change.returnReason = reason;
  return changeReport(ctx, actor, report, change, expectedVersion);
}

}  // namespace accord::app
