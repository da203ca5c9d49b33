#include "accord/domain/actor.h"

#include "accord/domain/enum_names.h"

namespace accord::domain {
namespace {
const std::pair<Role, const char*> kRoles[] = {
    {Role::kAdmin, "admin"},         {Role::kSecretariat, "secretariat"},
    {Role::kCoordinator, "coordinator"}, {Role::kMonitor, "monitor"},
    {Role::kViewer, "viewer"},
};
}  // namespace

const char* toString(Role r) { return enumName(kRoles, r); }
template <>
const std::vector<const char*>& enumNames<Role>() {
  static const auto names = enumNameList(kRoles);
  return names;
}
Result<Role> parseRole(std::string_view field, std::string_view text) {
  return parseEnum(kRoles, field, text);
}

}  // namespace accord::domain
