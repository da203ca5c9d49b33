// The translation page's form as a change of a language version, and its errors in
// the form's own names: each unit's box is "text:<unit>" (its lead phrase
// "lead:<unit>", the closing formula "text:closing"), so that an error lands beside
// the box it is about. Kept apart from the page so that it is tested on its own.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "accord/app/language_version_use_cases.h"
#include "accord/domain/result.h"
#include "exchange.h"

namespace accord::web {

// The change the posted form asks for: translator, authenticity, title, and the units
// the translator changed or confirmed (an untouched unit is not sent, so that saving
// never passes an old translation off as a new one).
app::LanguageVersionChange translationChange(const Fields& form);

// `e` (a refusal of translationChange(form)) with its field named as the form names
// it: "units[2].text" → "text:<that unit>", "title" → "versionTitle",
// "closingFormula" → "text:closing". A unit's error names the unit by its `labels`
// entry ("Translation of 3.: must …").
domain::Error onTranslationForm(domain::Error e, const Fields& form, const std::map<std::string, std::string>& labels);

// Every box of the posted form that breaks a rule, not only the first (the use case
// stops there): translator, title, then each unit sent and its lead phrase.
std::vector<domain::Error> translationFormErrors(const Fields& form, const std::map<std::string, std::string>& labels);

}  // namespace accord::web
