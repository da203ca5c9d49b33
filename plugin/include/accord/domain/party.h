// Organizations and people: organizers, delegation members, signers.
#pragma once

#include <optional>
#include <string>

#include "accord/domain/country.h"
#include "accord/domain/enum_names.h"
#include "accord/domain/id.h"

namespace accord::domain {

// What an organization is, for the directory's filters and the organizers' list.
enum class OrganizationKind { kGovernment, kInternationalOrganization, kCivilSociety, kAcademic, kOther };
const char* toString(OrganizationKind k);
template <>
const std::vector<const char*>& enumNames<OrganizationKind>();
Result<OrganizationKind> parseOrganizationKind(std::string_view field, std::string_view text);

struct Organization {
  OrganizationId id;
  std::string name;
  std::string acronym;                 // may be empty
  std::optional<CountryCode> country;  // national bodies; none for international ones
  OrganizationKind kind = OrganizationKind::kOther;
};

struct Person {
  PersonId id;
  std::string name;
  std::string title;                   // function, e.g. "National Anti-Trafficking Co-ordinator"
  std::optional<OrganizationId> organization;
  std::optional<CountryCode> country;
  std::string email;     // may be empty; one address, e.g. "name@example.org"
  std::string language;  // ISO 639-1 the person reads, e.g. "mk"; may be empty
};

// Normalises the texts of `o` in place (see validateText). Returns the first rule `o`
// breaks (bad id, bad text, for a person an e-mail address without one "@" between
// two non-empty parts or with spaces, a language that is not two lower-case
// letters), naming the field under `path`.
Status normalize(Organization& o, const std::string& path);
Status normalize(Person& p, const std::string& path);

}  // namespace accord::domain
