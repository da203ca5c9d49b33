#include "accord/app/digest_sender.h"

#include "delivery_record.h"

namespace accord::app {

using namespace accord::domain;

std::string digestDay(Timestamp now) { return now.iso().substr(0, 10); }

bool digestHourReached(Timestamp now, int hour) {
  std::int64_t secondsOfDay = ((now.seconds() % 86400) + 86400) % 86400;
  return secondsOfDay / 3600 >= hour;
}

namespace {
// Records `d` for `digest`; returns which count it adds to.
Result<long DigestRound::*> record(Store& store, const DigestOptions& o, const DigestItem& digest, const Delivery& d,
                                   Timestamp now) {
  OutcomeMarks marks{
      [&](OutboxRepository& outbox, Timestamp at) { return outbox.markDigestSent(digest.key, o.claimer, at); },
      [&](OutboxRepository& outbox, Timestamp next, const std::string& error) {
        return outbox.markDigestRetry(digest.key, o.claimer, next, error);
      },
      [&](OutboxRepository& outbox, const std::string& error) {
        return outbox.markDigestFailed(digest.key, o.claimer, error);
      }};
  auto as = recordOutcome(store, o.retry, digest.createdAt, digest.attempts, d, now, marks);
  if (!as.ok()) return as.error();
  if (*as == RecordedAs::kSent) return &DigestRound::sent;
  return *as == RecordedAs::kRetried ? &DigestRound::retried : &DigestRound::failed;
}
}  // namespace

Result<DigestRound> DigestSender::runOnce() {
  Timestamp now = clock_.now();
  DigestRound round;
  if (digestHourReached(now, options_.hour)) {
    auto opened = transact<long>(store_, TxMode::kReadWrite,
                                 [&](Repositories& r) { return r.outbox().openDigests(digestDay(now), now); });
    if (!opened.ok()) return opened.error();
    round.opened = *opened;
  }
  // A server set to send no digests (hour 24 or later) leaves them to the others.
  if (options_.hour >= 24) return round;
  auto digests = transact<std::vector<DigestItem>>(store_, TxMode::kReadWrite, [&](Repositories& r) {
    return r.outbox().claimDigests(options_.claimer, now, Timestamp::fromSeconds(now.seconds() + options_.leaseSeconds),
                                   options_.batch);
  });
  if (!digests.ok()) return digests.error();
  for (const auto& digest : *digests) {
    Delivery d = mailer_.deliverDigest(digest);
    auto counted = record(store_, options_, digest, d, clock_.now());
    if (!counted.ok()) return counted.error();
    ++(round.*(*counted));
  }
  return round;
}

}  // namespace accord::app
