#include "login_throttle_repository.h"

#include "codec.h"

namespace accord::storage::detail {

using namespace accord::domain;

Result<std::map<std::string, app::LoginThrottleState>> SqlLoginThrottleRepository::find(
    const std::vector<std::string>& keys, bool lock) {
  return guarded(tx_, [&]() -> Result<std::map<std::string, app::LoginThrottleState>> {
    std::map<std::string, app::LoginThrottleState> out;
    if (keys.empty()) return out;
    Params params;
    for (const auto& k : keys) params.push_back(v(k));
    Rows r = sql_.query("SELECT throttle_key, failures, window_start, next_allowed, expires_at FROM login_throttle "
                        "WHERE throttle_key IN (" + placeholders(keys.size()) + ")" + (lock ? sql_.forUpdate() : ""),
                        params);
    for (std::size_t i = 0; i < r.size(); ++i)
      out[r.str(i, 0)] = {static_cast<int>(r.i64(i, 1)), instant(r, i, 2), instant(r, i, 3), instant(r, i, 4)};
    return out;
  });
}

Status SqlLoginThrottleRepository::save(const std::string& key, const app::LoginThrottleState& s) {
  return guarded(tx_, [&]() -> Status {
    // An upsert: two servers counting the first failure of a key at once must not
    // make one of them fail on the primary key.
    sql_.exec("INSERT INTO login_throttle (throttle_key, failures, window_start, next_allowed, expires_at) "
              "VALUES (?, ?, ?, ?, ?) ON CONFLICT (throttle_key) DO UPDATE SET failures = excluded.failures, "
              "window_start = excluded.window_start, next_allowed = excluded.next_allowed, "
              "expires_at = excluded.expires_at",
              {v(key), v(s.failures), v(s.windowStart), v(s.nextAllowed), v(s.expiresAt)});
    return {};
  });
}

Status SqlLoginThrottleRepository::forget(const std::string& key) {
  return guarded(tx_, [&]() -> Status {
    sql_.exec("DELETE FROM login_throttle WHERE throttle_key = ?", {v(key)});
    return {};
  });
}

Result<std::map<std::string, app::LoginThrottleState>> SqlLoginThrottleRepository::refusing(const std::string& prefix,
                                                                                         Timestamp now,
                                                                                         std::size_t limit) {
  return guarded(tx_, [&]() -> Result<std::map<std::string, app::LoginThrottleState>> {
    std::map<std::string, app::LoginThrottleState> out;
    // substr rather than LIKE: a key may hold '_' or '%', which LIKE reads as wildcards.
    Rows r = sql_.query("SELECT throttle_key, failures, window_start, next_allowed, expires_at FROM login_throttle "
                        "WHERE substr(throttle_key, 1, CAST(? AS INTEGER)) = ? AND next_allowed > ? ORDER BY throttle_key LIMIT ?",
                        {v(prefix.size()), v(prefix), v(now), v(limit)});
    for (std::size_t i = 0; i < r.size(); ++i)
      out[r.str(i, 0)] = {static_cast<int>(r.i64(i, 1)), instant(r, i, 2), instant(r, i, 3), instant(r, i, 4)};
    return out;
  });
}

Result<long> SqlLoginThrottleRepository::purgeExpired(Timestamp before) {
  return guarded(tx_, [&]() -> Result<long> {
    return static_cast<long>(sql_.exec("DELETE FROM login_throttle WHERE expires_at < ?", {v(before)}));
  });
}

}  // namespace accord::storage::detail
