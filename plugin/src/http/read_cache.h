// Answers to repeated GETs, kept until the data may have changed. The audit trail
// is what makes this safe: every change appends an audit event in the same
// transaction, so the data is unchanged exactly while the trail's head is. Writes
// made by this process (the API's and the pages') invalidate at once; changes made elsewhere (another server
// instance, the command-line tool) are noticed by a watcher thread that re-reads
// the head every `maxStale`, so a GET may lag them by about that much. The
// watcher keeps the query off the requests' path: a slow database then delays
// nobody's GET.
#pragma once

#include <array>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <memory>
#include <mutex>
#include <shared_mutex>
#include <string>
#include <thread>
#include <unordered_map>

#include "accord/app/store.h"
#include "reply.h"

namespace accord::http {

class ReadCache {
 public:
  // `maxStale` 0 re-reads the head on every lookup instead (no lag, one query per
  // GET); `maxBytes` 0 turns the cache off. `store` must outlive the cache.
  ReadCache(app::Store& store, std::chrono::milliseconds maxStale, std::size_t maxBytes);
  ~ReadCache();
  ReadCache(const ReadCache&) = delete;
  ReadCache& operator=(const ReadCache&) = delete;

  bool enabled() const { return maxBytes_ > 0; }

  // Stops the watcher for good; the owner calls it before the store goes away.
  void stop();

  // The generation a reply computed from now would belong to. The first call
  // reads the head and starts the watcher (with no lag allowed, every call reads
  // the head itself). A failed read leaves the generation alone; the request
  // meets the failure itself.
  std::uint64_t generation();

  // The reply stored under `key` in generation `gen`, or null.
  SharedReply find(const std::string& key, std::uint64_t gen) const;
  // Keeps `reply` under `key`, unless the generation moved on meanwhile.
  void put(const std::string& key, std::uint64_t gen, SharedReply reply);

  // Called after every committed change made by this process (Api::dataChanged,
  // from the store's commit), before its reply is sent: a client that saw the
  // change never reads what came before it.
  void invalidate() { generation_.fetch_add(1, std::memory_order_acq_rel); }

 private:
  struct Entry {
    std::uint64_t generation;
    SharedReply reply;
  };
  // The map is split so that lookups rarely wait on one another; the memory
  // bound is for all shards together.
  struct Shard {
    mutable std::shared_mutex mutex;
    std::unordered_map<std::string, Entry> entries;
    std::size_t bytes = 0;
  };
  Shard& shard(const std::string& key) const;
  // Drops every entry of an older generation, in every shard; then, if that is
  // not enough to fit `needed` more bytes, everything.
  void makeRoom(std::uint64_t gen, std::size_t needed);

  // Reads the audit head; moves the generation on when it changed.
  void look();
  void watch();

  app::Store& store_;
  std::chrono::milliseconds maxStale_;
  std::size_t maxBytes_;
  std::atomic<std::uint64_t> generation_{1};
  std::atomic<std::size_t> bytes_{0};       // all shards together
  std::atomic<std::int64_t> lastHead_{-1};  // audit sequence seen at the last look
  std::mutex looking_;                       // one head read at a time
  std::once_flag watcherStarted_;
  std::thread watcher_;
  std::mutex stopMutex_;
  std::condition_variable stopSignal_;
  bool stopping_ = false;
  mutable std::array<Shard, 16> shards_;
};

}  // namespace accord::http
