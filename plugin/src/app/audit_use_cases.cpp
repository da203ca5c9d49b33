#include "accord/app/audit_use_cases.h"

#include "accord/app/authorization.h"

namespace accord::app {

using namespace accord::domain;

Result<ChainReport> verifyAudit(const Context& ctx, const Actor& actor) {
  if (Status s = authorize(actor, Action::kReadAudit); !s.ok()) return s.error();
  return verifyAuditOffline(ctx.store);
}

namespace {

// Feeds every stored event to `verifier` in sequence order, in chunks so that memory
// stays bounded, and gives its verdict against the recorded head.
Result<ChainReport> verifyChain(Repositories& r, ChainVerifier& verifier) {
  constexpr std::size_t kChunk = 1000;
  auto head = r.audit().head();
  if (!head.ok()) return head.error();
  std::int64_t after = 0;
  for (;;) {
    auto events = r.audit().range(after, kChunk);
    if (!events.ok()) return events.error();
    for (const auto& e : *events)
      if (!verifier.feed(e)) return verifier.finish(*head);
    if (events->size() < kChunk) break;
    after = events->back().seq;
  }
  return verifier.finish(*head);
}

}  // namespace

Result<ChainReport> verifyAuditOffline(Store& store) {
  return transact<ChainReport>(store, TxMode::kReadOnly, [&](Repositories& r) {
    ChainVerifier verifier;
    return verifyChain(r, verifier);
  });
}

Result<SignedCheckpoint> takeAuditCheckpoint(Store& store, const CheckpointSigner& signer, Timestamp now) {
  auto checkpoint = transact<AuditCheckpoint>(store, TxMode::kReadOnly, [&](Repositories& r) -> Result<AuditCheckpoint> {
    ChainVerifier verifier;
    auto report = verifyChain(r, verifier);
    if (!report.ok()) return report.error();
    if (!report->ok)
      return Error::state("the audit chain is broken at event " + std::to_string(report->brokenAt.value_or(0)) +
                          " (" + report->reason + "); a checkpoint would vouch for it");
    auto head = r.audit().head();
    if (!head.ok()) return head.error();
    AuditCheckpoint c;
    c.seq = head->seq;
    c.hash = head->hash;
    c.takenAt = now;
    if (head->seq > 0) {
      auto last = r.audit().range(head->seq - 1, 1);
      if (!last.ok()) return last.error();
      if (last->empty()) return Error::state("the head event vanished while the checkpoint was taken");
      c.eventAt = last->front().at;
    }
    return c;
  });
  if (!checkpoint.ok()) return checkpoint.error();
  auto signature = signer.sign(checkpointMessage(*checkpoint));
  if (!signature.ok()) return signature.error();
  return SignedCheckpoint{*checkpoint, formatCheckpoint(*checkpoint, *signature)};
}

Result<ChainReport> verifyAuditAgainst(Store& store, const AuditCheckpoint& checkpoint) {
  return transact<ChainReport>(store, TxMode::kReadOnly, [&](Repositories& r) {
    ChainVerifier verifier(AuditHead{checkpoint.seq, checkpoint.hash});
    return verifyChain(r, verifier);
  });
}

Result<Page<AuditEvent>> listAudit(const Context& ctx, const Actor& actor, const AuditFilter& filter,
                                   const PageRequest& page) {
  if (Status s = authorize(actor, Action::kReadAudit); !s.ok()) return s.error();
  return transact<Page<AuditEvent>>(ctx.store, TxMode::kReadOnly,
                                    [&](Repositories& r) { return r.audit().list(filter, page); });
}

Result<std::vector<AuditObject>> auditObjects(const Context& ctx, const Actor& actor, std::size_t limit) {
  if (Status s = authorize(actor, Action::kReadAudit); !s.ok()) return s.error();
  return transact<std::vector<AuditObject>>(ctx.store, TxMode::kReadOnly,
                                            [&](Repositories& r) { return r.audit().objects(limit); });
}

}  // namespace accord::app
