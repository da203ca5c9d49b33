#include <boost/test/unit_test.hpp>

#include <sys/stat.h>

#include <cstdio>
#include <filesystem>

#include "accord/security/jwt_token_service.h"

using namespace accord;
using accord::security::JwtTokenService;

BOOST_AUTO_TEST_SUITE(jwt_token_service_tests)

const std::string kSecret(40, 'k');

app::TokenClaims claims() {
  return {"coordinator.mk", security::newTokenId(), domain::Timestamp::fromSeconds(1000),
          domain::Timestamp::fromSeconds(1000 + 3600)};
}

BOOST_AUTO_TEST_CASE(a_token_round_trips_until_it_expires) {
  JwtTokenService tokens(kSecret);
  auto c = claims();
  std::string jwt = tokens.issue(c);
  auto ok = tokens.verify(jwt, domain::Timestamp::fromSeconds(2000));
  BOOST_REQUIRE(ok.ok());
  BOOST_TEST(ok->subject == "coordinator.mk");
  BOOST_TEST(ok->tokenId == c.tokenId);
  auto late = tokens.verify(jwt, domain::Timestamp::fromSeconds(1000 + 3600));
  BOOST_REQUIRE(!late.ok());
  BOOST_TEST(late.error().code == domain::ErrorCode::kUnauthenticated);
  BOOST_TEST(late.error().message.find("expired") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(tampered_or_foreign_tokens_are_refused) {
  JwtTokenService tokens(kSecret);
  std::string jwt = tokens.issue(claims());
  auto now = domain::Timestamp::fromSeconds(2000);
  std::string tampered = jwt;
  tampered[jwt.find('.') + 5] ^= 1;  // flip a bit in the payload
  BOOST_TEST(!tokens.verify(tampered, now).ok());
  BOOST_TEST(!JwtTokenService(std::string(40, 'x')).verify(jwt, now).ok());
  // An unsigned token claiming alg none.
  std::string none = "eyJhbGciOiJub25lIiwidHlwIjoiSldUIn0." + jwt.substr(jwt.find('.') + 1, jwt.rfind('.') - jwt.find('.')) ;
  BOOST_TEST(!tokens.verify(none, now).ok());
  for (const char* junk : {"", "a.b.c", "not a token", "...."}) BOOST_TEST(!tokens.verify(junk, now).ok());
}

BOOST_AUTO_TEST_CASE(a_short_secret_is_refused) {
  BOOST_CHECK_THROW(JwtTokenService("short"), std::invalid_argument);
}

BOOST_AUTO_TEST_CASE(the_secret_is_created_once_and_private) {
  auto dir = std::filesystem::temp_directory_path() / ("accord-secret-" + security::newTokenId());
  std::string path = (dir / "nested" / "secret.key").string();
  std::string first = security::loadOrCreateSecret(path);
  BOOST_TEST(first.size() == 64u);
  BOOST_TEST(security::loadOrCreateSecret(path) == first);
  struct stat st {};
  BOOST_REQUIRE(::stat(path.c_str(), &st) == 0);
  BOOST_TEST((st.st_mode & 077) == 0u);
  std::filesystem::remove_all(dir);
}

BOOST_AUTO_TEST_SUITE_END()
