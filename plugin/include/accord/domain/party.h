// Organizations and people: organizers, delegation members, signers.
#pragma once

#include <optional>
#include <string>

#include "accord/domain/country.h"
#include "accord/domain/id.h"

namespace accord::domain {

struct Organization {
  OrganizationId id;
  std::string name;
  std::string acronym;                 // may be empty
  std::optional<CountryCode> country;  // national bodies; none for international ones
};

struct Person {
  PersonId id;
  std::string name;
  std::string title;                   // function, e.g. "National Anti-Trafficking Co-ordinator"
  std::optional<OrganizationId> organization;
  std::optional<CountryCode> country;
};

// Normalises the texts of `o` in place (see validateText). Returns the first rule `o`
// breaks (bad id, bad text), naming the field under `path`.
Status normalize(Organization& o, const std::string& path);
Status normalize(Person& p, const std::string& path);

}  // namespace accord::domain
