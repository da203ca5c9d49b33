#include "read_cache.h"

#include <functional>
#include <mutex>

namespace accord::http {

namespace {
std::size_t sizeOf(const std::string& key, const Reply& r) {
  std::size_t n = key.size() + r.body.size() + r.contentType.size() + 64;
  for (const auto& [k, v] : r.headers) n += k.size() + v.size();
  return n;
}
}  // namespace

ReadCache::ReadCache(app::Store& store, std::chrono::milliseconds maxStale, std::size_t maxBytes)
    : store_(store), maxStale_(maxStale), maxBytes_(maxBytes) {}

ReadCache::~ReadCache() { stop(); }

void ReadCache::stop() {
  {
    std::lock_guard<std::mutex> lock(stopMutex_);
    stopping_ = true;
  }
  stopSignal_.notify_all();
  if (watcher_.joinable()) watcher_.join();
}

ReadCache::Shard& ReadCache::shard(const std::string& key) const {
  return shards_[std::hash<std::string>{}(key) % shards_.size()];
}

void ReadCache::look() {
  std::lock_guard<std::mutex> lock(looking_);
  std::int64_t head = -1;
  domain::Status s = store_.run(app::TxMode::kReadOnly, [&](app::Repositories& r) -> domain::Status {
    auto h = r.audit().head();
    if (!h.ok()) return h.error();
    head = h->seq;
    return {};
  });
  if (s.ok() && head != lastHead_.exchange(head, std::memory_order_acq_rel)) invalidate();
}

void ReadCache::watch() {
  std::unique_lock<std::mutex> lock(stopMutex_);
  for (;;) {
    stopSignal_.wait_for(lock, maxStale_, [this] { return stopping_; });
    if (stopping_) return;
    lock.unlock();
    look();
    lock.lock();
  }
}

std::uint64_t ReadCache::generation() {
  if (maxStale_.count() == 0) {
    look();
  } else {
    // The first look is made here, so that replies are kept under the
    // generation the head gives from the start.
    std::call_once(watcherStarted_, [this] {
      look();
      std::lock_guard<std::mutex> lock(stopMutex_);
      if (!stopping_) watcher_ = std::thread([this] { watch(); });
    });
  }
  return generation_.load(std::memory_order_acquire);
}

SharedReply ReadCache::find(const std::string& key, std::uint64_t gen) const {
  Shard& s = shard(key);
  std::shared_lock<std::shared_mutex> lock(s.mutex);
  auto it = s.entries.find(key);
  if (it == s.entries.end() || it->second.generation != gen) return nullptr;
  return it->second.reply;
}

void ReadCache::put(const std::string& key, std::uint64_t gen, SharedReply reply) {
  if (!enabled() || gen != generation_.load(std::memory_order_acquire)) return;
  std::size_t size = sizeOf(key, *reply);
  if (size > maxBytes_ / 4) return;  // one huge answer must not push out everything else
  if (bytes_.load(std::memory_order_relaxed) + size > maxBytes_) makeRoom(gen, size);
  Shard& s = shard(key);
  std::unique_lock<std::shared_mutex> lock(s.mutex);
  auto [it, inserted] = s.entries.try_emplace(key, Entry{gen, reply});
  if (!inserted) {
    std::size_t old = sizeOf(it->first, *it->second.reply);
    s.bytes -= old;
    bytes_.fetch_sub(old, std::memory_order_relaxed);
    it->second = Entry{gen, reply};
  }
  s.bytes += size;
  bytes_.fetch_add(size, std::memory_order_relaxed);
}

void ReadCache::makeRoom(std::uint64_t gen, std::size_t needed) {
  // Entries of older generations can never be served again: they go first.
  for (auto& s : shards_) {
    std::unique_lock<std::shared_mutex> lock(s.mutex);
    for (auto it = s.entries.begin(); it != s.entries.end();) {
      if (it->second.generation == gen) {
        ++it;
        continue;
      }
      std::size_t n = sizeOf(it->first, *it->second.reply);
      s.bytes -= n;
      bytes_.fetch_sub(n, std::memory_order_relaxed);
      it = s.entries.erase(it);
    }
  }
  if (bytes_.load(std::memory_order_relaxed) + needed <= maxBytes_) return;
  for (auto& s : shards_) {
    std::unique_lock<std::shared_mutex> lock(s.mutex);
    bytes_.fetch_sub(s.bytes, std::memory_order_relaxed);
    s.entries.clear();
    s.bytes = 0;
  }
}

}  // namespace accord::http
