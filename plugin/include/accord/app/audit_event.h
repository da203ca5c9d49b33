// The audit trail: every change appends one event in the same transaction as the
// change. Events form a hash chain, hash = SHA-256(prevHash || canonicalForm), so
// altering, removing or reordering any stored event is detectable.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "accord/domain/date.h"

namespace accord::app {

// What a use case records; storage assigns the sequence number and the hashes.
struct AuditEntry {
  std::string actor;     // who acted (the authenticated name)
  std::string action;    // "endorsement.recorded", "revision.cut", ...
  std::string entity;    // "endorsement", "declaration", ...
  std::string entityId;  // "skopje-joint-declaration/AL"
  std::string before;    // JSON text of the record before the change, or empty
  std::string after;     // JSON text after the change, or empty (never deleted so far)
};

struct AuditEvent {
  std::int64_t seq = 0;  // 1, 2, ... without gaps
  domain::Timestamp at;
  AuditEntry entry;
  std::string prevHash;  // hex; kGenesisHash for the first event
  std::string hash;      // hex SHA-256
};

// The chain's anchor: the previous hash of event 1.
inline const std::string kGenesisHash(64, '0');

// The bytes hashed for `e`: a JSON object with keys in a fixed order
// (seq, at, actor, action, entity, entityId, before, after), the snapshots inserted
// verbatim (null when empty). Independent of the backend that stored it.
std::string canonicalForm(const AuditEvent& e);

// SHA-256 hex of prevHash followed by canonicalForm(e).
std::string chainHash(const std::string& prevHash, const AuditEvent& e);

// Completes `entry` into the event that follows (`seq`-1, `prevHash`).
AuditEvent sealEvent(AuditEntry entry, std::int64_t seq, domain::Timestamp at, std::string prevHash);

// Filters for listing; each set field narrows the result.
// An object the trail has events for, with the name people know it by (a
// conference's or declaration's title, a commitment's text, an account's display
// name; its id when it no longer exists).
struct AuditObject {
  std::string entity;
  std::string entityId;
  std::string name;
};

struct AuditFilter {
  std::optional<std::string> entity;
  std::optional<std::string> entityId;
  std::optional<std::string> actor;
  std::optional<domain::Timestamp> from;  // inclusive
  std::optional<domain::Timestamp> to;    // inclusive
  bool newestFirst = false;               // descending sequence; the cursor continues downwards
  bool withoutSessions = false;           // leaves out sign-ins and sign-outs (session.*)
};

// The last event's sequence number and hash; seq 0 and kGenesisHash when empty.
struct AuditHead {
  std::int64_t seq = 0;
  std::string hash = kGenesisHash;
};

}  // namespace accord::app
