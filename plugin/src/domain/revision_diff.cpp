#include "accord/domain/revision_diff.h"

#include <map>

namespace accord::domain {
namespace {

std::vector<std::string_view> tokens(std::string_view s) {
  std::vector<std::string_view> out;
  std::size_t i = 0;
  auto space = [](char c) { return c == ' ' || c == '\n' || c == '\t'; };
  while (i < s.size()) {
    std::size_t start = i;
    while (i < s.size() && !space(s[i])) ++i;
    while (i < s.size() && space(s[i])) ++i;
    out.push_back(s.substr(start, i - start));
  }
  return out;
}

void push(std::vector<TextSpan>& out, TextSpan::Op op, std::string_view text) {
  if (!out.empty() && out.back().op == op) out.back().text += text;
  else out.push_back({op, std::string(text)});
}

struct Flat {
  const Clause* clause = nullptr;
  const Recital* recital = nullptr;
  int depth = 0;
  std::string label;
};

void flatten(const std::vector<Clause>& clauses, int depth, std::vector<Flat>& out) {
  for (std::size_t i = 0; i < clauses.size(); ++i) {
    out.push_back({&clauses[i], nullptr, depth, clauseLabel(depth, i)});
    flatten(clauses[i].items, depth + 1, out);
  }
}

std::vector<Flat> flatten(const Revision& r) {
  std::vector<Flat> out;
  for (const auto& rec : r.preamble) out.push_back({nullptr, &rec, 0, {}});
  flatten(r.operative, 0, out);
  return out;
}

const std::string& idOf(const Flat& f) { return f.clause ? f.clause->id.str() : f.recital->id.str(); }
const std::string& textOf(const Flat& f) { return f.clause ? f.clause->text : f.recital->text; }
std::string leadOf(const Flat& f) { return f.recital ? f.recital->leadPhrase : std::string(); }

ClauseChange change(const Flat* before, const Flat* after) {
  const Flat& any = after ? *after : *before;
  ClauseChange c;
  c.id = ClauseId(idOf(any));
  c.recital = any.recital != nullptr;
  c.depth = any.depth;
  c.labelBefore = before ? before->label : std::string();
  c.labelAfter = after ? after->label : std::string();
  c.text = diffWords(before ? textOf(*before) : "", after ? textOf(*after) : "");
  c.leadPhrase = diffWords(before ? leadOf(*before) : "", after ? leadOf(*after) : "");
  if (!before) c.kind = ChangeKind::kAdded;
  else if (!after) c.kind = ChangeKind::kRemoved;
  else if (textOf(*before) != textOf(*after) || leadOf(*before) != leadOf(*after)) c.kind = ChangeKind::kModified;
  return c;
}

}  // namespace

const char* toString(ChangeKind k) {
  switch (k) {
    case ChangeKind::kUnchanged: return "unchanged";
    case ChangeKind::kAdded: return "added";
    case ChangeKind::kRemoved: return "removed";
    case ChangeKind::kModified: return "modified";
  }
  return "?";
}

std::vector<TextSpan> diffWords(std::string_view before, std::string_view after) {
  auto a = tokens(before), b = tokens(after);
  const std::size_t n = a.size(), m = b.size();
  // lcs[i][j]: length of the longest common subsequence of a[i..] and b[j..].
  std::vector<std::vector<unsigned>> lcs(n + 1, std::vector<unsigned>(m + 1, 0));
  for (std::size_t i = n; i-- > 0;)
    for (std::size_t j = m; j-- > 0;)
      lcs[i][j] = a[i] == b[j] ? lcs[i + 1][j + 1] + 1 : std::max(lcs[i + 1][j], lcs[i][j + 1]);
  std::vector<TextSpan> out;
  std::size_t i = 0, j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && a[i] == b[j]) {
      push(out, TextSpan::Op::kSame, a[i++]);
      ++j;
    } else if (j < m && (i == n || lcs[i][j + 1] >= lcs[i + 1][j])) {
      push(out, TextSpan::Op::kInserted, b[j++]);
    } else {
      push(out, TextSpan::Op::kDeleted, a[i++]);
    }
  }
  return out;
}

RevisionComparison compareRevisions(const Revision& older, const Revision& newer) {
  RevisionComparison result;
  result.from = older.number;
  result.to = newer.number;
  std::vector<Flat> before = flatten(older), after = flatten(newer);
  std::map<std::string, const Flat*> beforeById, afterById;
  for (const auto& f : before) beforeById[idOf(f)] = &f;
  for (const auto& f : after) afterById[idOf(f)] = &f;

  // Removed clauses are shown right after the nearest earlier clause that survives.
  std::map<std::string, std::vector<const Flat*>> removedAfter;  // "" = at the start
  std::string anchor;
  for (const auto& f : before) {
    if (afterById.count(idOf(f))) anchor = idOf(f);
    else removedAfter[anchor].push_back(&f);
  }
  auto emitRemoved = [&](const std::string& key) {
    for (const Flat* f : removedAfter[key]) {
      result.changes.push_back(change(f, nullptr));
      ++result.removed;
    }
  };
  emitRemoved("");
  for (const auto& f : after) {
    auto it = beforeById.find(idOf(f));
    ClauseChange c = change(it == beforeById.end() ? nullptr : it->second, &f);
    result.added += c.kind == ChangeKind::kAdded;
    result.modified += c.kind == ChangeKind::kModified;
    result.changes.push_back(std::move(c));
    if (it != beforeById.end()) emitRemoved(idOf(f));
  }
  result.closingFormula = diffWords(older.closingFormula, newer.closingFormula);
  return result;
}

}  // namespace accord::domain
