// The daily digest in SQL: one notification_digest row per person and day, its
// key claimed once (ON CONFLICT DO NOTHING: a second server, or a restart, finds
// it taken and opens nothing), the held notifications attached to it in the same
// transaction, and marked sent or failed with it.
#include "codec.h"
#include "outbox_repository.h"

namespace accord::storage::detail {

using namespace accord::domain;

Result<long> SqlOutboxRepository::openDigests(const std::string& day, Timestamp now) {
  return guarded(tx_, [&]() -> Result<long> {
    Rows waiting = sql_.query(
        "SELECT DISTINCT recipient FROM notification WHERE state = 'held' AND digest_key IS NULL ORDER BY recipient");
    long opened = 0;
    for (std::size_t i = 0; i < waiting.size(); ++i) {
      std::string recipient = waiting.str(i, 0);
      std::string key = "digest:" + recipient + ":" + day;
      bool claimed = sql_.exec("INSERT INTO notification_digest (delivery_key, recipient, created_at, state, attempts, "
                               "next_attempt_at, last_error) VALUES (?, ?, ?, 'pending', 0, ?, '') "
                               "ON CONFLICT (delivery_key) DO NOTHING",
                               {v(key), v(recipient), v(now), v(now)}) == 1;
      if (!claimed) continue;
      sql_.exec("UPDATE notification SET digest_key = ? WHERE recipient = ? AND state = 'held' AND digest_key IS NULL",
                {v(key), v(recipient)});
      ++opened;
    }
    return opened;
  });
}

Result<std::vector<app::DigestItem>> SqlOutboxRepository::claimDigests(const std::string& claimer, Timestamp now,
                                                                       Timestamp until, std::size_t limit) {
  return guarded(tx_, [&]() -> Result<std::vector<app::DigestItem>> {
    std::vector<app::DigestItem> out;
    // As claim(): a digest another server is claiming right now is left to it.
    const char* lock = sql_.dialect() == Dialect::kPostgresql ? " FOR UPDATE SKIP LOCKED" : "";
    Rows due = sql_.query("SELECT delivery_key FROM notification_digest WHERE state = 'pending' AND "
                          "next_attempt_at <= ? AND (claimed_until IS NULL OR claimed_until < ?) "
                          "ORDER BY delivery_key LIMIT " + std::to_string(limit) + lock,
                          {v(now), v(now)});
    for (std::size_t i = 0; i < due.size(); ++i) {
      std::string key = due.str(i, 0);
      sql_.exec("UPDATE notification_digest SET claimed_by = ?, claimed_until = ? WHERE delivery_key = ?",
                {v(claimer), v(until), v(key)});
      Rows d = sql_.query("SELECT d.recipient, d.created_at, d.attempts, a.email, a.display_name, a.language "
                          "FROM notification_digest d JOIN account a ON a.name = d.recipient WHERE d.delivery_key = ?",
                          {v(key)});
      app::DigestItem item;
      item.key = key;
      item.recipient = d.str(0, 0);
      item.createdAt = instant(d, 0, 1);
      item.attempts = static_cast<int>(d.i64(0, 2));
      item.email = d.str(0, 3);
      item.displayName = d.str(0, 4);
      item.language = d.str(0, 5);
      item.notifications = notificationsOf(sql_.query(
          std::string("SELECT ") + kNotificationColumns + " FROM notification WHERE digest_key = ? ORDER BY id",
          {v(key)}));
      out.push_back(std::move(item));
    }
    return out;
  });
}

Result<bool> SqlOutboxRepository::markDigestSent(const std::string& key, const std::string& claimer, Timestamp at) {
  return guarded(tx_, [&]() -> Result<bool> {
    if (sql_.exec("UPDATE notification_digest SET state = 'sent', sent_at = ?, attempts = attempts + 1, "
                  "last_error = '', claimed_by = NULL, claimed_until = NULL "
                  "WHERE delivery_key = ? AND claimed_by = ? AND state = 'pending'",
                  {v(at), v(key), v(claimer)}) != 1)
      return false;
    sql_.exec("UPDATE notification SET state = 'sent', sent_at = ?, attempts = attempts + 1, last_error = '' "
              "WHERE digest_key = ? AND state = 'held'",
              {v(at), v(key)});
    return true;
  });
}

Result<bool> SqlOutboxRepository::markDigestRetry(const std::string& key, const std::string& claimer, Timestamp next,
                                                  const std::string& error) {
  return guarded(tx_, [&]() -> Result<bool> {
    return sql_.exec("UPDATE notification_digest SET next_attempt_at = ?, attempts = attempts + 1, last_error = ?, "
                     "claimed_by = NULL, claimed_until = NULL "
                     "WHERE delivery_key = ? AND claimed_by = ? AND state = 'pending'",
                     {v(next), v(error), v(key), v(claimer)}) == 1;
  });
}

Result<bool> SqlOutboxRepository::markDigestFailed(const std::string& key, const std::string& claimer,
                                                   const std::string& error) {
  return guarded(tx_, [&]() -> Result<bool> {
    if (sql_.exec("UPDATE notification_digest SET state = 'failed', attempts = attempts + 1, last_error = ?, "
                  "claimed_by = NULL, claimed_until = NULL "
                  "WHERE delivery_key = ? AND claimed_by = ? AND state = 'pending'",
                  {v(error), v(key), v(claimer)}) != 1)
      return false;
    sql_.exec("UPDATE notification SET state = 'failed', attempts = attempts + 1, last_error = ? "
              "WHERE digest_key = ? AND state = 'held'",
              {v(error), v(key)});
    return true;
  });
}

}  // namespace accord::storage::detail
