#include "reminder_worker.h"

#include "accord/app/reminder_use_cases.h"

namespace accord::plugin {

ReminderWorker::ReminderWorker(app::Context ctx, int defaultDays, std::chrono::seconds every, Poco::Logger& logger)
    : ctx_(ctx), defaultDays_(defaultDays), every_(every), logger_(logger), thread_([this] { loop(); }) {}

ReminderWorker::~ReminderWorker() {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    stop_ = true;
  }
  cv_.notify_all();
  thread_.join();
}

void ReminderWorker::loop() {
  for (;;) {
    auto n = app::enqueueDeadlineReminders(ctx_, defaultDays_);
    if (!n.ok())
      logger_.warning("reminders: deadline reminders could not be enqueued: %s", n.error().message);
    else if (*n > 0)
      logger_.information("reminders: %ld deadline reminders enqueued", *n);
    std::unique_lock<std::mutex> lock(mutex_);
    if (cv_.wait_for(lock, every_, [this] { return stop_; })) return;
  }
}

}  // namespace accord::plugin
