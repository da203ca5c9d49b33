#include "account_support.h"

#include <iostream>

#include "accord/base/data_dir.h"
#include "accord/bundle/bundle.h"

namespace accord::cli {

Args& withCountries(Args& args) {
  return args.option("countries", "FILE",
                     "reference country list coordinators are checked against (default: the shipped "
                     "samples/reference/countries.json)");
}

std::optional<AccountTools> accountTools(const char* command, const Args& args) {
  std::string path = args.get("countries", "");
  if (path.empty()) path = base::dataPath("samples/reference/countries.json");
  auto catalog = bundle::readCountriesFile(path);
  if (!catalog.ok()) {
    std::cerr << "accord " << command << ": cannot read the reference countries " << path << ": "
              << catalog.error().message << "\n";
    return std::nullopt;
  }
  return AccountTools{security::Pbkdf2PasswordHasher(), std::move(catalog).value()};
}

std::optional<std::string> passwordFromStdin(const char* command) {
  std::string line;
  if (!std::getline(std::cin, line)) {
    std::cerr << "accord " << command << ": --password-stdin given but standard input is empty\n";
    return std::nullopt;
  }
  if (!line.empty() && line.back() == '\r') line.pop_back();
  return line;
}

}  // namespace accord::cli
