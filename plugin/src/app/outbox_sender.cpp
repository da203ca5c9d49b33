#include "accord/app/outbox_sender.h"

#include "delivery_record.h"

namespace accord::app {

using namespace accord::domain;

namespace {
// Records `d` for `item`; returns which count it adds to.
Result<long SendRound::*> record(Store& store, const SenderOptions& o, const OutboxItem& item, const Delivery& d,
                                 Timestamp now) {
  const Notification& n = item.notification;
  OutcomeMarks marks{
      [&](OutboxRepository& outbox, Timestamp at) { return outbox.markSent(n.id, o.claimer, at); },
      [&](OutboxRepository& outbox, Timestamp next, const std::string& error) {
        return outbox.markRetry(n.id, o.claimer, next, error);
      },
      [&](OutboxRepository& outbox, const std::string& error) { return outbox.markFailed(n.id, o.claimer, error); }};
  auto as = recordOutcome(store, o.retry, n.createdAt, n.attempts, d, now, marks);
  if (!as.ok()) return as.error();
  if (*as == RecordedAs::kSent) return &SendRound::sent;
  return *as == RecordedAs::kRetried ? &SendRound::retried : &SendRound::failed;
}
}  // namespace

Result<SendRound> OutboxSender::runOnce() {
  Timestamp now = clock_.now();
  auto items = transact<std::vector<OutboxItem>>(store_, TxMode::kReadWrite, [&](Repositories& r) {
    return r.outbox().claim(options_.claimer, now, Timestamp::fromSeconds(now.seconds() + options_.leaseSeconds),
                            options_.batch);
  });
  if (!items.ok()) return items.error();
  SendRound round;
  round.claimed = static_cast<long>(items->size());
  for (const auto& item : *items) {
    Delivery d = mailer_.deliver(item);
    auto counted = record(store_, options_, item, d, clock_.now());
    if (!counted.ok()) return counted.error();
    ++(round.*(*counted));
  }
  return round;
}

}  // namespace accord::app
