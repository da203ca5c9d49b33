// Session tokens as JWTs signed with HMAC-SHA256 (Poco::JWT). Only HS256 is
// accepted on the way back in, so an "alg: none" or RS/HS confusion token fails.
#pragma once

#include <string>

#include "accord/app/credentials.h"

namespace accord::security {

class JwtTokenService final : public app::TokenService {
 public:
  // `secret`: at least 32 bytes of key material (see loadOrCreateSecret).
  explicit JwtTokenService(std::string secret);

  std::string issue(const app::TokenClaims& claims) const override;
  domain::Result<app::TokenClaims> verify(std::string_view token, domain::Timestamp now) const override;

 private:
  std::string secret_;
};

// Reads the server's signing secret from `path`, creating it (64 hex characters of
// OpenSSL randomness, mode 0600, parent folders as needed) on first use. Throws
// std::runtime_error naming the path if it can be neither read nor created.
std::string loadOrCreateSecret(const std::string& path);

// A random identifier for a session (128 bits, hex).
std::string newTokenId();

}  // namespace accord::security
