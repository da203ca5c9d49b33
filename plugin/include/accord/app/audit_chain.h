// Verifies a hash chain fed in sequence order, in bounded memory, and names the
// first broken link.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "accord/app/audit_event.h"

namespace accord::app {

struct ChainReport {
  bool ok = true;
  std::int64_t checked = 0;           // events read
  std::optional<std::int64_t> brokenAt;  // the first event whose link fails
  std::string reason;                 // what is wrong there, for a person
};

class ChainVerifier {
 public:
  ChainVerifier() = default;
  // A verifier that also requires event `anchor.seq` to have `anchor.hash` (a signed
  // checkpoint's head): a log rewritten after it, even with every hash recomputed
  // and the head updated, or cut back before it, then fails.
  explicit ChainVerifier(AuditHead anchor) : anchor_(std::move(anchor)) {}

  // Checks the next stored event: its sequence follows the previous one, its
  // prevHash is the previous hash and its hash matches its content. Returns false
  // once the chain is broken; later events are then ignored.
  bool feed(const AuditEvent& e);
  // Compares the last event with the recorded head (which catches a truncated tail)
  // and returns the verdict.
  ChainReport finish(const AuditHead& head);

 private:
  void breakAt(std::int64_t seq, std::string reason);
  ChainReport report_;
  std::int64_t lastSeq_ = 0;
  std::string lastHash_ = kGenesisHash;
  std::optional<AuditHead> anchor_;
};

}  // namespace accord::app
