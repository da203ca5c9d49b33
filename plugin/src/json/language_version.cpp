#include "accord/json/language_version.h"

#include "write_support.h"

namespace accord::json {

using namespace accord::domain;
using namespace detail;
namespace tr = text_rules;

void writeLanguageVersion(JsonWriter& w, const LanguageVersion& v, Include include, const Members& more) {
  w.beginObject();
  if (include.parent) w.field("declaration", v.declaration.str());
  w.field("revision", v.revision)
      .field("language", v.language)
      .field("state", toString(v.state))
      .field("translator", v.translator)
      .field("authentic", v.authentic)
      .field("title", v.title)
      .key("units")
      .beginArray();
  for (const auto& u : v.units)
    w.beginObject()
        .field("unit", u.unit.str())
        .field("leadPhrase", u.leadPhrase)
        .field("text", u.text)
        .field("sourceRevision", u.sourceRevision)
        .endObject();
  w.endArray()
      .field("closingFormula", v.closingFormula)
      .field("closingSourceRevision", v.closingSourceRevision)
      .field("verifiedBy", v.verifiedBy)
      .field("verifiedAt", iso(v.verifiedAt));
  if (more) more(w);
  if (include.version) w.field("version", v.version);
  w.endObject();
}

LanguageVersion readLanguageVersionRecord(Node& n, const DeclarationId& declaration) {
  LanguageVersion v;
  v.declaration = declaration;
  v.revision = n.integer("revision", 1, 100000);
  v.language = n.text("language", tr::kName);
  v.state = n.enumeration("state", parseTranslationState);
  v.translator = n.text("translator", tr::kOptionalName);
  v.authentic = n.boolean("authentic", false);
  v.title = n.text("title", tr::kOptionalName);
  for (Node& u : n.objects("units")) {
    v.units.push_back({ClauseId(u.id("unit")), u.text("leadPhrase", tr::kLeadPhrase), u.text("text", kUnitText),
                       u.integer("sourceRevision", 1, 100000)});
    u.finish();
  }
  v.closingFormula = n.text("closingFormula", tr::kLongText);
  v.closingSourceRevision = n.integer("closingSourceRevision", 0, 100000);
  v.verifiedBy = n.text("verifiedBy", tr::kOptionalName);
  v.verifiedAt = n.optionalTime("verifiedAt");
  return v;
}

app::LanguageVersionChange readLanguageVersionChange(Node& n) {
  app::LanguageVersionChange c;
  for (const char* key : {"declaration", "revision", "language", "state", "verifiedBy", "verifiedAt",
                          "closingSourceRevision", "version"})
    if (n.has(key)) n.forbid(key, "is set by the server");
  if (n.has("translator")) c.translator = n.text("translator", tr::kOptionalName);
  if (n.has("authentic")) c.authentic = n.boolean("authentic", false);
  if (n.has("title")) c.title = n.text("title", tr::kOptionalName);
  for (Node& u : n.objects("units")) {
    if (u.has("sourceRevision")) u.forbid("sourceRevision", "is the revision the version is of");
    c.units.push_back({ClauseId(u.id("unit")), u.text("leadPhrase", tr::kLeadPhrase), u.text("text", kUnitText), 0});
    u.finish();
  }
  if (n.has("closingFormula")) c.closingFormula = n.text("closingFormula", tr::kLongText);
  return c;
}

}  // namespace accord::json
