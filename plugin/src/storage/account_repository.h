// Accounts in SQL. The password hash is read and written here like any column;
// keeping it out of logs and snapshots is the job of the layers above.
#pragma once

#include "accord/app/repositories.h"
#include "sql.h"
#include "tx_state.h"

namespace accord::storage::detail {

class SqlAccountRepository final : public app::AccountRepository {
 public:
  SqlAccountRepository(Sql& sql, TxState& tx) : sql_(sql), tx_(tx) {}
  domain::Result<domain::Account> get(const std::string& name) override;
  domain::Result<app::Page<domain::Account>> list(const app::PageRequest& page) override;
  domain::Result<std::vector<domain::Account>> named(const std::vector<std::string>& names) override;
  domain::Result<long> countActive(domain::Role role) override;
  domain::Status insert(const domain::Account& a) override;
  domain::Result<long> update(const domain::Account& a, long expectedVersion) override;
  domain::Status recordSignIn(const std::string& name, domain::Timestamp at) override;
  domain::Result<std::vector<domain::Account>> neverSignedIn(std::size_t limit) override;
  // In account_notification_choices.cpp.
  domain::Result<domain::NotificationChoices> notificationChoices(const std::string& name) override;
  domain::Status setNotificationChoices(const std::string& name, const domain::NotificationChoices& c) override;

 private:
  Sql& sql_;
  TxState& tx_;
};

}  // namespace accord::storage::detail
