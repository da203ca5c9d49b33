// The bundle reader (and the country list reader) on arbitrary bytes: every input
// must come back as a dossier or as errors, never a crash, a leak or undefined
// behaviour. A bundle that reads cleanly must also write and read back the same.
#include <cstdlib>
#include <iostream>

#include "accord/bundle/bundle.h"
#include "fuzz_support.h"

using namespace accord;

namespace {
const domain::CountryCatalog& catalog() {
  static const domain::CountryCatalog c = [] {
    auto read = bundle::readCountriesFile(fuzz::shipped("samples/reference/countries.json"));
    if (!read.ok()) {
      std::cerr << "bundle_fuzz: cannot read samples/reference/countries.json (set ACCORD_HOME)\n";
      std::abort();
    }
    return *read;
  }();
  return c;
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view json = fuzz::text(data, size);
  auto read = bundle::readBundle(json, catalog());
  if (read.ok()) {
    auto again = bundle::readBundle(bundle::writeBundle(read.dossier), catalog());
    if (!again.ok()) {
      std::cerr << "a bundle that read cleanly did not read back after writing: " << again.errors.front().message
                << "\n";
      std::abort();
    }
  }
  (void)bundle::readCountries(json);
  return 0;
}
