// The background thread that enqueues deadline reminders: at start and every
// check interval after. Idempotent by delivery key, so any number of servers may
// run it (see app::enqueueDeadlineReminders).
#pragma once

#include <chrono>
#include <condition_variable>
#include <mutex>
#include <thread>

#include <Poco/Logger.h>

#include "accord/app/context.h"

namespace accord::plugin {

class ReminderWorker {
 public:
  // Starts the thread at once; `ctx` must outlive the worker.
  ReminderWorker(app::Context ctx, int defaultDays, std::chrono::seconds every, Poco::Logger& logger);
  // Stops the thread (after the round in progress, if any).
  ~ReminderWorker();

 private:
  void loop();
  app::Context ctx_;
  int defaultDays_;
  std::chrono::seconds every_;
  Poco::Logger& logger_;
  std::mutex mutex_;
  std::condition_variable cv_;
  bool stop_ = false;
  std::thread thread_;
};

}  // namespace accord::plugin
