// Ports for proving who someone is: password hashing and signed session tokens.
// The application decides when to use them; adapters (plugin/src/security) decide
// how, so that no crypto library leaks into the use cases.
#pragma once

#include <string>
#include <string_view>

#include "accord/domain/date.h"
#include "accord/domain/result.h"

namespace accord::app {

// Passwords: 12 to 256 characters, any script. Returns kInvalidArgument naming
// "password" otherwise.
domain::Status checkPasswordPolicy(std::string_view password);

class PasswordHasher {
 public:
  virtual ~PasswordHasher() = default;
  // A self-describing encoding of a salted hash ("pbkdf2-sha256$iterations$salt$hash").
  virtual std::string hash(std::string_view password) const = 0;
  // True if `password` matches `encoded`; compares in constant time. False (never
  // an exception) for a malformed encoding.
  virtual bool verify(std::string_view password, std::string_view encoded) const = 0;
};

struct TokenClaims {
  std::string subject;  // the user name
  std::string tokenId;  // unique per session, so that logout can revoke it
  domain::Timestamp issuedAt;
  domain::Timestamp expiresAt;
};

class TokenService {
 public:
  virtual ~TokenService() = default;
  virtual std::string issue(const TokenClaims& claims) const = 0;
  // Returns the claims of a token this service signed that has not expired at
  // `now`; kUnauthenticated with the reason ("expired", "bad signature",
  // "malformed") otherwise.
  virtual domain::Result<TokenClaims> verify(std::string_view token, domain::Timestamp now) const = 0;
};

}  // namespace accord::app
