// Shared by the commands that read a bundle file: loads the reference countries and
// the bundle, printing every problem (with its JSON path) to stderr on failure.
#pragma once

#include <optional>
#include <string>

#include "accord/domain/country.h"
#include "accord/domain/dossier.h"

namespace accord::cli {

struct LoadedBundle {
  domain::Dossier dossier;
  domain::CountryCatalog catalog;  // reference list plus the bundle's own countries
};

// `countriesPath` empty means the shipped samples/reference/countries.json.
std::optional<LoadedBundle> loadBundle(const std::string& path, const std::string& countriesPath);

// A dossier read from the database, with the reference countries plus its own;
// nullopt (after printing why) if the reference list cannot be read.
std::optional<LoadedBundle> withCatalog(domain::Dossier dossier, const std::string& countriesPath);

// Picks the declaration named `id`, or the only/first one when `id` is empty;
// prints an error listing the declarations when there is no such one.
const domain::Declaration* pickDeclaration(const domain::Dossier& dossier, const std::string& id);

}  // namespace accord::cli
