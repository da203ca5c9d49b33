#include "accord/app/credentials.h"

#include "accord/domain/text.h"

namespace accord::app {

inline constexpr std::size_t kMinPasswordChars = 12;
inline constexpr std::size_t kMaxPasswordChars = 256;

domain::Status checkPasswordPolicy(std::string_view password) {
  // Length is the rule that matters (NIST SP 800-63B); composition rules are not.
  auto checked = domain::validateText("password", password, {kMinPasswordChars, kMaxPasswordChars, false});
  if (!checked.ok()) return checked.error();
  if (checked.value().size() != password.size())
    return domain::Error::invalid("password", "must not begin or end with spaces");
  return {};
}

}  // namespace accord::app
