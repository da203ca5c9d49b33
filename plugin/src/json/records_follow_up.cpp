// Readers of what follows a declaration: endorsements with their events,
// commitments, assignments and progress reports.
#include "accord/json/records.h"
#include "record_parts.h"

namespace accord::json {

using namespace accord::domain;
namespace tr = text_rules;

namespace {
EndorsementEvent readEvent(Node& h) {
  EndorsementEvent ev;
  ev.at = h.time("at");
  ev.actor = h.text("actor", tr::kName);
  ev.from = h.enumeration("from", parseEndorsementStatus);
  ev.to = h.enumeration("to", parseEndorsementStatus);
  ev.method = readMethod(h);
  ev.onBehalf = h.boolean("onBehalf", false);
  ev.statement = h.text("statement", tr::kLongText);
  ev.evidence = h.text("evidence", tr::kNote);
  h.finish();
  return ev;
}
}  // namespace

Endorsement readEndorsementFields(Node& n, bool asRecorded) {
  Endorsement e;
  e.status = n.enumeration("status", parseEndorsementStatus);
  e.revision = n.optionalInt("revision", 1, 100000);
  e.date = n.optionalDate("date");
  e.place = n.text("place", tr::kOptionalName);
  e.signer = readSigner(n);
  e.method = readMethod(n);
  e.onBehalf = n.boolean("onBehalf", false);
  if (asRecorded) e.recordedBy = n.text("recordedBy", tr::kOptionalName);
  e.statement = n.text("statement", tr::kLongText);
  e.evidence = n.text("evidence", tr::kNote);
  if (asRecorded)
    for (auto& h : n.objects("history")) e.history.push_back(readEvent(h));
  return e;
}

Commitment readCommitmentFields(Node& n, const DeclarationId& declaration,
                                std::optional<MilestoneState> defaultState, const Commitment* current) {
  Commitment c = current ? *current : Commitment{};
  // A patch changes what it names; a whole record reads (and checks) every key.
  auto read = [&](const char* key) { return !current || n.has(key); };
  if (!current) c.id = CommitmentId(n.id("id"));
  c.declaration = declaration;
  if (read("text")) c.text = n.text("text", tr::kClause);
  if (read("clause")) c.clause = ClauseId(n.id("clause"));
  if (read("deadline")) c.deadline = n.date("deadline");
  if (read("milestones")) c.milestones = readMilestones(n, defaultState);
  if (read("indicators")) c.indicators = readIndicators(n);
  if (read("countries")) c.countries = n.countries("countries");
  return c;
}

Assignment readAssignmentFields(Node& n, const CommitmentId& commitment) {
  Assignment a;
  a.commitment = commitment;
  a.country = n.country("country");
  a.acceptance = n.enumeration("acceptance", parseAcceptance);
  a.acceptanceDate = n.optionalDate("acceptanceDate");
  a.acceptedBy = n.text("acceptedBy", tr::kOptionalName);
  a.leadInstitution = n.text("leadInstitution", tr::kOptionalName);
  a.status = n.enumeration("status", parseImplementationStatus, std::optional(ImplementationStatus::kNotStarted));
  a.assessment = n.enumeration("assessment", parseAssessment, std::optional(Assessment::kNoEvidence));
  a.completedOn = n.optionalDate("completedOn");
  // Absent in bundles written before milestones and indicators were per country.
  if (n.has("milestones"))
    for (auto& m : n.objects("milestones")) {
      a.milestones.push_back({MilestoneId(m.id("id")), m.enumeration("state", parseMilestoneState),
                              m.optionalDate("updatedOn"), m.text("updatedBy", tr::kOptionalName)});
      m.finish();
    }
  if (n.has("measurements"))
    for (auto& m : n.objects("measurements")) {
      a.measurements.push_back({m.text("indicator", tr::kName), m.number("value"), m.date("date"),
                                m.text("source", tr::kNote), m.text("recordedBy", tr::kOptionalName)});
      m.finish();
    }
  return a;
}

ProgressReport readReportFields(Node& n, const CommitmentId& commitment, const CountryCode& country,
                                bool asRecorded) {
  ProgressReport r;
  r.id = ReportId(n.id("id"));
  r.commitment = commitment;
  r.country = country;
  r.periodStart = n.date("periodStart");
  r.periodEnd = n.date("periodEnd");
  r.narrative = n.text("narrative", tr::kLongText);
  r.percent = n.integer("percent", 0, 100);
  r.evidence = n.strings("evidence", tr::kName);
  if (!asRecorded) return r;
  r.state = n.enumeration("state", parseReportState);
  r.author = n.text("author", tr::kOptionalName);
  r.submittedAt = n.optionalTime("submittedAt");
  r.reviewedBy = n.text("reviewedBy", tr::kOptionalName);
  r.reviewedAt = n.optionalTime("reviewedAt");
  r.returnReason = n.text("returnReason", tr::kNote);
  return r;
}

}  // namespace accord::json
