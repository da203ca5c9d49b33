// A revision is an immutable, numbered snapshot of a declaration's text: preamble
// recitals, operative clauses (a tree: clauses with lettered sub-items, which may
// have roman-numbered items), and a closing formula. Clause ids are stable across
// revisions so that revisions can be compared; numbers are computed, never stored.
#pragma once

#include <string>
#include <vector>

#include "accord/domain/date.h"
#include "accord/domain/id.h"
#include "accord/domain/result.h"

namespace accord::domain {

struct Recital {
  ClauseId id;
  std::string leadPhrase;  // "Recognizing"; printed in italics; may be empty
  std::string text;
};

struct Clause {
  ClauseId id;
  std::string text;
  std::vector<Clause> items;  // sub-items: (a), (b), ... then (i), (ii), ...
};

// Deepest level of nesting: 1. → (a) → (i).
inline constexpr int kMaxClauseDepth = 3;

struct Revision {
  int number = 0;  // 1, 2, ...
  std::string author;
  Timestamp createdAt;
  std::string changeNote;
  std::vector<Recital> preamble;
  std::vector<Clause> operative;
  std::string closingFormula;

  // The operative clause or sub-item with this id, or nullptr.
  const Clause* findClause(const ClauseId& id) const;
};

// The printed label of the `index`-th (0-based) clause at `depth` (0-based):
// depth 0 → "1.", depth 1 → "(a)" … "(z)", "(aa)"; depth 2 → "(i)", "(ii)", ...
std::string clauseLabel(int depth, std::size_t index);
std::string romanNumeral(std::size_t n);  // 1 → "i"; lower case

// Normalises every text of `r` in place (see validateText: LF line endings, single-line
// texts trimmed), so that only the normalised text can be kept. Returns the first rule
// the text breaks, with the field path ("operative[2].items[0].text"): bad text, bad or
// duplicate ids (unique across recitals and clauses), nesting deeper than
// kMaxClauseDepth, no operative clause, number < 1.
Status normalize(Revision& r, const std::string& path = "revision");

}  // namespace accord::domain
