// A person's account: who they are, the role they act in and, for a coordinator,
// the one country they act for. The password is kept only as a salted hash, in a
// type that cannot be printed by accident.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "accord/domain/actor.h"
#include "accord/domain/country.h"
#include "accord/domain/result.h"

namespace accord::domain {

// An encoded password hash ("pbkdf2-sha256$iterations$salt$hash"). It has no
// stream operator and no implicit conversion, so it cannot end up in a log line,
// an audit snapshot or a response without someone asking for encoded() by name.
class PasswordHash {
 public:
  PasswordHash() = default;
  explicit PasswordHash(std::string encoded) : encoded_(std::move(encoded)) {}
  const std::string& encoded() const { return encoded_; }
  bool empty() const { return encoded_.empty(); }

 private:
  std::string encoded_;
};

struct Account {
  std::string name;          // the user name people sign in with; see parseUserName
  std::string displayName;   // "Arta Hoxha"
  std::string email;
  Role role = Role::kViewer;
  std::optional<CountryCode> country;  // coordinators only, and always for them
  bool active = true;        // a disabled account can neither sign in nor use a session
  std::string language;      // the person's language ("fr", "sr-Latn"); empty: none chosen, English
  PasswordHash passwordHash;
  long version = 0;

  // The identity the use cases authorize.
  Actor actor() const { return Actor{name, role, country}; }
};

// User names are 3-64 characters of a-z, 0-9, '.', '_' and '-', starting with a
// letter; upper-case letters are folded to lower case so that "Coordinator.MK"
// and "coordinator.mk" are one account. Returns the folded name, or
// kInvalidArgument naming `field`.
Result<std::string> parseUserName(std::string_view field, std::string_view text);

// A plausible address: local@domain, at most 254 characters, no spaces or
// controls, a domain of dot-separated labels of letters, digits and '-' with at
// least one dot. Deliverability is not checked. Returns the trimmed address, or
// kInvalidArgument naming `field`.
Result<std::string> parseEmail(std::string_view field, std::string_view text);

// The languages a person may choose for their account (mail, calendar feed and,
// later, the pages): the six OSCE languages and the region's, as the documents
// know them (see render/labels).
const std::vector<std::string>& accountLanguages();

// `text` as an account's language: one of accountLanguages(), or empty (none:
// English). Returns kInvalidArgument naming `field` for anything else.
Result<std::string> parseAccountLanguage(std::string_view field, std::string_view text);

// Folds the user name of `a` and trims its display name and e-mail in place, like
// every record's normalize(). Returns the first rule it breaks, naming the field: the user name, display name
// (1-300 characters, one line) and e-mail rules; a coordinator without a country
// (kInvalidArgument "country"), any other role with one, a country `countries`
// does not know (also kInvalidArgument "country"); a language parseAccountLanguage
// refuses; an empty password hash.
Status normalize(Account& a, const CountryCatalog& countries);

}  // namespace accord::domain
