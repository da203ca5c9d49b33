#include "accord/app/session_service.h"

#include "accord/base/json_writer.h"
#include "support.h"

namespace accord::app {

using base::JsonWriter;

using namespace accord::domain;

namespace {

Error unauthenticated(std::string message) {
  return {ErrorCode::kUnauthenticated, std::move(message), {}};
}

// One answer for an unknown name and a wrong password, so that sign-in cannot be
// used to find out which accounts exist.
Error wrongCredentials() { return unauthenticated("wrong user name or password"); }

Error disabled(const std::string& name) {
  return unauthenticated("the account '" + name + "' is disabled; ask an administrator to enable it");
}

Account withoutSecret(Account a) {
  a.passwordHash = PasswordHash();
  return a;
}

std::string sessionSnapshot(const SessionRecord& s) {
  JsonWriter w;
  w.beginObject().field("issuedAt", s.issuedAt.iso()).field("expiresAt", s.expiresAt.iso());
  w.field("address", s.address).endObject();
  return w.str();
}

}  // namespace

SessionService::SessionService(const Context& ctx, const PasswordHasher& hasher, const TokenService& tokens,
                               std::function<std::string()> newTokenId, SessionPolicy policy)
    : ctx_(ctx),
      hasher_(hasher),
      tokens_(tokens),
      throttle_(ctx.store),
      newTokenId_(std::move(newTokenId)),
      policy_(policy),
      dummyHash_(hasher.hash("a password nobody has, for timing only")) {}

Result<SignedIn> SessionService::signIn(std::string_view name, std::string_view password,
                                        const std::string& address) {
  Timestamp now = ctx_.clock.now();
  auto folded = parseUserName("name", name);
  // An unparseable name still counts against the address; it cannot name an account.
  std::string account = folded.ok() ? *folded : std::string(name.substr(0, 64));
  if (Status s = throttle_.admit(account, address, now); !s.ok()) return s.error();

  std::optional<Account> found;
  if (folded.ok()) {
    Status read = ctx_.store.run(TxMode::kReadOnly, [&](Repositories& r) -> Status {
      auto a = r.accounts().get(*folded);
      if (a.ok()) found = std::move(a).value();
      else if (a.error().code != ErrorCode::kNotFound) return a.error();
      return {};
    });
    if (!read.ok()) return read.error();
  }
  // Hashing happens outside any transaction: it takes tens of milliseconds.
  bool matches = hasher_.verify(password, found ? found->passwordHash.encoded() : dummyHash_) && found;
  if (!matches) {
    // A failure that cannot be counted is not answered: guessing must not get
    // faster because the database is slow.
    if (Status counted = throttle_.failed(account, address, now); !counted.ok()) return counted.error();
    return wrongCredentials();
  }
  if (!found->active) return disabled(found->name);
  if (Status cleared = throttle_.succeeded(account, address); !cleared.ok()) return cleared.error();

  SessionRecord session{newTokenId_(), found->name, now,
                        Timestamp::fromSeconds(now.seconds() + policy_.lifetimeSeconds), std::nullopt, address};
  Status stored = ctx_.store.run(TxMode::kReadWrite, [&](Repositories& r) -> Status {
    // The account may have been disabled or given a new password while the hash
    // was being checked.
    auto current = r.accounts().get(found->name);
    if (!current.ok()) return current.error().code == ErrorCode::kNotFound ? wrongCredentials() : current.error();
    if (!current->active) return disabled(current->name);
    if (current->passwordHash.encoded() != found->passwordHash.encoded()) return wrongCredentials();
    if (auto purged = r.sessions().purgeExpired(now); !purged.ok()) return purged.error();
    if (Status s = r.sessions().insert(session); !s.ok()) return s;
    if (Status s = r.accounts().recordSignIn(found->name, now); !s.ok()) return s;
    return detail::audit(r, ctx_, found->actor(), "session.started", "account", found->name, "",
                         sessionSnapshot(session));
  });
  if (!stored.ok()) return stored.error();
  std::string token = tokens_.issue({session.account, session.tokenId, session.issuedAt, session.expiresAt});
  return SignedIn{std::move(token), session.expiresAt, withoutSecret(std::move(*found))};
}

Result<Authenticated> SessionService::authenticate(std::string_view token) {
  Timestamp now = ctx_.clock.now();
  auto claims = tokens_.verify(token, now);
  if (!claims.ok()) return claims.error();
  return transact<Authenticated>(ctx_.store, TxMode::kReadOnly, [&](Repositories& r) -> Result<Authenticated> {
    auto session = r.sessions().find(claims->tokenId);
    if (!session.ok()) return session.error();
    if (!session->has_value() || (*session)->account != claims->subject)
      return unauthenticated("the session is unknown to this server; sign in again");
    // Expiry was checked with the token: its signed claim equals the stored one.
    if ((*session)->revokedAt) return unauthenticated("the session has ended (signed out or revoked); sign in again");
    auto account = r.accounts().get(claims->subject);
    if (!account.ok())
      return account.error().code == ErrorCode::kNotFound
                 ? unauthenticated("the account of this session no longer exists")
                 : account.error();
    if (!account->active) return disabled(account->name);
    Actor actor = account->actor();
    return Authenticated{std::move(actor), withoutSecret(std::move(account).value()), claims->tokenId,
                         (*session)->expiresAt};
  });
}

Status SessionService::signOut(const std::string& tokenId) {
  Timestamp now = ctx_.clock.now();
  return ctx_.store.run(TxMode::kReadWrite, [&](Repositories& r) -> Status {
    auto session = r.sessions().find(tokenId);
    if (!session.ok()) return session.error();
    if (!session->has_value()) return unauthenticated("the session is unknown to this server");
    auto revoked = r.sessions().revoke(tokenId, now);
    if (!revoked.ok()) return revoked.error();
    if (!*revoked) return unauthenticated("the session has already ended");
    const SessionRecord& ended = **session;
    Actor holder{ended.account, Role::kViewer, std::nullopt};  // the audit records only the name
    JsonWriter after;
    after.beginObject().field("issuedAt", ended.issuedAt.iso()).field("endedAt", now.iso()).endObject();
    return detail::audit(r, ctx_, holder, "session.ended", "account", ended.account, sessionSnapshot(ended),
                         after.str());
  });
}

}  // namespace accord::app
