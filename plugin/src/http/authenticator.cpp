#include "accord/http/authenticator.h"

#include <cctype>

namespace accord::http {

using domain::Error;
using domain::ErrorCode;

namespace {

Error refused(const std::string& why) {
  return Error{ErrorCode::kUnauthenticated,
               why + "; sign in with POST /api/v1/session and send \"Authorization: Bearer <token>\"", "Authorization"};
}

bool isTokenChar(char c) {
  // RFC 6750's b64token: what a JWT (base64url and dots) is made of, and more.
  return std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '.' || c == '_' || c == '~' || c == '+' ||
         c == '/' || c == '=';
}

}  // namespace

domain::Result<std::string> bearerToken(const Poco::Net::HTTPServerRequest& request) {
  if (!request.has("Authorization")) return refused("this request needs a session token");
  const std::string& value = request.get("Authorization");
  std::size_t space = value.find(' ');
  std::string scheme = value.substr(0, space);
  for (char& c : scheme) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (scheme != "bearer") return refused("the Authorization header is not a Bearer token");
  std::size_t start = value.find_first_not_of(' ', space);
  std::string token = start == std::string::npos ? std::string() : value.substr(start);
  while (!token.empty() && token.back() == ' ') token.pop_back();
  if (token.empty()) return refused("the Authorization header carries no token");
  for (char c : token)
    if (!isTokenChar(c)) return refused("the session token is malformed");
  return token;
}

}  // namespace accord::http
