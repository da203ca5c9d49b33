#include "accord/domain/party.h"

#include "checks.h"

namespace accord::domain {
namespace {
const std::pair<OrganizationKind, const char*> kKinds[] = {
    {OrganizationKind::kGovernment, "government"},
    {OrganizationKind::kInternationalOrganization, "international_organization"},
    {OrganizationKind::kCivilSociety, "civil_society"},
    {OrganizationKind::kAcademic, "academic"},
    {OrganizationKind::kOther, "other"},
};

// Deliberately loose: one "@" with something on each side and no blanks or
// control characters. Whether the address reaches anyone only a mail can tell.
bool isEmailAddress(const std::string& s) {
  auto at = s.find('@');
  if (at == std::string::npos || at == 0 || at + 1 == s.size() || s.find('@', at + 1) != std::string::npos)
    return false;
  for (unsigned char ch : s)
    if (ch <= ' ' || ch == 0x7f || ch == '<' || ch == '>' || ch == '"' || ch == ',') return false;
  return true;
}
}  // namespace

const char* toString(OrganizationKind k) { return enumName(kKinds, k); }
template <>
const std::vector<const char*>& enumNames<OrganizationKind>() {
  static const auto names = enumNameList(kKinds);
  return names;
}
Result<OrganizationKind> parseOrganizationKind(std::string_view field, std::string_view text) {
  return parseEnum(kKinds, field, text);
}

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
      .text(path + ".email", p.email, text_rules::kOptionalName)
      .that(p.email.size() <= 254, path + ".email", "is longer than 254 characters")
      .that(p.email.empty() || isEmailAddress(p.email), path + ".email",
            "is not an e-mail address (one @ between a name and a domain, no spaces)")
      .that(p.language.empty() || isLanguageCode(p.language), path + ".language",
            "is not a language code (two lower-case letters, ISO 639-1, e.g. mk)")
      .status();
}

}  // namespace accord::domain
