#include "bundle_loading.h"

#include <iostream>

#include "accord/base/data_dir.h"
#include "accord/bundle/bundle.h"

namespace accord::cli {

namespace {
std::optional<domain::CountryCatalog> referenceCountries(const std::string& countriesPath) {
  std::string countries = countriesPath.empty() ? base::dataPath("samples/reference/countries.json") : countriesPath;
  auto reference = bundle::readCountriesFile(countries);
  if (!reference.ok()) {
    std::cerr << "error: reference countries " << countries << ": " << reference.error().field << " "
              << reference.error().message << "\n";
    return std::nullopt;
  }
  return std::move(reference).value();
}
}  // namespace

std::optional<LoadedBundle> withCatalog(domain::Dossier dossier, const std::string& countriesPath) {
  auto reference = referenceCountries(countriesPath);
  if (!reference) return std::nullopt;
  LoadedBundle loaded{std::move(dossier), {}};
  loaded.catalog = domain::catalogFor(loaded.dossier, *reference);
  return loaded;
}

std::optional<LoadedBundle> loadBundle(const std::string& path, const std::string& countriesPath) {
  auto reference = referenceCountries(countriesPath);
  if (!reference) return std::nullopt;
  auto read = bundle::readBundleFile(path, *reference);
  if (!read.ok()) {
    std::cerr << "error: " << path << " is not a valid Accord bundle (" << read.errors.size() << " problem"
              << (read.errors.size() == 1 ? "" : "s") << "):\n";
    for (const auto& e : read.errors) std::cerr << "  " << e.field << ": " << e.message << "\n";
    return std::nullopt;
  }
  LoadedBundle loaded{std::move(read.dossier), {}};
  loaded.catalog = domain::catalogFor(loaded.dossier, *reference);
  return loaded;
}

const domain::Declaration* pickDeclaration(const domain::Dossier& dossier, const std::string& id) {
  if (id.empty() && !dossier.declarations.empty()) return &dossier.declarations.front();
  if (const auto* d = dossier.declaration(domain::DeclarationId(id))) return d;
  std::cerr << "error: no declaration '" << id << "' in the bundle; it holds:";
  for (const auto& d : dossier.declarations) std::cerr << " " << d.id;
  std::cerr << (dossier.declarations.empty() ? " none\n" : "\n");
  return nullptr;
}

}  // namespace accord::cli
