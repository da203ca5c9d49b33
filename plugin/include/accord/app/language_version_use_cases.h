// Use cases of a revision's language versions: reading them with what is missing
// or outdated, writing a translation unit by unit and verifying it (the
// secretariat, Action::kTranslate). Reads follow the declaration's read rules: a
// reader sees the versions of the revisions they may read. Each write runs in one
// transaction with its audit event.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "accord/app/context.h"
#include "accord/domain/actor.h"
#include "accord/domain/language_version.h"

namespace accord::app {

// A language version as a reader sees it. When revision n has no stored version
// in a language but an older revision has, the newest older one is carried over
// (domain::carryOver): shown with its units changed since marked outdated, never
// passed off as a translation of revision n; `stored` is then false and
// `carriedFrom` names the revision it comes from.
struct LanguageVersionView {
  domain::LanguageVersion version;
  domain::Coverage coverage;
  bool stored = true;
  std::optional<int> carriedFrom;
};

// Every language of revision `revision` that has a version of it or of an older
// revision, by language. Returns kNotFound (declaration, or revision naming
// "revision", also one the actor may not read).
Result<std::vector<LanguageVersionView>> listLanguageVersions(const Context& ctx, const domain::Actor& actor,
                                                              const domain::DeclarationId& id, int revision);

// The version of revision `revision` in `language`, stored or carried over.
// Returns what listLanguageVersions returns, kInvalidArgument naming "language"
// for a bad tag, kNotFound naming "language" when no revision up to `revision` has
// one.
Result<LanguageVersionView> getLanguageVersion(const Context& ctx, const domain::Actor& actor,
                                               const domain::DeclarationId& id, int revision,
                                               const std::string& language);

// What a translator sends: the parts present change; units given are set (each
// then translates revision `revision`), the others kept.
struct LanguageVersionChange {
  std::optional<std::string> translator;
  std::optional<bool> authentic;
  std::optional<std::string> title;
  std::vector<domain::UnitTranslation> units;
  std::optional<std::string> closingFormula;
};

// Writes `change` into the version of revision `revision` in `language`,
// creating it (from the newest older version, carried over, else empty) when it
// is not stored: then `expectedVersion` must be 0 (as for an endorsement merely
// invited); for a stored one it must be its version. The version becomes a draft. Returns kForbidden (not the
// secretariat), kNotFound, kInvalidArgument naming the field (bad tag, the
// declaration's base language, a unit the revision lacks, bad text),
// kInvalidState when the declaration is closed or a verified version of its final
// revision would change, kConflict when `expectedVersion` is stale.
Result<LanguageVersionView> saveLanguageVersion(const Context& ctx, const domain::Actor& actor,
                                                const domain::DeclarationId& id, int revision,
                                                const std::string& language, const LanguageVersionChange& change,
                                                long expectedVersion);

// draft → verified (the secretariat). Returns kForbidden, kNotFound (also when
// not stored), kInvalidState naming "units" unless complete, kConflict.
Result<LanguageVersionView> verifyLanguageVersion(const Context& ctx, const domain::Actor& actor,
                                                  const domain::DeclarationId& id, int revision,
                                                  const std::string& language, long expectedVersion);

}  // namespace accord::app
