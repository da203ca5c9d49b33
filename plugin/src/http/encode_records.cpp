// Encoders of the conference-side records: countries, conferences, declarations
// and their revisions, in the API's standalone shape (json::kStandalone: the
// parent named, the version given) by the shared writers.
#include "accord/json/writers.h"
#include "encode.h"

namespace accord::http::encode {

using namespace accord::domain;

void country(JsonWriter& w, const Country& c) { json::writeCountry(w, c, true); }

void delegation(JsonWriter& w, const Delegation& d) { json::writeDelegation(w, d); }

void conference(JsonWriter& w, const Conference& c) { json::writeConference(w, c, json::kStandalone); }

void revisionSummary(JsonWriter& w, const Revision& r) { json::writeRevisionSummary(w, r); }

void declaration(JsonWriter& w, const Declaration& d, bool withRevisions) {
  if (!withRevisions) return json::writeDeclaration(w, d, json::kStandalone);
  json::writeDeclaration(w, d, json::kStandalone, [&](JsonWriter& w) {
    w.key("latestRevision");
    if (d.latest()) w.value(d.latest()->number);
    else w.null();
    w.key("revisions").beginArray();
    for (const auto& r : d.revisions) revisionSummary(w, r);
    w.endArray();
  });
}

void revision(JsonWriter& w, const DeclarationId& declaration, const Revision& r) {
  json::writeRevision(w, r, &declaration);
}

}  // namespace accord::http::encode
