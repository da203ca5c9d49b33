#include "bundle_fixtures.h"

#include <fstream>
#include <sstream>
#include <stdexcept>

#include "accord/base/data_dir.h"

namespace accord::test {

const domain::CountryCatalog& referenceCountries() {
  static const domain::CountryCatalog catalog = [] {
    auto r = bundle::readCountriesFile(base::dataPath("samples/reference/countries.json"));
    if (!r.ok()) throw std::runtime_error("reference countries: " + r.error().field + " " + r.error().message);
    return r.value();
  }();
  return catalog;
}

std::string readText(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read " + path);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

std::string skopjePath() { return base::dataPath("samples/skopje-2016/skopje-2016.json"); }

}  // namespace accord::test
