#include "metrics.h"

#include <cstdio>
#include <initializer_list>
#include <sstream>

namespace accord::http {

namespace {
constexpr const char* kMethods[] = {"GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS", "OTHER"};

std::string label(const std::string& s) {
  std::string out;
  for (char c : s) {
    if (c == '\\' || c == '"') out.push_back('\\');
    if (c == '\n') {
      out += "\\n";
      continue;
    }
    out.push_back(c);
  }
  return out;
}

std::string number(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%g", v);
  return buf;
}
}  // namespace

Metrics::Metrics(const std::vector<std::pair<std::string, std::string>>& routes) {
  for (const auto& [method, path] : routes) {
    series_.push_back(std::make_unique<Series>());
    series_.back()->method = method;
    series_.back()->route = path;
  }
  series_.push_back(nullptr);  // the "unmatched" slot; its series live in unmatched_
  for (const char* m : kMethods) {
    auto s = std::make_unique<Series>();
    s->method = m;
    s->route = "unmatched";
    unmatched_.emplace(m, std::move(s));
  }
  // Every document and format appears from the start, so that a rate over the
  // series works before the first render.
  for (const char* document : {"declaration", "status", "implementation"})
    for (const char* format : {"docx", "xml", "pdf"}) renders_[{document, format}] = 0;
  renders_[{"declaration", "akn"}] = 0;
}

Metrics::Series& Metrics::unmatchedSeries(const std::string& method) {
  auto it = unmatched_.find(method);
  return it != unmatched_.end() ? *it->second : *unmatched_.at("OTHER");
}

void Metrics::observe(std::size_t route, const std::string& method, int status, double seconds) {
  Series& s = route < series_.size() - 1 ? *series_[route] : unmatchedSeries(method);
  if (status >= 100 && status <= 599) s.byStatus[status - 100].fetch_add(1, std::memory_order_relaxed);
  std::size_t b = 0;
  while (b < kBuckets.size() && seconds > kBuckets[b]) ++b;
  s.buckets[b].fetch_add(1, std::memory_order_relaxed);
  s.sumMicros.fetch_add(static_cast<std::uint64_t>(seconds * 1e6), std::memory_order_relaxed);
  s.count.fetch_add(1, std::memory_order_relaxed);
}

void Metrics::rendered(const std::string& document, const std::string& format) {
  std::lock_guard<std::mutex> lock(mutex_);
  ++renders_[{document, format}];
}

void Metrics::storageError(domain::ErrorCode code) {
  std::lock_guard<std::mutex> lock(mutex_);
  ++storageErrors_[domain::errorCodeName(code)];
}

std::string Metrics::exposition() const {
  std::vector<const Series*> all;
  for (const auto& s : series_)
    if (s) all.push_back(s.get());
  for (const auto& [m, s] : unmatched_) all.push_back(s.get());

  std::ostringstream out;
  out << "# HELP accord_http_requests_total HTTP requests answered, by route template, method and status.\n"
         "# TYPE accord_http_requests_total counter\n";
  for (const Series* s : all)
    for (std::size_t i = 0; i < s->byStatus.size(); ++i)
      if (auto n = s->byStatus[i].load(std::memory_order_relaxed))
        out << "accord_http_requests_total{method=\"" << s->method << "\",route=\"" << label(s->route)
            << "\",status=\"" << (i + 100) << "\"} " << n << "\n";

  out << "# HELP accord_http_request_duration_seconds Time from routing a request to its last byte sent.\n"
         "# TYPE accord_http_request_duration_seconds histogram\n";
  for (const Series* s : all) {
    auto count = s->count.load(std::memory_order_relaxed);
    if (count == 0) continue;
    std::string labels = "method=\"" + s->method + "\",route=\"" + label(s->route) + "\"";
    std::uint64_t cumulative = 0;
    for (std::size_t b = 0; b <= kBuckets.size(); ++b) {
      cumulative += s->buckets[b].load(std::memory_order_relaxed);
      out << "accord_http_request_duration_seconds_bucket{" << labels << ",le=\""
          << (b < kBuckets.size() ? number(kBuckets[b]) : "+Inf") << "\"} " << cumulative << "\n";
    }
    out << "accord_http_request_duration_seconds_sum{" << labels << "} "
        << number(static_cast<double>(s->sumMicros.load(std::memory_order_relaxed)) / 1e6) << "\n";
    out << "accord_http_request_duration_seconds_count{" << labels << "} " << count << "\n";
  }

  out << "# HELP accord_http_requests_in_flight Requests being handled now.\n"
         "# TYPE accord_http_requests_in_flight gauge\n"
      << "accord_http_requests_in_flight " << inFlight_.load() << "\n"
      << "# HELP accord_http_cache_lookups_total GET answers looked up in the read cache, by result.\n"
         "# TYPE accord_http_cache_lookups_total counter\n"
      << "accord_http_cache_lookups_total{result=\"hit\"} " << cacheHits_.load() << "\n"
      << "accord_http_cache_lookups_total{result=\"miss\"} " << cacheMisses_.load() << "\n";

  std::lock_guard<std::mutex> lock(mutex_);
  out << "# HELP accord_renders_total Documents rendered, by document and format.\n"
         "# TYPE accord_renders_total counter\n";
  for (const auto& [key, n] : renders_)
    out << "accord_renders_total{document=\"" << label(key.first) << "\",format=\"" << label(key.second) << "\"} "
        << n << "\n";
  out << "# HELP accord_storage_errors_total Requests that failed because the database failed, by error code.\n"
         "# TYPE accord_storage_errors_total counter\n";
  for (const char* code : {"unavailable", "internal"}) {
    auto it = storageErrors_.find(code);
    out << "accord_storage_errors_total{code=\"" << code << "\"} " << (it == storageErrors_.end() ? 0 : it->second)
        << "\n";
  }
  return out.str();
}

namespace {

// One series: its HELP and TYPE lines, then its samples ("" labels: unlabelled).
void series(std::ostringstream& out, const char* name, const char* type, const char* help,
            std::initializer_list<std::pair<const char*, std::string>> samples) {
  out << "# HELP " << name << " " << help << "\n# TYPE " << name << " " << type << "\n";
  for (const auto& [labels, value] : samples) out << name << labels << " " << value << "\n";
}

}  // namespace

std::string conversionExposition(const app::ConversionStats& s) {
  std::ostringstream out;
  auto n = [](auto v) { return std::to_string(v); };
  series(out, "accord_pdf_available", "gauge", "Whether LibreOffice, which makes PDFs, is installed (1) or not (0).",
         {{"", s.available ? "1" : "0"}});
  series(out, "accord_pdf_conversions_total", "counter",
         "PDFs asked for, by result: converted by LibreOffice, served from the cache (or from the same document's "
         "conversion under way), failed (timeouts included).",
         {{"{result=\"converted\"}", n(s.conversions)},
          {"{result=\"cache_hit\"}", n(s.cacheHits)},
          {"{result=\"failed\"}", n(s.failures)}});
  series(out, "accord_pdf_timeouts_total", "counter", "PDF conversions killed at the timeout.", {{"", n(s.timeouts)}});
  series(out, "accord_pdf_converters_started_total", "counter", "LibreOffice processes started.",
         {{"", n(s.started)}});
  series(out, "accord_pdf_converters_running", "gauge", "LibreOffice processes running now.", {{"", n(s.running)}});
  series(out, "accord_pdf_converters_peak", "gauge", "The most LibreOffice processes that ran at once.",
         {{"", n(s.peakRunning)}});
  series(out, "accord_pdf_conversion_seconds_total", "counter", "Time spent in LibreOffice, failed runs included.",
         {{"", number(s.seconds)}});
  return out.str();
}

}  // namespace accord::http
