// Encoders of endorsements and of the endorsement status view.
#include "accord/json/writers.h"
#include "encode.h"

namespace accord::http::encode {

using namespace accord::domain;

void endorsement(JsonWriter& w, const Endorsement& e) { json::writeEndorsement(w, e, json::kStandalone); }

void tally(JsonWriter& w, const Declaration& d, const EndorsementTally& t, const CountryCatalog& countries,
           const std::vector<const EndorsementRow*>& rows) {
  w.beginObject()
      .field("declaration", d.id.str())
      .field("declarationStatus", toString(d.status))
      .field("finalRevision", d.finalRevision)
      .field("invited", static_cast<long long>(t.invited))
      .field("signed", static_cast<long long>(t.signedCount))
      .field("summary", std::to_string(t.signedCount) + " of " + std::to_string(t.invited) +
                            " invited countries have endorsed")
      .key("counts")
      .beginObject();
  for (const auto& [status, n] : t.counts) w.field(toString(status), static_cast<long long>(n));
  w.endObject().key("rows").beginArray();
  for (const EndorsementRow* row : rows) {
    const Endorsement* e = row->endorsement;
    w.beginObject()
        .field("country", row->country.str())
        .field("name", countries.shown(row->country))
        .field("status", toString(row->status()))
        .field("revision", e ? e->revision : std::nullopt);
    // An invited country with nothing recorded has the same members, null.
    json::writeEndorsementDate(w, e ? e->date : std::nullopt);
    json::writeSigner(w, e ? e->signer : std::nullopt, json::kStandalone);
    json::writeMethod(w, e ? e->method : std::nullopt);
    w.field("onBehalf", e ? e->onBehalf : false)
        .field("statement", e ? e->statement : std::string())
        .field("version", e ? e->version : 0L)
        .endObject();
  }
  w.endArray().endObject();
}

}  // namespace accord::http::encode
