#include "accord/domain/text.h"

#include <cstdint>

namespace accord::domain {
namespace {

// Decodes one UTF-8 sequence at `i`, advancing it. Returns false for malformed,
// overlong or out-of-range sequences.
bool nextCodePoint(std::string_view s, std::size_t& i, std::uint32_t& cp) {
  auto b0 = static_cast<unsigned char>(s[i]);
  int extra;
  std::uint32_t min;
  if (b0 < 0x80) { cp = b0; i += 1; return true; }
  if ((b0 & 0xE0) == 0xC0) { extra = 1; cp = b0 & 0x1F; min = 0x80; }
  else if ((b0 & 0xF0) == 0xE0) { extra = 2; cp = b0 & 0x0F; min = 0x800; }
  else if ((b0 & 0xF8) == 0xF0) { extra = 3; cp = b0 & 0x07; min = 0x10000; }
  else return false;
  for (int k = 1; k <= extra; ++k) {
    if (i + static_cast<std::size_t>(k) >= s.size()) return false;
    auto b = static_cast<unsigned char>(s[i + static_cast<std::size_t>(k)]);
    if ((b & 0xC0) != 0x80) return false;
    cp = (cp << 6) | (b & 0x3F);
  }
  if (cp < min || cp > 0x10FFFF) return false;
  i += static_cast<std::size_t>(extra) + 1;
  return true;
}

// XML 1.0 Char production: #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF].
bool isXmlChar(std::uint32_t cp) {
  return cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF) ||
         (cp >= 0xE000 && cp <= 0xFFFD) || (cp >= 0x10000 && cp <= 0x10FFFF);
}

std::string describe(std::uint32_t cp) {
  static const char* hex = "0123456789ABCDEF";
  std::string out = "U+";
  for (int shift = cp > 0xFFFF ? 20 : 12; shift >= 0; shift -= 4) out += hex[(cp >> shift) & 0xF];
  return out;
}

bool isSpace(char c) { return c == ' ' || c == '\t' || c == '\n'; }

}  // namespace

std::size_t countChars(std::string_view text) {
  std::size_t n = 0;
  for (char c : text) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;  // not a continuation byte
  return n;
}

bool isXmlSafe(std::string_view text) {
  std::uint32_t cp = 0;
  for (std::size_t i = 0; i < text.size();)
    if (!nextCodePoint(text, i, cp) || !isXmlChar(cp)) return false;
  return true;
}

Result<std::string> validateText(std::string_view field, std::string_view text, TextRule rule) {
  std::string out;
  out.reserve(text.size());
  std::size_t chars = 0;
  std::uint32_t cp = 0;
  for (std::size_t i = 0; i < text.size();) {
    std::size_t start = i;
    if (!nextCodePoint(text, i, cp))
      return Error::invalid(std::string(field), "is not valid UTF-8 (byte " + std::to_string(start) + ")");
    if (!isXmlChar(cp))
      return Error::invalid(std::string(field), "contains the character " + describe(cp) +
                                                    " at position " + std::to_string(chars + 1) +
                                                    ", which documents cannot hold");
    if (cp == '\r') {  // CRLF and lone CR both become LF
      if (i < text.size() && text[i] == '\n') ++i;
      cp = '\n';
    }
    if (cp == '\n' && !rule.multiline)
      return Error::invalid(std::string(field), "must be a single line");
    if (cp == '\n') out += '\n';
    else out.append(text.substr(start, i - start));
    ++chars;
  }
  if (!rule.multiline) {
    std::size_t b = 0, e = out.size();
    while (b < e && isSpace(out[b])) ++b;
    while (e > b && isSpace(out[e - 1])) --e;
    chars -= b + (out.size() - e);
    out = out.substr(b, e - b);
  }
  bool blank = true;
  for (char c : out) blank = blank && isSpace(c);
  if (rule.minChars > 0 && blank) return Error::invalid(std::string(field), "must not be empty");
  if (chars < rule.minChars)
    return Error::invalid(std::string(field), "must be at least " + std::to_string(rule.minChars) + " characters");
  if (chars > rule.maxChars)
    return Error::invalid(std::string(field), "is " + std::to_string(chars) + " characters long; the limit is " +
                                                  std::to_string(rule.maxChars));
  return out;
}

Status validateId(std::string_view field, std::string_view id) {
  if (id.empty() || id.size() > 64)
    return Error::invalid(std::string(field), "must be an id of 1 to 64 characters");
  for (char c : id) {
    bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' ||
              c == '_' || c == '-';
    if (!ok) return Error::invalid(std::string(field), "may contain only letters, digits, '.', '_' and '-'");
  }
  return {};
}

}  // namespace accord::domain
