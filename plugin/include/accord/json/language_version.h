// How a language version is spelled in JSON: written once for the API bodies,
// the bundle and the audit snapshots, and read from a bundle or a request.
#pragma once

#include "accord/app/language_version_use_cases.h"
#include "accord/base/json_writer.h"
#include "accord/domain/language_version.h"
#include "accord/json/node.h"
#include "accord/json/writers.h"

namespace accord::json {

// kStandalone names the declaration and carries the version; `more` (the
// reader's view: coverage, whether stored) comes before the version.
void writeLanguageVersion(JsonWriter& w, const domain::LanguageVersion& v, Include include = kStandalone,
                          const Members& more = {});

// A version as a bundle records it under `declaration`: every field written with kNested.
domain::LanguageVersion readLanguageVersionRecord(Node& n, const domain::DeclarationId& declaration);

// What a translator sends: translator, authentic, units [{unit, leadPhrase,
// text}] and closingFormula, each optional. The revision each unit translates,
// the state and who verified are the server's.
app::LanguageVersionChange readLanguageVersionChange(Node& n);

}  // namespace accord::json
