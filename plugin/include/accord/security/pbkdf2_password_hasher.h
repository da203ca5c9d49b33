// PBKDF2-HMAC-SHA256 password hashing on OpenSSL, with a random 16-byte salt per
// password. OpenSSL is used rather than Poco::PBKDF2Engine because it is five
// times faster for the same bytes (PLATFORM-NOTES), which matters at 210,000 rounds.
#pragma once

#include "accord/app/credentials.h"

namespace accord::security {

class Pbkdf2PasswordHasher final : public app::PasswordHasher {
 public:
  // OWASP's 2023 recommendation for PBKDF2-HMAC-SHA256; tests may lower it.
  static constexpr int kDefaultIterations = 210000;
  explicit Pbkdf2PasswordHasher(int iterations = kDefaultIterations);

  std::string hash(std::string_view password) const override;
  bool verify(std::string_view password, std::string_view encoded) const override;

 private:
  int iterations_;
};

}  // namespace accord::security
