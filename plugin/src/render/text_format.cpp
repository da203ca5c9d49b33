#include "text_format.h"

#include <cstdint>

namespace accord::render {
namespace {

// Decodes the code point starting at `i` (input is valid UTF-8: the domain checked
// it) and returns the index after it.
std::size_t nextCodePoint(std::string_view s, std::size_t i, std::uint32_t& cp) {
  unsigned char c = static_cast<unsigned char>(s[i]);
  std::size_t n = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
  cp = n == 1 ? c : n == 2 ? (c & 0x1Fu) : n == 3 ? (c & 0x0Fu) : (c & 0x07u);
  for (std::size_t k = 1; k < n && i + k < s.size(); ++k)
    cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3Fu);
  return i + n > s.size() ? s.size() : i + n;
}

// Code points that attach to the one before them: cutting in front of one would
// strip an accent from its letter or split an emoji sequence.
bool attachesToPrevious(std::uint32_t cp) {
  return (cp >= 0x0300 && cp <= 0x036F) || (cp >= 0x1AB0 && cp <= 0x1AFF) ||
         (cp >= 0x1DC0 && cp <= 0x1DFF) || (cp >= 0x20D0 && cp <= 0x20FF) ||
         (cp >= 0xFE00 && cp <= 0xFE0F) || (cp >= 0xFE20 && cp <= 0xFE2F) || cp == 0x200D ||
         (cp >= 0x1F3FB && cp <= 0x1F3FF) || (cp >= 0xE0100 && cp <= 0xE01EF);
}

}  // namespace

std::string summarize(std::string_view text, std::size_t maxChars) {
  std::string_view line = text.substr(0, text.find('\n'));
  bool cutLine = line.size() < text.size();
  std::size_t count = 0, i = 0, lastSpace = std::string_view::npos;
  std::uint32_t cp = 0, previous = 0;
  bool pairedFlag = false;  // the previous code point completed a flag (two regional indicators)
  while (i < line.size()) {
    std::size_t next = nextCodePoint(line, i, cp);
    bool regional = cp >= 0x1F1E6 && cp <= 0x1F1FF;
    bool secondOfFlag = regional && previous >= 0x1F1E6 && previous <= 0x1F1FF && !pairedFlag;
    if (!attachesToPrevious(cp) && previous != 0x200D && !secondOfFlag) {
      if (count == maxChars) break;
      ++count;
    }
    pairedFlag = secondOfFlag;
    if (cp == ' ') lastSpace = i;
    previous = cp;
    i = next;
  }
  if (i >= line.size()) return cutLine ? std::string(line) + "\u2026" : std::string(line);
  // Over the limit: prefer a word boundary; a single overlong word is cut between
  // whole characters instead.
  std::size_t end = lastSpace != std::string_view::npos && lastSpace > 0 ? lastSpace : i;
  std::string out(line.substr(0, end));
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out + "\u2026";
}

std::string footnoteMark(const std::string& name, const std::string& displayName) {
  if (displayName.size() <= name.size() || displayName.compare(0, name.size(), name) != 0) return {};
  return displayName.substr(name.size());
}

}  // namespace accord::render
