// A bounded pool of database sessions. Unlike Poco's SessionPool, a request waits
// for a free session instead of failing, every new session is set up once (SQLite
// pragmas, PostgreSQL search path), and a session that lost its connection is
// dropped so that the next request opens a fresh one.
#pragma once

#include <chrono>
#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

namespace Poco::Data {
class Session;
}

namespace accord::storage::detail {

class SessionPool {
 public:
  using Setup = std::function<void(Poco::Data::Session&)>;

  SessionPool(std::string connector, std::string connectionString, std::size_t maxSessions,
              std::chrono::milliseconds acquireTimeout, Setup setup);
  ~SessionPool();

  class Lease {
   public:
    Lease(SessionPool& pool, std::unique_ptr<Poco::Data::Session> session);
    Lease(Lease&&) noexcept;
    ~Lease();
    Poco::Data::Session& session() { return *session_; }
    // The session must not be reused (its connection broke or its state is unknown).
    void discard() { discard_ = true; }

   private:
    SessionPool* pool_;
    std::unique_ptr<Poco::Data::Session> session_;
    bool discard_ = false;
  };

  // A session, opening one if none is idle and fewer than maxSessions exist.
  // Throws Poco exceptions when connecting fails, SessionPoolExhaustedException
  // after waiting acquireTimeout.
  Lease acquire();
  std::size_t capacity() const { return maxSessions_; }

 private:
  void release(std::unique_ptr<Poco::Data::Session> session, bool discard);

  std::string connector_, connectionString_;
  std::size_t maxSessions_;
  std::chrono::milliseconds acquireTimeout_;
  Setup setup_;
  std::mutex mutex_;
  std::condition_variable freed_;
  std::vector<std::unique_ptr<Poco::Data::Session>> idle_;
  std::size_t open_ = 0;  // idle + leased
};

}  // namespace accord::storage::detail
