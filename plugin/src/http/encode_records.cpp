// Encoders of the conference-side records: countries, conferences, declarations
// and their revisions.
#include "encode.h"

namespace accord::http::encode {

using namespace accord::domain;

namespace {
void countries(JsonWriter& w, const std::vector<CountryCode>& codes) {
  w.beginArray();
  for (const auto& c : codes) w.value(c.str());
  w.endArray();
}

void clause(JsonWriter& w, const Clause& c) {
  w.beginObject().field("id", c.id.str()).field("text", c.text).key("items").beginArray();
  for (const auto& item : c.items) clause(w, item);
  w.endArray().endObject();
}
}  // namespace

void country(JsonWriter& w, const Country& c) {
  w.beginObject()
      .field("code", c.code.str())
      .field("name", c.name)
      .field("displayName", c.shown())
      .field("footnote", c.footnote)
      .key("names")
      .beginObject();
  for (const auto& [lang, name] : c.names) w.field(lang, name);
  w.endObject().field("userDefined", c.userDefined).endObject();
}

void delegation(JsonWriter& w, const Delegation& d) {
  w.beginObject().field("country", d.country.str()).key("members").beginArray();
  for (const auto& m : d.members)
    w.beginObject().field("person", m.person.str()).field("role", toString(m.role)).endObject();
  w.endArray().endObject();
}

void conference(JsonWriter& w, const Conference& c) {
  w.beginObject()
      .field("id", c.id.str())
      .field("title", c.title)
      .field("city", c.city)
      .field("venue", c.venue)
      .field("startDate", c.startDate.iso())
      .field("endDate", c.endDate.iso())
      .key("organizers")
      .beginArray();
  for (const auto& o : c.organizers) w.value(o.str());
  w.endArray().key("languages").beginArray();
  for (const auto& l : c.languages) w.value(l);
  w.endArray().field("status", toString(c.status)).key("speakers").beginArray();
  for (const auto& s : c.speakers) w.beginObject().field("person", s.person.str()).field("role", s.role).endObject();
  w.endArray().key("delegations").beginArray();
  for (const auto& d : c.delegations) delegation(w, d);
  w.endArray().field("version", c.version).endObject();
}

void revisionSummary(JsonWriter& w, const Revision& r) {
  w.beginObject()
      .field("number", r.number)
      .field("author", r.author)
      .field("createdAt", r.createdAt.iso())
      .field("changeNote", r.changeNote)
      .endObject();
}

void declaration(JsonWriter& w, const Declaration& d, bool withRevisions) {
  w.beginObject()
      .field("id", d.id.str())
      .field("conference", d.conference.str())
      .field("title", d.title)
      .field("kind", toString(d.kind))
      .field("baseLanguage", d.baseLanguage)
      .key("invitedCountries");
  countries(w, d.invitedCountries);
  w.field("status", toString(d.status)).field("finalRevision", d.finalRevision);
  if (withRevisions) {
    w.key("latestRevision");
    if (d.latest()) w.value(d.latest()->number);
    else w.null();
    w.key("revisions").beginArray();
    for (const auto& r : d.revisions) revisionSummary(w, r);
    w.endArray();
  }
  w.field("version", d.version).endObject();
}

void revision(JsonWriter& w, const DeclarationId& declaration, const Revision& r) {
  w.beginObject()
      .field("declaration", declaration.str())
      .field("number", r.number)
      .field("author", r.author)
      .field("createdAt", r.createdAt.iso())
      .field("changeNote", r.changeNote)
      .key("preamble")
      .beginArray();
  for (const auto& rec : r.preamble)
    w.beginObject().field("id", rec.id.str()).field("leadPhrase", rec.leadPhrase).field("text", rec.text).endObject();
  w.endArray().key("operative").beginArray();
  for (const auto& c : r.operative) clause(w, c);
  w.endArray().field("closingFormula", r.closingFormula).endObject();
}

}  // namespace accord::http::encode
