// The bundle file: a whole conference as one JSON document (schema/bundle-format.md,
// schema/bundle.schema.json). This adapter reads and writes it with Poco::JSON.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "accord/domain/country.h"
#include "accord/domain/dossier.h"
#include "accord/domain/result.h"

namespace accord::bundle {

struct ReadResult {
  domain::Dossier dossier;
  std::vector<domain::Error> errors;  // every problem, each with its JSON path in `field`
  bool ok() const { return errors.empty(); }
};

// Parses and checks a bundle: syntax, types, unknown or missing fields, enums,
// dates, text rules, then every cross-reference (domain::normalize). Never throws for
// bad input; the dossier is meaningful only when ok().
ReadResult readBundle(std::string_view json, const domain::CountryCatalog& reference);

// As readBundle; a file that cannot be read is one error naming the path.
ReadResult readBundleFile(const std::string& path, const domain::CountryCatalog& reference);

// Writes the dossier as a bundle. Reading the output gives back an equal dossier.
std::string writeBundle(const domain::Dossier& dossier);

// Reads samples/reference/countries.json (format "accord-countries").
domain::Result<domain::CountryCatalog> readCountries(std::string_view json);
domain::Result<domain::CountryCatalog> readCountriesFile(const std::string& path);

}  // namespace accord::bundle
