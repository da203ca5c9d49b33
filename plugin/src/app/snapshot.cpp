#include "accord/app/snapshot.h"

#include "accord/app/json_writer.h"

namespace accord::app {
namespace {
using namespace accord::domain;

template <class T>
std::optional<std::string> iso(const std::optional<T>& v) {
  return v ? std::optional<std::string>(v->iso()) : std::nullopt;
}
template <class E>
std::optional<std::string> name(const std::optional<E>& v) {
  return v ? std::optional<std::string>(toString(*v)) : std::nullopt;
}

void countries(JsonWriter& w, const char* key, const std::vector<CountryCode>& codes) {
  w.key(key).beginArray();
  for (const auto& c : codes) w.value(c.str());
  w.endArray();
}

void clauses(JsonWriter& w, const std::vector<Clause>& items) {
  w.beginArray();
  for (const auto& c : items) {
    w.beginObject().field("id", c.id.str()).field("text", c.text).key("items");
    clauses(w, c.items);
    w.endObject();
  }
  w.endArray();
}
}  // namespace

std::string snapshot(const Conference& c) {
  JsonWriter w;
  w.beginObject()
      .field("id", c.id.str())
      .field("title", c.title)
      .field("city", c.city)
      .field("venue", c.venue)
      .field("startDate", c.startDate.iso())
      .field("endDate", c.endDate.iso())
      .field("status", toString(c.status))
      .key("delegations")
      .beginArray();
  for (const auto& d : c.delegations) {
    w.beginObject().field("country", d.country.str()).key("members").beginArray();
    for (const auto& m : d.members)
      w.beginObject().field("person", m.person.str()).field("role", toString(m.role)).endObject();
    w.endArray().endObject();
  }
  w.endArray().field("version", c.version).endObject();
  return w.str();
}

std::string snapshot(const Declaration& d) {
  JsonWriter w;
  w.beginObject()
      .field("id", d.id.str())
      .field("conference", d.conference.str())
      .field("title", d.title)
      .field("kind", toString(d.kind))
      .field("baseLanguage", d.baseLanguage)
      .field("status", toString(d.status))
      .field("finalRevision", d.finalRevision)
      .field("revisions", static_cast<std::int64_t>(d.revisions.size()));
  countries(w, "invitedCountries", d.invitedCountries);
  w.field("version", d.version).endObject();
  return w.str();
}

std::string snapshot(const Revision& r) {
  JsonWriter w;
  w.beginObject()
      .field("number", r.number)
      .field("author", r.author)
      .field("createdAt", r.createdAt.iso())
      .field("changeNote", r.changeNote)
      .key("preamble")
      .beginArray();
  for (const auto& p : r.preamble)
    w.beginObject().field("id", p.id.str()).field("leadPhrase", p.leadPhrase).field("text", p.text).endObject();
  w.endArray().key("operative");
  clauses(w, r.operative);
  w.field("closingFormula", r.closingFormula).endObject();
  return w.str();
}

std::string snapshot(const Endorsement& e) {
  JsonWriter w;
  w.beginObject()
      .field("declaration", e.declaration.str())
      .field("country", e.country.str())
      .field("status", toString(e.status))
      .field("revision", e.revision)
      .field("date", iso(e.date))
      .field("place", e.place);
  w.key("signer");
  if (e.signer)
    w.beginObject().field("name", e.signer->name).field("title", e.signer->title).endObject();
  else
    w.null();
  w.field("method", name(e.method))
      .field("onBehalf", e.onBehalf)
      .field("recordedBy", e.recordedBy)
      .field("statement", e.statement)
      .field("evidence", e.evidence)
      .field("events", static_cast<std::int64_t>(e.history.size()))
      .field("version", e.version)
      .endObject();
  return w.str();
}

std::string snapshot(const Commitment& c) {
  JsonWriter w;
  w.beginObject()
      .field("id", c.id.str())
      .field("declaration", c.declaration.str())
      .field("text", c.text)
      .field("clause", c.clause.str())
      .field("deadline", c.deadline.iso())
      .key("milestones")
      .beginArray();
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
        .field("unit", i.unit)
        .endObject();
  w.endArray();
  countries(w, "countries", c.countries);
  w.field("version", c.version).endObject();
  return w.str();
}

std::string snapshot(const Assignment& a) {
  JsonWriter w;
  w.beginObject()
      .field("commitment", a.commitment.str())
      .field("country", a.country.str())
      .field("acceptance", toString(a.acceptance))
      .field("acceptanceDate", iso(a.acceptanceDate))
      .field("acceptedBy", a.acceptedBy)
      .field("leadInstitution", a.leadInstitution)
      .field("status", toString(a.status))
      .field("assessment", toString(a.assessment))
      .field("completedOn", iso(a.completedOn))
      .field("version", a.version)
      .endObject();
  return w.str();
}

std::string snapshot(const ProgressReport& r) {
  JsonWriter w;
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
  w.endArray()
      .field("state", toString(r.state))
      .field("author", r.author)
      .field("submittedAt", iso(r.submittedAt))
      .field("reviewedBy", r.reviewedBy)
      .field("reviewedAt", iso(r.reviewedAt))
      .field("returnReason", r.returnReason)
      .field("version", r.version)
      .endObject();
  return w.str();
}

}  // namespace accord::app
