// Recording a delivery's outcome, shared by single notifications and digests: sent,
// tried again after the retry policy's wait, or failed once that wait would pass
// the give-up time (or the failure is permanent). One transaction per outcome.
#pragma once

#include <functional>

#include "accord/app/outbox_sender.h"

namespace accord::app {

enum class RecordedAs { kSent, kRetried, kFailed };

// How one kind of delivery is marked in the outbox; each returns false when the
// claim was lost (nothing changes then).
struct OutcomeMarks {
  std::function<Result<bool>(OutboxRepository&, domain::Timestamp at)> sent;
  std::function<Result<bool>(OutboxRepository&, domain::Timestamp next, const std::string& error)> retry;
  std::function<Result<bool>(OutboxRepository&, const std::string& error)> failed;
};

// Records `d` of a delivery made at `createdAt` and tried `attempts` times before.
// Returns what it was recorded as, or the storage error.
Result<RecordedAs> recordOutcome(Store& store, const domain::RetryPolicy& retry, domain::Timestamp createdAt,
                                 int attempts, const Delivery& d, domain::Timestamp now, const OutcomeMarks& marks);

}  // namespace accord::app
