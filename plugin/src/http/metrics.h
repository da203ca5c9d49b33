// The API's Prometheus metrics: requests by route, method and status, a latency
// histogram per route, renders by document and format, and storage errors.
// Recording a request is a handful of relaxed atomic increments, because it
// happens on every request at tens of thousands per second.
#pragma once

#include <array>
#include <atomic>
#include <cstdint>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "accord/app/document_port.h"
#include "accord/domain/result.h"

namespace accord::http {

class Metrics {
 public:
  // One series per route ("GET", "/api/v1/conferences"); requests no route
  // matched are counted under route "unmatched".
  explicit Metrics(const std::vector<std::pair<std::string, std::string>>& routes);

  // `route` is the route's index, or unmatched() for none.
  void observe(std::size_t route, const std::string& method, int status, double seconds);
  std::size_t unmatched() const { return series_.size() - 1; }

  void rendered(const std::string& document, const std::string& format);
  // Counts errors that mean the database failed (unavailable, internal).
  void storageError(domain::ErrorCode code);

  std::atomic<std::int64_t>& inFlight() { return inFlight_; }
  void cacheHit() { cacheHits_.fetch_add(1, std::memory_order_relaxed); }
  void cacheMiss() { cacheMisses_.fetch_add(1, std::memory_order_relaxed); }

  // The Prometheus text exposition format (version 0.0.4).
  std::string exposition() const;

  static constexpr std::array<double, 14> kBuckets{0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05,
                                                   0.1,    0.25,  0.5,    1,     2.5,   5,    10};

 private:
  struct Series {
    std::string method, route;
    std::array<std::atomic<std::uint64_t>, 500> byStatus{};   // 100..599
    std::array<std::atomic<std::uint64_t>, kBuckets.size() + 1> buckets{};  // last: +Inf
    std::atomic<std::uint64_t> sumMicros{0};
    std::atomic<std::uint64_t> count{0};
  };
  // Unmatched requests with a method outside the usual ones share one series
  // each for "OTHER", so a client cannot grow the label set.
  Series& unmatchedSeries(const std::string& method);

  std::vector<std::unique_ptr<Series>> series_;
  std::map<std::string, std::unique_ptr<Series>> unmatched_;  // fixed at construction
  mutable std::mutex mutex_;                                   // guards the two maps below
  std::map<std::pair<std::string, std::string>, std::uint64_t> renders_;
  std::map<std::string, std::uint64_t> storageErrors_;
  std::atomic<std::int64_t> inFlight_{0};
  std::atomic<std::uint64_t> cacheHits_{0}, cacheMisses_{0};
};

// The PDF converter's series in the same format: conversions, cache hits,
// failures (timeouts apart too), processes started and running, time spent.
std::string conversionExposition(const app::ConversionStats& s);

}  // namespace accord::http
