// Timing a read the way the storage benchmarks report it: the first run on a
// cold server, the median of five warm runs, and the statements one run costs.
// Beside wall time, the process's CPU time of the warm median: on a shared,
// loaded machine wall time mostly measures the wait for a core (for SQLite, in
// process, CPU time is the read's whole cost; PostgreSQL's share is not in it).
#pragma once

#include <time.h>

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <ostream>
#include <vector>

#include "accord/storage/storage.h"

namespace accord::bench {

template <class T>
struct Timed {
  T value;  // the first run's
  double coldMs = 0, warmMs = 0, warmCpuMs = 0;
  std::uint64_t queries = 0;  // statements of the first run
};

template <class T>
std::ostream& operator<<(std::ostream& o, const Timed<T>& t) {
  return o << t.coldMs << " ms cold, " << t.warmMs << " ms warm (CPU " << t.warmCpuMs << " ms), " << t.queries
           << " queries";
}

inline double cpuMs() {
  timespec ts{};
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) * 1000 + static_cast<double>(ts.tv_nsec) / 1e6;
}

// A store opened as accord-server opens it (accord_plugin.cpp): its whole pool of
// eight connections opened and warmed at the start.
inline storage::StoreOptions serverStoreOptions() {
  storage::StoreOptions options;
  options.maxSessions = 8;
  options.warmSessions = options.maxSessions;
  return options;
}

template <class Work>
auto timed(app::Store& store, Work&& work) {
  using Clock = std::chrono::steady_clock;
  auto ms = [](Clock::time_point t) { return std::chrono::duration<double, std::milli>(Clock::now() - t).count(); };
  auto q = storage::statementCount(store);
  auto t = Clock::now();
  Timed<decltype(work())> out{work()};
  out.coldMs = ms(t);
  out.queries = storage::statementCount(store) - q;
  std::vector<double> warm, cpu;
  for (int i = 0; i < 5; ++i) {
    t = Clock::now();
    double c = cpuMs();
    work();
    cpu.push_back(cpuMs() - c);
    warm.push_back(ms(t));
  }
  std::sort(warm.begin(), warm.end());
  std::sort(cpu.begin(), cpu.end());
  out.warmMs = warm[2];
  out.warmCpuMs = cpu[2];
  return out;
}

}  // namespace accord::bench
