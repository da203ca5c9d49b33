// The comparison of two revisions: unit by unit, with the word-level pieces.
#include "encode.h"

namespace accord::http::encode {

using namespace accord::domain;

namespace {

void pieces(JsonWriter& w, const std::vector<TextSpan>& spans) {
  w.beginArray();
  for (const TextSpan& s : spans) w.beginObject().field("op", toString(s.op)).field("text", s.text).endObject();
  w.endArray();
}

void orNull(JsonWriter& w, const char* key, const std::string& text) {
  w.key(key);
  if (text.empty()) w.null();
  else w.value(text);
}

}  // namespace

void comparison(JsonWriter& w, const DeclarationId& declaration, const RevisionComparison& c) {
  w.beginObject()
      .field("declaration", declaration.str())
      .field("from", c.from)
      .field("to", c.to)
      .field("added", static_cast<long long>(c.added))
      .field("deleted", static_cast<long long>(c.deleted))
      .field("changed", static_cast<long long>(c.changed))
      .field("moved", static_cast<long long>(c.moved));
  w.key("units").beginArray();
  for (const ClauseChange& u : c.changes) {
    w.beginObject()
        .field("id", u.id.str())
        .field("unit", toString(u.unit))
        .field("depth", u.depth)
        .field("change", toString(u.kind));
    orNull(w, "numberBefore", u.numberBefore);
    orNull(w, "numberAfter", u.numberAfter);
    w.field("textChanged", u.textChanged);
    w.key("leadPhrase");
    pieces(w, u.leadPhrase);
    w.key("text");
    pieces(w, u.text);
    w.endObject();
  }
  w.endArray().key("closingFormula");
  pieces(w, c.closingFormula);
  w.endObject();
}

}  // namespace accord::http::encode
