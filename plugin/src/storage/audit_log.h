// The audit log in SQL: append under the head-row lock, ranges for verification,
// filtered pages for reading.
#pragma once

#include "accord/app/repositories.h"
#include "sql.h"
#include "tx_state.h"

namespace accord::storage::detail {

class SqlAuditLog final : public app::AuditLog {
 public:
  SqlAuditLog(Sql& sql, TxState& tx) : sql_(sql), tx_(tx) {}
  domain::Result<app::AuditEvent> append(const app::AuditEntry& entry, domain::Timestamp at) override;
  domain::Result<app::AuditHead> appendAll(
      const std::vector<std::pair<app::AuditEntry, domain::Timestamp>>& entries) override;
  domain::Result<app::AuditHead> head() override;
  domain::Result<std::vector<app::AuditEvent>> range(std::int64_t afterSeq, std::size_t limit) override;
  domain::Result<app::Page<app::AuditEvent>> list(const app::AuditFilter& filter,
                                                  const app::PageRequest& page) override;
  domain::Result<std::vector<app::AuditObject>> objects(std::size_t limit) override;

 private:
  Sql& sql_;
  TxState& tx_;
};

}  // namespace accord::storage::detail
