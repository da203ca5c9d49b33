#include "accord/domain/revision.h"

#include <set>

#include "checks.h"

namespace accord::domain {
namespace {

const Clause* findIn(const std::vector<Clause>& clauses, const ClauseId& id) {
  for (const auto& c : clauses) {
    if (c.id == id) return &c;
    if (const Clause* inner = findIn(c.items, id)) return inner;
  }
  return nullptr;
}

// What a revision holds so far, against its limits.
struct Size {
  std::size_t units = 0;
  std::size_t chars = 0;
};

// Counts one more unit at `at` before its text is checked, so that a revision far
// over the limit is refused at the first unit too many, not after reading it all.
void countUnit(Checks& checks, Size& size, const std::string& at) {
  ++size.units;
  checks.that(size.units <= kMaxRevisionUnits, at,
              "is one unit too many: a revision holds at most " + std::to_string(kMaxRevisionUnits) +
                  " recitals, clauses and sub-items together");
}

// Adds the (normalised) `text` of the unit at `field` to the revision's characters.
void addChars(Checks& checks, Size& size, const std::string& field, const std::string& text) {
  if (!checks.ok()) return;
  size.chars += countChars(text);
  checks.that(size.chars <= kMaxRevisionChars, field,
              "takes the revision past " + std::to_string(kMaxRevisionChars) +
                  " characters, the most a revision holds");
}

void checkClauses(Checks& checks, std::vector<Clause>& clauses, const std::string& path, int depth,
                  std::set<std::string>& ids, Size& size) {
  for (std::size_t i = 0; i < clauses.size() && checks.ok(); ++i) {
    Clause& c = clauses[i];
    std::string at = path + "[" + std::to_string(i) + "]";
    countUnit(checks, size, at);
    checks.id(at + ".id", c.id.str())
        .that(ids.insert(c.id.str()).second, at + ".id", "repeats the id '" + c.id.str() + "'")
        .text(at + ".text", c.text, kUnitText)
        .that(c.items.empty() || depth + 1 < kMaxClauseDepth, at + ".items",
              "nests deeper than " + std::to_string(kMaxClauseDepth) + " levels (1. → (a) → (i))");
    addChars(checks, size, at + ".text", c.text);
    checkClauses(checks, c.items, at + ".items", depth + 1, ids, size);
  }
}

}  // namespace

const Clause* Revision::findClause(const ClauseId& id) const { return findIn(operative, id); }

std::string romanNumeral(std::size_t n) {
  static const std::pair<std::size_t, const char*> kParts[] = {
      {1000, "m"}, {900, "cm"}, {500, "d"}, {400, "cd"}, {100, "c"}, {90, "xc"}, {50, "l"},
      {40, "xl"},  {10, "x"},   {9, "ix"},  {5, "v"},    {4, "iv"},  {1, "i"}};
  std::string out;
  for (const auto& [value, text] : kParts)
    while (n >= value) {
      out += text;
      n -= value;
    }
  return out;
}

std::string clauseLabel(int depth, std::size_t index) {
  if (depth == 0) return std::to_string(index + 1) + ".";
  if (depth == 1) {
    // a..z, then aa, bb, ... as legal drafting does past the alphabet.
    std::string letters(index / 26 + 1, static_cast<char>('a' + index % 26));
    return "(" + letters + ")";
  }
  return "(" + romanNumeral(index + 1) + ")";
}

Status normalize(Revision& r, const std::string& path) {
  Checks checks;
  checks.that(r.number >= 1, path + ".number", "must be 1 or more")
      .text(path + ".author", r.author, text_rules::kName)
      .text(path + ".changeNote", r.changeNote, text_rules::kNote)
      .text(path + ".closingFormula", r.closingFormula, text_rules::kLongText)
      .that(!r.operative.empty(), path + ".operative", "must hold at least one operative clause");
  std::set<std::string> ids;
  Size size;
  addChars(checks, size, path + ".closingFormula", r.closingFormula);
  for (std::size_t i = 0; i < r.preamble.size() && checks.ok(); ++i) {
    Recital& rec = r.preamble[i];
    std::string at = path + ".preamble[" + std::to_string(i) + "]";
    countUnit(checks, size, at);
    checks.id(at + ".id", rec.id.str())
        .that(ids.insert(rec.id.str()).second, at + ".id", "repeats the id '" + rec.id.str() + "'")
        .text(at + ".leadPhrase", rec.leadPhrase, text_rules::kLeadPhrase)
        .text(at + ".text", rec.text, kUnitText);
    addChars(checks, size, at + ".leadPhrase", rec.leadPhrase);
    addChars(checks, size, at + ".text", rec.text);
  }
  checkClauses(checks, r.operative, path + ".operative", 0, ids, size);
  return checks.status();
}

}  // namespace accord::domain
