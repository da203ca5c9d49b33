// A declaration as it reads in one of its language versions: the revision's
// units, closing formula and the title replaced by the translation, and the
// declaration's language set to the version's, so that whatever prints it (the
// renderers) prints that language's labels, dates and country names too.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "accord/domain/document.h"
#include "accord/domain/language_version.h"

namespace accord::domain {

// `d` with revision `revision` in `language`, taken from the stored version of
// that revision in `versions`. Returns `d` itself for its base language (or an
// empty `language`); kNotFound naming "language" when there is no such version;
// kInvalidState naming "language" when it is not complete (a unit missing, or
// translated from an older text that changed since: a reader never gets an old
// translation for a new text); kNotFound naming "revision" for a revision `d` lacks.
Result<Declaration> inLanguage(const Declaration& d, int revision, const std::string& language,
                               const std::vector<LanguageVersion>& versions);

// The declaration as a document prints it in `language`: the text (kDeclaration)
// through inLanguage at revision `revision` (kNotFound naming "revision" when
// there is none), the reports with only the language of their labels, dates and
// country names changed; for a report, kInvalidArgument naming "language" when
// hasDocumentLabels(language) is false.
Result<Declaration> printedIn(const Declaration& d, DocumentKind document, std::optional<int> revision,
                              const std::string& language, const std::vector<LanguageVersion>& versions);

// Whether the documents have labels in `language` (accountLanguages()), itself or
// its primary language ("fr-CA" prints in French).
bool hasDocumentLabels(std::string_view language);

// The languages a download asks for: none, `language`, or the two of `parallel`
// ("en,ru"). Returns kInvalidArgument naming "language" or "parallel" for a bad
// tag, both given, or the same language twice.
Result<std::vector<std::string>> parseLanguages(const std::string& language, const std::string& parallel);

}  // namespace accord::domain
