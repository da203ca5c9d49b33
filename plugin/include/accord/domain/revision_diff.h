// What changed between two revisions of a declaration, clause by clause: clauses
// are matched by their stable ids, and the text of a clause present in both is
// compared word by word, so a reader sees insertions and deletions in place.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "accord/domain/revision.h"

namespace accord::domain {

struct TextSpan {
  enum class Op { kSame, kInserted, kDeleted };
  Op op = Op::kSame;
  std::string text;
};

enum class ChangeKind { kUnchanged, kAdded, kRemoved, kModified };
const char* toString(ChangeKind k);

struct ClauseChange {
  ClauseId id;
  bool recital = false;       // preamble recital rather than operative clause
  int depth = 0;              // 0 for recitals and top-level clauses
  ChangeKind kind = ChangeKind::kUnchanged;
  std::string labelBefore;    // "3." / "(b)" in the older text; empty if added or a recital
  std::string labelAfter;     // in the newer text; empty if removed or a recital
  std::vector<TextSpan> leadPhrase;  // recitals only
  std::vector<TextSpan> text;
};

struct RevisionComparison {
  int from = 0;
  int to = 0;
  // The newer text in order, with removed clauses shown where they stood.
  std::vector<ClauseChange> changes;
  std::size_t added = 0, removed = 0, modified = 0;
  std::vector<TextSpan> closingFormula;
};

RevisionComparison compareRevisions(const Revision& older, const Revision& newer);

// Word-level difference of two texts (whitespace kept with the word before it),
// as the shortest edit by longest common subsequence. Adjacent spans of the same
// kind are merged. Concatenating the kSame and kDeleted spans gives `before`; the
// kSame and kInserted spans give `after`.
std::vector<TextSpan> diffWords(std::string_view before, std::string_view after);

}  // namespace accord::domain
