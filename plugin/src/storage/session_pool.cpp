#include "session_pool.h"

#include <Poco/Data/DataException.h>
#include <Poco/Data/Session.h>

namespace accord::storage::detail {

SessionPool::SessionPool(std::string connector, std::string connectionString, std::size_t maxSessions,
                         std::chrono::milliseconds acquireTimeout, Setup setup)
    : connector_(std::move(connector)),
      connectionString_(std::move(connectionString)),
      maxSessions_(maxSessions == 0 ? 1 : maxSessions),
      acquireTimeout_(acquireTimeout),
      setup_(std::move(setup)) {}

SessionPool::~SessionPool() = default;

SessionPool::Lease SessionPool::acquire() {
  std::unique_lock<std::mutex> lock(mutex_);
  if (!freed_.wait_for(lock, acquireTimeout_, [&] { return !idle_.empty() || open_ < maxSessions_; }))
    throw Poco::Data::SessionPoolExhaustedException("all " + std::to_string(maxSessions_) +
                                                    " database sessions stayed busy");
  if (!idle_.empty()) {
    auto s = std::move(idle_.back());
    idle_.pop_back();
    return Lease(*this, std::move(s));
  }
  ++open_;
  lock.unlock();
  try {
    auto s = std::make_unique<Poco::Data::Session>(connector_, connectionString_);
    setup_(*s);
    return Lease(*this, std::move(s));
  } catch (...) {
    lock.lock();
    --open_;
    freed_.notify_one();
    throw;
  }
}

void SessionPool::release(std::unique_ptr<Poco::Data::Session> session, bool discard) {
  bool reusable = !discard;
  if (reusable) {
    try {
      reusable = session->isConnected() && !session->isTransaction();
    } catch (...) {
      reusable = false;
    }
  }
  std::unique_ptr<Poco::Data::Session> doomed;
  {
    std::lock_guard<std::mutex> lock(mutex_);
    if (reusable) {
      idle_.push_back(std::move(session));
    } else {
      doomed = std::move(session);
      --open_;
    }
  }
  freed_.notify_one();
  try {
    doomed.reset();  // closing a dead connection may throw; it is gone either way
  } catch (...) {
  }
}

SessionPool::Lease::Lease(SessionPool& pool, std::unique_ptr<Poco::Data::Session> session)
    : pool_(&pool), session_(std::move(session)) {}

SessionPool::Lease::Lease(Lease&& other) noexcept
    : pool_(other.pool_), session_(std::move(other.session_)), discard_(other.discard_) {}

SessionPool::Lease::~Lease() {
  if (session_) pool_->release(std::move(session_), discard_);
}

}  // namespace accord::storage::detail
