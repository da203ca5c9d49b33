#include "accord/security/jwt_token_service.h"

#include <sys/stat.h>

#include <filesystem>
#include <fstream>
#include <stdexcept>
#include <string_view>

#include <Poco/JWT/Signer.h>
#include <Poco/JWT/Token.h>
#include <Poco/Timestamp.h>

#include "encoding.h"

namespace accord::security {
namespace {

Poco::Timestamp toPoco(domain::Timestamp t) { return Poco::Timestamp::fromEpochTime(static_cast<std::time_t>(t.seconds())); }
domain::Timestamp fromPoco(const Poco::Timestamp& t) { return domain::Timestamp::fromSeconds(t.epochTime()); }

domain::Error unauthenticated(const std::string& why) {
  return {domain::ErrorCode::kUnauthenticated, "the session token is " + why + "; sign in again", "Authorization"};
}

}  // namespace

JwtTokenService::JwtTokenService(std::string secret) : secret_(std::move(secret)) {
  if (secret_.size() < 32) throw std::invalid_argument("the token secret must hold at least 32 bytes");
}

std::string JwtTokenService::issue(const app::TokenClaims& claims) const {
  Poco::JWT::Token token;
  token.setType("JWT");
  token.setSubject(claims.subject);
  token.setId(claims.tokenId);
  token.setIssuedAt(toPoco(claims.issuedAt));
  token.setExpiration(toPoco(claims.expiresAt));
  Poco::JWT::Signer signer(secret_);
  return signer.sign(token, Poco::JWT::Signer::ALGO_HS256);
}

namespace {
// An HS256 signature is 32 bytes: 43 base64url characters, the last of which
// carries two unused bits. Poco ignores them, so four spellings of one signature
// would verify; only the canonical one (unused bits zero) is taken, so that a
// token has exactly one text (what the session cache and the logs go by).
bool canonicalSignature(std::string_view text) {
  static constexpr std::string_view kAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
  auto dot = text.rfind('.');
  if (dot == std::string_view::npos || text.size() - dot - 1 != 43) return false;
  auto value = kAlphabet.find(text.back());
  return value != std::string_view::npos && value % 4 == 0;
}
}  // namespace

domain::Result<app::TokenClaims> JwtTokenService::verify(std::string_view text, domain::Timestamp now) const {
  Poco::JWT::Signer signer(secret_);
  signer.setAlgorithms({Poco::JWT::Signer::ALGO_HS256});
  Poco::JWT::Token token;
  try {
    if (!signer.tryVerify(std::string(text), token) || !canonicalSignature(text))
      return unauthenticated("not signed by this server");
  } catch (const Poco::Exception&) {
    return unauthenticated("malformed");
  }
  app::TokenClaims claims{token.getSubject(), token.getId(), fromPoco(token.getIssuedAt()),
                          fromPoco(token.getExpiration())};
  if (claims.subject.empty() || claims.tokenId.empty()) return unauthenticated("missing its subject or id");
  if (!(now < claims.expiresAt)) return unauthenticated("expired");
  return claims;
}

std::string loadOrCreateSecret(const std::string& path) {
  {
    std::ifstream in(path);
    std::string secret;
    if (in && std::getline(in, secret) && secret.size() >= 32) return secret;
  }
  std::error_code ec;
  auto parent = std::filesystem::path(path).parent_path();
  if (!parent.empty()) std::filesystem::create_directories(parent, ec);
  std::string secret = hex(randomBytes(32));
  mode_t old = ::umask(077);  // the file is created readable by its owner only
  std::ofstream out(path, std::ios::trunc);
  out << secret << "\n";
  out.close();
  ::umask(old);
  if (!out) throw std::runtime_error("cannot write the server secret to '" + path + "'");
  ::chmod(path.c_str(), 0600);
  return secret;
}

std::string newTokenId() { return hex(randomBytes(16)); }

}  // namespace accord::security
