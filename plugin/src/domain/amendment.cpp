#include "accord/domain/amendment.h"

#include <algorithm>

#include "accord/domain/revision_diff.h"
#include "checks.h"

namespace accord::domain {
namespace {
using K = AmendmentKind;
using S = AmendmentState;
const std::pair<K, const char*> kKinds[] = {
    {K::kReplace, "replace"}, {K::kInsertAfter, "insert_after"}, {K::kDelete, "delete"}};
const std::pair<S, const char*> kStates[] = {{S::kProposed, "proposed"},
                                             {S::kAccepted, "accepted"},
                                             {S::kRejected, "rejected"},
                                             {S::kWithdrawn, "withdrawn"},
                                             {S::kIncorporated, "incorporated"}};
// The legal steps, and nothing else: every other pair is refused.
const std::pair<S, S> kTransitions[] = {{S::kProposed, S::kAccepted},
                                        {S::kProposed, S::kRejected},
                                        {S::kProposed, S::kWithdrawn},
                                        {S::kAccepted, S::kIncorporated}};

Status move(Amendment& a, S to) {
  if (!isLegalTransition(a.state, to))
    return Error::state("an amendment cannot go from " + std::string(toString(a.state)) + " to " + toString(to),
                        "state");
  a.state = to;
  return {};
}

// The sibling list holding clause `id` and its position, searched depth first.
bool locate(std::vector<Clause>& list, const ClauseId& id, std::vector<Clause>*& where, std::size_t& at) {
  for (std::size_t i = 0; i < list.size(); ++i) {
    if (list[i].id == id) {
      where = &list;
      at = i;
      return true;
    }
    if (locate(list[i].items, id, where, at)) return true;
  }
  return false;
}
}  // namespace

const char* toString(AmendmentKind k) { return enumName(kKinds, k); }
template <>
const std::vector<const char*>& enumNames<AmendmentKind>() {
  static const auto names = enumNameList(kKinds);
  return names;
}
Result<AmendmentKind> parseAmendmentKind(std::string_view field, std::string_view text) {
  return parseEnum(kKinds, field, text);
}

const char* toString(AmendmentState s) { return enumName(kStates, s); }
template <>
const std::vector<const char*>& enumNames<AmendmentState>() {
  static const auto names = enumNameList(kStates);
  return names;
}
Result<AmendmentState> parseAmendmentState(std::string_view field, std::string_view text) {
  return parseEnum(kStates, field, text);
}

bool isLegalTransition(AmendmentState from, AmendmentState to) {
  return std::find(std::begin(kTransitions), std::end(kTransitions), std::make_pair(from, to)) !=
         std::end(kTransitions);
}

Status Amendment::decide(AmendmentState to, const std::string& actor, const std::string& why, Timestamp at) {
  if (to == S::kIncorporated)
    return Error::state("an amendment is incorporated by cutting a revision that contains it", "state");
  if (to == S::kProposed) return Error::state("an amendment cannot go back to proposed", "state");
  std::string checkedReason;
  if (to == S::kRejected) {
    auto checked = validateText("reason", why, text_rules::kReason);
    if (!checked.ok()) return checked.error();
    checkedReason = checked.value();
  }
  if (Status s = move(*this, to); !s.ok()) return s;
  decidedBy = actor;
  decidedAt = at;
  reason = checkedReason;
  return {};
}

Status Amendment::incorporate(int revision) {
  if (Status s = move(*this, S::kIncorporated); !s.ok()) return s;
  incorporatedIn = revision;
  return {};
}

Status normalize(Amendment& a, const std::string& path) {
  Checks checks;
  checks.id(path + ".unit", a.anchor.unit.str()).text(path + ".quote", a.anchor.quote, text_rules::kNote);
  if (a.kind == K::kDelete)
    checks.that(a.text.empty(), path + ".text", "must be empty: a deletion proposes no wording");
  else
    checks.text(path + ".text", a.text, text_rules::kClause);
  if (a.kind == K::kInsertAfter)
    checks.id(path + ".newUnit", a.newUnit.str())
        .that(a.newUnit != a.anchor.unit, path + ".newUnit", "must differ from the unit it follows");
  else
    checks.that(a.newUnit.empty(), path + ".newUnit", "is only for an insertion");
  return checks.text(path + ".justification", a.justification, text_rules::kReason)
      .text(path + ".author", a.author, text_rules::kOptionalName)
      .text(path + ".decidedBy", a.decidedBy, text_rules::kOptionalName)
      .text(path + ".reason", a.reason, text_rules::kNote)
      .that(a.state != S::kRejected || !a.reason.empty(), path + ".reason", "must say why it was rejected")
      .that((a.state == S::kIncorporated) == a.incorporatedIn.has_value(), path + ".incorporatedIn",
            "names the revision that contains an incorporated amendment, and only then")
      .status();
}

const char* toString(UnitFate f) {
  switch (f) {
    case UnitFate::kCurrent: return "current";
    case UnitFate::kChanged: return "changed";
    case UnitFate::kDeleted: return "deleted";
  }
  return "?";
}

UnitFate unitFate(const Revision& anchored, const Revision& later, const ClauseId& unit) {
  if (anchored.number == later.number) return UnitFate::kCurrent;
  RevisionComparison cmp = compareRevisions(anchored, later);
  for (const auto& c : cmp.changes) {
    if (c.id != unit) continue;
    if (c.kind == ChangeKind::kDeleted) return UnitFate::kDeleted;
    // A unit that only moved keeps its text: what was proposed still applies.
    if (c.textChanged) return UnitFate::kChanged;
    return UnitFate::kCurrent;
  }
  return unitText(later, unit) ? UnitFate::kCurrent : UnitFate::kDeleted;
}

bool isOutdated(const Amendment& a, const Revision& anchored, const Revision& latest) {
  if (a.state != S::kProposed && a.state != S::kAccepted) return false;
  return unitFate(anchored, latest, a.anchor.unit) != UnitFate::kCurrent;
}

Status applyAmendment(Revision& text, const Amendment& a) {
  const ClauseId& unit = a.anchor.unit;
  auto recital = std::find_if(text.preamble.begin(), text.preamble.end(), [&](const Recital& r) { return r.id == unit; });
  std::vector<Clause>* siblings = nullptr;
  std::size_t at = 0;
  bool isClause = recital == text.preamble.end() && locate(text.operative, unit, siblings, at);
  bool present = recital != text.preamble.end() || isClause;
  if (a.kind == K::kDelete) {
    if (recital != text.preamble.end()) text.preamble.erase(recital);
    else if (isClause) siblings->erase(siblings->begin() + static_cast<long>(at));
    return {};
  }
  if (a.kind == K::kReplace || !unitText(text, a.newUnit)) {
    if (!present)
      return Error::state("amendment " + std::to_string(a.number) + " is on '" + unit.str() +
                              "', which the new text no longer has",
                          "incorporate");
  }
  if (a.kind == K::kReplace) {
    if (recital != text.preamble.end()) recital->text = a.text;
    else (*siblings)[at].text = a.text;
    return {};
  }
  // Insert after: set the new unit's text if the editor already added it.
  for (auto& r : text.preamble)
    if (r.id == a.newUnit) {
      r.text = a.text;
      return {};
    }
  std::vector<Clause>* newSiblings = nullptr;
  std::size_t newAt = 0;
  if (locate(text.operative, a.newUnit, newSiblings, newAt)) {
    (*newSiblings)[newAt].text = a.text;
    return {};
  }
  if (recital != text.preamble.end())
    text.preamble.insert(recital + 1, Recital{a.newUnit, "", a.text});
  else
    siblings->insert(siblings->begin() + static_cast<long>(at) + 1, Clause{a.newUnit, a.text, {}});
  return {};
}

}  // namespace accord::domain
