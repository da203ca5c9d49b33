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
  if (label.empty()) return label;
  auto byte = [&](std::size_t i) { return static_cast<unsigned char>(label[i]); };
  if (label[0] >= 'A' && label[0] <= 'Z') {
    label[0] = static_cast<char>(label[0] - 'A' + 'a');
  } else if (label.size() >= 2 && byte(0) == 0xC3 && byte(1) >= 0x80 && byte(1) <= 0x9E && byte(1) != 0x97) {
    label[1] = static_cast<char>(byte(1) + 0x20);  // À–Þ (not ×) → à–þ: French labels
  } else if (label.size() >= 2 && byte(0) == 0xD0 && byte(1) >= 0x90 && byte(1) <= 0x9F) {
    label[1] = static_cast<char>(byte(1) + 0x20);  // А–П → а–п
  } else if (label.size() >= 2 && byte(0) == 0xD0 && byte(1) >= 0xA0 && byte(1) <= 0xAF) {
    label[0] = static_cast<char>(0xD1);  // Р–Я → р–я
    label[1] = static_cast<char>(byte(1) - 0x20);
  } else if (label.size() >= 2 && byte(0) == 0xD0 && byte(1) >= 0x80 && byte(1) <= 0x8F) {
    label[0] = static_cast<char>(0xD1);  // Ѐ–Џ → ѐ–џ
    label[1] = static_cast<char>(byte(1) + 0x10);
  }
  return label;
}

}  // namespace accord::web
