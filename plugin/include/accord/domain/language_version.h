// A language version: one revision's text in another language than the
// declaration's base language, unit by unit (recital, clause, sub-item, by stable
// id, and the closing formula). Each unit's translation remembers the revision
// whose original text it translates, so that a translation carried over from an
// older revision shows the units changed since as outdated (compareRevisions)
// instead of silently passing them off as translations of the new text.
// draft → verified; any edit makes a verified version a draft again.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "accord/domain/date.h"
#include "accord/domain/declaration.h"
#include "accord/domain/enum_names.h"
#include "accord/domain/revision_diff.h"

namespace accord::domain {

enum class TranslationState { kDraft, kVerified };
const char* toString(TranslationState s);
template <>
const std::vector<const char*>& enumNames<TranslationState>();
Result<TranslationState> parseTranslationState(std::string_view field, std::string_view text);

// A language tag: a primary subtag of 2-3 lower-case letters ("fr", "cnr") and
// optional subtags of 2-8 letters or digits ("sr-Latn"); at most 35 characters
// (BCP 47's practical limit). Returns kInvalidArgument naming `field`.
Status validateLanguage(std::string_view field, std::string_view tag);

struct UnitTranslation {
  ClauseId unit;
  std::string leadPhrase;  // recitals only
  std::string text;
  int sourceRevision = 0;  // the revision whose original this translates
};

struct LanguageVersion {
  DeclarationId declaration;
  int revision = 0;        // the revision this is the text of
  std::string language;    // never the declaration's base language
  TranslationState state = TranslationState::kDraft;
  std::string translator;
  bool authentic = false;  // an equally authentic text, as in treaties
  std::string title;       // the declaration's title in this language; empty: not translated
  std::vector<UnitTranslation> units;
  std::string closingFormula;
  int closingSourceRevision = 0;  // 0: not translated
  std::string verifiedBy;
  std::optional<Timestamp> verifiedAt;
  long version = 0;

  const UnitTranslation* find(const ClauseId& unit) const;

  // Sets the translation of `unit` of `original` (the revision this version is
  // of), translated from it. Returns kInvalidArgument naming "unit" when the
  // revision has no such unit, or the text's rule broken ("text", "leadPhrase": a
  // lead phrase only on a recital). A verified version becomes a draft.
  Status setUnit(const Revision& original, UnitTranslation u);
  // The same for the closing formula.
  Status setClosingFormula(const Revision& original, const std::string& text);
};

// How each unit of the original stands in a language version.
enum class UnitTranslationStatus { kCurrent, kOutdated, kMissing };
const char* toString(UnitTranslationStatus s);
template <>
const std::vector<const char*>& enumNames<UnitTranslationStatus>();

struct UnitCoverage {
  ClauseId unit;  // empty for the closing formula
  UnitKind kind = UnitKind::kClause;
  std::string number;  // "3 (a)" for clauses, "2" for recitals, as compareRevisions numbers them
  UnitTranslationStatus status = UnitTranslationStatus::kMissing;
};

struct Coverage {
  std::vector<UnitCoverage> units;  // the original's reading order, closing formula last
  std::size_t current = 0, outdated = 0, missing = 0;
  bool complete() const { return outdated == 0 && missing == 0; }
};

// The coverage of `v` against its revision of `d`: a unit translated from that
// revision is current; one translated from an older revision is current when
// compareRevisions finds its text unchanged since, else outdated; an untranslated
// unit is missing. A closing formula that is empty in the original counts as
// current. Returns kNotFound when `d` lacks a revision `v` names.
Result<Coverage> coverage(const LanguageVersion& v, const Declaration& d);

// A version of revision `revision` started from `older` (a version of an earlier
// revision in the same language): its units keep the revision they translate, so
// that the ones changed since show as outdated. It starts as a draft.
LanguageVersion carryOver(const LanguageVersion& older, int revision);

// draft → verified by `actor`. Returns kInvalidState naming "units" (with the
// first missing or outdated unit) unless the version is complete.
Status verify(LanguageVersion& v, const Declaration& d, const std::string& actor, Timestamp at);

// Whether revision `revision` of `d` may become final: every language that has an
// authentic version of any revision of `d` needs a verified, complete version of
// `revision`. Returns kInvalidState naming "languages" and the first language that
// falls short. Always passes when `d` does not require authentic versions.
Status checkAuthenticVersions(const Declaration& d, int revision, const std::vector<LanguageVersion>& versions);

// Normalises the texts of `v` in place. Returns the first rule broken: bad language
// tag, revision < 1, bad unit id or text, a unit twice, a unit or closing formula
// translated from a later revision than `v`'s, verified without who verified it.
Status normalize(LanguageVersion& v, const std::string& path = "languageVersion");

}  // namespace accord::domain
