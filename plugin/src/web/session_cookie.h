// The session cookie and the CSRF token that every form of a session carries.
// Pure functions over strings, so the rules that keep sessions safe are tested
// without a server.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace accord::web {

inline constexpr const char* kSessionCookie = "accord_session";
inline constexpr const char* kCsrfField = "csrf";
inline constexpr const char* kCsrfHeader = "X-CSRF-Token";  // for scripts, instead of the field

// "accord_session=VALUE; Path=PATH; Max-Age=N; HttpOnly; SameSite=Strict[; Secure]".
// HttpOnly keeps the token from scripts; SameSite=Strict keeps other sites'
// pages from sending it. `path` is the mount prefix, "/" when empty.
std::string sessionCookie(std::string_view value, std::string_view path, long maxAgeSeconds, bool secure);
// The same cookie, expired: the browser forgets it.
std::string clearedSessionCookie(std::string_view path, bool secure);

// The value of cookie `name` in a Cookie request header ("a=1; b=2"), or nullopt.
std::optional<std::string> cookieValue(std::string_view header, std::string_view name);

// The CSRF token of a session: HMAC-SHA256 keyed with the session token. Only
// someone who holds the cookie can compute it, it needs no server-side state
// (several instances agree), and it changes with every sign-in.
std::string csrfToken(std::string_view sessionToken);
// Whether `given` is the session's token, compared in constant time.
bool csrfMatches(std::string_view sessionToken, std::string_view given);

}  // namespace accord::web
