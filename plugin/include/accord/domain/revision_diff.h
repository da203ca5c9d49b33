// What changed between two revisions of a declaration, unit by unit (recital,
// clause, sub-item): units are matched by their stable ids; a unit present in both
// whose place changed (another parent, or out of order with the units around it)
// is moved; the text of a unit present in both is compared word by word
// (domain/word_diff.h), so a reader sees insertions and deletions in place.
#pragma once

#include <string>
#include <vector>

#include "accord/domain/enum_names.h"
#include "accord/domain/revision.h"
#include "accord/domain/word_diff.h"

namespace accord::domain {

enum class ChangeKind { kUnchanged, kAdded, kDeleted, kChanged, kMoved };
// "unchanged", "added", "deleted", "changed", "moved".
const char* toString(ChangeKind k);
template <>
const std::vector<const char*>& enumNames<ChangeKind>();

enum class UnitKind { kRecital, kClause, kItem };
// "recital", "clause", "item" (a sub-item at any depth).
const char* toString(UnitKind k);
template <>
const std::vector<const char*>& enumNames<UnitKind>();

struct ClauseChange {
  ClauseId id;
  UnitKind unit = UnitKind::kClause;
  int depth = 0;        // 0 for recitals and top-level clauses; in the newer text unless deleted
  int depthBefore = 0;  // in the older text (a moved item may change depth); as depth when added
  ChangeKind kind = ChangeKind::kUnchanged;
  // Where the unit stands: "3", "3 (a)", "3 (a) (ii)" for clauses, "1", "2" (its
  // place in the preamble) for recitals; empty when it is not in that revision.
  std::string numberBefore, numberAfter;
  // The printed label of a clause, "3." / "(b)"; empty for recitals and when absent.
  std::string labelBefore, labelAfter;
  bool textChanged = false;          // text or lead phrase differ (a moved unit may also be edited)
  std::vector<TextSpan> leadPhrase;  // recitals only
  std::vector<TextSpan> text;
};

// One paragraph of a redline: a unit shown where it stands in the newer text, or,
// for a moved unit, its old place (all deleted) and its new place (all inserted).
struct RedlineParagraph {
  enum class Place { kInPlace, kOldPlace, kNewPlace };
  std::size_t change = 0;  // index into RevisionComparison::changes
  Place place = Place::kInPlace;
};

struct RevisionComparison {
  int from = 0;
  int to = 0;
  // The newer text in order, with deleted units shown where they stood (after the
  // nearest earlier unit that kept its place).
  std::vector<ClauseChange> changes;
  std::size_t added = 0, deleted = 0, changed = 0, moved = 0;
  std::vector<TextSpan> closingFormula;
  // Reading order of a redline: like `changes`, and a moved unit's old place too.
  std::vector<RedlineParagraph> redline;
};

RevisionComparison compareRevisions(const Revision& older, const Revision& newer);

}  // namespace accord::domain
