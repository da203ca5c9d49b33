// Session token verification on arbitrary bytes: a token comes from a header or a
// cookie, so anyone can send one. Nothing but a token this service issued may verify.
#include <cstdlib>
#include <iostream>

#include "accord/security/jwt_token_service.h"
#include "fuzz_support.h"

using namespace accord;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const security::JwtTokenService service(std::string(64, 'k'));
  auto claims = service.verify(fuzz::text(data, size), domain::Timestamp{});
  if (claims.ok()) {
    // Forging an HMAC by mutation is not possible; a pass means verify() let an
    // unsigned or wrongly signed token through.
    std::cerr << "an input the service never issued verified as a session token\n";
    std::abort();
  }
  return 0;
}
