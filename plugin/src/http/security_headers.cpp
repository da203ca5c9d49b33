#include "accord/http/security_headers.h"

#include <cctype>

#include <Poco/UUIDGenerator.h>

namespace accord::http {

void applySecurityHeaders(Poco::Net::HTTPServerResponse& response) {
  response.set("X-Content-Type-Options", "nosniff");
  response.set("X-Frame-Options", "DENY");
  response.set("Referrer-Policy", "no-referrer");
  response.set("Content-Security-Policy",
               "default-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'none'; object-src 'none'");
}

std::string requestIdOf(const Poco::Net::HTTPServerRequest& request) {
  const std::string& given = request.get(kRequestIdHeader, "");
  bool sane = !given.empty() && given.size() <= 64;
  for (char c : given)
    sane = sane && (std::isalnum(static_cast<unsigned char>(c)) || c == '.' || c == '_' || c == '-');
  if (sane) return given;
  return Poco::UUIDGenerator::defaultGenerator().createRandom().toString();
}

}  // namespace accord::http
