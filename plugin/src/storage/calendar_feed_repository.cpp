#include "calendar_feed_repository.h"

#include "codec.h"

namespace accord::storage::detail {

using namespace accord::domain;

Status SqlCalendarFeedRepository::replace(const std::string& account, const std::string& tokenHash, Timestamp at) {
  return guarded(tx_, [&]() -> Status {
    sql_.exec("INSERT INTO calendar_feed (account_name, token_hash, created_at) VALUES (?, ?, ?) "
              "ON CONFLICT (account_name) DO UPDATE SET token_hash = excluded.token_hash, created_at = excluded.created_at",
              {v(account), v(tokenHash), v(at)});
    return {};
  });
}

Result<bool> SqlCalendarFeedRepository::revoke(const std::string& account) {
  return guarded(tx_, [&]() -> Result<bool> {
    return sql_.exec("DELETE FROM calendar_feed WHERE account_name = ?", {v(account)}) == 1;
  });
}

Result<std::optional<std::string>> SqlCalendarFeedRepository::accountOf(const std::string& tokenHash) {
  return guarded(tx_, [&]() -> Result<std::optional<std::string>> {
    Rows r = sql_.query("SELECT account_name FROM calendar_feed WHERE token_hash = ?", {v(tokenHash)});
    if (r.size() == 0) return std::optional<std::string>();
    return std::optional<std::string>(r.str(0, 0));
  });
}

Result<std::optional<Timestamp>> SqlCalendarFeedRepository::since(const std::string& account) {
  return guarded(tx_, [&]() -> Result<std::optional<Timestamp>> {
    Rows r = sql_.query("SELECT created_at FROM calendar_feed WHERE account_name = ?", {v(account)});
    if (r.size() == 0) return std::optional<Timestamp>();
    return std::optional<Timestamp>(instant(r, 0, 0));
  });
}

}  // namespace accord::storage::detail
