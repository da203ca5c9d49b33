#include "accord/domain/language_version.h"

#include <algorithm>

#include "accord/domain/amendment.h"
#include "checks.h"

namespace accord::domain {
namespace {
using S = TranslationState;
using U = UnitTranslationStatus;
const std::pair<S, const char*> kStates[] = {{S::kDraft, "draft"}, {S::kVerified, "verified"}};
const std::pair<U, const char*> kUnitStates[] = {
    {U::kCurrent, "current"}, {U::kOutdated, "outdated"}, {U::kMissing, "missing"}};

bool isLower(char c) { return c >= 'a' && c <= 'z'; }
bool isAlnum(char c) { return isLower(c) || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); }

bool isRecital(const Revision& r, const ClauseId& unit) {
  return std::any_of(r.preamble.begin(), r.preamble.end(), [&](const Recital& x) { return x.id == unit; });
}

// Whether a translation made from `source` still translates `unit` of `target`.
bool stillCurrent(const Declaration& d, int source, const Revision& target, const ClauseId& unit) {
  if (source == target.number) return true;
  const Revision* from = d.revision(source);
  return from && unitFate(*from, target, unit) == UnitFate::kCurrent;
}

bool closingStillCurrent(const Declaration& d, int source, const Revision& target) {
  if (source == target.number) return true;
  const Revision* from = d.revision(source);
  return from && from->closingFormula == target.closingFormula;
}

void count(Coverage& c, UnitCoverage u) {
  if (u.status == U::kCurrent) ++c.current;
  else if (u.status == U::kOutdated) ++c.outdated;
  else ++c.missing;
  c.units.push_back(std::move(u));
}

// Who falls short of being a verified, complete version, or an empty string.
std::string shortfall(const LanguageVersion& v, const Declaration& d) {
  if (v.state != S::kVerified) return "is not verified";
  auto c = coverage(v, d);
  if (!c.ok() || !c->complete()) return "is not complete";
  return {};
}
}  // namespace

const char* toString(TranslationState s) { return enumName(kStates, s); }
template <>
const std::vector<const char*>& enumNames<TranslationState>() {
  static const auto names = enumNameList(kStates);
  return names;
}
Result<TranslationState> parseTranslationState(std::string_view field, std::string_view text) {
  return parseEnum(kStates, field, text);
}

const char* toString(UnitTranslationStatus s) { return enumName(kUnitStates, s); }
template <>
const std::vector<const char*>& enumNames<UnitTranslationStatus>() {
  static const auto names = enumNameList(kUnitStates);
  return names;
}

Status validateLanguage(std::string_view field, std::string_view tag) {
  auto bad = [&] {
    return Error::invalid(std::string(field), "must be a language tag such as 'fr' or 'sr-Latn', got '" +
                                                  std::string(tag.substr(0, 40)) + "'");
  };
  if (tag.empty() || tag.size() > 35) return bad();
  std::size_t start = 0;
  bool primary = true;
  while (start <= tag.size()) {
    std::size_t end = tag.find('-', start);
    if (end == std::string_view::npos) end = tag.size();
    std::string_view part = tag.substr(start, end - start);
    if (primary) {
      if (part.size() < 2 || part.size() > 3 || !std::all_of(part.begin(), part.end(), isLower)) return bad();
    } else if (part.size() < 2 || part.size() > 8 || !std::all_of(part.begin(), part.end(), isAlnum)) {
      return bad();
    }
    primary = false;
    if (end == tag.size()) break;
    start = end + 1;
  }
  return {};
}

const UnitTranslation* LanguageVersion::find(const ClauseId& unit) const {
  for (const auto& u : units)
    if (u.unit == unit) return &u;
  return nullptr;
}

Status LanguageVersion::setUnit(const Revision& original, UnitTranslation u) {
  if (!unitText(original, u.unit))
    return Error::invalid("unit", "revision " + std::to_string(original.number) + " has no unit '" +
                                      u.unit.str().substr(0, 64) + "'");
  Checks checks;
  checks.text("text", u.text, kUnitText).text("leadPhrase", u.leadPhrase, text_rules::kLeadPhrase);
  checks.that(u.leadPhrase.empty() || isRecital(original, u.unit), "leadPhrase", "is only for a recital");
  if (!checks.ok()) return checks.status();
  u.sourceRevision = original.number;
  auto it = std::find_if(units.begin(), units.end(), [&](const UnitTranslation& x) { return x.unit == u.unit; });
  if (it != units.end()) *it = std::move(u);
  else units.push_back(std::move(u));
  state = S::kDraft;
  return {};
}

Status LanguageVersion::setClosingFormula(const Revision& original, const std::string& text) {
  auto checked = validateText("closingFormula", text, text_rules::kLongText);
  if (!checked.ok()) return checked.error();
  closingFormula = std::move(checked).value();
  closingSourceRevision = closingFormula.empty() ? 0 : original.number;
  state = S::kDraft;
  return {};
}

Result<Coverage> coverage(const LanguageVersion& v, const Declaration& d) {
  const Revision* target = d.revision(v.revision);
  if (!target) return Error::notFound("the declaration has no revision " + std::to_string(v.revision), "revision");
  // Comparing a revision with itself gives its units in reading order, numbered.
  RevisionComparison units = compareRevisions(*target, *target);
  Coverage c;
  for (const auto& ch : units.changes) {
    UnitCoverage u{ch.id, ch.unit, ch.numberAfter, U::kMissing};
    if (const UnitTranslation* t = v.find(ch.id))
      u.status = stillCurrent(d, t->sourceRevision, *target, ch.id) ? U::kCurrent : U::kOutdated;
    count(c, std::move(u));
  }
  UnitCoverage closing{ClauseId(), UnitKind::kClause, "", U::kMissing};
  if (target->closingFormula.empty()) closing.status = U::kCurrent;
  else if (v.closingSourceRevision > 0)
    closing.status = closingStillCurrent(d, v.closingSourceRevision, *target) ? U::kCurrent : U::kOutdated;
  count(c, std::move(closing));
  return c;
}

LanguageVersion carryOver(const LanguageVersion& older, int revision) {
  LanguageVersion v = older;
  v.revision = revision;
  v.state = S::kDraft;
  v.verifiedBy.clear();
  v.verifiedAt.reset();
  v.version = 0;
  return v;
}

Status verify(LanguageVersion& v, const Declaration& d, const std::string& actor, Timestamp at) {
  if (v.state == S::kVerified) return Error::state("this language version is verified already", "state");
  auto c = coverage(v, d);
  if (!c.ok()) return c.error();
  for (const auto& u : c->units) {
    if (u.status == U::kCurrent) continue;
    std::string what = u.unit.empty() ? "the closing formula" : "unit '" + u.unit.str() + "'";
    return Error::state("cannot verify: " + what + " is " + toString(u.status) + " (" + std::to_string(c->missing) +
                            " missing, " + std::to_string(c->outdated) + " outdated)",
                        "units");
  }
  v.state = S::kVerified;
  v.verifiedBy = actor;
  v.verifiedAt = at;
  return {};
}

Status checkAuthenticVersions(const Declaration& d, int revision, const std::vector<LanguageVersion>& versions) {
  if (!d.finalNeedsAuthenticVersions) return {};
  std::vector<std::string> authentic;
  for (const auto& v : versions)
    if (v.authentic && v.declaration == d.id &&
        std::find(authentic.begin(), authentic.end(), v.language) == authentic.end())
      authentic.push_back(v.language);
  for (const auto& language : authentic) {
    auto it = std::find_if(versions.begin(), versions.end(), [&](const LanguageVersion& v) {
      return v.declaration == d.id && v.language == language && v.revision == revision;
    });
    std::string why = it == versions.end() ? "has no version of revision " + std::to_string(revision)
                                           : shortfall(*it, d);
    if (!why.empty())
      return Error::state("the text cannot become final: the authentic '" + language + "' text " + why +
                              " (or turn off finalNeedsAuthenticVersions)",
                          "languages");
  }
  return {};
}

Status normalize(LanguageVersion& v, const std::string& path) {
  Checks checks;
  checks.id(path + ".declaration", v.declaration.str())
      .also(validateLanguage(path + ".language", v.language))
      .that(v.revision >= 1, path + ".revision", "must be 1 or more")
      .text(path + ".translator", v.translator, text_rules::kOptionalName)
      .text(path + ".title", v.title, text_rules::kOptionalName)
      .text(path + ".verifiedBy", v.verifiedBy, text_rules::kOptionalName)
      .text(path + ".closingFormula", v.closingFormula, text_rules::kLongText)
      .that(v.closingSourceRevision >= 0 && v.closingSourceRevision <= v.revision, path + ".closingSourceRevision",
            "must name this or an earlier revision")
      .that(v.state != S::kVerified || !v.verifiedBy.empty(), path + ".verifiedBy", "names who verified it")
      .that(v.units.size() <= kMaxRevisionUnits, path + ".units",
            "has more than " + std::to_string(kMaxRevisionUnits) + " units");
  for (std::size_t i = 0; i < v.units.size() && checks.ok(); ++i) {
    auto& u = v.units[i];
    std::string at = path + ".units[" + std::to_string(i) + "]";
    checks.id(at + ".unit", u.unit.str())
        .text(at + ".text", u.text, kUnitText)
        .text(at + ".leadPhrase", u.leadPhrase, text_rules::kLeadPhrase)
        .that(u.sourceRevision >= 1 && u.sourceRevision <= v.revision, at + ".sourceRevision",
              "must name this or an earlier revision")
        .that(std::none_of(v.units.begin(), v.units.begin() + static_cast<long>(i),
                           [&](const UnitTranslation& x) { return x.unit == u.unit; }),
              at + ".unit", "is translated twice");
  }
  return checks.status();
}

}  // namespace accord::domain
