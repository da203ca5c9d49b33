// The outbox port: notifications are written in the transaction of the change
// that causes them (so none is lost and none is sent for a change that rolled
// back) and taken out by a sender that claims them, so that several servers on
// one database deliver each once.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "accord/app/page.h"
#include "accord/domain/notification.h"

namespace accord::app {

using domain::Result;
using domain::Status;

// A claimed notification with the address it goes to, read when it is claimed so
// that a corrected e-mail address applies to what is still waiting.
struct OutboxItem {
  domain::Notification notification;
  std::string email;
  std::string displayName;
  std::string language;  // the recipient's (Account::language): "" for English
};

// One person's daily digest, claimed: its delivery key ("digest:<user>:<yyyy-mm-dd>",
// also its Message-ID) and the held notifications it carries, oldest first.
struct DigestItem {
  std::string key;
  std::string recipient;
  std::string email;
  std::string displayName;
  std::string language;
  domain::Timestamp createdAt;
  int attempts = 0;
  std::vector<domain::Notification> notifications;
};

class OutboxRepository {
 public:
  virtual ~OutboxRepository() = default;
  // Stores one pending notification of `event`, due at `at`, for each active
  // account of `audience`. Returns how many.
  virtual Result<long> enqueue(const domain::NotificationEvent& event, const domain::Audience& audience,
                               domain::Timestamp at) = 0;
  // Claims for `claimer` until `until` at most `limit` pending notifications due by
  // `now` that nobody holds (never claimed, or whose claim ran out: its holder
  // stopped mid-delivery), oldest first. Another claimer skips them meanwhile.
  virtual Result<std::vector<OutboxItem>> claim(const std::string& claimer, domain::Timestamp now,
                                                domain::Timestamp until, std::size_t limit) = 0;
  // The outcome of a delivery. Each returns false (and changes nothing) when
  // `claimer` no longer holds notification `id`.
  virtual Result<bool> markSent(std::int64_t id, const std::string& claimer, domain::Timestamp at) = 0;
  virtual Result<bool> markRetry(std::int64_t id, const std::string& claimer, domain::Timestamp next,
                                 const std::string& error) = 0;
  virtual Result<bool> markFailed(std::int64_t id, const std::string& claimer, const std::string& error) = 0;
  // `recipient`'s notifications, newest first; the cursor is an id.
  virtual Result<Page<domain::Notification>> listFor(const std::string& recipient, const PageRequest& page) = 0;
  // Every notification in `state`, newest first (administrators see the failed ones).
  virtual Result<Page<domain::Notification>> listByState(domain::DeliveryState state, const PageRequest& page) = 0;
  virtual Result<long> countUnread(const std::string& recipient) = 0;
  // Marks `recipient`'s notification `id` read at `at`; false when it has none by that id.
  virtual Result<bool> markRead(const std::string& recipient, std::int64_t id, domain::Timestamp at) = 0;

  // The daily digest (implemented in storage/outbox_digests.cpp). Opens the digest
  // of `day` ("2026-12-07") for each person with held notifications in no digest
  // yet: claims its key, due at `now`, and gives it those notifications. A key
  // that exists already (another server, an earlier run of the day) opens nothing:
  // what was held since waits for the next day's. Returns how many it opened.
  virtual Result<long> openDigests(const std::string& day, domain::Timestamp now) = 0;
  // Claims like claim(): at most `limit` pending digests due by `now` nobody holds.
  virtual Result<std::vector<DigestItem>> claimDigests(const std::string& claimer, domain::Timestamp now,
                                                       domain::Timestamp until, std::size_t limit) = 0;
  // The outcome of a digest's delivery; its notifications follow it in the same
  // transaction (sent, or failed with `error`). Each returns false (and changes
  // nothing) when `claimer` no longer holds digest `key`.
  virtual Result<bool> markDigestSent(const std::string& key, const std::string& claimer, domain::Timestamp at) = 0;
  virtual Result<bool> markDigestRetry(const std::string& key, const std::string& claimer, domain::Timestamp next,
                                       const std::string& error) = 0;
  virtual Result<bool> markDigestFailed(const std::string& key, const std::string& claimer,
                                        const std::string& error) = 0;
};

}  // namespace accord::app
