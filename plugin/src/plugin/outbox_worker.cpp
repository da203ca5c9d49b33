#include "outbox_worker.h"

namespace accord::plugin {

OutboxWorker::OutboxWorker(std::unique_ptr<app::OutboxSender> sender, std::unique_ptr<app::DigestSender> digests,
                           std::size_t batch, std::chrono::milliseconds poll, Poco::Logger& logger)
    : sender_(std::move(sender)),
      digests_(std::move(digests)),
      batch_(batch),
      poll_(poll),
      logger_(logger),
      thread_([this] { loop(); }) {}

OutboxWorker::~OutboxWorker() {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    stop_ = true;
  }
  cv_.notify_all();
  thread_.join();
}

void OutboxWorker::wake() {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    woken_ = true;
  }
  cv_.notify_all();
}

void OutboxWorker::loop() {
  for (;;) {
    {
      std::lock_guard<std::mutex> lock(mutex_);
      if (stop_) return;
      woken_ = false;
    }
    auto round = sender_->runOnce();
    bool full = false;
    if (!round.ok()) {
      logger_.warning("notifications: the outbox could not be read: %s", round.error().message);
    } else {
      if (round->sent || round->retried || round->failed)
        logger_.information("notifications: %ld sent, %ld to retry, %ld failed", round->sent, round->retried,
                            round->failed);
      full = static_cast<std::size_t>(round->claimed) >= batch_;
    }
    if (digests_) {
      auto digests = digests_->runOnce();
      if (!digests.ok())
        logger_.warning("notifications: the digests could not be read: %s", digests.error().message);
      else if (digests->sent || digests->retried || digests->failed)
        logger_.information("notifications: %ld digests sent, %ld to retry, %ld failed", digests->sent,
                            digests->retried, digests->failed);
    }
    std::unique_lock<std::mutex> lock(mutex_);
    if (full) continue;  // more may be due at once
    cv_.wait_for(lock, poll_, [this] { return stop_ || woken_; });
  }
}

}  // namespace accord::plugin
