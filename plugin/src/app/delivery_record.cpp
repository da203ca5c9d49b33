#include "delivery_record.h"

namespace accord::app {

using namespace accord::domain;

Result<RecordedAs> recordOutcome(Store& store, const RetryPolicy& retry, Timestamp createdAt, int attempts,
                                 const Delivery& d, Timestamp now, const OutcomeMarks& marks) {
  return transact<RecordedAs>(store, TxMode::kReadWrite, [&](Repositories& r) -> Result<RecordedAs> {
    OutboxRepository& outbox = r.outbox();
    if (d.outcome == DeliveryOutcome::kSent) {
      auto ok = marks.sent(outbox, now);
      if (!ok.ok()) return ok.error();
      return RecordedAs::kSent;
    }
    std::optional<Timestamp> next;
    if (d.outcome == DeliveryOutcome::kTemporaryFailure) next = nextAttempt(retry, createdAt, attempts + 1, now);
    if (next) {
      auto ok = marks.retry(outbox, *next, d.detail);
      if (!ok.ok()) return ok.error();
      return RecordedAs::kRetried;
    }
    auto ok = marks.failed(outbox, d.detail);
    if (!ok.ok()) return ok.error();
    return RecordedAs::kFailed;
  });
}

}  // namespace accord::app
