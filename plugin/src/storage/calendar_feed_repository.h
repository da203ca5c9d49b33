// Calendar feeds in SQL: one row per account, found by the hash of its address.
#pragma once

#include "accord/app/repositories.h"
#include "sql.h"
#include "tx_state.h"

namespace accord::storage::detail {

class SqlCalendarFeedRepository final : public app::CalendarFeedRepository {
 public:
  SqlCalendarFeedRepository(Sql& sql, TxState& tx) : sql_(sql), tx_(tx) {}
  domain::Status replace(const std::string& account, const std::string& tokenHash, domain::Timestamp at) override;
  domain::Result<bool> revoke(const std::string& account) override;
  domain::Result<std::optional<std::string>> accountOf(const std::string& tokenHash) override;
  domain::Result<std::optional<domain::Timestamp>> since(const std::string& account) override;

 private:
  Sql& sql_;
  TxState& tx_;
};

}  // namespace accord::storage::detail
