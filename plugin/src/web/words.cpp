#include "words.h"

#include <cctype>

namespace accord::web {

std::string longDate(const domain::Date& d) {
  static const char* const kMonths[] = {"January", "February", "March",     "April",   "May",      "June",
                                        "July",    "August",   "September", "October", "November", "December"};
  return std::to_string(d.day()) + " " + kMonths[(d.month() - 1) % 12] + " " + std::to_string(d.year());
}

std::string count(long n, const std::string& one, const std::string& many) {
  return std::to_string(n) + " " + (n == 1 ? one : many);
}

std::string quoted(const std::string& text, std::size_t maxChars) {
  if (text.size() <= maxChars) return "“" + text + "”";
  std::size_t end = maxChars;
  while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) --end;
  return "“" + text.substr(0, end) + "…”";
}

bool linkable(const std::string& text) {
  auto starts = [&](const char* scheme) {
    std::string s(scheme);
    if (text.size() <= s.size()) return false;
    for (std::size_t i = 0; i < s.size(); ++i)
      if (std::tolower(static_cast<unsigned char>(text[i])) != s[i]) return false;
    return true;
  };
  if (!starts("http://") && !starts("https://")) return false;
  for (unsigned char c : text)
    if (c <= ' ' || c == '"' || c == '<' || c == '>' || c == '\\' || c == 0x7f) return false;
  return true;
}

std::string lowered(std::string label) {
  if (!label.empty() && label[0] >= 'A' && label[0] <= 'Z') label[0] = static_cast<char>(label[0] - 'A' + 'a');
  return label;
}

}  // namespace accord::web
