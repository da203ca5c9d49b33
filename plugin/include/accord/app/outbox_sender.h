// Delivering the outbox: claim what is due, hand each notification to the mail
// port, record the outcome. Retries follow domain::RetryPolicy; the claim's lease
// hands the notifications of a sender that stopped mid-delivery to the next one.
#pragma once

#include <cstdint>
#include <string>

#include "accord/app/outbox.h"
#include "accord/app/store.h"
#include "accord/domain/date.h"

namespace accord::app {

enum class DeliveryOutcome {
  kSent,
  kTemporaryFailure,  // try again later: a 4xx reply, a refused or dropped connection
  kPermanentFailure,  // never: a 5xx reply, no address
};

struct Delivery {
  DeliveryOutcome outcome = DeliveryOutcome::kSent;
  std::string detail;  // the server's reply or the error, for administrators
};

// The port a mail adapter implements. `deliver` must be safe to call from the
// sender's thread while requests run; it never throws.
class NotificationMailer {
 public:
  virtual ~NotificationMailer() = default;
  virtual Delivery deliver(const OutboxItem& item) = 0;
  // One message listing every notification of `digest` (see digest_sender.h).
  virtual Delivery deliverDigest(const DigestItem& digest) = 0;
};

struct SenderOptions {
  std::string claimer;            // unique per server process: host, pid and start time
  domain::RetryPolicy retry;
  std::int64_t leaseSeconds = 300;  // longer than one batch can take to deliver
  std::size_t batch = 50;
};

struct SendRound {
  long claimed = 0;
  long sent = 0;
  long retried = 0;
  long failed = 0;
};

class OutboxSender {
 public:
  OutboxSender(Store& store, const domain::Clock& clock, NotificationMailer& mailer, SenderOptions options)
      : store_(store), clock_(clock), mailer_(mailer), options_(std::move(options)) {}

  // Claims one batch of due notifications, delivers them one by one and records
  // each outcome in its own transaction (a crash loses at most the outcome of the
  // message in flight, which the lease then retries under the same delivery key).
  // Returns the counts, or the storage error that stopped the round.
  Result<SendRound> runOnce();

 private:
  Store& store_;
  const domain::Clock& clock_;
  NotificationMailer& mailer_;
  SenderOptions options_;
};

}  // namespace accord::app
