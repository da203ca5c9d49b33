// The words a rendered document prints around the user's text: headings, table
// column names, status names, and the sentences that carry counts. The six OSCE
// languages (en, fr, de, it, ru, es) and the Western Balkans' (sq, bs, hr, mk, sr
// in Cyrillic, sr-Latn; cnr takes the Bosnian table); any other language gets English.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>

#include "accord/domain/assignment.h"
#include "accord/domain/declaration.h"
#include "accord/domain/endorsement.h"
#include "accord/domain/progress_report.h"

namespace accord::render {

struct Labels {
  const char* language;  // the language these labels are in: "en", "fr"
  // Document furniture.
  const char* draft;           // "DRAFT"
  const char* revision;        // "revision"
  const char* page;            // "Page"
  const char* pageOf;          // "of", as in "Page 2 of 5"
  const char* asOf;            // "as of"
  const char* notes;           // heading of the country footnotes
  const char* none;            // an empty cell
  const char* yes;
  // Endorsements.
  const char* endorsements;
  const char* statusReport;    // title of the endorsement status report
  const char* country;
  const char* signer;
  const char* signerTitle;
  const char* date;
  const char* place;
  const char* status;
  const char* method;
  const char* onBehalf;        // column heading
  const char* recordedBy;      // "recorded by"
  const char* statement;       // column heading
  const char* statements;      // heading of the statement list
  const char* evidence;
  const char* totals;
  const char* countries;       // count column heading
  // Implementation.
  const char* implementationReport;
  const char* commitments;
  const char* commitment;
  const char* clause;
  const char* deadline;
  const char* acceptance;
  const char* leadInstitution;
  const char* assessment;
  const char* timeliness;
  const char* latestReport;
  const char* noReport;
  const char* notAssigned;
  const char* notMeasured;
  const char* milestones;
  const char* indicators;
  const char* baseline;
  const char* target;
  const char* overdueFirst;    // note under the matrix heading
  const char* byCountry;       // heading of the matrix
  // Enumerations, indexed by the enum's value.
  const char* declarationKind[3];
  const char* declarationStatus[5];
  const char* endorsementStatus[6];
  const char* endorsementMethod[4];
  const char* acceptanceName[3];
  const char* implementationStatus[5];
  const char* assessmentName[5];
  const char* timelinessName[4];
  const char* reportState[4];
  const char* milestoneState[4];
  // The count sentences as patterns with {n} and {of}, for the languages whose
  // plural forms the code does not spell out (null: endorsedSentence's own).
  const char* endorsedPattern = nullptr;
  const char* overduePattern = nullptr;
};

// The table for a language tag: exact ("sr-Latn"), else its primary subtag
// ("de-AT" → "de"), else English.
const Labels& labelsFor(std::string_view language);

// The furniture labels by template key ("page", "statusReport", ...), in a fixed order.
const std::pair<const char*, const char* Labels::*>* labelKeys(std::size_t& count);

// "8 of 12 invited countries have endorsed"; French: "8 des 12 pays invités ont approuvé".
std::string endorsedSentence(const Labels& l, std::size_t signedCount, std::size_t invited);
// "3 of 28 assignments are overdue"; French: "3 des 28 engagements par pays sont en retard".
std::string overdueSentence(const Labels& l, std::size_t overdue, std::size_t total);

template <class E, std::size_t N>
const char* labelOf(const char* const (&names)[N], E value) {
  auto i = static_cast<std::size_t>(value);
  return i < N ? names[i] : "?";
}

}  // namespace accord::render
