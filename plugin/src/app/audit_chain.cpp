#include "accord/app/audit_chain.h"

namespace accord::app {

void ChainVerifier::breakAt(std::int64_t seq, std::string reason) {
  report_.ok = false;
  report_.brokenAt = seq;
  report_.reason = std::move(reason);
}

bool ChainVerifier::feed(const AuditEvent& e) {
  if (!report_.ok) return false;
  ++report_.checked;
  if (e.seq != lastSeq_ + 1) {
    breakAt(lastSeq_ + 1, "event " + std::to_string(lastSeq_ + 1) + " is missing (next stored is " +
                              std::to_string(e.seq) + ")");
  } else if (e.prevHash != lastHash_) {
    breakAt(e.seq, "event " + std::to_string(e.seq) + " does not link to the hash of event " +
                       std::to_string(lastSeq_));
  } else if (chainHash(e.prevHash, e) != e.hash) {
    breakAt(e.seq, "event " + std::to_string(e.seq) + " was altered: its content does not match its hash");
  } else if (anchor_ && e.seq == anchor_->seq && e.hash != anchor_->hash) {
    breakAt(e.seq, "event " + std::to_string(e.seq) +
                       " no longer has the hash the checkpoint signed: the log was rewritten after the checkpoint");
  }
  lastSeq_ = e.seq;
  lastHash_ = e.hash;
  return report_.ok;
}

ChainReport ChainVerifier::finish(const AuditHead& head) {
  if (report_.ok && anchor_ && lastSeq_ < anchor_->seq) {
    breakAt(lastSeq_ + 1, "the log ends at event " + std::to_string(lastSeq_) + " but the checkpoint signed event " +
                              std::to_string(anchor_->seq) + ": events were removed");
    return report_;
  }
  if (report_.ok && (head.seq != lastSeq_ || head.hash != lastHash_)) {
    if (head.seq > lastSeq_)
      breakAt(lastSeq_ + 1, "events " + std::to_string(lastSeq_ + 1) + ".." + std::to_string(head.seq) +
                                " are missing from the end of the log");
    else
      breakAt(head.seq + 1, "the chain head records event " + std::to_string(head.seq) +
                                " but the log continues; the head or the tail was altered");
  }
  return report_;
}

}  // namespace accord::app
