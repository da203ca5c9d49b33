#include "accord/security/pbkdf2_password_hasher.h"

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/rand.h>

#include <stdexcept>
#include <vector>

#include "encoding.h"

namespace accord::security {
namespace {

constexpr std::size_t kSaltBytes = 16;
constexpr std::size_t kHashBytes = 32;
constexpr const char* kScheme = "pbkdf2-sha256";

std::vector<unsigned char> derive(std::string_view password, const std::vector<unsigned char>& salt, int iterations) {
  std::vector<unsigned char> out(kHashBytes);
  if (PKCS5_PBKDF2_HMAC(password.data(), static_cast<int>(password.size()), salt.data(), static_cast<int>(salt.size()),
                        iterations, EVP_sha256(), static_cast<int>(out.size()), out.data()) != 1)
    throw std::runtime_error("PBKDF2 failed in OpenSSL");
  return out;
}

}  // namespace

Pbkdf2PasswordHasher::Pbkdf2PasswordHasher(int iterations) : iterations_(iterations) {}

std::string Pbkdf2PasswordHasher::hash(std::string_view password) const {
  std::vector<unsigned char> salt = randomBytes(kSaltBytes);
  return std::string(kScheme) + "$" + std::to_string(iterations_) + "$" + base64(salt) + "$" +
         base64(derive(password, salt, iterations_));
}

bool Pbkdf2PasswordHasher::verify(std::string_view password, std::string_view encoded) const {
  std::vector<std::string> parts = split(encoded, '$');
  if (parts.size() != 4 || parts[0] != kScheme) return false;
  int iterations = 0;
  try {
    iterations = std::stoi(parts[1]);
  } catch (const std::exception&) {
    return false;
  }
  auto salt = unbase64(parts[2]);
  auto expected = unbase64(parts[3]);
  if (iterations < 1 || !salt || !expected || expected->size() != kHashBytes) return false;
  std::vector<unsigned char> actual = derive(password, *salt, iterations);
  return CRYPTO_memcmp(actual.data(), expected->data(), kHashBytes) == 0;
}

}  // namespace accord::security
