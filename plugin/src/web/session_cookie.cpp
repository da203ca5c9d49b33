#include "session_cookie.h"

#include "accord/security/hmac.h"

namespace accord::web {

namespace {

std::string cookiePath(std::string_view path) { return path.empty() ? "/" : std::string(path); }

std::string trim(std::string_view s) {
  std::size_t b = s.find_first_not_of(' ');
  if (b == std::string_view::npos) return {};
  std::size_t e = s.find_last_not_of(' ');
  return std::string(s.substr(b, e - b + 1));
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

std::string csrfToken(std::string_view sessionToken) {
  return security::hmacSha256Hex(sessionToken, "accord-csrf-v1");
}

bool csrfMatches(std::string_view sessionToken, std::string_view given) {
  if (sessionToken.empty()) return false;
  return security::constantTimeEquals(csrfToken(sessionToken), given);
}

}  // namespace accord::web
