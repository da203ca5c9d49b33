// Who is acting: the authenticated person, their role and, for a coordinator, the
// one country they act for.
#pragma once

#include <optional>
#include <string>

#include "accord/domain/country.h"
#include "accord/domain/enum_names.h"

namespace accord::domain {

enum class Role { kAdmin, kSecretariat, kCoordinator, kMonitor, kViewer };
const char* toString(Role r);
template <>
const std::vector<const char*>& enumNames<Role>();
Result<Role> parseRole(std::string_view field, std::string_view text);

struct Actor {
  std::string name;
  Role role = Role::kViewer;
  std::optional<CountryCode> country;  // coordinators only

  bool actsFor(const CountryCode& c) const { return role == Role::kCoordinator && country == c; }
};

}  // namespace accord::domain
