// Domain objects as the API's JSON. Records are written by the shared writers
// (accord/json/writers.h) in their standalone shape, so that the API, the bundle
// and the audit trail speak the same words; each carries its "version", which is
// also its ETag. The views (tally, matrix, audit events) are the API's own.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "accord/app/audit_chain.h"
#include "accord/app/directory_use_cases.h"
#include "accord/app/page.h"
#include "accord/app/read_models.h"
#include "accord/base/json_writer.h"
#include "accord/domain/dossier.h"
#include "accord/domain/revision_diff.h"
#include "accord/domain/tally.h"

namespace accord::http::encode {

using base::JsonWriter;

void country(JsonWriter& w, const domain::Country& c);
// A conference or delegation refers to people and organizations by id; beside the
// ids it carries "names": {"people": {id: name}, "organizations": {id: name}}, the
// name of each entry it refers to (an id missing from the directory is left out).
void conference(JsonWriter& w, const domain::Conference& c, const app::DirectoryNames& names);
void delegation(JsonWriter& w, const domain::Delegation& d, const app::DirectoryNames& names);
// Revisions are listed as summaries (number, author, time, note) when given;
// list items carry none.
void declaration(JsonWriter& w, const domain::Declaration& d, bool withRevisions);
void revisionSummary(JsonWriter& w, const domain::Revision& r);
void revision(JsonWriter& w, const domain::DeclarationId& declaration, const domain::Revision& r);
void endorsement(JsonWriter& w, const domain::Endorsement& e);
void commitment(JsonWriter& w, const domain::Commitment& c);
// `timeliness` is derived by the caller, who knows the commitment and today.
void assignment(JsonWriter& w, const domain::Assignment& a, const std::optional<domain::Timeliness>& timeliness,
                const std::vector<domain::ProgressReport>* reports);
void report(JsonWriter& w, const domain::ProgressReport& r);
void auditEvent(JsonWriter& w, const app::AuditEvent& e);
void chainReport(JsonWriter& w, const app::ChainReport& r);

// Two revisions compared: counts, then each unit with its numbers, its kind of
// change and the word-level pieces {op: equal|insert|delete, text}.
void comparison(JsonWriter& w, const domain::DeclarationId& declaration, const domain::RevisionComparison& c);

// The endorsement status view: one row per invited country, with counts.
void tally(JsonWriter& w, const domain::Declaration& d, const domain::EndorsementTally& t,
           const domain::CountryCatalog& countries, const std::vector<const domain::EndorsementRow*>& rows);

// One page of the implementation matrix as of `today`: the cells of `m` that
// `filter` accepts are listed with the countries and commitments they belong to;
// `overdue` is the count over every page; `next` continues the listing.
void matrix(JsonWriter& w, const domain::Declaration& d, const domain::ImplementationMatrix& m, domain::Date today,
            const domain::CountryCatalog& countries, const std::function<bool(const domain::MatrixCell&)>& filter,
            std::size_t overdue, const std::string& next);

// `{"items": [...], "next": cursor|null}` with `item` writing each element.
template <class T, class F>
std::string page(const std::vector<T>& items, const std::string& next, F item) {
  JsonWriter w;
  w.beginObject().key("items").beginArray();
  for (const auto& x : items) item(w, x);
  w.endArray().key("next");
  if (next.empty()) w.null();
  else w.value(next);
  w.endObject();
  return w.str();
}

// One object written by `f`, as text.
template <class F>
std::string object(F f) {
  JsonWriter w;
  f(w);
  return w.str();
}

}  // namespace accord::http::encode
