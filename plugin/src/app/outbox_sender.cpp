#include "accord/app/outbox_sender.h"

namespace accord::app {

using namespace accord::domain;

namespace {
// Records `d` for `item`; returns which count it adds to.
Result<long SendRound::*> record(Store& store, const SenderOptions& o, const OutboxItem& item, const Delivery& d,
                                 Timestamp now) {
  const Notification& n = item.notification;
  return transact<long SendRound::*>(store, TxMode::kReadWrite, [&](Repositories& r) -> Result<long SendRound::*> {
    OutboxRepository& outbox = r.outbox();
    if (d.outcome == DeliveryOutcome::kSent) {
      auto ok = outbox.markSent(n.id, o.claimer, now);
      if (!ok.ok()) return ok.error();
      return &SendRound::sent;
    }
    std::optional<Timestamp> next;
    if (d.outcome == DeliveryOutcome::kTemporaryFailure) next = nextAttempt(o.retry, n.createdAt, n.attempts + 1, now);
    if (next) {
      auto ok = outbox.markRetry(n.id, o.claimer, *next, d.detail);
      if (!ok.ok()) return ok.error();
      return &SendRound::retried;
    }
    auto ok = outbox.markFailed(n.id, o.claimer, d.detail);
    if (!ok.ok()) return ok.error();
    return &SendRound::failed;
  });
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
