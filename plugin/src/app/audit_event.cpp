#include "accord/app/audit_event.h"

#include "accord/base/json_writer.h"
#include "accord/base/sha256.h"

namespace accord::app {

using base::JsonWriter;
using base::sha256Hex;

std::string canonicalForm(const AuditEvent& e) {
  JsonWriter w;
  w.beginObject()
      .field("seq", static_cast<std::int64_t>(e.seq))
      .field("at", e.at.iso())
      .field("actor", e.entry.actor)
      .field("action", e.entry.action)
      .field("entity", e.entry.entity)
      .field("entityId", e.entry.entityId);
  w.key("before");
  e.entry.before.empty() ? w.null() : w.raw(e.entry.before);
  w.key("after");
  e.entry.after.empty() ? w.null() : w.raw(e.entry.after);
  w.endObject();
  return w.str();
}

std::string chainHash(const std::string& prevHash, const AuditEvent& e) {
  return sha256Hex(prevHash + canonicalForm(e));
}

AuditEvent sealEvent(AuditEntry entry, std::int64_t seq, domain::Timestamp at, std::string prevHash) {
  AuditEvent e;
  e.seq = seq;
  e.at = at;
  e.entry = std::move(entry);
  e.prevHash = std::move(prevHash);
  e.hash = chainHash(e.prevHash, e);
  return e;
}

}  // namespace accord::app
