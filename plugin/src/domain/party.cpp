#include "accord/domain/party.h"

#include "checks.h"

namespace accord::domain {

Status normalize(Organization& o, const std::string& path) {
  return Checks()
      .id(path + ".id", o.id.str())
      .text(path + ".name", o.name, text_rules::kName)
      .text(path + ".acronym", o.acronym, text_rules::kOptionalName)
      .status();
}

Status normalize(Person& p, const std::string& path) {
  return Checks()
      .id(path + ".id", p.id.str())
      .text(path + ".name", p.name, text_rules::kName)
      .text(path + ".title", p.title, text_rules::kOptionalName)
      .status();
}

}  // namespace accord::domain
