// The daily digest: once a day, from a configurable hour (UTC), one mail per person
// listing the notifications they chose to have held. Its key digest:<user>:<day>
// is claimed in the database, so that two servers or a restart never send a
// person two digests of one day; its notifications are marked with it.
#pragma once

#include "accord/app/outbox_sender.h"

namespace accord::app {

struct DigestOptions {
  std::string claimer;  // as SenderOptions::claimer
  int hour = 6;         // the digest goes from this hour of the day, UTC (0-23); 24: never
  domain::RetryPolicy retry;
  std::int64_t leaseSeconds = 300;
  std::size_t batch = 20;
};

struct DigestRound {
  long opened = 0;  // digests this round claimed the key of
  long sent = 0;
  long retried = 0;
  long failed = 0;
};

// The day a digest made at `now` belongs to ("2026-12-07"), and whether the hour
// of the day's digest has come.
std::string digestDay(domain::Timestamp now);
bool digestHourReached(domain::Timestamp now, int hour);

class DigestSender {
 public:
  DigestSender(Store& store, const domain::Clock& clock, NotificationMailer& mailer, DigestOptions options)
      : store_(store), clock_(clock), mailer_(mailer), options_(std::move(options)) {}

  // From the digest hour on, opens today's digests (one transaction), then claims
  // the due ones and delivers each, recording its outcome and its notifications'
  // in one transaction. Returns the counts, or the storage error that stopped it.
  Result<DigestRound> runOnce();

 private:
  Store& store_;
  const domain::Clock& clock_;
  NotificationMailer& mailer_;
  DigestOptions options_;
};

}  // namespace accord::app
