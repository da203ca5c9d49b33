#include "paging.h"

#include <cstdio>

namespace accord::http {

// "f<pageSize>.<skip>.<hex of the repository cursor>": hex keeps any repository
// cursor safe in a query string.
std::string FilterCursor::encode() const {
  std::string out = "f" + std::to_string(pageSize) + "." + std::to_string(skip) + ".";
  char buf[3];
  for (unsigned char c : after) {
    std::snprintf(buf, sizeof buf, "%02x", c);
    out += buf;
  }
  return out;
}

domain::Result<FilterCursor> FilterCursor::decode(const std::string& text) {
  auto bad = domain::Error::invalid("cursor", "does not continue this list; start again without it");
  if (text.size() < 5 || text[0] != 'f') return bad;
  std::size_t dot1 = text.find('.', 1);
  std::size_t dot2 = dot1 == std::string::npos ? dot1 : text.find('.', dot1 + 1);
  if (dot2 == std::string::npos) return bad;
  auto number = [](const std::string& s, std::size_t& out) {
    if (s.empty() || s.size() > 6) return false;
    out = 0;
    for (char c : s) {
      if (c < '0' || c > '9') return false;
      out = out * 10 + static_cast<std::size_t>(c - '0');
    }
    return true;
  };
  FilterCursor c;
  if (!number(text.substr(1, dot1 - 1), c.pageSize) || !number(text.substr(dot1 + 1, dot2 - dot1 - 1), c.skip))
    return bad;
  if (c.pageSize == 0 || c.pageSize > 500) return bad;
  std::string hex = text.substr(dot2 + 1);
  if (hex.size() % 2) return bad;
  auto nibble = [](char h) -> int {
    if (h >= '0' && h <= '9') return h - '0';
    if (h >= 'a' && h <= 'f') return h - 'a' + 10;
    return -1;
  };
  for (std::size_t i = 0; i < hex.size(); i += 2) {
    int hi = nibble(hex[i]), lo = nibble(hex[i + 1]);
    if (hi < 0 || lo < 0) return bad;
    c.after.push_back(static_cast<char>(hi * 16 + lo));
  }
  return c;
}

}  // namespace accord::http
