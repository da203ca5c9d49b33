#include "session_cookie.h"

#include <array>
#include <cstdint>

#include "accord/base/sha256.h"

namespace accord::web {

namespace {

std::string cookiePath(std::string_view path) { return path.empty() ? "/" : std::string(path); }

std::string trim(std::string_view s) {
  std::size_t b = s.find_first_not_of(' ');
  if (b == std::string_view::npos) return {};
  std::size_t e = s.find_last_not_of(' ');
  return std::string(s.substr(b, e - b + 1));
}

std::string hex(const std::array<std::uint8_t, 32>& bytes) {
  static const char* digits = "0123456789abcdef";
  std::string out;
  for (std::uint8_t b : bytes) {
    out += digits[b >> 4];
    out += digits[b & 15];
  }
  return out;
}

// RFC 2104 over the application's SHA-256.
std::string hmacSha256Hex(std::string_view key, std::string_view message) {
  std::string k(key);
  if (k.size() > 64) {
    base::Sha256 h;
    h.update(k);
    auto d = h.digest();
    k.assign(d.begin(), d.end());
  }
  k.resize(64, '\0');
  std::string inner(64, '\0'), outer(64, '\0');
  for (std::size_t i = 0; i < 64; ++i) {
    inner[i] = static_cast<char>(k[i] ^ 0x36);
    outer[i] = static_cast<char>(k[i] ^ 0x5c);
  }
  base::Sha256 in;
  in.update(inner);
  in.update(message);
  auto innerDigest = in.digest();
  base::Sha256 out;
  out.update(outer);
  out.update(std::string_view(reinterpret_cast<const char*>(innerDigest.data()), innerDigest.size()));
  return hex(out.digest());
}

}  // namespace

std::string sessionCookie(std::string_view value, std::string_view path, long maxAgeSeconds, bool secure) {
  std::string c = std::string(kSessionCookie) + "=" + std::string(value) + "; Path=" + cookiePath(path) +
                  "; Max-Age=" + std::to_string(maxAgeSeconds) + "; HttpOnly; SameSite=Strict";
  if (secure) c += "; Secure";
  return c;
}

std::string clearedSessionCookie(std::string_view path, bool secure) { return sessionCookie("", path, 0, secure); }

std::optional<std::string> cookieValue(std::string_view header, std::string_view name) {
  while (!header.empty()) {
    std::size_t semi = header.find(';');
    std::string pair = trim(header.substr(0, semi));
    std::size_t eq = pair.find('=');
    if (eq != std::string::npos && pair.compare(0, eq, name) == 0 && eq == name.size()) return pair.substr(eq + 1);
    if (semi == std::string_view::npos) break;
    header.remove_prefix(semi + 1);
  }
  return std::nullopt;
}

std::string csrfToken(std::string_view sessionToken) { return hmacSha256Hex(sessionToken, "accord-csrf-v1"); }

bool csrfMatches(std::string_view sessionToken, std::string_view given) {
  if (sessionToken.empty()) return false;
  std::string expected = csrfToken(sessionToken);
  if (given.size() != expected.size()) return false;
  unsigned char diff = 0;
  for (std::size_t i = 0; i < expected.size(); ++i) diff |= static_cast<unsigned char>(expected[i] ^ given[i]);
  return diff == 0;
}

}  // namespace accord::web
