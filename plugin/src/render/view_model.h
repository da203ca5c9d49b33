// View models: everything a logic-less template needs, prepared from the domain —
// clause labels, dates in the document's language, country names with footnote
// marks, status labels and the sentences that carry counts. One function per
// document; templates/README.md lists the keys each one provides.
#pragma once

#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "accord/domain/country.h"
#include "accord/domain/dossier.h"
#include "accord/domain/result.h"
#include "labels.h"
#include "view_builder.h"

namespace accord::render {

struct ViewInput {
  const domain::Dossier& dossier;
  const domain::CountryCatalog& catalog;
  const domain::Declaration& declaration;
  const domain::Revision& revision;  // the one being rendered
  domain::Date today;
  bool wordprocessing;  // DOCX: multi-line text also as runs
};

// Each returns the view, or kInternal when a text holds a character XML forbids.
domain::Result<Data> declarationView(const ViewInput& in);
domain::Result<Data> statusView(const ViewInput& in);
domain::Result<Data> implementationView(const ViewInput& in);
// The text of `in` beside the same revision of `right` in another language, one
// row per unit (DOCX only; view_model_parallel.cpp). kInvalidArgument naming
// "parallel" when the two do not correspond unit for unit.
domain::Result<Data> parallelView(const ViewInput& in, const domain::Declaration& right);
// The changes from `older` to `in.revision` as tracked changes (DOCX only).
domain::Result<Data> redlineView(const ViewInput& in, const domain::Revision& older);
// The declaration as Akoma Ntoso (view_model_akn.cpp): one Expression, in
// `language`. Today that is always the declaration's base language, the only
// text a revision has; a translation will pass its own language and text, and
// its Expression then names the original's as the master one.
domain::Result<Data> aknView(const ViewInput& in, const std::string& language);

// Shared by the three views (view_model_common.cpp).

// Country names as the document prints them: in its language, as they were on the
// document's date (a former name then in use, in that language when the list has
// it), with the footnote mark of the display name; remembering which footnotes
// were used.
class CountryNames {
 public:
  CountryNames(const domain::CountryCatalog& catalog, std::string language, domain::Date on);
  std::string shown(const domain::CountryCode& code);
  // Sets "notes" [{mark, text, textRuns}] in first-use order and "hasNotes".
  void addNotes(Node& root) const;

 private:
  const domain::CountryCatalog& catalog_;
  std::string language_;
  domain::Date on_;
  std::vector<std::pair<std::string, const domain::Country*>> notes_;  // mark, country
};

// Sets the keys every document has: lang, labels, declaration, conference,
// revision, isFinal, isDraft, headerText, asOf, documentTitle, docProps,
// illustrative. A report (`asOfToday`) is last modified on `in.today`; the
// declaration when its revision was cut.
void addCommon(Node& root, const ViewInput& in, const Labels& labels, const std::string& documentTitle,
               bool asOfToday);

// The day a document speaks of, for the names it prints: the revision's day for
// the declaration's text, the "as of" day for the reports.
domain::Date documentDate(const ViewInput& in, bool asOfToday);

// True when `in.revision` is the declaration's frozen final text.
bool isFinalText(const ViewInput& in);

// How a reference names each clause of the revision, by clause id: "3", "3 (a)",
// "3 (a) (i)".
std::unordered_map<std::string, std::string> clauseReferences(const domain::Revision& revision);

// The view's result: the root, or the first unsafe text found while building it.
domain::Result<Data> finish(Data root, const ViewState& state);

}  // namespace accord::render
