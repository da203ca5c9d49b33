// Writers of what follows a declaration: endorsements with their events,
// commitments with milestones and indicators, assignments, progress reports; and
// accounts, which the API and the audit trail show the same way.
#include "accord/json/writers.h"
#include "write_support.h"

namespace accord::json {

using namespace accord::domain;
using namespace detail;

void writeEndorsementDate(JsonWriter& w, const std::optional<Date>& date) { w.field("date", iso(date)); }

void writeSigner(JsonWriter& w, const std::optional<Signer>& s, Include include) {
  w.key("signer");
  if (s) w.beginObject().field("name", s->name).field("title", optionalName(s->title, include.nullForEmpty)).endObject();
  else w.null();
}

void writeMethod(JsonWriter& w, const std::optional<EndorsementMethod>& method) { w.field("method", name(method)); }

void writeEndorsement(JsonWriter& w, const Endorsement& e, Include include) {
  w.beginObject();
  if (include.parent) w.field("declaration", e.declaration.str());
  w.field("country", e.country.str())
      .field("status", toString(e.status))
      .field("revision", e.revision);
  writeEndorsementDate(w, e.date);
  w.field("place", optionalName(e.place, include.nullForEmpty));
  writeSigner(w, e.signer, include);
  writeMethod(w, e.method);
  w.field("onBehalf", e.onBehalf)
      // Nobody recorded it for the country: null rather than an empty name.
      .field("recordedBy", e.recordedBy.empty() ? std::nullopt : std::optional<std::string>(e.recordedBy))
      .field("statement", e.statement)
      .field("evidence", e.evidence)
      .key("history")
      .beginArray();
  for (const auto& h : e.history)
    w.beginObject()
        .field("at", h.at.iso())
        .field("actor", h.actor)
        .field("from", toString(h.from))
        .field("to", toString(h.to))
        .field("method", name(h.method))
        .field("onBehalf", h.onBehalf)
        .field("statement", h.statement)
        .field("evidence", h.evidence)
        .endObject();
  w.endArray();
  if (include.version) w.field("version", e.version);
  w.endObject();
}

void writeCommitment(JsonWriter& w, const Commitment& c, Include include, const Members& more) {
  w.beginObject().field("id", c.id.str());
  if (include.parent) w.field("declaration", c.declaration.str());
  w.field("text", c.text).field("clause", c.clause.str()).field("deadline", c.deadline.iso());
  w.key("milestones").beginArray();
  for (const auto& m : c.milestones)
    w.beginObject()
        .field("id", m.id.str())
        .field("title", m.title)
        .field("due", m.due.iso())
        .field("state", toString(m.state))
        .endObject();
  w.endArray().key("indicators").beginArray();
  for (const auto& i : c.indicators)
    w.beginObject()
        .field("name", i.name)
        .field("baseline", i.baseline)
        .field("target", i.target)
        .field("unit", optionalName(i.unit, include.nullForEmpty))
        .endObject();
  w.endArray();
  countries(w, "countries", c.countries);
  if (more) more(w);
  if (include.version) w.field("version", c.version);
  w.endObject();
}

void writeAssignment(JsonWriter& w, const Assignment& a, Include include, const Members& more) {
  w.beginObject();
  if (include.parent) w.field("commitment", a.commitment.str());
  w.field("country", a.country.str())
      .field("acceptance", toString(a.acceptance))
      .field("acceptanceDate", iso(a.acceptanceDate))
      .field("acceptedBy", optionalName(a.acceptedBy, include.nullForEmpty))
      .field("leadInstitution", optionalName(a.leadInstitution, include.nullForEmpty))
      .field("status", toString(a.status))
      .field("assessment", toString(a.assessment))
      .field("completedOn", iso(a.completedOn))
      .key("milestones")
      .beginArray();
  for (const auto& m : a.milestones)
    w.beginObject()
        .field("id", m.milestone.str())
        .field("state", toString(m.state))
        .field("updatedOn", iso(m.updatedOn))
        .field("updatedBy", optionalName(m.updatedBy, include.nullForEmpty))
        .endObject();
  w.endArray().key("measurements").beginArray();
  for (const auto& m : a.measurements)
    w.beginObject()
        .field("indicator", m.indicator)
        .field("value", m.value)
        .field("date", m.on.iso())
        .field("source", m.source)
        .field("recordedBy", optionalName(m.recordedBy, include.nullForEmpty))
        .endObject();
  w.endArray();
  if (more) more(w);
  if (include.version) w.field("version", a.version);
  w.endObject();
}

void writeReport(JsonWriter& w, const ProgressReport& r, Include include) {
  w.beginObject().field("id", r.id.str());
  if (include.parent) w.field("commitment", r.commitment.str()).field("country", r.country.str());
  w.field("periodStart", r.periodStart.iso())
      .field("periodEnd", r.periodEnd.iso())
      .field("narrative", r.narrative)
      .field("percent", r.percent)
      .key("evidence")
      .beginArray();
  for (const auto& e : r.evidence) w.value(e);
  w.endArray()
      .field("state", toString(r.state))
      .field("author", r.author)
      .field("submittedAt", iso(r.submittedAt))
      .field("reviewedBy", optionalName(r.reviewedBy, include.nullForEmpty))
      .field("reviewedAt", iso(r.reviewedAt))
      .field("returnReason", r.returnReason);
  if (include.version) w.field("version", r.version);
  w.endObject();
}

namespace {
// The fields an account and its summary share, in the order both show them.
JsonWriter& accountFields(JsonWriter& w, const Account& a, bool withEmail) {
  w.field("name", a.name).field("displayName", a.displayName);
  if (withEmail) w.field("email", a.email);
  return w.field("role", toString(a.role))
      .field("country", a.country ? std::optional<std::string>(a.country->str()) : std::nullopt);
}
}  // namespace

void writeAccount(JsonWriter& w, const Account& a) {
  w.beginObject();
  accountFields(w, a, true)
      .field("language", a.language.empty() ? std::optional<std::string>() : a.language)
      .field("active", a.active)
      .field("version", a.version)
      .endObject();
}

void writeAccountSummary(JsonWriter& w, const Account& a) {
  w.beginObject();
  accountFields(w, a, false).endObject();
}

}  // namespace accord::json
