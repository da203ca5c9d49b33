#include "session_repository.h"

#include "codec.h"

namespace accord::storage::detail {

using namespace accord::domain;

Status SqlSessionRepository::insert(const app::SessionRecord& s) {
  return guarded(tx_, [&]() -> Status {
    sql_.exec("INSERT INTO account_session (token_id, account_name, issued_at, expires_at, revoked_at, address) "
              "VALUES (?, ?, ?, ?, ?, ?)",
              {v(s.tokenId), v(s.account), v(s.issuedAt), v(s.expiresAt), v(s.revokedAt), v(s.address)});
    return {};
  });
}

Result<std::optional<app::SessionRecord>> SqlSessionRepository::find(const std::string& tokenId) {
  return guarded(tx_, [&]() -> Result<std::optional<app::SessionRecord>> {
    Rows r = sql_.query("SELECT token_id, account_name, issued_at, expires_at, revoked_at, address "
                        "FROM account_session WHERE token_id = ?",
                        {v(tokenId)});
    if (r.size() == 0) return std::optional<app::SessionRecord>();
    return std::optional<app::SessionRecord>(app::SessionRecord{
        r.str(0, 0), r.str(0, 1), instant(r, 0, 2), instant(r, 0, 3), optInstant(r, 0, 4), r.str(0, 5)});
  });
}

Result<bool> SqlSessionRepository::revoke(const std::string& tokenId, Timestamp at) {
  return guarded(tx_, [&]() -> Result<bool> {
    return sql_.exec("UPDATE account_session SET revoked_at = ? WHERE token_id = ? AND revoked_at IS NULL",
                     {v(at), v(tokenId)}) == 1;
  });
}

Result<long> SqlSessionRepository::revokeAll(const std::string& account, Timestamp at) {
  return guarded(tx_, [&]() -> Result<long> {
    return static_cast<long>(sql_.exec("UPDATE account_session SET revoked_at = ? WHERE account_name = ? AND "
                                       "revoked_at IS NULL AND expires_at > ?",
                                       {v(at), v(account), v(at)}));
  });
}

Result<long> SqlSessionRepository::purgeExpired(Timestamp before) {
  return guarded(tx_, [&]() -> Result<long> {
    return static_cast<long>(sql_.exec("DELETE FROM account_session WHERE expires_at < ?", {v(before)}));
  });
}

}  // namespace accord::storage::detail
