// Keyed hashes for tokens that need no server-side state (the CSRF token of a
// browser session), computed by OpenSSL rather than by hand.
#pragma once

#include <string>
#include <string_view>

namespace accord::security {

// HMAC-SHA256 of `message` under `key` (RFC 2104), as 64 lower-case hex digits.
std::string hmacSha256Hex(std::string_view key, std::string_view message);

// Whether `a` and `b` are equal, in time that depends only on their lengths, so
// that comparing a secret with a guess does not tell how much of it was right.
bool constantTimeEquals(std::string_view a, std::string_view b);

}  // namespace accord::security
