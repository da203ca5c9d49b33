// Encoders of commitments, assignments, progress reports (by the shared writers,
// in the API's standalone shape) and of the audit trail.
#include "encode.h"

#include "accord/json/writers.h"

namespace accord::http::encode {

using namespace accord::domain;

namespace {
void rawJson(JsonWriter& w, const char* key, const std::string& json) {
  w.key(key);
  if (json.empty()) w.null();
  else w.raw(json);
}
}  // namespace

void commitment(JsonWriter& w, const Commitment& c) { json::writeCommitment(w, c, json::kStandalone); }

void report(JsonWriter& w, const ProgressReport& r) { json::writeReport(w, r, json::kStandalone); }

// `timeliness` and the reports are the API's: derived, or read alongside.
void assignment(JsonWriter& w, const Assignment& a, const std::optional<Timeliness>& timeliness,
                const std::vector<ProgressReport>* reports) {
  json::writeAssignment(w, a, json::kStandalone, [&](JsonWriter& w) {
    w.key("timeliness");
    if (timeliness) w.value(toString(*timeliness));
    else w.null();
    if (reports) {
      w.key("reports").beginArray();
      for (const auto& r : *reports) report(w, r);
      w.endArray();
    }
  });
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
