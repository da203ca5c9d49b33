// Bodies that move records on: an endorsement act, a new commitment, a change to
// an assignment, a new progress report and a change of its state.
#include "accord/json/node.h"
#include "accord/json/records.h"
#include "decode.h"

namespace accord::http::decode {

using namespace accord::domain;
using namespace json;
namespace tr = text_rules;

Decoded<EndorsementAct> endorsementAct(Poco::JSON::Object::Ptr body) {
  Decoded<EndorsementAct> out;
  Node n(body, "$", out.errors);
  for (const char* key : {"declaration", "country", "recordedBy", "history", "version"})
    n.forbid(key, "is not part of an endorsement act (it comes from the URL, the actor or the server)");
  Endorsement e = readEndorsementFields(n, false);
  std::optional<Date> happenedOn = n.optionalDate("happenedOn");
  n.finish();
  out.value = {e.status, e.revision, e.date, e.place, e.signer, e.method, e.onBehalf, e.statement, e.evidence,
               happenedOn};
  return out;
}

Decoded<Commitment> newCommitment(Poco::JSON::Object::Ptr body, const DeclarationId& d) {
  Decoded<Commitment> out;
  Node n(body, "$", out.errors);
  n.forbid("assignments", "are proposed by the server, one per country; change each at .../countries/{country}");
  n.forbid("version", "is given by the server");
  if (body->has("declaration") && n.id("declaration") != d.str())
    n.fail("declaration", "differs from the declaration in the URL (" + d.str() + ")");
  out.value = readCommitmentFields(n, d, MilestoneState::kPending);
  n.finish();
  return out;
}

Decoded<Commitment> commitmentPatch(Poco::JSON::Object::Ptr body, Commitment current) {
  Decoded<Commitment> out;
  Node n(body, "$", out.errors);
  n.forbid("assignments", "are changed one country at a time at .../countries/{country}");
  n.forbid("version", "is not set by a patch; send the version you read as If-Match");
  Commitment& c = current;
  if (n.has("id") && n.id("id") != c.id.str()) n.fail("id", "cannot change; it names the commitment");
  if (n.has("declaration") && n.id("declaration") != c.declaration.str())
    n.fail("declaration", "cannot change; the commitment stays with " + c.declaration.str());
  out.value = readCommitmentFields(n, c.declaration, MilestoneState::kPending, &current);
  n.finish();
  return out;
}

Decoded<AssignmentChange> assignmentChange(Poco::JSON::Object::Ptr body) {
  Decoded<AssignmentChange> out;
  Node n(body, "$", out.errors);
  for (const char* key : {"commitment", "country", "acceptanceDate", "acceptedBy", "completedOn", "timeliness",
                          "reports", "milestones", "measurements", "version"})
    n.forbid(key, "is not set by a client: it comes from the URL or the server");
  AssignmentChange& c = out.value;
  if (n.has("acceptance")) c.acceptance = n.enumeration("acceptance", parseAcceptance);
  if (n.has("leadInstitution")) c.leadInstitution = n.text("leadInstitution", tr::kOptionalName);
  if (n.has("status")) c.status = n.enumeration("status", parseImplementationStatus);
  if (n.has("assessment")) c.assessment = n.enumeration("assessment", parseAssessment);
  n.finish();
  return out;
}

Decoded<MilestoneState> milestoneChange(Poco::JSON::Object::Ptr body) {
  Decoded<MilestoneState> out;
  Node n(body, "$", out.errors);
  for (const char* key : {"id", "updatedOn", "updatedBy"})
    n.forbid(key, "is not set by a client: it comes from the URL or the server");
  out.value = n.enumeration("state", parseMilestoneState);
  n.finish();
  return out;
}

Decoded<Measurement> newMeasurement(Poco::JSON::Object::Ptr body) {
  Decoded<Measurement> out;
  Node n(body, "$", out.errors);
  n.forbid("recordedBy", "is not set by a client: it is who records the measurement");
  out.value.indicator = n.text("indicator", tr::kName);
  out.value.value = n.number("value");
  out.value.on = n.date("date");
  out.value.source = n.text("source", tr::kNote);
  n.finish();
  return out;
}

Decoded<ProgressReport> newReport(Poco::JSON::Object::Ptr body, const CommitmentId& c,
                                  const CountryCode& country, std::optional<Date>* happenedOn) {
  Decoded<ProgressReport> out;
  Node n(body, "$", out.errors);
  for (const char* key : {"commitment", "country", "state", "author", "submittedAt", "reviewedBy", "reviewedAt",
                          "returnReason", "version"})
    n.forbid(key, "is not set when drafting: it comes from the URL, the actor or a later state change");
  out.value = readReportFields(n, c, country, false);
  if (happenedOn) *happenedOn = n.optionalDate("happenedOn");
  n.finish();
  return out;
}

Decoded<ReportChange> reportChange(Poco::JSON::Object::Ptr body) {
  Decoded<ReportChange> out;
  Node n(body, "$", out.errors);
  for (const char* key : {"id", "commitment", "country", "author", "submittedAt", "reviewedBy", "reviewedAt", "version"})
    n.forbid(key, "is not changed by a client: it comes from the URL, the actor or the server");
  ReportChange& c = out.value;
  const char* const content[] = {"periodStart", "periodEnd", "narrative", "percent", "evidence"};
  bool reworks = false;
  for (const char* key : content) reworks = reworks || body->has(key);  // null included: refused below
  if (body->has("state") || !reworks) {
    for (const char* key : content)
      if (body->has(key)) n.forbid(key, "a request either moves the report (state) or reworks its content, not both");
    c.state = n.enumeration("state", parseReportState);
    if (c.state == ReportState::kDraft && out.errors.empty())
      n.fail("state", "must be submitted, validated or returned: a report is drafted by POST");
    c.returnReason = n.text("returnReason", tr::kNote);
  } else {
    for (const char* key : content)
      if (body->has(key) && body->isNull(key)) n.forbid(key, "cannot be cleared; leave it out to keep what the report says");
    c.periodStart = n.optionalDate("periodStart");
    c.periodEnd = n.optionalDate("periodEnd");
    if (n.has("narrative")) c.narrative = n.text("narrative", tr::kLongText);
    c.percent = n.optionalInt("percent", 0, 100);
    if (n.has("evidence")) c.evidence = n.strings("evidence", tr::kName);
  }
  n.finish();
  return out;
}

}  // namespace accord::http::decode
