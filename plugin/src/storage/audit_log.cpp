#include "audit_log.h"

#include <limits>

#include "codec.h"
#include "versioned.h"

namespace accord::storage::detail {

using namespace accord::domain;

namespace {
const char* kColumns = "seq, at, actor, action, entity, entity_id, before_json, after_json, prev_hash, hash";

std::vector<app::AuditEvent> events(const Rows& r) {
  std::vector<app::AuditEvent> out;
  out.reserve(r.size());
  for (std::size_t i = 0; i < r.size(); ++i) {
    app::AuditEvent e;
    e.seq = r.i64(i, 0);
    e.at = instant(r, i, 1);
    e.entry = {r.str(i, 2), r.str(i, 3), r.str(i, 4), r.str(i, 5), r.str(i, 6), r.str(i, 7)};
    e.prevHash = r.str(i, 8);
    e.hash = r.str(i, 9);
    out.push_back(std::move(e));
  }
  return out;
}
}  // namespace

Result<app::AuditEvent> SqlAuditLog::append(const app::AuditEntry& entry, Timestamp at) {
  return guarded(tx_, [&]() -> Result<app::AuditEvent> {
    // Locking the head row orders every appender of the database, across servers:
    // the next one waits until this transaction commits and then sees the new head.
    Rows h = sql_.query(std::string("SELECT seq, hash FROM audit_head WHERE id = 1") + sql_.forUpdate());
    if (h.size() != 1) throw CorruptData("the audit head row is missing");
    app::AuditEvent e = app::sealEvent(entry, h.i64(0, 0) + 1, at, h.str(0, 1));
    sql_.exec(std::string("INSERT INTO audit_event (") + kColumns + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
              {v(e.seq), v(e.at), v(e.entry.actor), v(e.entry.action), v(e.entry.entity), v(e.entry.entityId),
               v(e.entry.before), v(e.entry.after), v(e.prevHash), v(e.hash)});
    sql_.exec("UPDATE audit_head SET seq = ?, hash = ? WHERE id = 1", {v(e.seq), v(e.hash)});
    return e;
  });
}

Result<app::AuditHead> SqlAuditLog::appendAll(const std::vector<std::pair<app::AuditEntry, Timestamp>>& entries) {
  return guarded(tx_, [&]() -> Result<app::AuditHead> {
    Rows h = sql_.query(std::string("SELECT seq, hash FROM audit_head WHERE id = 1") + sql_.forUpdate());
    if (h.size() != 1) throw CorruptData("the audit head row is missing");
    app::AuditHead head{h.i64(0, 0), h.str(0, 1)};
    if (entries.empty()) return head;
    std::vector<Params> rows;
    rows.reserve(entries.size());
    for (const auto& [entry, at] : entries) {
      app::AuditEvent e = app::sealEvent(entry, head.seq + 1, at, head.hash);
      rows.push_back({v(e.seq), v(e.at), v(e.entry.actor), v(e.entry.action), v(e.entry.entity), v(e.entry.entityId),
                      v(e.entry.before), v(e.entry.after), v(e.prevHash), v(e.hash)});
      head = {e.seq, e.hash};
    }
    sql_.insertRows("audit_event", {"seq", "at", "actor", "action", "entity", "entity_id", "before_json", "after_json",
                                    "prev_hash", "hash"},
                    std::move(rows));
    sql_.exec("UPDATE audit_head SET seq = ?, hash = ? WHERE id = 1", {v(head.seq), v(head.hash)});
    return head;
  });
}

Result<app::AuditHead> SqlAuditLog::head() {
  return guarded(tx_, [&]() -> Result<app::AuditHead> {
    Rows h = sql_.query("SELECT seq, hash FROM audit_head WHERE id = 1");
    if (h.size() != 1) throw CorruptData("the audit head row is missing");
    return app::AuditHead{h.i64(0, 0), h.str(0, 1)};
  });
}

Result<std::vector<app::AuditEvent>> SqlAuditLog::range(std::int64_t afterSeq, std::size_t limit) {
  return guarded(tx_, [&]() -> Result<std::vector<app::AuditEvent>> {
    return events(sql_.query(std::string("SELECT ") + kColumns + " FROM audit_event WHERE seq > ? ORDER BY seq LIMIT ?",
                             {v(afterSeq), v(limit)}));
  });
}

Result<app::Page<app::AuditEvent>> SqlAuditLog::list(const app::AuditFilter& f, const app::PageRequest& page) {
  return guarded(tx_, [&]() -> Result<app::Page<app::AuditEvent>> {
    std::string where = f.newestFirst ? "seq < ?" : "seq > ?";
    std::int64_t after = f.newestFirst ? std::numeric_limits<std::int64_t>::max() : 0;
    if (!page.after.empty()) {
      if (page.after.find_first_not_of("0123456789") != std::string::npos || page.after.size() > 18)
        return Error::invalid("after", "is not a cursor this listing gave out");
      after = std::stoll(page.after);
    }
    Params params{v(after)};
    auto narrow = [&](const char* clause, SqlValue value) {
      where += clause;
      params.push_back(std::move(value));
    };
    if (f.entity) narrow(" AND entity = ?", v(*f.entity));
    if (f.entityId) narrow(" AND entity_id = ?", v(*f.entityId));
    if (f.actor) narrow(" AND actor = ?", v(*f.actor));
    if (f.from) narrow(" AND at >= ?", v(*f.from));
    if (f.to) narrow(" AND at <= ?", v(*f.to));
    if (f.withoutSessions) where += " AND action NOT LIKE 'session.%'";
    params.push_back(v(page.clampedLimit() + 1));
    app::Page<app::AuditEvent> out;
    out.items = events(sql_.query(std::string("SELECT ") + kColumns + " FROM audit_event WHERE " + where +
                                      (f.newestFirst ? " ORDER BY seq DESC LIMIT ?" : " ORDER BY seq LIMIT ?"),
                                  params));
    trimPage(out.items, page.clampedLimit(), out.next, [](const app::AuditEvent& e) { return std::to_string(e.seq); });
    return out;
  });
}

Result<std::vector<app::AuditObject>> SqlAuditLog::objects(std::size_t limit) {
  return guarded(tx_, [&]() -> Result<std::vector<app::AuditObject>> {
    // Each kind's name from its own table; an object deleted since keeps its id.
    Rows r = sql_.query(
        "SELECT o.entity, o.entity_id, COALESCE(c.title, d.title, m.text, a.display_name, o.entity_id) FROM "
        "(SELECT DISTINCT entity, entity_id FROM audit_event "
        "WHERE entity IN ('conference', 'declaration', 'commitment', 'account')) o "
        "LEFT JOIN conference c ON o.entity = 'conference' AND c.id = o.entity_id "
        "LEFT JOIN declaration d ON o.entity = 'declaration' AND d.id = o.entity_id "
        "LEFT JOIN commitment m ON o.entity = 'commitment' AND m.id = o.entity_id "
        "LEFT JOIN account a ON o.entity = 'account' AND a.name = o.entity_id "
        "ORDER BY o.entity, o.entity_id LIMIT ?",
        {v(limit)});
    std::vector<app::AuditObject> out;
    for (std::size_t i = 0; i < r.size(); ++i) out.push_back({r.str(i, 0), r.str(i, 1), r.str(i, 2)});
    return out;
  });
}

}  // namespace accord::storage::detail
