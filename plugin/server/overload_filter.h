// Turns away connections the server has no room for with a clear 503, instead
// of Poco's default of closing them without a word: when every thread is busy
// and the queue of waiting connections is full, the acceptor answers the new
// connection itself and closes it.
#pragma once

#include <atomic>
#include <cstdint>

#include <Poco/Logger.h>
#include <Poco/Net/TCPServer.h>

namespace accord::server {

class OverloadFilter final : public Poco::Net::TCPServerConnectionFilter {
 public:
  OverloadFilter(int maxQueued, Poco::Logger& logger) : maxQueued_(maxQueued), logger_(logger) {}

  // The server whose queue is watched; set once, before the server starts.
  void watch(const Poco::Net::TCPServer& server) { server_ = &server; }

  bool accept(const Poco::Net::StreamSocket& socket) override;

  std::uint64_t refused() const { return refused_.load(); }

 private:
  int maxQueued_;
  Poco::Logger& logger_;
  const Poco::Net::TCPServer* server_ = nullptr;
  std::atomic<std::uint64_t> refused_{0};
};

}  // namespace accord::server
