// The background sender of the outbox: one thread per server that delivers what
// is due, woken after each change this server commits and every poll interval
// otherwise (changes made by other servers, retries coming due).
#pragma once

#include <chrono>
#include <condition_variable>
#include <mutex>
#include <thread>

#include <Poco/Logger.h>

#include "accord/app/digest_sender.h"
#include "accord/app/outbox_sender.h"

namespace accord::plugin {

class OutboxWorker {
 public:
  // Starts the thread at once.
  // After each round of `sender`, `digests` opens and sends the day's digests once
  // their hour has come.
  OutboxWorker(std::unique_ptr<app::OutboxSender> sender, std::unique_ptr<app::DigestSender> digests,
               std::size_t batch, std::chrono::milliseconds poll, Poco::Logger& logger);
  // Stops the thread after the message in flight, if any.
  ~OutboxWorker();
  void wake();

 private:
  void loop();
  std::unique_ptr<app::OutboxSender> sender_;
  std::unique_ptr<app::DigestSender> digests_;
  std::size_t batch_;
  std::chrono::milliseconds poll_;
  Poco::Logger& logger_;
  std::mutex mutex_;
  std::condition_variable cv_;
  bool stop_ = false;
  bool woken_ = false;
  std::thread thread_;
};

}  // namespace accord::plugin
