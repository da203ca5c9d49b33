#include "accord/app/audit_use_cases.h"

#include "accord/app/authorization.h"

namespace accord::app {

using namespace accord::domain;

Result<ChainReport> verifyAudit(const Context& ctx, const Actor& actor) {
  if (Status s = authorize(actor, Action::kReadAudit); !s.ok()) return s.error();
  return verifyAuditOffline(ctx.store);
}

Result<ChainReport> verifyAuditOffline(Store& store) {
  constexpr std::size_t kChunk = 1000;
  return transact<ChainReport>(store, TxMode::kReadOnly, [&](Repositories& r) -> Result<ChainReport> {
    auto head = r.audit().head();
    if (!head.ok()) return head.error();
    ChainVerifier verifier;
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
  });
}

Result<Page<AuditEvent>> listAudit(const Context& ctx, const Actor& actor, const AuditFilter& filter,
                                   const PageRequest& page) {
  if (Status s = authorize(actor, Action::kReadAudit); !s.ok()) return s.error();
  return transact<Page<AuditEvent>>(ctx.store, TxMode::kReadOnly,
                                    [&](Repositories& r) { return r.audit().list(filter, page); });
}

}  // namespace accord::app
