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

void checkClauses(Checks& checks, std::vector<Clause>& clauses, const std::string& path, int depth,
                  std::set<std::string>& ids) {
  for (std::size_t i = 0; i < clauses.size() && checks.ok(); ++i) {
    Clause& c = clauses[i];
    std::string at = path + "[" + std::to_string(i) + "]";
    checks.id(at + ".id", c.id.str())
        .that(ids.insert(c.id.str()).second, at + ".id", "repeats the id '" + c.id.str() + "'")
        .text(at + ".text", c.text, text_rules::kClause)
        .that(c.items.empty() || depth + 1 < kMaxClauseDepth, at + ".items",
              "nests deeper than " + std::to_string(kMaxClauseDepth) + " levels (1. → (a) → (i))");
    checkClauses(checks, c.items, at + ".items", depth + 1, ids);
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
  for (std::size_t i = 0; i < r.preamble.size() && checks.ok(); ++i) {
    Recital& rec = r.preamble[i];
    std::string at = path + ".preamble[" + std::to_string(i) + "]";
    checks.id(at + ".id", rec.id.str())
        .that(ids.insert(rec.id.str()).second, at + ".id", "repeats the id '" + rec.id.str() + "'")
        .text(at + ".leadPhrase", rec.leadPhrase, text_rules::kLeadPhrase)
        .text(at + ".text", rec.text, text_rules::kClause);
  }
  checkClauses(checks, r.operative, path + ".operative", 0, ids);
  return checks.status();
}

}  // namespace accord::domain
