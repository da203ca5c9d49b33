// A fixed set of threads serving jobs from a bounded queue. Offering a job when
// every thread is busy and the queue is full fails at once, so the caller can
// answer 503 instead of waiting. A burst may fill the queue before sleeping
// threads wake to take from it; the bound counts jobs taken and waiting
// together, so such a burst is not refused while threads are free.
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

  // Queues `job`; returns false (and drops it) when threads + queue jobs are
  // already running or waiting, or the pool stopped.
  bool offer(std::function<void()> job);

  // Runs the jobs already queued, then ends the threads; returns when they have ended.
  void stop();

 private:
  void run();
  std::size_t capacity_;  // threads + queue
  std::size_t taken_ = 0;  // jobs running
  std::mutex mutex_;
  std::condition_variable wake_;
  std::deque<std::function<void()>> jobs_;
  bool stopping_ = false;
  std::vector<std::thread> threads_;
};

}  // namespace accord::server
