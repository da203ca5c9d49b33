// A fixed set of threads serving jobs from a bounded queue. Offering a job to a
// full queue fails at once, so the caller can answer 503 instead of waiting.
#pragma once

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace accord::server {

class WorkerPool {
 public:
  WorkerPool(int threads, std::size_t queue);
  ~WorkerPool();

  // Queues `job`; returns false (and drops it) when the queue is full or the pool stopped.
  bool offer(std::function<void()> job);

  // Runs the jobs already queued, then ends the threads; returns when they have ended.
  void stop();

 private:
  void run();
  std::size_t capacity_;
  std::mutex mutex_;
  std::condition_variable wake_;
  std::deque<std::function<void()>> jobs_;
  bool stopping_ = false;
  std::vector<std::thread> threads_;
};

}  // namespace accord::server
