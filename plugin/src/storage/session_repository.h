// Signed-in sessions in SQL: one row per issued token id, kept until it expires.
#pragma once

#include "accord/app/repositories.h"
#include "sql.h"
#include "tx_state.h"

namespace accord::storage::detail {

class SqlSessionRepository final : public app::SessionRepository {
 public:
  SqlSessionRepository(Sql& sql, TxState& tx) : sql_(sql), tx_(tx) {}
  domain::Status insert(const app::SessionRecord& s) override;
  domain::Result<std::optional<app::SessionRecord>> find(const std::string& tokenId) override;
  domain::Result<bool> revoke(const std::string& tokenId, domain::Timestamp at) override;
  domain::Result<long> revokeAll(const std::string& account, domain::Timestamp at) override;
  domain::Result<long> purgeExpired(domain::Timestamp before) override;

 private:
  Sql& sql_;
  TxState& tx_;
};

}  // namespace accord::storage::detail
