#include "outbox_repository.h"

#include "accord/domain/notification_choice.h"
#include "codec.h"
#include "versioned.h"

namespace accord::storage::detail {

using namespace accord::domain;

namespace {
constexpr const char* kColumns =
    "id, recipient, kind, subject, country, title, link, created_at, state, attempts, next_attempt_at, sent_at, "
    "read_at, last_error, message";
// The same, of the notification joined with its recipient's account.
constexpr const char* kClaimedColumns =
    "n.id, n.recipient, n.kind, n.subject, n.country, n.title, n.link, n.created_at, n.state, n.attempts, "
    "n.next_attempt_at, n.sent_at, n.read_at, n.last_error, n.message";

Notification notificationAt(const Rows& r, std::size_t i) {
  Notification n;
  n.id = r.i64(i, 0);
  n.recipient = r.str(i, 1);
  n.event.kind = enumOf(r, i, 2, parseNotificationKind);
  n.event.subject = r.str(i, 3);
  n.event.country = optCountry(r, i, 4);
  n.event.title = r.str(i, 5);
  n.event.link = r.str(i, 6);
  n.createdAt = instant(r, i, 7);
  n.state = enumOf(r, i, 8, parseDeliveryState);
  n.attempts = static_cast<int>(r.i64(i, 9));
  n.nextAttemptAt = instant(r, i, 10);
  n.sentAt = optInstant(r, i, 11);
  n.readAt = optInstant(r, i, 12);
  n.lastError = r.str(i, 13);
  n.event.message = r.str(i, 14);
  return n;
}

std::vector<Notification> notifications(const Rows& r) {
  std::vector<Notification> out;
  out.reserve(r.size());
  for (std::size_t i = 0; i < r.size(); ++i) out.push_back(notificationAt(r, i));
  return out;
}

std::string idList(const std::vector<std::int64_t>& ids) {
  std::string out;
  for (auto id : ids) out += (out.empty() ? "" : ", ") + std::to_string(id);
  return out;
}
}  // namespace

const char* const kNotificationColumns = kColumns;
std::vector<Notification> notificationsOf(const Rows& r) { return notifications(r); }

Result<long> SqlOutboxRepository::enqueue(const NotificationEvent& e, const Audience& audience, Timestamp at) {
  return guarded(tx_, [&]() -> Result<long> {
    // Every selected value is cast, so that PostgreSQL knows the parameters' types.
    // Each recipient's choice for the event's topic sets the first state, as
    // domain::initialState says (kept here so that enqueueing stays one statement).
    NotificationTopic topic = topicOf(e.kind);
    const char* state = isFixedTopic(topic) ? "'pending'"
                                            : "CASE WHEN c.email = 0 THEN 'not_mailed' WHEN c.digest = 1 THEN 'held' "
                                              "ELSE 'pending' END";
    std::string sql =
        "INSERT INTO notification (recipient, kind, subject, country, title, link, created_at, state, attempts, "
        "next_attempt_at, last_error, message) SELECT name, CAST(? AS TEXT), CAST(? AS TEXT), CAST(? AS TEXT), "
        "CAST(? AS TEXT), CAST(? AS TEXT), CAST(? AS TEXT), " + std::string(state) +
        ", 0, CAST(? AS TEXT), '', CAST(? AS TEXT) "
        "FROM account LEFT JOIN notification_choice c ON c.account_name = account.name AND c.topic = ? "
        "WHERE active = 1";
    Params params{v(toString(e.kind)), v(e.subject), v(e.country), v(e.title), v(e.link),
                  v(at),               v(at),        v(e.message), v(toString(topic))};
    if (!audience.account.empty()) {
      sql += " AND name = ?";
      params.push_back(v(audience.account));
    } else {
      if (audience.roles.empty()) return 0L;
      sql += " AND role IN (" + placeholders(audience.roles.size()) + ")";
      for (Role role : audience.roles) params.push_back(v(toString(role)));
      if (audience.country) {
        sql += " AND country = ?";
        params.push_back(v(*audience.country));
      }
    }
    return static_cast<long>(sql_.exec(sql + " ORDER BY name", params));
  });
}

Result<std::vector<app::OutboxItem>> SqlOutboxRepository::claim(const std::string& claimer, Timestamp now,
                                                                Timestamp until, std::size_t limit) {
  return guarded(tx_, [&]() -> Result<std::vector<app::OutboxItem>> {
    std::vector<app::OutboxItem> out;
    // SKIP LOCKED: a row another server is claiming right now is left to it
    // rather than waited for; its lease then keeps it out of later claims.
    const char* lock = sql_.dialect() == Dialect::kPostgresql ? " FOR UPDATE SKIP LOCKED" : "";
    Rows due = sql_.query("SELECT id FROM notification WHERE state = 'pending' AND next_attempt_at <= ? AND "
                          "(claimed_until IS NULL OR claimed_until < ?) ORDER BY id LIMIT " +
                              std::to_string(limit) + lock,
                          {v(now), v(now)});
    if (due.size() == 0) return out;
    std::vector<std::int64_t> ids;
    for (std::size_t i = 0; i < due.size(); ++i) ids.push_back(due.i64(i, 0));
    std::string in = idList(ids);
    sql_.exec("UPDATE notification SET claimed_by = ?, claimed_until = ? WHERE id IN (" + in + ")",
              {v(claimer), v(until)});
    Rows r = sql_.query(std::string("SELECT ") + kClaimedColumns +
                        ", a.email, a.display_name, a.language FROM notification n JOIN account a ON "
                        "a.name = n.recipient WHERE n.id IN (" + in + ") ORDER BY n.id");
    for (std::size_t i = 0; i < r.size(); ++i)
      out.push_back({notificationAt(r, i), r.str(i, 15), r.str(i, 16), r.str(i, 17)});
    return out;
  });
}

Result<bool> SqlOutboxRepository::markSent(std::int64_t id, const std::string& claimer, Timestamp at) {
  return guarded(tx_, [&]() -> Result<bool> {
    return sql_.exec("UPDATE notification SET state = 'sent', sent_at = ?, attempts = attempts + 1, last_error = '', "
                     "claimed_by = NULL, claimed_until = NULL WHERE id = ? AND claimed_by = ? AND state = 'pending'",
                     {v(at), v(static_cast<long long>(id)), v(claimer)}) == 1;
  });
}

Result<bool> SqlOutboxRepository::markRetry(std::int64_t id, const std::string& claimer, Timestamp next,
                                            const std::string& error) {
  return guarded(tx_, [&]() -> Result<bool> {
    return sql_.exec("UPDATE notification SET next_attempt_at = ?, attempts = attempts + 1, last_error = ?, "
                     "claimed_by = NULL, claimed_until = NULL WHERE id = ? AND claimed_by = ? AND state = 'pending'",
                     {v(next), v(error), v(static_cast<long long>(id)), v(claimer)}) == 1;
  });
}

Result<bool> SqlOutboxRepository::markFailed(std::int64_t id, const std::string& claimer, const std::string& error) {
  return guarded(tx_, [&]() -> Result<bool> {
    return sql_.exec("UPDATE notification SET state = 'failed', attempts = attempts + 1, last_error = ?, "
                     "claimed_by = NULL, claimed_until = NULL WHERE id = ? AND claimed_by = ? AND state = 'pending'",
                     {v(error), v(static_cast<long long>(id)), v(claimer)}) == 1;
  });
}

Result<app::Page<Notification>> SqlOutboxRepository::page(const std::string& where, Params params,
                                                          const app::PageRequest& page) {
  return guarded(tx_, [&]() -> Result<app::Page<Notification>> {
    std::string sql = std::string("SELECT ") + kColumns + " FROM notification WHERE " + where;
    if (!page.after.empty()) {
      if (page.after.find_first_not_of("0123456789") != std::string::npos || page.after.size() > 18)
        return Error::invalid("after", "is not a cursor this listing gave out");
      sql += " AND id < ?";
      params.push_back(v(static_cast<long long>(std::stoll(page.after))));
    }
    params.push_back(v(page.clampedLimit() + 1));
    app::Page<Notification> out;
    out.items = notifications(sql_.query(sql + " ORDER BY id DESC LIMIT ?", params));
    trimPage(out.items, page.clampedLimit(), out.next, [](const Notification& n) { return std::to_string(n.id); });
    return out;
  });
}

Result<app::Page<Notification>> SqlOutboxRepository::listFor(const std::string& recipient,
                                                             const app::PageRequest& p) {
  return page("recipient = ?", {v(recipient)}, p);
}

Result<app::Page<Notification>> SqlOutboxRepository::listByState(DeliveryState state, const app::PageRequest& p) {
  return page("state = ?", {v(toString(state))}, p);
}

Result<long> SqlOutboxRepository::countUnread(const std::string& recipient) {
  return guarded(tx_, [&]() -> Result<long> {
    Rows r = sql_.query("SELECT COUNT(*) FROM notification WHERE recipient = ? AND read_at IS NULL", {v(recipient)});
    return static_cast<long>(r.i64(0, 0));
  });
}

Result<bool> SqlOutboxRepository::markRead(const std::string& recipient, std::int64_t id, Timestamp at) {
  return guarded(tx_, [&]() -> Result<bool> {
    Rows r = sql_.query("SELECT read_at FROM notification WHERE id = ? AND recipient = ?",
                        {v(static_cast<long long>(id)), v(recipient)});
    if (r.size() == 0) return false;
    if (r.isNull(0, 0))
      sql_.exec("UPDATE notification SET read_at = ? WHERE id = ?", {v(at), v(static_cast<long long>(id))});
    return true;
  });
}

}  // namespace accord::storage::detail
