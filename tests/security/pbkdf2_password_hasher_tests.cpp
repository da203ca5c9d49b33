#include <boost/test/unit_test.hpp>

#include <openssl/evp.h>

#include "accord/security/pbkdf2_password_hasher.h"

using accord::security::Pbkdf2PasswordHasher;

BOOST_AUTO_TEST_SUITE(pbkdf2_password_hasher_tests)

BOOST_AUTO_TEST_CASE(the_right_password_verifies_and_a_wrong_one_does_not) {
  Pbkdf2PasswordHasher hasher(1000);
  std::string encoded = hasher.hash("correct horse battery staple");
  BOOST_TEST(encoded.rfind("pbkdf2-sha256$1000$", 0) == 0);
  BOOST_TEST(hasher.verify("correct horse battery staple", encoded));
  BOOST_TEST(!hasher.verify("correct horse battery stapl", encoded));
  BOOST_TEST(!hasher.verify("", encoded));
}

BOOST_AUTO_TEST_CASE(each_hash_has_its_own_salt) {
  Pbkdf2PasswordHasher hasher(1000);
  BOOST_TEST(hasher.hash("same password here") != hasher.hash("same password here"));
}

BOOST_AUTO_TEST_CASE(the_default_meets_the_owasp_iteration_count) {
  BOOST_TEST(Pbkdf2PasswordHasher::kDefaultIterations >= 210000);
  Pbkdf2PasswordHasher hasher;
  BOOST_TEST(hasher.hash("a long enough password").find("$210000$") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(the_encoding_is_standard_pbkdf2) {
  // Recompute with OpenSSL directly from the stored salt: the format is what it says.
  Pbkdf2PasswordHasher hasher(1000);
  std::string encoded = hasher.hash("Đorđević-Скопје-🔑");
  auto a = encoded.find('$', 14), b = encoded.find('$', a + 1);
  std::string saltB64 = encoded.substr(a + 1, b - a - 1);
  unsigned char salt[32];
  int n = EVP_DecodeBlock(salt, reinterpret_cast<const unsigned char*>(saltB64.data()), static_cast<int>(saltB64.size()));
  BOOST_REQUIRE(n >= 16);
  unsigned char out[32];
  std::string pw = "Đorđević-Скопје-🔑";
  PKCS5_PBKDF2_HMAC(pw.data(), static_cast<int>(pw.size()), salt, 16, 1000, EVP_sha256(), 32, out);
  unsigned char b64[64];
  int m = EVP_EncodeBlock(b64, out, 32);
  BOOST_TEST(encoded.substr(b + 1) == std::string(reinterpret_cast<char*>(b64), static_cast<std::size_t>(m)));
}

BOOST_AUTO_TEST_CASE(malformed_encodings_never_verify) {
  Pbkdf2PasswordHasher hasher(1000);
  for (const char* bad : {"", "plain", "pbkdf2-sha256$x$AAAA$AAAA", "pbkdf2-sha256$1000$$", "md5$1$AAAA$AAAA",
                          "pbkdf2-sha256$1000$!!!!$AAAA", "pbkdf2-sha256$0$AAAAAAAAAAAAAAAAAAAAAA==$AAAA"})
    BOOST_TEST(!hasher.verify("anything at all", bad), bad);
}

BOOST_AUTO_TEST_SUITE_END()
