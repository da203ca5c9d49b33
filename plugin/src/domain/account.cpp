#include "accord/domain/account.h"

#include "accord/domain/text.h"

namespace accord::domain {
namespace {

constexpr std::size_t kMinUserName = 3;
constexpr std::size_t kMaxUserName = 64;
constexpr std::size_t kMaxEmail = 254;   // RFC 5321's limit on a forward path
constexpr std::size_t kMaxLocalPart = 64;

bool isLower(char c) { return c >= 'a' && c <= 'z'; }
bool isDigit(char c) { return c >= '0' && c <= '9'; }
bool isAlnum(char c) { return isLower(c) || (c >= 'A' && c <= 'Z') || isDigit(c); }

// The domain part: labels of letters, digits and '-' (not at either end of a
// label), at least two labels. Internationalised domains arrive as punycode.
bool isDomain(std::string_view d) {
  std::size_t labels = 0, start = 0;
  for (std::size_t i = 0; i <= d.size(); ++i) {
    if (i < d.size() && d[i] != '.') {
      if (!isAlnum(d[i]) && d[i] != '-') return false;
      continue;
    }
    std::string_view label = d.substr(start, i - start);
    if (label.empty() || label.size() > 63 || label.front() == '-' || label.back() == '-') return false;
    ++labels;
    start = i + 1;
  }
  return labels >= 2;
}

// The local part: printable ASCII without spaces, '@', quotes or angle brackets,
// which is what real addresses use and what no mail header can be tricked with.
bool isLocalPart(std::string_view l) {
  if (l.empty() || l.size() > kMaxLocalPart || l.front() == '.' || l.back() == '.') return false;
  for (char c : l) {
    bool printable = c > ' ' && c < 0x7f;
    if (!printable || c == '@' || c == '"' || c == '<' || c == '>' || c == '(' || c == ')' || c == ',' ||
        c == ';' || c == ':' || c == '\\' || c == '[' || c == ']')
      return false;
  }
  return true;
}

}  // namespace

Result<std::string> parseUserName(std::string_view field, std::string_view text) {
  if (text.size() < kMinUserName || text.size() > kMaxUserName)
    return Error::invalid(std::string(field), "must be 3 to 64 characters long");
  std::string name;
  name.reserve(text.size());
  for (char c : text) {
    char folded = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    if (!isLower(folded) && !isDigit(folded) && folded != '.' && folded != '_' && folded != '-')
      return Error::invalid(std::string(field), "may contain only letters a-z, digits, '.', '_' and '-'");
    name.push_back(folded);
  }
  if (!isLower(name.front())) return Error::invalid(std::string(field), "must begin with a letter");
  return name;
}

Result<std::string> parseEmail(std::string_view field, std::string_view text) {
  auto checked = validateText(field, text, {3, kMaxEmail, false});
  if (!checked.ok()) return checked.error();
  const std::string& email = checked.value();
  std::size_t at = email.rfind('@');
  if (at == std::string::npos || !isLocalPart(std::string_view(email).substr(0, at)) ||
      !isDomain(std::string_view(email).substr(at + 1)))
    return Error::invalid(std::string(field), "must be an e-mail address such as name@example.org");
  return email;
}

const std::vector<std::string>& accountLanguages() {
  static const std::vector<std::string> kLanguages{"en", "fr", "ru", "de", "it", "es", "sq",
                                                   "bs", "hr", "mk", "sr", "sr-Latn", "cnr"};
  return kLanguages;
}

Result<std::string> parseAccountLanguage(std::string_view field, std::string_view text) {
  if (text.empty()) return std::string();
  for (const auto& l : accountLanguages())
    if (l == text) return l;
  std::string known;
  for (const auto& l : accountLanguages()) known += (known.empty() ? "" : ", ") + l;
  // The offending text is not echoed: it may be anything, of any length.
  return Error::invalid(std::string(field), "must be one of " + known + ", or empty for none");
}

Status normalize(Account& a, const CountryCatalog& countries) {
  auto name = parseUserName("name", a.name);
  if (!name.ok()) return name.error();
  a.name = std::move(name).value();
  auto display = validateText("displayName", a.displayName, text_rules::kName);
  if (!display.ok()) return display.error();
  a.displayName = std::move(display).value();
  auto email = parseEmail("email", a.email);
  if (!email.ok()) return email.error();
  a.email = std::move(email).value();
  if (a.role == Role::kCoordinator && !a.country)
    return Error::invalid("country", "a coordinator acts for one country: give its code");
  if (a.role != Role::kCoordinator && a.country)
    return Error::invalid("country", std::string("only coordinators have a country; a ") + toString(a.role) +
                                         " acts for none");
  if (a.country && !countries.find(*a.country))
    return Error::invalid("country", "unknown country code '" + a.country->str() + "'");
  auto language = parseAccountLanguage("language", a.language);
  if (!language.ok()) return language.error();
  a.language = std::move(language).value();
  if (a.passwordHash.empty()) return Error::invalid("password", "an account needs a password");
  return {};
}

}  // namespace accord::domain
