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
#include "accord/domain/text.h"

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

// How large a revision may be written. Every view of a revision (the text, its
// documents, the comparison of two revisions) costs memory and time in proportion
// to it, so an unbounded revision lets one writer exhaust the server for every
// reader. Real texts sit far below: the 2030 Agenda, a long UN declaration, has
// about 300 units and 100,000 characters. Units are recitals, clauses and
// sub-items; characters are Unicode code points of their texts, lead phrases and
// the closing formula. At 4 UTF-8 bytes a character, the largest revision still
// fits in the API's default body limit (limits.maxBodyBytes, 1 MiB). The limits
// apply when a revision is written; stored revisions are read whatever their size.
inline constexpr std::size_t kMaxRevisionUnits = 1000;
inline constexpr std::size_t kMaxUnitChars = 5000;
// The rule of a unit's text. Tighter than other long texts (text_rules::kClause)
// because comparing two revisions compares each unit word by word, at a cost that
// grows with the square of its length: 5,000 characters is some 800 words, several
// times the longest paragraph of a real declaration.
inline constexpr TextRule kUnitText{1, kMaxUnitChars, true};
inline constexpr std::size_t kMaxRevisionChars = 200000;

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
// kMaxClauseDepth, no operative clause, number < 1, more than kMaxRevisionUnits
// units (naming the first unit too many) or kMaxRevisionChars characters (naming
// the unit that goes past), a unit's text over kMaxUnitChars.
Status normalize(Revision& r, const std::string& path = "revision");

}  // namespace accord::domain
