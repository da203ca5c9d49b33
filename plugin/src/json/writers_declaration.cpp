// Writers of a declaration's header and of its revisions (the clause tree).
#include "accord/json/writers.h"
#include "write_support.h"

namespace accord::json {

using namespace accord::domain;
using namespace detail;

namespace {
void clause(JsonWriter& w, const Clause& c) {
  w.beginObject().field("id", c.id.str()).field("text", c.text).key("items").beginArray();
  for (const auto& item : c.items) clause(w, item);
  w.endArray().endObject();
}

void revisionHeader(JsonWriter& w, const Revision& r) {
  w.field("number", r.number)
      .field("author", r.author)
      .field("createdAt", r.createdAt.iso())
      .field("changeNote", r.changeNote);
}
}  // namespace

void writeDeclaration(JsonWriter& w, const Declaration& d, Include include, const Members& more) {
  w.beginObject().field("id", d.id.str());
  if (include.parent) w.field("conference", d.conference.str());
  w.field("title", d.title).field("kind", toString(d.kind)).field("baseLanguage", d.baseLanguage);
  countries(w, "invitedCountries", d.invitedCountries);
  w.field("status", toString(d.status))
      .field("finalRevision", d.finalRevision)
      .field("consultationVisibility", toString(d.consultationVisibility))
      .field("finalNeedsAuthenticVersions", d.finalNeedsAuthenticVersions);
  if (more) more(w);
  if (include.version) w.field("version", d.version);
  w.endObject();
}

void writeRevisionSummary(JsonWriter& w, const Revision& r) {
  w.beginObject();
  revisionHeader(w, r);
  w.endObject();
}

void writeRevision(JsonWriter& w, const Revision& r, const DeclarationId* declaration) {
  w.beginObject();
  if (declaration) w.field("declaration", declaration->str());
  revisionHeader(w, r);
  w.key("preamble").beginArray();
  for (const auto& rec : r.preamble)
    w.beginObject().field("id", rec.id.str()).field("leadPhrase", rec.leadPhrase).field("text", rec.text).endObject();
  w.endArray().key("operative").beginArray();
  for (const auto& c : r.operative) clause(w, c);
  w.endArray().field("closingFormula", r.closingFormula).endObject();
}

}  // namespace accord::json
