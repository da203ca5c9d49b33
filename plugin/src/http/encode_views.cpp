// The implementation matrix: commitments x countries, one cell where a
// commitment applies, with acceptance, status, assessment and timeliness.
#include <set>

#include "encode.h"

namespace accord::http::encode {

using namespace accord::domain;

void matrix(JsonWriter& w, const Declaration& d, const ImplementationMatrix& m, Date today,
            const CountryCatalog& countries, const std::function<bool(const MatrixCell&)>& filter,
            std::size_t overdue, const std::string& next) {
  std::vector<const MatrixCell*> cells;
  std::set<CountryCode> usedCountries;
  std::set<std::string> usedCommitments;
  for (const auto& c : m.cells) {
    if (!filter(c)) continue;
    cells.push_back(&c);
    usedCountries.insert(c.country);
    usedCommitments.insert(c.commitment->id.str());
  }
  w.beginObject()
      .field("declaration", d.id.str())
      .field("asOf", today.iso())
      .field("overdue", static_cast<long long>(overdue))
      .key("countries")
      .beginArray();
  for (const auto& c : m.countries)
    if (usedCountries.count(c))
      w.beginObject().field("code", c.str()).field("name", countries.shown(c)).endObject();
  w.endArray().key("commitments").beginArray();
  for (const Commitment* c : m.commitments)
    if (usedCommitments.count(c->id.str()))
      w.beginObject()
          .field("id", c->id.str())
          .field("text", c->text)
          .field("clause", c->clause.str())
          .field("deadline", c->deadline.iso())
          .endObject();
  w.endArray().key("cells").beginArray();
  for (const MatrixCell* c : cells) {
    const Assignment* a = c->assignment;
    w.beginObject()
        .field("commitment", c->commitment->id.str())
        .field("country", c->country.str())
        .field("acceptance", toString(a ? a->acceptance : Acceptance::kProposed))
        .field("status", toString(a ? a->status : ImplementationStatus::kNotStarted))
        .field("assessment", toString(a ? a->assessment : Assessment::kNoEvidence))
        .key("timeliness");
    if (c->timeliness) w.value(toString(*c->timeliness));
    else w.null();
    w.key("latestReport");
    if (const ProgressReport* r = c->latestReport)
      w.beginObject()
          .field("id", r->id.str())
          .field("periodEnd", r->periodEnd.iso())
          .field("percent", r->percent)
          .field("state", toString(r->state))
          .endObject();
    else
      w.null();
    w.endObject();
  }
  w.endArray().key("next");
  if (next.empty()) w.null();
  else w.value(next);
  w.endObject();
}

}  // namespace accord::http::encode
