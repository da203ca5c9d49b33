// Signing in and out, and turning a bearer token back into the person acting.
// A token is only a signed claim; every request also checks the stored session
// and re-reads the account, so that signing out, disabling an account or
// changing its role takes effect on the very next request.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>

#include "accord/app/context.h"
#include "accord/app/credentials.h"
#include "accord/app/login_throttle.h"
#include "accord/domain/account.h"

namespace accord::app {

struct SessionPolicy {
  // How long a token is good for. A working day: long enough not to interrupt a
  // conference session, short enough that a forgotten browser does not stay open.
  std::int64_t lifetimeSeconds = 8 * 60 * 60;
};

// A successful sign-in.
struct SignedIn {
  std::string token;  // the bearer token; shown once, never stored
  domain::Timestamp expiresAt;
  domain::Account account;  // without its password hash
};

// Who a valid token speaks for, as of now.
struct Authenticated {
  domain::Actor actor;
  domain::Account account;  // without its password hash
  std::string tokenId;      // the session, for signing out
  domain::Timestamp expiresAt;
};

class SessionService {
 public:
  // `newTokenId` yields unguessable session ids (security::newTokenId). Builds a
  // dummy hash with `hasher` so that unknown names cost as much as wrong passwords.
  // Failed sign-ins are counted in `ctx.store`, shared with every other server on it.
  SessionService(const Context& ctx, const PasswordHasher& hasher, const TokenService& tokens,
                 std::function<std::string()> newTokenId, SessionPolicy policy = {});

  // Exchanges a user name and password for a token, from `address` (the client's
  // IP address; empty for local use). Returns kRateLimited with how long to wait
  // after repeated failures (LoginThrottle says which count), kUnauthenticated
  // ("wrong user name or password", the same for an unknown name) or, for the
  // right password of a disabled account, kUnauthenticated saying so.
  Result<SignedIn> signIn(std::string_view name, std::string_view password, const std::string& address);

  // The session `token` belongs to. Returns kUnauthenticated when the token is
  // malformed, forged, expired, signed out or revoked, or its account is gone or
  // disabled; the message says which, without echoing the token.
  Result<Authenticated> authenticate(std::string_view token);

  // Ends the session `tokenId`, recording it in the audit trail under its holder.
  // Returns kUnauthenticated if it is unknown or already ended.
  Status signOut(const std::string& tokenId);

 private:
  Context ctx_;
  const PasswordHasher& hasher_;
  const TokenService& tokens_;
  LoginThrottle throttle_;
  std::function<std::string()> newTokenId_;
  SessionPolicy policy_;
  std::string dummyHash_;
};

}  // namespace accord::app
