// The outbox in SQL: one row per notification and recipient. Claims lock rows with
// FOR UPDATE SKIP LOCKED on PostgreSQL, so that servers sharing it never claim
// the same row; SQLite serialises writers and relies on the claim's lease alone.
#pragma once

#include "accord/app/outbox.h"
#include "sql.h"
#include "tx_state.h"

namespace accord::storage::detail {

// The notification table's columns, in the order notificationsOf reads them.
extern const char* const kNotificationColumns;
std::vector<domain::Notification> notificationsOf(const Rows& r);

class SqlOutboxRepository final : public app::OutboxRepository {
 public:
  SqlOutboxRepository(Sql& sql, TxState& tx) : sql_(sql), tx_(tx) {}
  domain::Result<long> enqueue(const domain::NotificationEvent& event, const domain::Audience& audience,
                               domain::Timestamp at) override;
  domain::Result<std::vector<app::OutboxItem>> claim(const std::string& claimer, domain::Timestamp now,
                                                     domain::Timestamp until, std::size_t limit) override;
  domain::Result<bool> markSent(std::int64_t id, const std::string& claimer, domain::Timestamp at) override;
  domain::Result<bool> markRetry(std::int64_t id, const std::string& claimer, domain::Timestamp next,
                                 const std::string& error) override;
  domain::Result<bool> markFailed(std::int64_t id, const std::string& claimer, const std::string& error) override;
  domain::Result<app::Page<domain::Notification>> listFor(const std::string& recipient,
                                                          const app::PageRequest& page) override;
  domain::Result<app::Page<domain::Notification>> listByState(domain::DeliveryState state,
                                                              const app::PageRequest& page) override;
  domain::Result<long> countUnread(const std::string& recipient) override;
  domain::Result<bool> markRead(const std::string& recipient, std::int64_t id, domain::Timestamp at) override;
  // In outbox_digests.cpp.
  domain::Result<long> openDigests(const std::string& day, domain::Timestamp now) override;
  domain::Result<std::vector<app::DigestItem>> claimDigests(const std::string& claimer, domain::Timestamp now,
                                                            domain::Timestamp until, std::size_t limit) override;
  domain::Result<bool> markDigestSent(const std::string& key, const std::string& claimer,
                                      domain::Timestamp at) override;
  domain::Result<bool> markDigestRetry(const std::string& key, const std::string& claimer, domain::Timestamp next,
                                       const std::string& error) override;
  domain::Result<bool> markDigestFailed(const std::string& key, const std::string& claimer,
                                        const std::string& error) override;

 private:
  domain::Result<app::Page<domain::Notification>> page(const std::string& where, Params params,
                                                       const app::PageRequest& page);
  Sql& sql_;
  TxState& tx_;
};

}  // namespace accord::storage::detail
