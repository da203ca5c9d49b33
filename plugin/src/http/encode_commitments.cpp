// Encoders of commitments, assignments, progress reports and the audit trail.
#include "encode.h"

#include "accord/app/snapshot.h"

namespace accord::http::encode {

using namespace accord::domain;

namespace {
void date(JsonWriter& w, const char* key, const std::optional<Date>& d) {
  w.key(key);
  if (d) w.value(d->iso());
  else w.null();
}

void time(JsonWriter& w, const char* key, const std::optional<Timestamp>& t) {
  w.key(key);
  if (t) w.value(t->iso());
  else w.null();
}

void rawJson(JsonWriter& w, const char* key, const std::string& json) {
  w.key(key);
  if (json.empty()) w.null();
  else w.raw(json);
}
}  // namespace

// The API shows a commitment exactly as the audit trail records it: one writer
// for both, so the two never drift apart.
void commitment(JsonWriter& w, const Commitment& c) { w.raw(app::snapshot(c)); }

void report(JsonWriter& w, const ProgressReport& r) {
  w.beginObject()
      .field("id", r.id.str())
      .field("commitment", r.commitment.str())
      .field("country", r.country.str())
      .field("periodStart", r.periodStart.iso())
      .field("periodEnd", r.periodEnd.iso())
      .field("narrative", r.narrative)
      .field("percent", r.percent)
      .key("evidence")
      .beginArray();
  for (const auto& e : r.evidence) w.value(e);
  w.endArray().field("state", toString(r.state)).field("author", r.author);
  time(w, "submittedAt", r.submittedAt);
  w.field("reviewedBy", r.reviewedBy);
  time(w, "reviewedAt", r.reviewedAt);
  w.field("returnReason", r.returnReason).field("version", r.version).endObject();
}

void assignment(JsonWriter& w, const Assignment& a, const std::optional<Timeliness>& timeliness,
                const std::vector<ProgressReport>* reports) {
  w.beginObject()
      .field("commitment", a.commitment.str())
      .field("country", a.country.str())
      .field("acceptance", toString(a.acceptance));
  date(w, "acceptanceDate", a.acceptanceDate);
  w.field("acceptedBy", a.acceptedBy)
      .field("leadInstitution", a.leadInstitution)
      .field("status", toString(a.status))
      .field("assessment", toString(a.assessment));
  date(w, "completedOn", a.completedOn);
  w.key("timeliness");
  if (timeliness) w.value(toString(*timeliness));
  else w.null();
  if (reports) {
    w.key("reports").beginArray();
    for (const auto& r : *reports) report(w, r);
    w.endArray();
  }
  w.field("version", a.version).endObject();
}

void auditEvent(JsonWriter& w, const app::AuditEvent& e) {
  w.beginObject()
      .field("seq", static_cast<long long>(e.seq))
      .field("at", e.at.iso())
      .field("actor", e.entry.actor)
      .field("action", e.entry.action)
      .field("entity", e.entry.entity)
      .field("entityId", e.entry.entityId);
  rawJson(w, "before", e.entry.before);
  rawJson(w, "after", e.entry.after);
  w.field("prevHash", e.prevHash).field("hash", e.hash).endObject();
}

void chainReport(JsonWriter& w, const app::ChainReport& r) {
  w.beginObject().field("ok", r.ok).field("checked", static_cast<long long>(r.checked)).key("brokenAt");
  if (r.brokenAt) w.value(static_cast<long long>(*r.brokenAt));
  else w.null();
  w.field("reason", r.reason).endObject();
}

}  // namespace accord::http::encode
