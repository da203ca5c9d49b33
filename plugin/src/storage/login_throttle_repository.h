// Failed sign-ins in SQL: one row per throttle key, so that every server on the
// database counts the same failures.
#pragma once

#include "accord/app/repositories.h"
#include "sql.h"
#include "tx_state.h"

namespace accord::storage::detail {

class SqlLoginThrottleRepository final : public app::LoginThrottleRepository {
 public:
  SqlLoginThrottleRepository(Sql& sql, TxState& tx) : sql_(sql), tx_(tx) {}
  domain::Result<std::map<std::string, app::LoginThrottleState>> find(const std::vector<std::string>& keys,
                                                                          bool lock) override;
  domain::Status save(const std::string& key, const app::LoginThrottleState& s) override;
  domain::Status forget(const std::string& key) override;
  domain::Result<std::map<std::string, app::LoginThrottleState>> refusing(const std::string& prefix,
                                                                          domain::Timestamp now,
                                                                          std::size_t limit) override;
  domain::Result<long> purgeExpired(domain::Timestamp before) override;

 private:
  Sql& sql_;
  TxState& tx_;
};

}  // namespace accord::storage::detail
