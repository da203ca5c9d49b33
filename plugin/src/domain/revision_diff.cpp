#include "accord/domain/revision_diff.h"

#include <map>
#include <unordered_map>

namespace accord::domain {
namespace {

const std::pair<ChangeKind, const char*> kChangeKinds[] = {{ChangeKind::kUnchanged, "unchanged"},
                                                           {ChangeKind::kAdded, "added"},
                                                           {ChangeKind::kDeleted, "deleted"},
                                                           {ChangeKind::kChanged, "changed"},
                                                           {ChangeKind::kMoved, "moved"}};
const std::pair<UnitKind, const char*> kUnitKinds[] = {
    {UnitKind::kRecital, "recital"}, {UnitKind::kClause, "clause"}, {UnitKind::kItem, "item"}};

// A unit of one revision, in reading order, with where it stands.
struct Flat {
  const Clause* clause = nullptr;
  const Recital* recital = nullptr;
  int depth = 0;
  std::string label;   // "3." / "(a)"; empty for a recital
  std::string number;  // "3 (a)"; a recital's place "2"
  std::string parent;  // the id of the clause it is an item of; empty at the top
};

void flatten(const std::vector<Clause>& clauses, int depth, const Flat* parent, std::vector<Flat>& out) {
  for (std::size_t i = 0; i < clauses.size(); ++i) {
    std::string label = clauseLabel(depth, i);
    std::string bare = depth == 0 ? label.substr(0, label.size() - 1) : label;  // "3." -> "3"
    out.push_back({&clauses[i], nullptr, depth, label, parent ? parent->number + " " + bare : bare,
                   parent ? parent->clause->id.str() : std::string()});
    Flat self = out.back();  // a copy: `out` may grow and move
    flatten(clauses[i].items, depth + 1, &self, out);
  }
}

std::vector<Flat> flatten(const Revision& r) {
  std::vector<Flat> out;
  for (std::size_t i = 0; i < r.preamble.size(); ++i)
    out.push_back({nullptr, &r.preamble[i], 0, {}, std::to_string(i + 1), {}});
  flatten(r.operative, 0, nullptr, out);
  return out;
}

const std::string& idOf(const Flat& f) { return f.clause ? f.clause->id.str() : f.recital->id.str(); }
const std::string& textOf(const Flat& f) { return f.clause ? f.clause->text : f.recital->text; }
std::string leadOf(const Flat& f) { return f.recital ? f.recital->leadPhrase : std::string(); }
UnitKind unitOf(const Flat& f) {
  return f.recital ? UnitKind::kRecital : f.depth == 0 ? UnitKind::kClause : UnitKind::kItem;
}

ClauseChange change(const Flat* before, const Flat* after, bool moved) {
  const Flat& any = after ? *after : *before;
  ClauseChange c;
  c.id = ClauseId(idOf(any));
  c.unit = unitOf(any);
  c.depth = any.depth;
  c.depthBefore = before ? before->depth : any.depth;
  if (before) c.numberBefore = before->number, c.labelBefore = before->label;
  if (after) c.numberAfter = after->number, c.labelAfter = after->label;
  c.text = diffWords(before ? textOf(*before) : "", after ? textOf(*after) : "");
  c.leadPhrase = diffWords(before ? leadOf(*before) : "", after ? leadOf(*after) : "");
  c.textChanged = !before || !after || textOf(*before) != textOf(*after) || leadOf(*before) != leadOf(*after);
  if (!before) c.kind = ChangeKind::kAdded;
  else if (!after) c.kind = ChangeKind::kDeleted;
  else if (moved) c.kind = ChangeKind::kMoved;
  else if (c.textChanged) c.kind = ChangeKind::kChanged;
  return c;
}

// The ids present in both revisions that changed place: under another parent, of
// another kind, or not on the longest run of units that kept their order.
std::map<std::string, bool> movedUnits(const std::vector<Flat>& before, const std::vector<Flat>& after,
                                       const std::unordered_map<std::string, const Flat*>& beforeById,
                                       const std::unordered_map<std::string, const Flat*>& afterById) {
  std::unordered_map<std::string, int> code;
  std::vector<int> a, b;
  std::vector<const std::string*> names;
  for (const Flat& f : before)
    if (afterById.count(idOf(f))) {
      code.emplace(idOf(f), static_cast<int>(a.size()));
      a.push_back(static_cast<int>(a.size()));
      names.push_back(&idOf(f));
    }
  for (const Flat& f : after)
    if (auto it = code.find(idOf(f)); it != code.end()) b.push_back(it->second);
  EditMarks marks = shortestEdit(a, b);
  std::map<std::string, bool> moved;
  for (std::size_t i = 0; i < a.size(); ++i) {
    const Flat& old = *beforeById.at(*names[i]);
    const Flat& now = *afterById.at(*names[i]);
    moved[*names[i]] = marks.deleted[i] || old.parent != now.parent || unitOf(old) != unitOf(now);
  }
  return moved;
}

}  // namespace

const char* toString(ChangeKind k) { return enumName(kChangeKinds, k); }
template <>
const std::vector<const char*>& enumNames<ChangeKind>() {
  static const auto names = enumNameList(kChangeKinds);
  return names;
}

const char* toString(UnitKind k) { return enumName(kUnitKinds, k); }
template <>
const std::vector<const char*>& enumNames<UnitKind>() {
  static const auto names = enumNameList(kUnitKinds);
  return names;
}

RevisionComparison compareRevisions(const Revision& older, const Revision& newer) {
  RevisionComparison result;
  result.from = older.number;
  result.to = newer.number;
  std::vector<Flat> before = flatten(older), after = flatten(newer);
  std::unordered_map<std::string, const Flat*> beforeById, afterById;
  for (const auto& f : before) beforeById[idOf(f)] = &f;
  for (const auto& f : after) afterById[idOf(f)] = &f;
  std::map<std::string, bool> moved = movedUnits(before, after, beforeById, afterById);

  // What left its place (deleted, or moved away) is shown right after the nearest
  // earlier unit that kept its place, which stands in the same order in both texts.
  std::map<std::string, std::vector<const Flat*>> leftAfter;  // "" = at the start
  std::string anchor;
  for (const auto& f : before) {
    auto m = moved.find(idOf(f));
    if (m == moved.end() || m->second) leftAfter[anchor].push_back(&f);
    else anchor = idOf(f);
  }
  std::vector<std::pair<const Flat*, RedlineParagraph::Place>> slots;  // the redline's order
  auto emitLeft = [&](const std::string& key) {
    auto it = leftAfter.find(key);
    if (it == leftAfter.end()) return;
    for (const Flat* f : it->second)
      slots.push_back({f, moved.count(idOf(*f)) ? RedlineParagraph::Place::kOldPlace
                                                : RedlineParagraph::Place::kInPlace});
  };
  emitLeft("");
  for (const auto& f : after) {
    auto m = moved.find(idOf(f));
    bool isMoved = m != moved.end() && m->second;
    slots.push_back({&f, isMoved ? RedlineParagraph::Place::kNewPlace : RedlineParagraph::Place::kInPlace});
    if (m != moved.end() && !isMoved) emitLeft(idOf(f));
  }

  std::unordered_map<std::string, std::size_t> index;  // id -> its entry in changes
  for (const auto& [f, place] : slots) {
    if (place == RedlineParagraph::Place::kOldPlace) continue;
    const std::string& id = idOf(*f);
    auto b = beforeById.find(id);
    bool inAfter = afterById.count(id) > 0;
    ClauseChange c = change(b == beforeById.end() ? nullptr : b->second, inAfter ? afterById.at(id) : nullptr,
                            place == RedlineParagraph::Place::kNewPlace);
    result.added += c.kind == ChangeKind::kAdded;
    result.deleted += c.kind == ChangeKind::kDeleted;
    result.changed += c.kind == ChangeKind::kChanged;
    result.moved += c.kind == ChangeKind::kMoved;
    index[id] = result.changes.size();
    result.changes.push_back(std::move(c));
  }
  for (const auto& [f, place] : slots) result.redline.push_back({index.at(idOf(*f)), place});
  result.closingFormula = diffWords(older.closingFormula, newer.closingFormula);
  return result;
}

}  // namespace accord::domain
